import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, found from this module's place (generator/core/ or dist/generator/core/). */
export const repoRoot = (() => {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes("/dist/") ? resolve(here, "../../..") : resolve(here, "../..");
})();

export const specDir = resolve(repoRoot, "spec");
export const specJsonPath = resolve(specDir, "bedrock-runtime.openapi.json");

/** The reviewed copy of AWS's official Smithy model, kept in the checkout (see reference/SOURCE.md). */
export const vendoredSmithyModelPath = resolve(repoRoot, "reference/bedrock-runtime.smithy.json");

/**
 * The Smithy model drift compares with: `BEDROCK_SMITHY_MODEL` when set (the weekly job points it at
 * AWS's newest model), otherwise the vendored copy, so a fresh clone needs nothing beside it.
 */
export const smithyModelPath = resolve(process.env.BEDROCK_SMITHY_MODEL ?? vendoredSmithyModelPath);

/** Where the replayed recordings live. */
export const recordingsDir = resolve(repoRoot, "contract-tests/recordings");
