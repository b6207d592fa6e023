#!/usr/bin/env node
/** bedrock-openapi: the maintainers' command line. Each command lives in scripts/commands/. */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { EXIT_USAGE, UsageError, type Command, type CommandIO } from "./command.js";

/**
 * Commands are loaded only when run, so `--help` and light commands start fast instead of
 * paying for the AWS SDK, Redocly and AJV up front.
 */
interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: "generate",
    summary: "Build the OpenAPI document from the definitions and write spec/",
    load: async () => (await import("./commands/generate.js")).generateCommand,
  },
  {
    name: "check",
    summary: "Validate the emitted spec: structure, lint, schema compile, freshness",
    load: async () => (await import("./commands/check.js")).checkCommand,
  },
  {
    name: "contract",
    summary: "Replay recorded traffic against the emitted spec",
    load: async () => (await import("./commands/contract.js")).contractCommand,
  },
  {
    name: "models",
    summary: "List the provider families of InvokeModel bodies and the recordings covering each",
    load: async () => (await import("./commands/models.js")).modelsCommand,
  },
  {
    name: "drift",
    summary: "Compare the definitions with the AWS SDK and the official Smithy model",
    load: async () => (await import("./commands/drift.js")).driftCommand,
  },
  {
    name: "diff",
    summary: "List the changes between two specs (files or git refs) and which ones break consumers",
    load: async () => (await import("./commands/diff.js")).diffCommand,
  },
  {
    name: "validate",
    summary: "Check a request, response, event stream or HAR capture against the spec",
    load: async () => (await import("./commands/validate.js")).validateCommand,
  },
  {
    name: "record",
    summary: "Capture live traffic from scenarios into redacted recordings",
    load: async () => (await import("./commands/record.js")).recordCommand,
  },
  {
    name: "tools",
    summary: "Print one tool definition per operation for AI agents (MCP tools/list or JSON)",
    load: async () => (await import("./commands/tools.js")).toolsCommand,
  },
  {
    name: "mock",
    summary: "Run a local Bedrock Runtime test double that speaks the real wire format",
    load: async () => (await import("./commands/mock.js")).mockCommand,
  },
  {
    name: "compose-synthetic-recordings",
    summary: "Rebuild the synthetic recordings of unrecorded operations",
    load: async () => (await import("./commands/compose-synthetic-recordings.js")).composeSyntheticCommand,
  },
  {
    name: "import-recordings",
    summary: "Import third-party captures into contract-tests/recordings",
    load: async () => (await import("./commands/import-recordings.js")).importRecordingsCommand,
  },
];

const usage = () => `Usage: bedrock-openapi <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(29)} ${c.summary}`).join("\n")}

Run 'bedrock-openapi <command> --help' for a command's options.`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`unknown command: ${name}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
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
      process.stderr.write(
        `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
