/** File output that never leaves a half-written file behind. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Writes every file to a temporary sibling first and renames them into place only when all
 * writes succeeded, so a failure leaves the previous files untouched.
 */
export async function writeFilesAtomically(files: ReadonlyMap<string, string>): Promise<void> {
  const staged: [string, string][] = [];
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
      staged.push([temp, path]);
      await writeFile(temp, text, "utf8");
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
  for (const [temp, path] of staged) await rename(temp, path);
}
