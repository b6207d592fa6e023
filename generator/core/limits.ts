/**
 * Size limits for files read from users. Each is far above any real file (the emitted spec is
 * about 1 MB, the largest recording well under 1 MB) and is checked before the file is read, so
 * a runaway input is a clear problem instead of minutes of parsing and gigabytes of memory.
 */
import { stat } from "node:fs/promises";
import { statSync } from "node:fs";

export const MAX_SPEC_BYTES = 20 * 1024 * 1024;

/** Aliases a YAML document may use; a "billion laughs" bomb needs far more. */
export const MAX_YAML_ALIASES = 100;

/** Throws naming the limit when `file` is larger than `limit` bytes. */
export async function checkFileSize(file: string, limit: number = MAX_SPEC_BYTES): Promise<void> {
  const size = (await stat(file)).size;
  if (size > limit) throw new Error(tooLarge(size, limit));
}

export function checkFileSizeSync(file: string, limit: number = MAX_SPEC_BYTES): void {
  const size = statSync(file).size;
  if (size > limit) throw new Error(tooLarge(size, limit));
}

function tooLarge(size: number, limit: number): string {
  return `${size} bytes is larger than the ${limit} bytes allowed (${limit / 1024 / 1024} MB); no real spec comes near that`;
}
