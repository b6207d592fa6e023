/** Which files of a set would change on disk, so a rewrite leaves identical files untouched. */
import { readFile } from "node:fs/promises";

/** The entries of `files` whose path does not already hold exactly that text. */
export async function changedFiles(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const changed = new Map<string, string>();
  for (const [path, text] of files) {
    if ((await readFile(path, "utf8").catch(() => undefined)) !== text) changed.set(path, text);
  }
  return changed;
}
