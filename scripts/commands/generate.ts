import { resolve } from "node:path";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS } from "../command.js";
import { repoRoot } from "../../generator/core/paths.js";

export const generateCommand = defineCommand({
  name: "generate",
  about: `Checks the typed definitions, emits the OpenAPI 3.1 document and writes,
atomically: bedrock-runtime.openapi.{json,yaml} (3.1), bedrock-runtime.openapi-3.0.{json,yaml}
(a 3.0.3 downlevel for generators that read only 3.0), bedrock-runtime.d.ts
(openapi-typescript types for openapi-fetch clients) and bedrock-runtime.html (a
self-contained HTML reference).
Files whose inputs (the document and the generator's code) are unchanged since the last
run, and which still hold what it wrote, are not made again (a manifest in the folder,
.generate-manifest.json, records both).`,
  flags: [{ name: "out", value: "DIR", description: "where to write (default: the repository's spec/ folder)" }],
  exitCodes: {
    ok: "written (or already current)",
    problems: "a definition is broken or a derived file cannot be made (nothing written)",
  },
  async run(args, io) {
    // Loaded here, not at the top: openapi-typescript and TypeScript would slow `--help`.
    const { ProblemsError, formatProblem } = await import("../../generator/core/diagnostics.js");
    const { generateDocument, writeSpec } = await import("../../generator/generate.js");
    const outDir = resolve(args.values.get("out") ?? resolve(repoRoot, "spec"));
    try {
      const files = await writeSpec(generateDocument(), outDir);
      for (const file of files) io.out(`wrote ${file}`);
      if (files.length === 0) io.out(`${outDir}: every file is current (inputs unchanged), nothing written`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ProblemsError)) throw error;
      for (const p of error.problems) io.err(formatProblem(p));
      io.err(`${error.problems.length} problem(s); nothing was written`);
      return EXIT_PROBLEMS;
    }
  },
});
