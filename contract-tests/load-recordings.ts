/**
 * Reads recordings from disk: `<dir>/<source>/<nnn>-<Operation>.json`, in a stable order. Every
 * file is checked against the recording format (`recording.schema.json`, with AJV) before anyone
 * reads a field of it; a file that does not have our shape, lies outside the layout, is too large
 * or cannot be read is returned as a problem naming it, never skipped and never a crash.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from "node:fs";
import { basename, isAbsolute, join, relative } from "node:path";
import { createRequire } from "node:module";
import type { Ajv2020 as Ajv2020Class, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { recordingsDir, repoRoot, specJsonPath } from "../generator/core/paths.js";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import type { Recording, RecordingFile } from "./recording.js";
import { errorMessage } from "../generator/core/errors.js";
import { findHeader } from "../generator/core/http.js";
import { recordingSchema } from "./recording-schema.js";

export { recordingsDir, repoRoot };
export const specJsonFile = specJsonPath;

/** The recording format's JSON Schema as a file, for other tools (the loader uses `recordingSchema`). */
export const recordingSchemaPath = join(repoRoot, "contract-tests", "recording.schema.json");

/** Far above any real recording (the largest is well under 1 MB); checked before reading. */
export const MAX_RECORDING_BYTES = 20 * 1024 * 1024;

/** Files the recordings folder may hold beside its `<source>/` folders. */
export const TOP_LEVEL_FILES: ReadonlySet<string> = new Set([
  "EXCLUDED.md",
  "README.md",
  "expected-problems.json",
  "sdk-known-rejections.json",
]);

/** `<nnn>-<Operation>.json`: a number of at least three digits, then the operation. */
const RECORDING_NAME = /^(\d{3,})-([A-Z][A-Za-z0-9]*)\.json$/;

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
  if (recordings.length === 0 && problems.length === 0) {
    problems.push(malformed(dir, "holds no recording; expected <source>/<nnn>-<Operation>.json files"));
  }
  return { recordings, problems };
}

type Read = RecordingFile | { readonly problem: Problem };

const malformed = (path: string, reason: string): Problem =>
  problem("recording/malformed", { reason }, { file: displayPath(path) });

/**
 * The recording files under `dir` in load order, and a problem for anything else found there
 * (files outside the layout, symbolic links).
 */
export function recordingPaths(dir: string = recordingsDir): {
  readonly paths: string[];
  readonly problems: Problem[];
} {
  const paths: string[] = [];
  const problems: Problem[] = [];
  for (const source of readdirSync(dir).sort()) {
    const sourceDir = join(dir, source);
    const stat = lstatOrUndefined(sourceDir);
    if (stat?.isDirectory() !== true) {
      if (stat?.isFile() !== true || !TOP_LEVEL_FILES.has(source)) {
        problems.push(
          malformed(
            sourceDir,
            `not part of the recordings layout: expected <source>/ folders and ${[...TOP_LEVEL_FILES].join(", ")}`,
          ),
        );
      }
      continue;
    }
    for (const name of readdirSync(sourceDir).sort()) {
      const path = join(sourceDir, name);
      const fileStat = lstatOrUndefined(path);
      if (fileStat?.isSymbolicLink() === true) {
        problems.push(
          malformed(
            path,
            "a symbolic link; recordings must be plain files (a link may dangle or point outside the folder)",
          ),
        );
      } else if (fileStat?.isFile() !== true || RECORDING_NAME.exec(name) === null) {
        problems.push(
          malformed(path, "not part of the recordings layout: expected <source>/<nnn>-<Operation>.json files"),
        );
      } else {
        paths.push(path);
      }
    }
  }
  return { paths, problems };
}

/** Reads one recording file: the recording, or the problem that keeps it out. */
export function readRecordingFile(path: string): Read {
  const size = lstatOrUndefined(path)?.size ?? 0;
  if (size > MAX_RECORDING_BYTES) {
    return {
      problem: malformed(path, `${size} bytes is larger than the ${MAX_RECORDING_BYTES} bytes any recording may be`),
    };
  }
  try {
    const recording = checkRecording(JSON.parse(readFileSync(path, "utf8")));
    const named = RECORDING_NAME.exec(basename(path));
    if (named !== null && recording.operation !== named[2]) {
      throw new Error(`the file name says ${named[2]} but the recording's operation is ${recording.operation}`);
    }
    return { file: displayPath(path), recording };
  } catch (error) {
    return { problem: malformed(path, errorMessage(error)) };
  }
}

/**
 * The recordings one at a time, so a long run (a large corpus, a benchmark repeating it) holds
 * one recording in memory rather than all of them.
 */
export function* iterateRecordings(dir: string = recordingsDir): Generator<Read> {
  const { paths, problems } = recordingPaths(dir);
  for (const found of problems) yield { problem: found };
  for (const path of paths) yield readRecordingFile(path);
}

let validate: ValidateFunction | undefined;

/** The recording format: the JSON Schema, then what a schema cannot say. Throws naming the rule. */
export function checkRecording(value: unknown): Recording {
  // AJV loads on first use, so `--help` of the commands importing this module stays light.
  if (validate === undefined) {
    const { Ajv2020 } = createRequire(import.meta.url)("ajv/dist/2020.js") as { Ajv2020: typeof Ajv2020Class };
    validate = new Ajv2020({ allErrors: false, strict: true }).compile(recordingSchema);
  }
  if (!validate(value)) throw new Error(describeSchemaError(validate.errors?.[0]));
  const recording = value as Recording;
  const response = recording.response;
  const contentType = findHeader(response.headers, "content-type") ?? "";
  if (
    response.status === 200 &&
    contentType.toLowerCase().startsWith("application/vnd.amazon.eventstream") &&
    (response.bodyBase64 ?? "") === ""
  ) {
    throw new Error("response/bodyBase64: a 200 event stream with no bytes; a stream response always holds frames");
  }
  return recording;
}

function describeSchemaError(error: ErrorObject | undefined): string {
  if (error === undefined) return "does not match the recording format";
  const where = error.instancePath === "" ? "the recording" : error.instancePath.slice(1);
  const detail =
    error.keyword === "additionalProperties"
      ? `has an unknown member ${JSON.stringify(error.params["additionalProperty"])}`
      : error.keyword === "enum"
        ? `must be one of ${JSON.stringify(error.params["allowedValues"])}`
        : (error.message ?? "is invalid");
  return `${where} ${detail} (recording format: contract-tests/recording.schema.json)`;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
