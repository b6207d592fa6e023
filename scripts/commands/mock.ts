import { resolve } from "node:path";
import { formatProblem, problem, ProblemsError } from "../../generator/core/diagnostics.js";
import {
  DEFAULT_BEARER_TOKEN,
  DEFAULT_CREDENTIALS,
  startMock,
  type MockOptions,
  type RunningMock,
} from "../../mock/index.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, UsageError, type Command, type CommandIO } from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";

/** Stream pacing when run by hand: close to what the live service shows, so time to first token is visible. */
const DEFAULT_LATENCY_MS = 25;
const DEFAULT_FIRST_FRAME_DELAY_MS = 250;

export const mockCommand: Command = {
  name: "mock",
  help: `Usage: bedrock-openapi mock [--port N] [--host HOST] [--scenarios FILE] [--faults SPEC]
                        [--latency MS] [--first-frame-delay MS] [--recordings DIR] [--spec FILE] [--no-auth]

Runs a local Bedrock Runtime test double until interrupted (Ctrl-C). Point an AWS SDK client's
endpoint (or any HTTP client) at the printed URL. Every request is routed and validated against
the emitted spec; an invalid one gets 400 ValidationException naming the JSON path. Replies come
from a matching scenario, else the recording whose request is identical, else the first
recording for the operation and model id, else the spec's example or a minimal valid reply.
ConverseStream and InvokeModelWithResponseStream answer with paced event-stream frames.

Authentication is checked by default: SigV4 signatures (signing name bedrock) made with
  access key id     ${DEFAULT_CREDENTIALS.accessKeyId}
  secret access key ${DEFAULT_CREDENTIALS.secretAccessKey}
or the bearer token (Bedrock API key) ${DEFAULT_BEARER_TOKEN}.

Options:
  --port N                 port to listen on (default 0: a free one)
  --host HOST              address to bind (default 127.0.0.1)
  --scenarios FILE         JSON scenario rules choosing replies (see README)
  --faults SPEC            faults to inject: rules like
                           "throttling,rate=0.2,seed=7;stream-exception,operation=ConverseStream,after=2"
                           (kinds: throttling, model-timeout, service-unavailable, stream-exception),
                           or a .json file {"faults": [...]}
  --latency MS             delay between stream frames (default ${DEFAULT_LATENCY_MS})
  --first-frame-delay MS   delay before a stream's first frame (default ${DEFAULT_FIRST_FRAME_DELAY_MS})
  --recordings DIR         recordings to answer from (default contract-tests/recordings)
  --spec FILE              the JSON spec (default spec/bedrock-runtime.openapi.json)
  --no-auth                accept requests without checking credentials
  --help                   show this text

Exit codes: 0 stopped by SIGINT/SIGTERM, 1 invalid scenarios or faults (each problem names the
file, the place and the rule), 2 usage error (bad option, unreadable file, port in use).`,
  async run(argv, io) {
    const args = parseArgs(argv, {
      values: ["port", "host", "scenarios", "faults", "latency", "first-frame-delay", "recordings", "spec"],
      switches: ["no-auth"],
    });
    if (args.switches.has("help")) {
      io.out(this.help);
      return EXIT_OK;
    }
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
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
};

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
