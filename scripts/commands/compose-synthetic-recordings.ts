/** `compose-synthetic-recordings`: the command line over contract-tests/synthetic/compose.ts. */
import { relative, resolve } from "node:path";
import { formatProblem } from "../../generator/core/diagnostics.js";
import { syntheticDir, writeSyntheticRecordings } from "../../contract-tests/synthetic/compose.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, UsageError, type Command, type CommandIO } from "../command.js";

export const composeSyntheticCommand: Command = {
  name: "compose-synthetic-recordings",
  help: [
    "Usage: bedrock-openapi compose-synthetic-recordings [--out DIR]",
    "",
    "Drives the AWS SDK through a local interceptor to compose one recording per exchange for",
    "the operations nobody has recorded yet, from the official model's shapes. Deterministic:",
    "a second run leaves every file unchanged.",
    "",
    "  --out DIR  where the recordings go; default contract-tests/recordings/synthetic",
    "",
    "Exit code 1 when an exchange failed (then nothing is written).",
  ].join("\n"),
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    let dir: string;
    try {
      const args = parseArgs(argv, { values: ["out"] });
      if (args.switches.has("help")) {
        io.out(this.help);
        return EXIT_OK;
      }
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
      dir = resolve(args.values.get("out") ?? syntheticDir);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`${error.message}\n${this.help}`);
      return EXIT_USAGE;
    }
    const report = await writeSyntheticRecordings(dir);
    if (report.problems.length > 0) {
      for (const p of report.problems) io.err(formatProblem(p));
      return EXIT_PROBLEMS;
    }
    const where = relative(process.cwd(), dir) || ".";
    io.out(`${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed in ${where}`);
    for (const name of [...report.written, ...report.removed.map((n) => `${n} (removed)`)]) io.out(`  ${name}`);
    return EXIT_OK;
  },
};
