/** `import-recordings`: the command line over contract-tests/import/import-recordings.ts. */
import { resolve } from "node:path";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from "../command.js";
import { recordingsDir } from "../../generator/core/paths.js";

export const importRecordingsCommand = defineCommand({
  name: "import-recordings",
  about: `Converts third-party captures in the shared interchange format into our recordings,
keeping their provenance. A maintainer's command: the captures are not part of this repository.

Only the sources present in --from are imported, and only their stale imports are removed;
other sources stay as they are. An empty or missing --from, or an empty source folder, is
refused. Every converted recording is scanned for secrets first: any finding (printed masked)
stops the import before anything is written.`,
  flags: [
    {
      name: "from",
      value: "DIR",
      required: true,
      description:
        "required: the captures to import, laid out as <source>/*.json (maintainers\nkeep them in a shared folder outside the checkout)",
    },
    { name: "to", value: "DIR", description: "our recordings folder (default: contract-tests/recordings)" },
    { name: "dry-run", description: "list what would be added, replaced and removed; write nothing" },
  ],
  exitCodes: {
    ok: "every file imported",
    problems:
      "some file could not be imported (listed, and written to EXCLUDED.md), or a secret was found (nothing written)",
  },
  async run(args, io) {
    const fromArg = args.values.get("from");
    if (fromArg === undefined)
      throw new UsageError("--from DIR is required: the folder holding the captures to import");
    const from = resolve(fromArg);
    const to = resolve(args.values.get("to") ?? recordingsDir);
    const { formatImportReport, importRecordings, ImportSourceError } = await import(
      "../../contract-tests/import/import-recordings.js"
    );
    let report;
    try {
      report = await importRecordings({ from, to, dryRun: args.switches.has("dry-run") });
    } catch (error) {
      if (!(error instanceof ImportSourceError)) throw error;
      io.err(error.message);
      return EXIT_USAGE;
    }
    io.out(formatImportReport(report, to));
    return report.excluded.length > 0 || report.secrets.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
});
