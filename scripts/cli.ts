#!/usr/bin/env node
/** bedrock-openapi: the maintainers' command line. Each command lives in scripts/commands/. */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { EXIT_USAGE, UsageError, type Command, type CommandIO } from "./command.js";
import { checkCommand } from "./commands/check.js";
import { driftCommand } from "./commands/drift.js";
import { generateCommand } from "./commands/generate.js";
import { recordCommand } from "./commands/record.js";
import { importRecordingsCommand } from "./import-recordings.js";

const commands: readonly Command[] = [generateCommand, checkCommand, driftCommand, recordCommand, importRecordingsCommand];

const usage = () => `Usage: bedrock-openapi <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run 'bedrock-openapi <command> --help' for a command's options.`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command: ${name}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${command.name}: ${error.message}\nRun 'bedrock-openapi ${command.name} --help' for usage.`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

// Compare real paths: npm runs `bedrock-openapi` through a symlink in node_modules/.bin.
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isEntry) {
  const io: CommandIO = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
