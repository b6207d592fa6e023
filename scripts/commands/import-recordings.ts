/** `import-recordings`: the command line over scripts/import-recordings.ts. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "../command.js";
import { repoRoot, sharedRecordingsDir } from "../paths.js";

export const importRecordingsCommand = defineCommand({
  name: "import-recordings",
  about: `Converts third-party captures in the shared interchange format into our recordings,
keeping their provenance.`,
  flags: [
    { name: "from", value: "DIR", description: "shared recordings (<source>/*.json)\n(default: ../shared/recordings from the repository root)" },
    { name: "to", value: "DIR", description: "our recordings folder (default: contract-tests/recordings)" },
  ],
  exitCodes: { ok: "every file imported", problems: "some file could not be imported (listed, and written to EXCLUDED.md)" },
  async run(args, io) {
    const from = resolve(args.values.get("from") ?? sharedRecordingsDir);
    const to = resolve(args.values.get("to") ?? join(repoRoot, "contract-tests", "recordings"));
    if (!existsSync(from)) {
      io.err(`no recordings at ${from}`);
      return EXIT_USAGE;
    }
    const { formatImportReport, importRecordings } = await import("../import-recordings.js");
    const report = await importRecordings({ from, to });
    io.out(formatImportReport(report, to));
    return report.excluded.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
});
