import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import YAML from "yaml";
import { formatProblem, problem, ProblemsError, type Problem } from "../../generator/core/diagnostics.js";
import { generateDocument, serializeSpec, specIsCurrent, SPEC_3_0_BASENAME, SPEC_BASENAME } from "../../generator/generate.js";
import { runAllChecks, type CheckReport } from "../../validators/index.js";
import { EXIT_OK, EXIT_PROBLEMS, outputFormat, parseArgs, type Command } from "../command.js";
import { checkDownlevelFile } from "../../validators/downlevel.js";
import { specJsonPath } from "../../generator/core/paths.js";

export const checkCommand: Command = {
  name: "check",
  help: `Usage: bedrock-openapi check [--spec FILE] [--format text|json]

Runs every validator over the emitted spec:
  structure   swagger-parser structural validation
  lint        Redocly recommended-strict plus the bedrock plugin rules
  schemas     AJV (draft 2020-12, strict) compiles every component schema
  examples    every example (parameters, bodies, headers, event-stream frames) is
              valid against its schema, with the same AJV setup
  files       the YAML twin holds the same document as the JSON file; the 3.0 downlevel
              beside it (${SPEC_3_0_BASENAME}.json) passes swagger-parser as OpenAPI 3.0;
              with --fresh, every generated file in the spec's folder (3.1 and 3.0 JSON
              and YAML, TypeScript types) equals a fresh generation from the definitions

Options:
  --spec FILE     the JSON spec to check (default: spec/${SPEC_BASENAME}.json)
  --fresh         compare the spec's folder with a fresh generation (always on for the
                  repository's own spec/)
  --format FMT    text (default) or json
  --help          show this text

Exit codes: 0 no problems, 1 problems found, 2 usage error.`,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ["spec", "format"], switches: ["fresh"] });
    if (args.switches.has("help")) {
      io.out(this.help);
      return EXIT_OK;
    }
    const format = outputFormat(args);
    const specFile = resolve(args.values.get("spec") ?? specJsonPath);
    const report = await runAllChecks(specFile);
    const isRepositorySpec = specFile === specJsonPath;
    const files = report.checks.load.length === 0 ? await checkFiles(specFile, isRepositorySpec, isRepositorySpec || args.switches.has("fresh")) : [];
    const total = report.problemCount + report.checks.load.length + files.length;
    if (format === "json") io.out(JSON.stringify({ file: specFile, checks: { ...report.checks, files }, problemCount: total }, null, 2));
    else io.out(formatReport(report, files, total));
    return total === 0 ? EXIT_OK : EXIT_PROBLEMS;
  },
};

/**
 * The YAML twin must hold the same document and the 3.0 downlevel must be valid 3.0 (the
 * repository's spec must have one; elsewhere it is checked when present); with `fresh`, every
 * generated file in the folder must equal a fresh generation.
 */
async function checkFiles(specFile: string, isRepositorySpec: boolean, fresh: boolean): Promise<Problem[]> {
  const problems: Problem[] = [];
  const yamlFile = join(dirname(specFile), basename(specFile).replace(/\.json$/i, ".yaml"));
  const [jsonText, yamlText] = await Promise.all([readText(specFile), readText(yamlFile)]);
  for (const read of [jsonText, yamlText]) if ("problem" in read) problems.push(read.problem);
  if ("text" in jsonText && "text" in yamlText && !isDeepStrictEqual(YAML.parse(yamlText.text), JSON.parse(jsonText.text)))
    problems.push(problem("spec/twins-differ", { json: specFile, yaml: yamlFile }, { file: yamlFile }));
  const downlevelFile = join(dirname(specFile), basename(specFile).replace(/\.json$/i, "-3.0.json"));
  problems.push(...(await checkDownlevelFile(downlevelFile, isRepositorySpec)));
  if (fresh) problems.push(...(await checkFreshness(dirname(specFile))));
  return problems;
}

async function readText(file: string): Promise<{ readonly text: string } | { readonly problem: Problem }> {
  try {
    return { text: await readFile(file, "utf8") };
  } catch (error) {
    return { problem: problem("io/read-failed", { file, reason: (error as Error).message }, { file }) };
  }
}

/** Every file `generate` writes must equal a fresh generation; a missing one is stale too. */
async function checkFreshness(dir: string): Promise<Problem[]> {
  let fresh: Map<string, string>;
  try {
    const document = generateDocument();
    // The manifest `generate` left proves the folder current without building it all again.
    if (await specIsCurrent(document, dir)) return [];
    fresh = await serializeSpec(document);
  } catch (error) {
    if (error instanceof ProblemsError) return [...error.problems];
    throw error;
  }
  const problems: Problem[] = [];
  for (const [name, text] of fresh) {
    const file = join(dir, name);
    const onDisk = await readFile(file, "utf8").catch(() => undefined);
    if (onDisk !== text) problems.push(problem("spec/stale", { file: name }, { file }));
  }
  return problems;
}

function formatReport(report: CheckReport, files: readonly Problem[], total: number): string {
  const sections = { ...report.checks, files };
  const lines = [`Checked ${report.file}`];
  for (const [name, problems] of Object.entries(sections)) {
    if (name === "load" && problems.length === 0) continue;
    lines.push(`  ${name.padEnd(10)} ${problems.length === 0 ? "ok" : `${problems.length} problem(s)`}`);
    for (const p of problems) lines.push(`    ${formatProblem(p)}`);
  }
  lines.push(total === 0 ? "No problems." : `${total} problem(s).`);
  return lines.join("\n");
}
