/**
 * The vendored Smithy model must be exactly the upstream file that reference/SOURCE.md names:
 * its SHA-256 is written there, and any edit to the model (or a swapped file) changes the hash.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const SHA256_ROW = /^\|\s*sha256\s*\|\s*`([0-9a-f]{64})`\s*\|/m;

/** The SHA-256 that a SOURCE.md text records, or undefined when it records none. */
export function recordedSha256(sourceText: string): string | undefined {
  return SHA256_ROW.exec(sourceText)?.[1];
}

/** Why `modelFile` is not the file `sourceFile` describes, or undefined when it is. */
export function vendoredModelMismatch(modelFile: string, sourceFile: string): string | undefined {
  const expected = recordedSha256(readFileSync(sourceFile, "utf8"));
  if (expected === undefined) return `${sourceFile}: no "| sha256 | \`<64 hex digits>\` |" row`;
  const actual = createHash("sha256").update(readFileSync(modelFile)).digest("hex");
  return actual === expected ? undefined : `${modelFile}: sha256 ${actual}, but ${sourceFile} records ${expected}`;
}
