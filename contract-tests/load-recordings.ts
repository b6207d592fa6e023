/**
 * Reads recordings from disk: `<dir>/<source>/*.json`, in a stable order. A file that does not
 * have our shape is returned as a problem naming it, never skipped.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { recordingsDir, repoRoot, specJsonPath } from "../generator/core/paths.js";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import type { Recording, RecordingFile } from "./recording.js";
import { errorMessage } from "../generator/core/errors.js";

export { recordingsDir, repoRoot };
export const specJsonFile = specJsonPath;

export interface LoadedRecordings {
  readonly recordings: readonly RecordingFile[];
  readonly problems: readonly Problem[];
}

/** How problems name a file: relative to the repository root when inside it, else absolute. */
export function displayPath(path: string): string {
  const inside = relative(repoRoot, path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

/** Loads every recording under `dir`; `file` names are as `displayPath` gives them. */
export function loadRecordings(dir: string = recordingsDir): LoadedRecordings {
  const recordings: RecordingFile[] = [];
  const problems: Problem[] = [];
  for (const read of iterateRecordings(dir)) {
    if ("problem" in read) problems.push(read.problem);
    else recordings.push(read);
  }
  return { recordings, problems };
}

/** The recording files under `dir` (`<source>/*.json`), in the order they are loaded. */
export function recordingPaths(dir: string = recordingsDir): string[] {
  const paths: string[] = [];
  for (const source of readdirSync(dir).sort()) {
    const sourceDir = join(dir, source);
    if (!statSync(sourceDir).isDirectory()) continue;
    for (const name of readdirSync(sourceDir).sort()) if (name.endsWith(".json")) paths.push(join(sourceDir, name));
  }
  return paths;
}

/** Reads one recording file: the recording, or the problem that keeps it out. */
export function readRecordingFile(path: string): RecordingFile | { readonly problem: Problem } {
  const file = displayPath(path);
  try {
    return { file, recording: checkShape(JSON.parse(readFileSync(path, "utf8"))) };
  } catch (error) {
    return { problem: problem("recording/malformed", { reason: errorMessage(error) }, { file }) };
  }
}

/**
 * The recordings one at a time, so a long run (a large corpus, a benchmark repeating it) holds
 * one recording in memory rather than all of them.
 */
export function* iterateRecordings(dir: string = recordingsDir): Generator<RecordingFile | { readonly problem: Problem }> {
  for (const path of recordingPaths(dir)) yield readRecordingFile(path);
}

/** Just enough checking that the validator can rely on the fields it reads. */
function checkShape(value: unknown): Recording {
  const root = value as Partial<Recording> | null;
  if (typeof root !== "object" || root === null) throw new Error("not a JSON object");
  if (typeof root.operation !== "string") throw new Error("operation must be a string");
  const request = root.request;
  if (typeof request?.method !== "string" || typeof request.url !== "string" || typeof request.headers !== "object") {
    throw new Error("request needs method, url and headers");
  }
  const response = root.response;
  if (typeof response?.status !== "number" || typeof response.headers !== "object") {
    throw new Error("response needs status and headers");
  }
  if (typeof root.provenance?.kind !== "string") throw new Error("provenance.kind is missing");
  if (!Array.isArray(root.notes) || typeof root.meta !== "object" || root.meta === null) {
    throw new Error("notes (array) and meta (object) are required");
  }
  return root as Recording;
}
