/**
 * What `generate` last wrote into a folder, so an unchanged run can stop before the costly part
 * (YAML, the 3.0 downlevel, openapi-typescript with the TypeScript compiler). The manifest names
 * the inputs (the emitted document and the generator's own code) by hash, and each file by the
 * hash of the text written. A folder is current when the inputs are the same and every file
 * still holds what was written; anything else (no manifest, an edited file, new generator code)
 * means a full generation. It is a cache: never committed (see .gitignore), never trusted for
 * more than "these bytes came from these inputs".
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isObject } from "./core/json.js";

export const MANIFEST_FILE = ".generate-manifest.json";

export interface ArtifactManifest {
  /** The generator's compiled code: a change there may change every derived file. */
  readonly recipe: string;
  /** The 3.1 document as written, which every other file is derived from. */
  readonly document: string;
  /** File name → hash of its text. */
  readonly files: Readonly<Record<string, string>>;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

let recipe: string | undefined;

/** A hash over every module of the generator as it runs (its folder, recursively). */
export function recipeHash(): string {
  recipe ??= (() => {
    const root = dirname(fileURLToPath(import.meta.url));
    const hash = createHash("sha256");
    const files = (readdirSync(root, { recursive: true, encoding: "utf8" }) as string[])
      .filter((name) => /\.(js|ts)$/.test(name) && !/\.test\.(js|ts)$/.test(name))
      .sort();
    for (const name of files)
      hash
        .update(name)
        .update("\0")
        .update(readFileSync(join(root, name)))
        .update("\0");
    return hash.digest("hex");
  })();
  return recipe;
}

export function manifestFor(documentText: string, files: ReadonlyMap<string, string>): ArtifactManifest {
  return {
    recipe: recipeHash(),
    document: sha256(documentText),
    files: Object.fromEntries([...files].map(([name, text]) => [name, sha256(text)])),
  };
}

/**
 * True when `dir` holds exactly what generating `documentText` with this generator would write
 * (file names `names`), as its manifest proves; false whenever anything cannot be proven.
 */
export async function isCurrent(dir: string, documentText: string, names: readonly string[]): Promise<boolean> {
  const manifest = await readManifest(dir);
  if (manifest === undefined || manifest.recipe !== recipeHash() || manifest.document !== sha256(documentText))
    return false;
  for (const name of names) {
    const expected = manifest.files[name];
    const text = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (expected === undefined || text === undefined || sha256(text) !== expected) return false;
  }
  return true;
}

async function readManifest(dir: string): Promise<ArtifactManifest | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8"));
    if (!isObject(parsed) || typeof parsed["recipe"] !== "string" || typeof parsed["document"] !== "string")
      return undefined;
    if (!isObject(parsed["files"])) return undefined;
    return parsed as unknown as ArtifactManifest;
  } catch {
    // No manifest, or not one we wrote: nothing is proven, so everything is generated.
    return undefined;
  }
}
