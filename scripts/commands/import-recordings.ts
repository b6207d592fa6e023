/** `import-recordings`: the command line over contract-tests/import/import-recordings.ts. */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from "../command.js";
import { recordingsDir } from "../../generator/core/paths.js";

export const importRecordingsCommand = defineCommand({
  name: "import-recordings",
  about: `Converts third-party captures in the shared interchange format into our recordings,
keeping their provenance. A maintainer's command: the captures are not part of this repository.`,
  flags: [
    {
      name: "from",
      value: "DIR",
      required: true,
      description: "required: the captures to import, laid out as <source>/*.json (maintainers\nkeep them in a shared folder outside the checkout)",
    },
    { name: "to", value: "DIR", description: "our recordings folder (default: contract-tests/recordings)" },
  ],
  exitCodes: { ok: "every file imported", problems: "some file could not be imported (listed, and written to EXCLUDED.md)" },
  async run(args, io) {
    const fromArg = args.values.get("from");
    if (fromArg === undefined) throw new UsageError("--from DIR is required: the folder holding the captures to import");
    const from = resolve(fromArg);
    const to = resolve(args.values.get("to") ?? recordingsDir);
    if (!existsSync(from) || !statSync(from).isDirectory()) {
      io.err(`--from ${from}: no such folder; point --from at a folder of <source>/*.json captures`);
      return EXIT_USAGE;
    }
    const { formatImportReport, importRecordings } = await import("../../contract-tests/import/import-recordings.js");
    const report = await importRecordings({ from, to });
    io.out(formatImportReport(report, to));
    return report.excluded.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
});
