import { writeFile, rename } from "node:fs/promises";
import { resolve } from "node:path";
import { formatProblem, problem } from "../../generator/core/diagnostics.js";
import { buildAgentTools, toMcpToolList, ToolBuildError } from "../../validators/agent-tools.js";
import { loadSpec } from "../../validators/index.js";
import { EXIT_OK, EXIT_PROBLEMS, parseArgs, UsageError, type Command } from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";

export const toolsCommand: Command = {
  name: "tools",
  help: `Usage: bedrock-openapi tools [--format mcp|json] [--spec FILE] [--out FILE]

Prints one tool definition per operation of the emitted spec, for AI agents: the operation's
name, its summary and description, and one JSON Schema (2020-12) for its whole input — path,
query and header parameters and the request body's members in one object, the component
schemas it uses bundled as $defs.

Options:
  --format mcp    (default) the result of an MCP server's tools/list: {"tools": [{name,
                  description, inputSchema, annotations}]}
  --format json   a list of tools that also say how each input member travels (path, query,
                  header or body member), for callers that build the HTTP request themselves
  --spec FILE     the JSON spec to read (default: spec/bedrock-runtime.openapi.json)
  --out FILE      write to FILE instead of standard output`,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ["format", "spec", "out"] });
    if (args.switches.has("help")) {
      io.out(this.help);
      return EXIT_OK;
    }
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    const format = args.values.get("format") ?? "mcp";
    if (format !== "mcp" && format !== "json") throw new UsageError(`--format must be mcp or json, not ${format}`);
    const specFile = resolve(args.values.get("spec") ?? specJsonPath);
    const loaded = await loadSpec(specFile);
    if ("problems" in loaded) {
      for (const p of loaded.problems) io.err(formatProblem(p));
      return EXIT_PROBLEMS;
    }
    let text: string;
    try {
      const tools = buildAgentTools(loaded.document);
      text = JSON.stringify(format === "mcp" ? toMcpToolList(tools) : tools, null, 2);
    } catch (error) {
      if (!(error instanceof ToolBuildError)) throw error;
      io.err(formatProblem(problem("tools/unbuildable", { reason: error.message }, { file: specFile, pointer: error.pointer })));
      return EXIT_PROBLEMS;
    }
    const out = args.values.get("out");
    if (out === undefined) {
      io.out(text);
    } else {
      const target = resolve(out);
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, `${text}\n`);
      await rename(temp, target);
    }
    return EXIT_OK;
  },
};
