import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import YAML from "yaml";
import { formatProblem, problem, ProblemsError, type Problem } from "../../generator/core/diagnostics.js";
import type { CheckReport } from "../../validators/index.js";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, FORMAT_FLAG, outputFormat } from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";
import { ARAZZO_FILE } from "../../generator/emit/arazzo.js";
import { checkFileSize, MAX_YAML_ALIASES } from "../../generator/core/limits.js";
import { errorMessage } from "../../generator/core/errors.js";

const SPEC_FILE = basename(specJsonPath);
const SPEC_3_0_FILE = SPEC_FILE.replace(/\.json$/, "-3.0.json");

export const checkCommand = defineCommand({
  name: "check",
  about: `Runs every validator over the emitted spec:
  structure   swagger-parser structural validation
  lint        Redocly recommended-strict plus the bedrock plugin rules
  schemas     AJV (draft 2020-12, strict) compiles every component schema
  examples    every example (parameters, bodies, headers, event-stream frames) is
              valid against its schema, with the same AJV setup
  files       the YAML twin holds the same document as the JSON file; the 3.0 downlevel
              beside it (${SPEC_3_0_FILE}) passes swagger-parser as OpenAPI 3.0;
              the Arazzo workflows beside it (${ARAZZO_FILE}) pass Redocly's
              recommended-strict Arazzo rules;
              with --fresh, every generated file in the spec's folder (3.1 and 3.0 JSON
              and YAML, TypeScript types) equals a fresh generation from the definitions
When the spec cannot be read or parsed, only that is reported and the other checks show
as "not run".`,
  flags: [
    { name: "spec", value: "FILE", description: `the JSON spec to check (default: spec/${SPEC_FILE})` },
    {
      name: "fresh",
      description: "compare the spec's folder with a fresh generation (always on for the\nrepository's own spec/)",
    },
    FORMAT_FLAG,
  ],
  exitCodes: { ok: "no problems", problems: "problems found" },
  async run(args, io) {
    const format = outputFormat(args);
    // Loaded here: Redocly, swagger-parser and AJV are what makes `check` slow to start.
    const { runAllChecks } = await import("../../validators/index.js");
    const specFile = resolve(args.values.get("spec") ?? specJsonPath);
    const report = await runAllChecks(specFile);
    const loaded = report.checks.load.length === 0;
    const isRepositorySpec = specFile === specJsonPath;
    const files = loaded
      ? await checkFiles(specFile, isRepositorySpec, isRepositorySpec || args.switches.has("fresh"))
      : [];
    const notRun = loaded ? report.notRun : [...report.notRun, "files"];
    const total = report.problemCount + files.length;
    if (format === "json") {
      io.out(
        JSON.stringify({ file: specFile, checks: { ...report.checks, files }, notRun, problemCount: total }, null, 2),
      );
    } else io.out(formatReport(report, files, notRun, total));
    // A spec that cannot be read or parsed is the same usage error as in `contract`.
    return !loaded ? EXIT_USAGE : total === 0 ? EXIT_OK : EXIT_PROBLEMS;
  },
});

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
  if ("text" in jsonText && "text" in yamlText) {
    let twin: unknown;
    try {
      // An alias bomb or malformed YAML beside the spec is a problem in that file, not a crash.
      twin = YAML.parse(yamlText.text, { maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      problems.push(problem("io/parse-failed", { file: yamlFile, reason: errorMessage(error) }, { file: yamlFile }));
    }
    if (twin !== undefined && !isDeepStrictEqual(twin, JSON.parse(jsonText.text))) {
      problems.push(problem("spec/twins-differ", { json: specFile, yaml: yamlFile }, { file: yamlFile }));
    }
  }
  const downlevelFile = join(dirname(specFile), basename(specFile).replace(/\.json$/i, "-3.0.json"));
  const { checkDownlevelFile } = await import("../../validators/downlevel.js");
  problems.push(...(await checkDownlevelFile(downlevelFile, isRepositorySpec)));
  const { checkArazzoFile } = await import("../../validators/arazzo.js");
  problems.push(...(await checkArazzoFile(join(dirname(specFile), ARAZZO_FILE), isRepositorySpec)));
  if (fresh) problems.push(...(await checkFreshness(dirname(specFile))));
  return problems;
}

async function readText(file: string): Promise<{ readonly text: string } | { readonly problem: Problem }> {
  try {
    await checkFileSize(file);
    return { text: await readFile(file, "utf8") };
  } catch (error) {
    return { problem: problem("io/read-failed", { file, reason: (error as Error).message }, { file }) };
  }
}

/** Every file `generate` writes must equal a fresh generation; a missing one is stale too. */
async function checkFreshness(dir: string): Promise<Problem[]> {
  let fresh: Map<string, string>;
  try {
    const { generateDocument, serializeSpec, specIsCurrent } = await import("../../generator/generate.js");
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

function formatReport(
  report: CheckReport,
  files: readonly Problem[],
  notRun: readonly string[],
  total: number,
): string {
  const sections = { ...report.checks, files };
  const lines = [`Checked ${report.file}`];
  for (const [name, problems] of Object.entries(sections)) {
    if (name === "load" && problems.length === 0) continue;
    const outcome = notRun.includes(name) ? "not run" : problems.length === 0 ? "ok" : `${problems.length} problem(s)`;
    lines.push(`  ${name.padEnd(10)} ${outcome}`);
    for (const p of problems) lines.push(`    ${formatProblem(p)}`);
  }
  lines.push(total === 0 ? "No problems." : `${total} problem(s).`);
  return lines.join("\n");
}
