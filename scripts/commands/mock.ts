import { resolve } from "node:path";
import { formatProblem, problem, ProblemsError } from "../../generator/core/diagnostics.js";
import { DEFAULT_BEARER_TOKEN, DEFAULT_CREDENTIALS } from "../../mock/auth.js";
import type { MockOptions, RunningMock } from "../../mock/index.js";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CommandIO } from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";

/** Stream pacing when run by hand: close to what the live service shows, so time to first token is visible. */
const DEFAULT_LATENCY_MS = 25;
const DEFAULT_FIRST_FRAME_DELAY_MS = 250;

export const mockCommand = defineCommand({
  name: "mock",
  about: `Runs a local Bedrock Runtime test double until interrupted (Ctrl-C). Point an AWS SDK client's
endpoint (or any HTTP client) at the printed URL. Every request is routed and validated against
the emitted spec; an invalid one gets 400 ValidationException naming the JSON path. Replies come
from a matching scenario, else the recording whose request is identical, else the first
recording for the operation and model id, else the spec's example or a minimal valid reply.
ConverseStream and InvokeModelWithResponseStream answer with paced event-stream frames.`,
  flags: [
    { name: "port", value: "N", description: "port to listen on (default 0: a free one)" },
    { name: "host", value: "HOST", description: "address to bind (default 127.0.0.1)" },
    { name: "scenarios", value: "FILE", description: "JSON scenario rules choosing replies (see README)" },
    {
      name: "faults",
      value: "SPEC",
      description: `faults to inject: rules like
"throttling,rate=0.2,seed=7;stream-exception,operation=ConverseStream,after=2"
(kinds: throttling, model-timeout, service-unavailable, stream-exception),
or a .json file {"faults": [...]}`,
    },
    { name: "latency", value: "MS", description: `delay between stream frames (default ${DEFAULT_LATENCY_MS})` },
    {
      name: "first-frame-delay",
      value: "MS",
      description: `delay before a stream's first frame (default ${DEFAULT_FIRST_FRAME_DELAY_MS})`,
    },
    { name: "recordings", value: "DIR", description: "recordings to answer from (default contract-tests/recordings)" },
    { name: "spec", value: "FILE", description: "the JSON spec (default spec/bedrock-runtime.openapi.json)" },
    { name: "no-auth", description: "accept requests without checking credentials" },
  ],
  notes: `Authentication is checked by default: SigV4 signatures (signing name bedrock) made with
  access key id     ${DEFAULT_CREDENTIALS.accessKeyId}
  secret access key ${DEFAULT_CREDENTIALS.secretAccessKey}
or the bearer token (Bedrock API key) ${DEFAULT_BEARER_TOKEN}.`,
  exitCodes: {
    ok: "stopped by SIGINT/SIGTERM",
    problems: "invalid scenarios or faults (each problem names the file, the place and the rule)",
  },
  async run(args, io) {
    const port = wholeNumber(args.values.get("port") ?? "0", "--port");
    if (port > 65535) throw new UsageError(`--port must be at most 65535, not ${port}`);
    const scenarios = args.values.get("scenarios");
    const faults = args.values.get("faults");
    const options: MockOptions = {
      port,
      host: args.values.get("host") ?? "127.0.0.1",
      spec: resolve(args.values.get("spec") ?? specJsonPath),
      latencyMs: wholeNumber(args.values.get("latency") ?? String(DEFAULT_LATENCY_MS), "--latency"),
      firstFrameDelayMs: wholeNumber(
        args.values.get("first-frame-delay") ?? String(DEFAULT_FIRST_FRAME_DELAY_MS),
        "--first-frame-delay",
      ),
      auth: { enabled: !args.switches.has("no-auth") },
      ...(scenarios === undefined ? {} : { scenarios: resolve(scenarios) }),
      ...(faults === undefined ? {} : { faults: faults.trim().endsWith(".json") ? resolve(faults) : faults }),
      ...(args.values.has("recordings") ? { recordings: resolve(args.values.get("recordings")!) } : {}),
    };
    let mock: RunningMock;
    try {
      // Loaded here: the mock's validators (AJV) are not needed for --help.
      const { startMock } = await import("../../mock/index.js");
      mock = await startMock(options);
    } catch (error) {
      return reportStartFailure(error, io, options);
    }
    io.out(
      `bedrock-openapi mock listening on ${mock.url} (${mock.recordings} recordings; auth ${options.auth?.enabled ? "on" : "off"})`,
    );
    await untilSignalled();
    await mock.close();
    io.out("bedrock-openapi mock stopped");
    return EXIT_OK;
  },
});

function reportStartFailure(error: unknown, io: CommandIO, options: MockOptions): number {
  if (error instanceof ProblemsError) {
    for (const p of error.problems) io.err(formatProblem(p));
    // A file that cannot be read or parsed is a usage error; rules that are wrong are problems found.
    return error.problems.some((p) => p.code.startsWith("io/")) ? EXIT_USAGE : EXIT_PROBLEMS;
  }
  const reason = error instanceof Error ? error.message : String(error);
  if (/EADDRINUSE|EACCES|EADDRNOTAVAIL/.test(reason)) {
    io.err(`mock: cannot listen on ${options.host}:${options.port}: ${reason}`);
    return EXIT_USAGE;
  }
  const file = typeof options.spec === "string" ? options.spec : "(spec)";
  io.err(
    formatProblem(
      problem(error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed", { file, reason }, { file }),
    ),
  );
  return EXIT_USAGE;
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not ${text}`);
  return Number(text);
}

function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
