/** `import-recordings`: the command line over contract-tests/import/import-recordings.ts. */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { recordingsDir } from "../../generator/core/paths.js";
import { formatImportReport, importRecordings } from "../../contract-tests/import/import-recordings.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, UsageError, type Command, type CommandIO } from "../command.js";

export const importRecordingsCommand: Command = {
  name: "import-recordings",
  help: [
    "Usage: bedrock-openapi import-recordings --from DIR [--to DIR]",
    "",
    "Converts third-party captures in the shared interchange format into our recordings, keeping",
    "their provenance. A maintainer's command: the captures are not part of this repository.",
    "",
    "  --from DIR  the captures to import, laid out as <source>/*.json (required; maintainers",
    "              keep them in a shared folder outside the checkout)",
    "  --to DIR    our recordings folder; default contract-tests/recordings",
    "",
    "Exit code 1 when some file could not be imported (listed, and written to EXCLUDED.md).",
  ].join("\n"),
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    let from: string;
    let to: string;
    try {
      const args = parseArgs(argv, { values: ["from", "to"] });
      if (args.switches.has("help")) {
        io.out(this.help);
        return EXIT_OK;
      }
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
      const fromArg = args.values.get("from");
      if (fromArg === undefined) throw new UsageError("--from DIR is required: the folder holding the captures to import");
      from = resolve(fromArg);
      to = resolve(args.values.get("to") ?? recordingsDir);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`${error.message}\n${this.help}`);
      return EXIT_USAGE;
    }
    if (!existsSync(from) || !statSync(from).isDirectory()) {
      io.err(`--from ${from}: no such folder; point --from at a folder of <source>/*.json captures`);
      return EXIT_USAGE;
    }
    const report = await importRecordings({ from, to });
    io.out(formatImportReport(report, to));
    return report.excluded.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};
