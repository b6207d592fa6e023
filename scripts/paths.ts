import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, found from this module's place (scripts/ or dist/scripts/). */
export const repoRoot = (() => {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes("/dist/") ? resolve(here, "../..") : resolve(here, "..");
})();

export const specDir = resolve(repoRoot, "spec");
export const specJsonPath = resolve(specDir, "bedrock-runtime.openapi.json");

/**
 * The official Smithy model the drift tests compare with. `.ci/run` points at the copy beside
 * the checkout; the GitHub workflow downloads one (see .github/workflows/ci.yml).
 */
export const smithyModelPath = resolve(process.env.BEDROCK_SMITHY_MODEL ?? resolve(repoRoot, "../shared/reference/bedrock-runtime.smithy.json"));

/** Third-party captures imported by `bedrock-openapi import-recordings`. */
export const sharedRecordingsDir = resolve(repoRoot, "../shared/recordings");
