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
  for (const source of readdirSync(dir).sort()) {
    const sourceDir = join(dir, source);
    if (!statSync(sourceDir).isDirectory()) continue;
    for (const name of readdirSync(sourceDir).sort()) {
      if (!name.endsWith(".json")) continue;
      const path = join(sourceDir, name);
      const file = displayPath(path);
      try {
        recordings.push({ file, recording: checkShape(JSON.parse(readFileSync(path, "utf8"))) });
      } catch (error) {
        problems.push(problem("recording/malformed", { reason: errorMessage(error) }, { file }));
      }
    }
  }
  return { recordings, problems };
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
