/**
 * The one place recordings reach the disk. Importing, composing and recording all serialize the
 * same way and write through a temporary file, so a failed run never leaves a half-written file
 * or a half-replaced set behind.
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { writeFilesAtomically } from "../generator/files.js";
import { isObject } from "../generator/core/json.js";
import type { Recording } from "./recording.js";

/** Our file layout: fixed order for our fields, recorded order inside headers and bodies. */
export function serializeRecording(recording: Recording): string {
  const ordered = {
    operation: recording.operation,
    provenance: recording.provenance,
    request: recording.request,
    response: recording.response,
    notes: recording.notes,
    ...(recording.setAside === undefined ? {} : { setAside: recording.setAside }),
    meta: recording.meta,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The entries of `files` whose path does not already hold exactly that text. */
export async function changedFiles(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const changed = new Map<string, string>();
  for (const [path, text] of files) {
    if ((await readFile(path, "utf8").catch(() => undefined)) !== text) changed.set(path, text);
  }
  return changed;
}

export interface RecordingSetReport {
  /** Paths relative to the set's folder, sorted. */
  readonly written: readonly string[];
  /** Of `written`: files that did not exist before, and files whose content changed. */
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  readonly unchanged: readonly string[];
  /** Earlier files of the same provenance kind that the new set no longer holds. */
  readonly removed: readonly string[];
}

export interface RecordingSetOptions {
  /** Report what would change; write and delete nothing. */
  readonly dryRun?: boolean;
  /** Only these `<source>/` folders may lose files; default: every folder (and top-level files). */
  readonly sources?: readonly string[];
}

/**
 * Writes a complete set of files under `dir` (keys are absolute paths inside it) all or nothing,
 * leaving identical files untouched, and only then deletes earlier recordings whose
 * `provenance.kind` is `kind`, which lie in one of `options.sources` and which the set no
 * longer holds. Files of other kinds or sources, and files that cannot be read, stay.
 */
export async function writeRecordingSet(
  dir: string,
  files: ReadonlyMap<string, string>,
  kind: string,
  options: RecordingSetOptions = {},
): Promise<RecordingSetReport> {
  const changed = await changedFiles(files);
  const rel = (path: string): string => relative(dir, path).split("\\").join("/");
  const added: string[] = [];
  const replaced: string[] = [];
  for (const path of changed.keys()) ((await exists(path)) ? replaced : added).push(rel(path));
  const unchanged = [...files.keys()]
    .filter((path) => !changed.has(path))
    .map(rel)
    .sort();
  const inScope = (path: string): boolean => {
    if (options.sources === undefined) return true;
    const parts = rel(path).split("/");
    return parts.length === 2 && options.sources.includes(parts[0]!);
  };
  const stale: string[] = [];
  for (const path of (await exists(dir)) ? await listJsonFiles(dir) : []) {
    if (!files.has(path) && inScope(path) && (await provenanceKind(path)) === kind) stale.push(path);
  }
  if (options.dryRun !== true) {
    await mkdir(dir, { recursive: true });
    await writeFilesAtomically(changed, dir);
    for (const path of stale) await rm(path);
  }
  const written = [...added, ...replaced].sort();
  return { written, added: added.sort(), replaced: replaced.sort(), unchanged, removed: stale.map(rel).sort() };
}

/**
 * Writes `<nnn>-<operation>.json` under `dir`, numbered after the highest number there, through
 * a temporary file. The final name is claimed with link(), which fails rather than replace an
 * existing file; a name taken meanwhile moves on to the next number.
 */
export async function writeNumberedRecording(dir: string, recording: Recording): Promise<string> {
  await mkdir(dir, { recursive: true });
  const operation = recording.operation;
  const temp = join(dir, `.${operation}.${process.pid}.${randomUUID()}.tmp`);
  await writeFile(temp, serializeRecording(recording), { flag: "wx" });
  try {
    for (let number = await nextNumber(dir); ; number++) {
      const file = join(dir, `${String(number).padStart(3, "0")}-${operation}.json`);
      try {
        await link(temp, file);
        return file;
      } catch (error) {
        if (errorCode(error) === "EEXIST") continue;
        if (!["EPERM", "ENOTSUP", "EOPNOTSUPP"].includes(errorCode(error) ?? "")) throw error;
        // No hard links on this file system: rename after checking, which leaves a small race.
        if (await exists(file)) continue;
        await rename(temp, file);
        return file;
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** `*.json` directly in `dir` and one folder down (`<source>/*.json`), sorted. */
async function listJsonFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith(".json")) found.push(path);
    if (!entry.isDirectory()) continue;
    for (const inner of await readdir(path, { withFileTypes: true })) {
      if (inner.isFile() && inner.name.endsWith(".json")) found.push(join(path, inner.name));
    }
  }
  return found.sort();
}

async function provenanceKind(file: string): Promise<unknown> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    const provenance = isObject(parsed) ? parsed["provenance"] : undefined;
    return isObject(provenance) ? provenance["kind"] : undefined;
  } catch {
    // Not ours to judge: a file we cannot read stays where it is.
    return undefined;
  }
}

async function nextNumber(dir: string): Promise<number> {
  const numbers = (await readdir(dir))
    .map((name) => /^(\d+)-/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined);
  return numbers.reduce((max, n) => Math.max(max, Number(n)), 0) + 1;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}
