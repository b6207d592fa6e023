/**
 * File output that never leaves a half-written file, or a half-replaced set, behind — not even
 * when the process is killed between two renames.
 *
 * A set is written in four steps: every file to a temporary sibling; a hard-link backup of every
 * file it replaces; a journal (`.write-journal.json`, itself written through a temporary file and
 * a rename) listing the renames to do — the commit point; then the renames. The next write into
 * the same folder first recovers: with a journal, the renames still pending are done (the set is
 * wholly new); without one, the leftover temporaries and backups are deleted (the set is wholly
 * old). The target folder stays a plain folder of files (spec/ is committed to git).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
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

export const JOURNAL_FILE = ".write-journal.json";
const LEFTOVER = /^\..+\.(?:tmp|bak)\.[0-9a-f]{8}$/;

/**
 * Test hook: with `BEDROCK_TEST_KILL_AFTER_RENAME=N` the process kills itself (SIGKILL, no
 * cleanup) after the N-th rename of a set, the journal's counting as the first; 0 kills it just
 * before the journal is committed. Lets a test interrupt a write at every step.
 */
const KILL_AFTER = process.env["BEDROCK_TEST_KILL_AFTER_RENAME"];

function maybeKill(renames: number): void {
  if (KILL_AFTER !== undefined && Number(KILL_AFTER) === renames) process.kill(process.pid, "SIGKILL");
}

const sibling = (path: string, tag: string): string =>
  join(dirname(path), `.${basename(path)}.${tag}.${randomBytes(4).toString("hex")}`);

interface JournalEntry {
  /** Paths relative to the journal's folder. */
  readonly path: string;
  readonly temp: string;
  readonly backup?: string;
}

/**
 * Finishes or undoes a write into `dir` that was interrupted: rolls a committed set forward,
 * deletes the temporaries and backups of an uncommitted one. Returns what it did, for messages.
 */
export async function recoverInterruptedWrite(dir: string): Promise<"none" | "rolled-forward" | "cleaned"> {
  if (!existsSync(dir)) return "none";
  const journalFile = join(dir, JOURNAL_FILE);
  let outcome: "none" | "rolled-forward" | "cleaned" = "none";
  const journal = await readFile(journalFile, "utf8").catch(() => undefined);
  if (journal !== undefined) {
    let entries: JournalEntry[] = [];
    try {
      entries = JSON.parse(journal) as JournalEntry[];
    } catch {
      // A torn journal cannot exist (it is renamed into place whole); treat it as uncommitted.
    }
    for (const entry of entries) {
      const temp = resolve(dir, entry.temp);
      if (existsSync(temp)) await rename(temp, resolve(dir, entry.path));
    }
    await rm(journalFile, { force: true });
    outcome = "rolled-forward";
  }
  for (const folder of [dir, ...(await subfolders(dir))]) {
    for (const name of await readdir(folder)) {
      if (!LEFTOVER.test(name) && !name.startsWith(`${JOURNAL_FILE}.`)) continue;
      await rm(join(folder, name), { force: true });
      if (outcome === "none") outcome = "cleaned";
    }
  }
  return outcome;
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
}

/**
 * Writes every file to a temporary sibling first and renames them into place only when all
 * writes succeeded, journaled in `journalDir` (default: the folder the files share) so that a
 * killed run is completed by the next. If a rename fails, the files already replaced are put
 * back from their backups, so the set on disk is either all old or all new.
 */
export async function writeFilesAtomically(files: ReadonlyMap<string, string>, journalDir?: string): Promise<void> {
  if (files.size === 0) return;
  const dir = journalDir ?? commonFolder([...files.keys()]);
  try {
    await mkdir(dir, { recursive: true });
    await recoverInterruptedWrite(dir);
  } catch (error) {
    throw new FileWriteError(dir, errorMessage(error));
  }
  const staged: { readonly temp: string; readonly path: string; backup?: string }[] = [];
  const cleanUp = async (paths: readonly (string | undefined)[]) =>
    Promise.all(paths.filter((p): p is string => p !== undefined).map((p) => rm(p, { force: true })));

  for (const [path, text] of files) {
    const entry: (typeof staged)[number] = { temp: sibling(path, "tmp"), path };
    try {
      await mkdir(dirname(path), { recursive: true });
      staged.push(entry);
      await writeFile(entry.temp, text, "utf8");
      if (existsSync(path)) {
        const backup = sibling(path, "bak");
        await link(path, backup);
        entry.backup = backup;
      }
    } catch (error) {
      await cleanUp(staged.flatMap((s) => [s.temp, s.backup]));
      throw new FileWriteError(path, errorMessage(error));
    }
  }
  const journal = join(dir, JOURNAL_FILE);
  const rel = (path: string): string => relative(dir, path);
  const entries: JournalEntry[] = staged.map((s) => ({
    path: rel(s.path),
    temp: rel(s.temp),
    ...(s.backup ? { backup: rel(s.backup) } : {}),
  }));
  const journalTemp = `${journal}.${randomBytes(4).toString("hex")}`;
  await writeFile(journalTemp, JSON.stringify(entries), "utf8");
  maybeKill(0);
  await rename(journalTemp, journal);
  let renames = 1;
  maybeKill(renames);

  const replaced: typeof staged = [];
  try {
    for (const entry of staged) {
      await rename(entry.temp, entry.path);
      replaced.push(entry);
      maybeKill(++renames);
    }
  } catch (error) {
    for (const entry of replaced.reverse()) {
      if (entry.backup) await rename(entry.backup, entry.path);
      else await rm(entry.path, { force: true });
    }
    await rm(journal, { force: true });
    await cleanUp(staged.flatMap((s) => [s.temp, s.backup]));
    const failed = staged[replaced.length]?.path ?? "";
    throw new FileWriteError(failed, errorMessage(error));
  }
  await rm(journal, { force: true });
  await cleanUp(staged.map((s) => s.backup));
}

/** The deepest folder holding every path. */
function commonFolder(paths: readonly string[]): string {
  let folder = dirname(resolve(paths[0]!));
  while (!paths.every((p) => resolve(p).startsWith(`${folder}/`)) && dirname(folder) !== folder)
    folder = dirname(folder);
  return folder;
}
