/** `import-recordings`: the command line over contract-tests/import/import-recordings.ts. */
import { resolve } from "node:path";
import { recordingsDir } from "../../generator/core/paths.js";
import { formatImportReport, importRecordings, ImportSourceError } from "../../contract-tests/import/import-recordings.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, UsageError, type Command, type CommandIO } from "../command.js";

export const importRecordingsCommand: Command = {
  name: "import-recordings",
  help: [
    "Usage: bedrock-openapi import-recordings --from DIR [--to DIR] [--dry-run]",
    "",
    "Converts third-party captures in the shared interchange format into our recordings, keeping",
    "their provenance. A maintainer's command: the captures are not part of this repository.",
    "",
    "  --from DIR  the captures to import, laid out as <source>/*.json (required; maintainers",
    "              keep them in a shared folder outside the checkout)",
    "  --to DIR    our recordings folder; default contract-tests/recordings",
    "  --dry-run   list what would be added, replaced and removed; write nothing",
    "",
    "Only the sources present in --from are imported, and only their stale imports are removed;",
    "other sources stay as they are. An empty or missing --from, or an empty source folder, is",
    "refused. Every converted recording is scanned for secrets first: any finding (printed masked)",
    "stops the import before anything is written.",
    "",
    "Exit codes: 0 imported, 1 some file could not be imported (listed, and written to",
    "EXCLUDED.md) or a secret was found (nothing written), 2 usage error.",
  ].join("\n"),
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    let from: string;
    let to: string;
    let dryRun: boolean;
    try {
      const args = parseArgs(argv, { values: ["from", "to"], switches: ["dry-run"] });
      if (args.switches.has("help")) {
        io.out(this.help);
        return EXIT_OK;
      }
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
      const fromArg = args.values.get("from");
      if (fromArg === undefined) throw new UsageError("--from DIR is required: the folder holding the captures to import");
      from = resolve(fromArg);
      to = resolve(args.values.get("to") ?? recordingsDir);
      dryRun = args.switches.has("dry-run");
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`${error.message}\n${this.help}`);
      return EXIT_USAGE;
    }
    let report;
    try {
      report = await importRecordings({ from, to, dryRun });
    } catch (error) {
      if (!(error instanceof ImportSourceError)) throw error;
      io.err(error.message);
      return EXIT_USAGE;
    }
    io.out(formatImportReport(report, to));
    return report.excluded.length > 0 || report.secrets.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};
