/**
 * The generator's entry: check the definitions, emit the document, serialize it. Pure apart
 * from `writeSpec`, which is the only function here that touches the disk.
 */
import { join } from "node:path";
import YAML from "yaml";
import { checkDefinitions } from "./check-definitions.js";
import { bedrockRuntime, shapeSources } from "./definitions/index.js";
import { problem, ProblemsError } from "./diagnostics.js";
import { emitDocument, type OpenApiDocument } from "./emit/document.js";
import { writeFilesAtomically } from "./files.js";
import type { ServiceDefinition } from "./operations.js";
import type { Shape } from "./shapes.js";

export const SPEC_BASENAME = "bedrock-runtime.openapi";

/** Emits the document, or throws ProblemsError listing every broken definition. */
export function generateDocument(
  service: ServiceDefinition = bedrockRuntime,
  sources: ReadonlyMap<Shape, string> = shapeSources,
): OpenApiDocument {
  const problems = checkDefinitions(service, sources);
  if (problems.length > 0) throw new ProblemsError(problems);
  return emitDocument(service);
}

/** The spec files, by file name, exactly as they are written. */
export function serializeSpec(document: OpenApiDocument): Map<string, string> {
  return new Map([
    [`${SPEC_BASENAME}.json`, `${JSON.stringify(document, null, 2)}\n`],
    [`${SPEC_BASENAME}.yaml`, YAML.stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 })],
  ]);
}

/** Writes the spec files into `outDir` atomically; returns their paths. */
export async function writeSpec(document: OpenApiDocument, outDir: string): Promise<string[]> {
  const files = new Map([...serializeSpec(document)].map(([name, text]) => [join(outDir, name), text]));
  try {
    await writeFilesAtomically(files);
  } catch (error) {
    throw new ProblemsError([problem("io/write-failed", { file: outDir, reason: (error as Error).message })]);
  }
  return [...files.keys()];
}
