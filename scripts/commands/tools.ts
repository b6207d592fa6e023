import { writeFile, rename } from "node:fs/promises";
import { resolve } from "node:path";
import { formatProblem, problem } from "../../generator/core/diagnostics.js";
import { ToolBuildError } from "../../validators/agent-tools.js";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";

export const toolsCommand = defineCommand({
  name: "tools",
  about: `Prints one tool definition per operation of the emitted spec, for AI agents: the operation's
name, its summary and description, and one JSON Schema (2020-12) for its whole input — path,
query and header parameters and the request body's members in one object, the component
schemas it uses bundled as $defs.`,
  flags: [
    {
      name: "format",
      value: "FORMAT",
      description: `mcp (default): the result of an MCP server's tools/list, {"tools": [{name,
description, inputSchema, annotations}]}; json: a list of tools that also say how each
input member travels (path, query, header or body member)`,
    },
    { name: "spec", value: "FILE", description: "the JSON spec to read (default: spec/bedrock-runtime.openapi.json)" },
    { name: "out", value: "FILE", description: "write to FILE (atomically) instead of standard output" },
  ],
  exitCodes: { ok: "tools printed", problems: "an operation cannot become a tool" },
  async run(args, io) {
    const format = args.values.get("format") ?? "mcp";
    if (format !== "mcp" && format !== "json") throw new UsageError(`--format must be mcp or json, not ${format}`);
    const specFile = resolve(args.values.get("spec") ?? specJsonPath);
    // Loaded here: reading and bundling the spec is not needed for --help.
    const { loadSpec } = await import("../../validators/index.js");
    const { buildAgentTools, toMcpToolList } = await import("../../validators/agent-tools.js");
    const loaded = await loadSpec(specFile);
    if ("problems" in loaded) {
      for (const p of loaded.problems) io.err(formatProblem(p));
      return EXIT_USAGE;
    }
    let text: string;
    try {
      const tools = buildAgentTools(loaded.document);
      text = JSON.stringify(format === "mcp" ? toMcpToolList(tools) : tools, null, 2);
    } catch (error) {
      if (!(error instanceof ToolBuildError)) throw error;
      io.err(
        formatProblem(
          problem("tools/unbuildable", { reason: error.message }, { file: specFile, pointer: error.pointer }),
        ),
      );
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
});
