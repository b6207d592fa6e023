import { isAbsolute, relative, resolve } from "node:path";
import { formatProblem } from "../../generator/core/diagnostics.js";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from "../command.js";
import { repoRoot } from "../../generator/core/paths.js";

const defaultOutDir = resolve(repoRoot, "contract-tests/recordings/recorded");

export const recordCommand = defineCommand({
  name: "record",
  about: `Runs each scenario in FILE with the AWS SDK over HTTP/1.1 and writes one recording per
HTTP exchange, named <nnn>-<Operation>.json and numbered after the highest number already
in the folder; existing files are never replaced. Error responses are recorded too.
Credentials, tokens, signatures and account ids are redacted before anything is written.

FILE is a JSON array of { "name", "operation", "input" }: operation is an SDK command name
(Converse, ConverseStream, InvokeModel, InvokeModelWithResponseStream, ApplyGuardrail,
CountTokens, StartAsyncInvoke, GetAsyncInvoke, ListAsyncInvokes, InvokeGuardrailChecks) and
input its command input in JSON: a model request "body" as any JSON value, other bytes as
base64 strings, timestamps as ISO 8601. See contract-tests/scenarios/example.json.`,
  flags: [
    { name: "scenarios", value: "FILE", description: "the scenarios to run (required)", required: true },
    { name: "region", value: "R", description: "AWS region (default: $AWS_REGION)" },
    { name: "endpoint", value: "URL", description: "send to URL instead of the regional endpoint" },
    { name: "out", value: "DIR", description: "where recordings go (default: contract-tests/recordings/recorded)" },
  ],
  notes: `Credentials come from the AWS SDK's default provider chain (environment, profile, SSO, …).
This command calls the real service and costs money; it is never run by CI.`,
  exitCodes: {
    ok: "every scenario recorded (HTTP errors included)",
    problems: "the scenarios are invalid (nothing sent) or a scenario could not be recorded",
  },
  async run(args, io) {
    // Loaded here: the recorder pulls in the AWS SDK, which `--help` does not need.
    const { record } = await import("../../contract-tests/recorder.js");
    const scenariosFile = args.values.get("scenarios");
    if (scenariosFile === undefined) throw new UsageError("--scenarios FILE is required");
    const region = args.values.get("region") ?? process.env["AWS_REGION"];
    if (region === undefined || region === "") throw new UsageError("no region: pass --region or set AWS_REGION");
    const endpoint = args.values.get("endpoint");
    if (endpoint !== undefined && !/^https?:\/\/[^/]/.test(endpoint)) {
      throw new UsageError(`--endpoint must be an http(s) URL, not ${endpoint}`);
    }
    const outDir = resolve(args.values.get("out") ?? defaultOutDir);

    const result = await record({
      scenariosFile,
      outDir,
      region,
      ...(endpoint === undefined ? {} : { endpoint }),
      onWritten: (w) => {
        const outcome = w.errorType === undefined ? `${w.status}` : `${w.status} ${w.errorType}`;
        io.out(`wrote ${display(w.file)}  (${w.scenario}: ${w.operation} → ${outcome})`);
      },
    });
    for (const p of result.problems) io.err(formatProblem(p));
    // A --scenarios file that cannot be read or parsed is a usage error, as a bad --spec is elsewhere.
    const [first, ...others] = result.problems;
    const unloadable =
      first !== undefined && others.length === 0 && ["io/read-failed", "io/parse-failed"].includes(first.code);
    if (unloadable && result.written.length === 0) return EXIT_USAGE;
    const errors = result.problems.filter((p) => p.severity === "error").length;
    io.out(`${result.written.length} recording(s) written to ${display(outDir)}; ${errors} problem(s)`);
    return errors === 0 ? EXIT_OK : EXIT_PROBLEMS;
  },
});

/** Paths under the working directory relative to it, others absolute. */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
