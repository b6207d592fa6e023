import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, found from this module's place (scripts/ or dist/scripts/). */
export const repoRoot = (() => {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes("/dist/") ? resolve(here, "../..") : resolve(here, "..");
})();

export const specDir = resolve(repoRoot, "spec");
export const specJsonPath = resolve(specDir, "bedrock-runtime.openapi.json");
