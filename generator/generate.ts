/**
 * The generator's entry: check the definitions, emit the document, serialize it. Pure apart
 * from `writeSpec`, which is the only function here that touches the disk.
 */
import { join } from "node:path";
import { isCurrent, manifestFor, MANIFEST_FILE } from "./artifact-manifest.js";
import { checkDefinitions } from "./check-definitions.js";
import { checkModelFamilies } from "./check-model-families.js";
import { familySources } from "./definitions/providers/index.js";
import { bedrockRuntime, shapeSources } from "./definitions/index.js";
import { problem, ProblemsError } from "./core/diagnostics.js";
import { emitDocument, type OpenApiDocument } from "./emit/document.js";
import { downlevelTo30 } from "./emit/downlevel-3-0.js";
import { renderHtmlReference } from "./emit/html-reference.js";
import { ARAZZO_FILE, emitArazzo } from "./emit/arazzo.js";
import { FileWriteError, writeFilesAtomically } from "./files.js";
import type { ServiceDefinition } from "./operations.js";
import { reachableShapes, type Shape } from "./shapes.js";

export const SPEC_BASENAME = "bedrock-runtime.openapi";
/** The OpenAPI 3.0.3 downlevel, for generators that read only 3.0. */
export const SPEC_3_0_BASENAME = `${SPEC_BASENAME}-3.0`;
/** openapi-typescript's types of the 3.1 document, for openapi-fetch clients. */
export const TYPES_FILE = "bedrock-runtime.d.ts";
/** A self-contained HTML reference of the 3.1 document, readable without any tooling. */
export const HTML_FILE = "bedrock-runtime.html";
/** Every file `generate` writes, by name. */
export const SPEC_FILES = [
  `${SPEC_BASENAME}.json`,
  `${SPEC_BASENAME}.yaml`,
  `${SPEC_3_0_BASENAME}.json`,
  `${SPEC_3_0_BASENAME}.yaml`,
  TYPES_FILE,
  HTML_FILE,
  ARAZZO_FILE,
] as const;

/** Emits the document, or throws ProblemsError listing every broken definition. */
export function generateDocument(
  service: ServiceDefinition = bedrockRuntime,
  sources: ReadonlyMap<Shape, string> = shapeSources,
  families: ReadonlyMap<string, string> = familySources,
): OpenApiDocument {
  const shapeNames = new Set(
    reachableShapes(service.operations.flatMap((op) => [op.input, op.output, ...op.errors])).map((s) => s.name),
  );
  const problems = [
    ...checkDefinitions(service, sources),
    ...checkModelFamilies(service.modelFamilies ?? [], shapeNames, families),
  ];
  if (problems.length > 0) throw new ProblemsError(problems);
  return emitDocument(service);
}

/**
 * The spec files, by file name, exactly as they are written: the 3.1 document, its 3.0
 * downlevel, its TypeScript types and its HTML reference. Throws ProblemsError when a derived file cannot be made.
 */
export async function serializeSpec(
  document: OpenApiDocument,
  options: { readonly reuse?: boolean } = {},
): Promise<Map<string, string>> {
  // The same document serializes to the same files: a process that asks twice (check --fresh
  // after generate, the test suite) builds them once, unless told not to reuse.
  if (options.reuse === false) return serialize(document);
  const key = json(document);
  let files = recentlySerialized.get(key);
  if (files === undefined) {
    files = serialize(document);
    recentlySerialized.set(key, files);
    if (recentlySerialized.size > 2) recentlySerialized.delete(recentlySerialized.keys().next().value!);
    files.catch(() => recentlySerialized.delete(key));
  }
  return new Map(await files);
}

const recentlySerialized = new Map<string, Promise<Map<string, string>>>();

async function serialize(document: OpenApiDocument): Promise<Map<string, string>> {
  // Loaded here, not at the top: a run that finds its files current never needs them, and
  // openapi-typescript brings the whole TypeScript compiler.
  const [{ default: YAML }, { emitTypeScript }] = await Promise.all([
    import("yaml"),
    import("./emit/typescript-types.js"),
  ]);
  // Written by YAML 1.1 rules, which quote strings a 1.1 reader (js-yaml's default schema, PyYAML) would
  // turn into dates or booleans (`version: 2023-09-30`, date-time examples); 1.2 readers see the same text.
  const yaml = (value: object): string =>
    YAML.stringify(value, { aliasDuplicateObjects: false, lineWidth: 0, version: "1.1" });
  const downlevel = downlevelTo30(document);
  let types: string;
  try {
    types = await emitTypeScript(document);
  } catch (error) {
    throw new ProblemsError([
      problem("artifact/types-failed", { reason: (error as Error).message }, { file: TYPES_FILE }),
    ]);
  }
  return new Map([
    [`${SPEC_BASENAME}.json`, json(document)],
    [`${SPEC_BASENAME}.yaml`, yaml(document)],
    [`${SPEC_3_0_BASENAME}.json`, json(downlevel)],
    [`${SPEC_3_0_BASENAME}.yaml`, yaml(downlevel)],
    [TYPES_FILE, types],
    [HTML_FILE, renderHtmlReference(document)],
    [ARAZZO_FILE, YAML.stringify(emitArazzo(document, `${SPEC_BASENAME}.yaml`), { lineWidth: 0 })],
  ]);
}

const json = (value: object): string => `${JSON.stringify(value, null, 2)}\n`;

/** True when `dir` provably holds what `serializeSpec(document)` would give (see artifact-manifest.ts). */
export async function specIsCurrent(document: OpenApiDocument, dir: string): Promise<boolean> {
  return isCurrent(dir, json(document), SPEC_FILES);
}

/**
 * Writes the spec files into `outDir` atomically, with the manifest that lets the next run skip
 * them; returns the paths written, none when the folder was already current.
 */
export async function writeSpec(document: OpenApiDocument, outDir: string): Promise<string[]> {
  if (await specIsCurrent(document, outDir)) return [];
  const serialized = await serializeSpec(document);
  const manifest = manifestFor(json(document), serialized);
  const files = new Map([...serialized].map(([name, text]) => [join(outDir, name), text]));
  try {
    await writeFilesAtomically(
      new Map([...files, [join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`]]),
      outDir,
    );
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    throw new ProblemsError([
      problem("io/write-failed", { file: error.file, reason: error.reason }, { file: error.file }),
    ]);
  }
  return [...files.keys()];
}
