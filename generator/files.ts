/** File output that never leaves a half-written file, or a half-replaced set, behind. */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { errorMessage } from "./core/errors.js";

/** A write that failed, naming the file it failed on. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "FileWriteError";
  }
}

const sibling = (path: string, tag: string): string => join(dirname(path), `.${basename(path)}.${tag}.${randomBytes(4).toString("hex")}`);

/**
 * Writes every file to a temporary sibling first and renames them into place only when all
 * writes succeeded. If a rename fails half-way, the files already replaced are put back from
 * hard-link backups, so the set on disk is either all old or all new.
 */
export async function writeFilesAtomically(files: ReadonlyMap<string, string>): Promise<void> {
  const staged: { readonly temp: string; readonly path: string; backup?: string }[] = [];
  const cleanUp = async (paths: readonly (string | undefined)[]) =>
    Promise.all(paths.filter((p): p is string => p !== undefined).map((p) => rm(p, { force: true })));

  for (const [path, text] of files) {
    const entry = { temp: sibling(path, "tmp"), path };
    try {
      await mkdir(dirname(path), { recursive: true });
      staged.push(entry);
      await writeFile(entry.temp, text, "utf8");
    } catch (error) {
      await cleanUp(staged.map((s) => s.temp));
      throw new FileWriteError(path, errorMessage(error));
    }
  }
  const replaced: typeof staged = [];
  try {
    for (const entry of staged) {
      if (existsSync(entry.path)) {
        entry.backup = sibling(entry.path, "bak");
        await link(entry.path, entry.backup);
      }
      await rename(entry.temp, entry.path);
      replaced.push(entry);
    }
  } catch (error) {
    for (const entry of replaced.reverse()) {
      if (entry.backup) await rename(entry.backup, entry.path);
      else await rm(entry.path, { force: true });
    }
    await cleanUp(staged.flatMap((s) => [s.temp, s.backup]));
    const failed = staged[replaced.length]?.path ?? "";
    throw new FileWriteError(failed, errorMessage(error));
  }
  await cleanUp(staged.map((s) => s.backup));
}
