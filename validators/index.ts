/**
 * Runs every check over one emitted spec file and groups the problems by check. Nothing here
 * throws: a file that cannot be read or parsed is reported under `load`, and then no other
 * check runs (there is nothing for them to look at).
 */
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { checkFileSize, MAX_YAML_ALIASES } from "../generator/core/limits.js";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { crashed, type SpecInput } from "./check.js";
import { checkExamples } from "./examples.js";
import { checkLint } from "./lint.js";
import { checkSchemas } from "./schemas.js";
import { checkSpectral } from "./spectral.js";
import { checkStructure } from "./structure.js";
import { errorMessage } from "../generator/core/errors.js";

export type CheckName = "load" | "structure" | "lint" | "spectral" | "schemas" | "examples";

export interface CheckReport {
  readonly file: string;
  readonly checks: Readonly<Record<CheckName, readonly Problem[]>>;
  /** Problems of every severity: a warning fails the bar as much as an error. */
  readonly problemCount: number;
  /** Checks that never ran because the spec did not load; their empty lists mean "unknown", not "ok". */
  readonly notRun: readonly CheckName[];
}

type Check = (input: SpecInput) => Promise<readonly Problem[]>;

export async function runAllChecks(specFile: string): Promise<CheckReport> {
  const loaded = await loadSpec(specFile);
  if (!("document" in loaded)) {
    const checks = { load: loaded.problems, structure: [], lint: [], spectral: [], schemas: [], examples: [] };
    return {
      file: specFile,
      checks,
      problemCount: loaded.problems.length,
      notRun: ["structure", "lint", "spectral", "schemas", "examples"],
    };
  }
  const key = JSON.stringify(loaded.document);
  let run = recentRuns.get(key);
  if (run === undefined) {
    run = checkLoaded(loaded);
    recentRuns.set(key, run);
    if (recentRuns.size > RECENT_RUNS) recentRuns.delete(recentRuns.keys().next().value!);
  }
  const report = await run;
  return report.file === specFile ? report : renamed(report, specFile);
}

/**
 * The validator stack is the costly part of a check (seconds) and its verdict depends only on
 * the document: a process that checks the same document again (the test suite does, many
 * times; a watch loop would) reuses the report, with the problems moved to the file asked about.
 */
const RECENT_RUNS = 4;
const recentRuns = new Map<string, Promise<CheckReport>>();

function renamed(report: CheckReport, file: string): CheckReport {
  const move = (problems: readonly Problem[]): Problem[] =>
    problems.map((p) => (p.file === report.file ? { ...p, file } : p));
  const { load, structure, lint, spectral, schemas, examples } = report.checks;
  const checks = {
    load: move(load),
    structure: move(structure),
    lint: move(lint),
    spectral: move(spectral),
    schemas: move(schemas),
    examples: move(examples),
  };
  return { ...report, file, checks };
}

async function checkLoaded(loaded: SpecInput): Promise<CheckReport> {
  const specFile = loaded.file;
  // Checks promise not to throw; this guard keeps that promise if one breaks it.
  const run = (name: CheckName, check: Check) =>
    check(loaded).catch((error: unknown) => [crashed(name, specFile, error)]);
  const [structure, lint, spectral, schemas, examples] = await Promise.all([
    run("structure", checkStructure),
    run("lint", checkLint),
    run("spectral", checkSpectral),
    run("schemas", checkSchemas),
    run("examples", checkExamples),
  ]);
  const checks = { load: [], structure, lint, spectral, schemas, examples };
  const problemCount = structure.length + lint.length + spectral.length + schemas.length + examples.length;
  return { file: specFile, checks, problemCount, notRun: [] };
}

/** Reads and parses a spec file: JSON by default, YAML for `.yaml`/`.yml`. */
export async function loadSpec(file: string): Promise<SpecInput | { readonly problems: readonly Problem[] }> {
  let text: string;
  try {
    await checkFileSize(file);
    text = await readFile(file, "utf8");
  } catch (error) {
    return { problems: [problem("io/read-failed", { file, reason: errorMessage(error) }, { file })] };
  }
  try {
    const document: unknown = /\.ya?ml$/i.test(file)
      ? parseYaml(text, { maxAliasCount: MAX_YAML_ALIASES })
      : JSON.parse(text);
    return { file, document };
  } catch (error) {
    return { problems: [problem("io/parse-failed", { file, reason: errorMessage(error) }, { file })] };
  }
}

export { checkExamples, checkLint, checkSchemas, checkSpectral, checkStructure };
export { createSchemaValidator, type SchemaError, type SchemaTarget, type SchemaValidator } from "./schemas.js";
export type { SpecInput } from "./check.js";
