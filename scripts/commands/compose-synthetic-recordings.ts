/** `compose-synthetic-recordings`: the command line over contract-tests/synthetic/compose.ts. */
import { relative, resolve } from "node:path";
import { formatProblem } from "../../generator/core/diagnostics.js";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS } from "../command.js";
import { recordingsDir } from "../../generator/core/paths.js";

export const composeSyntheticCommand = defineCommand({
  name: "compose-synthetic-recordings",
  about: `Drives the AWS SDK through a local interceptor to compose one recording per exchange for
the operations nobody has recorded yet, from the official model's shapes. Deterministic:
a second run leaves every file unchanged.`,
  flags: [
    {
      name: "out",
      value: "DIR",
      description: "where the recordings go (default: contract-tests/recordings/synthetic)",
    },
  ],
  exitCodes: { ok: "written (or already up to date)", problems: "an exchange failed (then nothing is written)" },
  async run(args, io) {
    // Loaded here: composing drives the AWS SDK, which `--help` does not need.
    const { writeSyntheticRecordings } = await import("../../contract-tests/synthetic/compose.js");
    const dir = resolve(args.values.get("out") ?? resolve(recordingsDir, "synthetic"));
    const report = await writeSyntheticRecordings(dir);
    if (report.problems.length > 0) {
      for (const p of report.problems) io.err(formatProblem(p));
      return EXIT_PROBLEMS;
    }
    const where = relative(process.cwd(), dir) || ".";
    io.out(
      `${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed in ${where}`,
    );
    for (const name of [...report.written, ...report.removed.map((n) => `${n} (removed)`)]) io.out(`  ${name}`);
    return EXIT_OK;
  },
});
