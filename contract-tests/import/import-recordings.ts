/**
 * Imports third-party captures in the shared interchange format (`<from>/<source>/*.json`) into our
 * recording format, one file per interaction under `contract-tests/recordings/<source>/`.
 *
 * Every input file ends up in exactly one place: imported (possibly set aside, with the reason),
 * or listed in the generated EXCLUDED.md because it could not be read. Output is deterministic —
 * fixed key order for our own fields, recorded order for headers and bodies, 2-space JSON with a
 * trailing newline — and written atomically as one set, so re-running on the same input changes no
 * byte and a failed write leaves the earlier set in place.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { JsonValue } from "../../generator/shapes.js";
import type { ImportedSource, Recording, RecordedRequest, RecordedResponse } from "../recording.js";
import { isObject, type JsonObject } from "../../generator/core/json.js";
import { serializeRecording, writeRecordingSet } from "../recording-files.js";
import { errorMessage } from "../../generator/core/errors.js";
import type { Problem } from "../../generator/core/diagnostics.js";
import { formatProblem } from "../../generator/core/diagnostics.js";
import { scanRecordingText } from "../secret-scan.js";
import { findHeader } from "../../generator/core/http.js";

export interface ImportOptions {
  /** Folder holding `<source>/*.json` in the shared format. */
  readonly from: string;
  /** Folder receiving `<source>/*.json` in our format, plus EXCLUDED.md. */
  readonly to: string;
  /** Work out what would change, write and remove nothing. */
  readonly dryRun?: boolean;
}

export interface ImportOutcome {
  /** `<source>/<file>`, relative to both folders. */
  readonly file: string;
  readonly reason: string;
}

export interface ImportReport {
  /** Every imported file, sorted, set-aside ones included. */
  readonly imported: readonly string[];
  readonly setAside: readonly ImportOutcome[];
  readonly excluded: readonly ImportOutcome[];
  /** Files that did not exist before (or would not, in a dry run). */
  readonly added: readonly string[];
  /** Files whose content changed. */
  readonly replaced: readonly string[];
  /** Earlier imports of the imported sources whose input no longer exists. */
  readonly removed: readonly string[];
  /** Secrets the scan found in what would have been written; when any, nothing was written. */
  readonly secrets: readonly Problem[];
  readonly dryRun: boolean;
}

/** Thrown before anything is read or written: the --from folder cannot be imported from. */
export class ImportSourceError extends Error {
  override readonly name = "ImportSourceError";
}

export const EXCLUDED_FILE = "EXCLUDED.md";

/** Thrown by `convertSharedRecording` for input that does not have the shared shape. */
export class MalformedRecordingError extends Error {
  override readonly name = "MalformedRecordingError";
}

const EVENT_STREAM = "application/vnd.amazon.eventstream";
// Recorder placeholders such as <AWS_REGION> make a URL unparseable; the shared files carry a
// normalized URL for those.
const URL_PLACEHOLDER = /<[A-Za-z0-9_]+>|\{\{[^}]*\}\}/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
// The note the shared importer attaches to the hand-spliced otel-js-contrib entries.
const ALTERED_NOTE = /hand-edited|spliced by hand|hand-spliced/i;

/**
 * Converts every shared file, scans the result for secrets, writes the recordings and EXCLUDED.md
 * as one set (all or nothing), and only then deletes earlier imports of the same sources that
 * this run no longer produces. Sources not in `from` are left alone, and so is every file that
 * is not an import.
 */
export async function importRecordings(options: ImportOptions): Promise<ImportReport> {
  const sources = checkSourceFolder(options.from);
  const imported: string[] = [];
  const setAside: ImportOutcome[] = [];
  const excluded: ImportOutcome[] = [];
  const files = new Map<string, string>();
  const secrets: Problem[] = [];

  for (const source of sources) {
    for (const name of listFiles(join(options.from, source))) {
      const file = `${source}/${name}`;
      if (!name.endsWith(".json")) {
        excluded.push({ file, reason: "not a .json interaction file" });
        continue;
      }
      let recording: Recording;
      try {
        recording = convertSharedRecording(parseJson(readFileSync(join(options.from, file), "utf8")), name);
      } catch (error) {
        excluded.push({ file, reason: errorMessage(error) });
        continue;
      }
      const text = serializeRecording(recording);
      secrets.push(...scanRecordingText(text, join(options.from, file)));
      files.set(resolve(options.to, file), text);
      imported.push(file);
      if (recording.setAside !== undefined) setAside.push({ file, reason: recording.setAside });
    }
  }
  const kept = keptExcludedRows(join(options.to, EXCLUDED_FILE), new Set(sources));
  files.set(
    resolve(options.to, EXCLUDED_FILE),
    renderExcluded([...kept.excluded, ...excluded], [...kept.setAside, ...setAside]),
  );

  const dryRun = options.dryRun === true || secrets.length > 0;
  const set = await writeRecordingSet(options.to, files, "imported", { dryRun, sources });
  return {
    imported,
    setAside,
    excluded,
    added: set.added,
    replaced: set.replaced,
    removed: set.removed,
    secrets,
    dryRun,
  };
}

/** The source folders under `from`; refuses a missing folder, no sources, or an empty source. */
function checkSourceFolder(from: string): string[] {
  if (!existsSync(from) || !statSync(from).isDirectory()) {
    throw new ImportSourceError(`--from ${from}: no such folder; point --from at a folder of <source>/*.json captures`);
  }
  const sources = listDirectories(from);
  if (sources.length === 0) {
    throw new ImportSourceError(`--from ${from} holds no <source>/ folder; nothing to import (and nothing is removed)`);
  }
  for (const source of sources) {
    if (!readdirSync(join(from, source)).some((name) => name.endsWith(".json"))) {
      throw new ImportSourceError(
        `--from ${join(from, source)} holds no .json capture; refusing to import an empty source`,
      );
    }
  }
  return sources;
}

/** EXCLUDED.md rows of sources this run does not import, so a partial import keeps them. */
function keptExcludedRows(
  file: string,
  sources: ReadonlySet<string>,
): { excluded: ImportOutcome[]; setAside: ImportOutcome[] } {
  const kept = { excluded: [] as ImportOutcome[], setAside: [] as ImportOutcome[] };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return kept;
  }
  let section: ImportOutcome[] | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("## Excluded")) section = kept.excluded;
    else if (line.startsWith("## Set aside")) section = kept.setAside;
    const row = /^\| `([^`]+)` \| (.*) \|$/.exec(line);
    if (row === null || section === undefined) continue;
    const file = row[1]!;
    if (!sources.has(file.slice(0, file.indexOf("/")))) section.push({ file, reason: row[2]!.replace(/\\\|/g, "|") });
  }
  return kept;
}

/** Converts one shared-format interaction; throws MalformedRecordingError naming what is wrong. */
export function convertSharedRecording(raw: unknown, fileName: string): Recording {
  const root = objectAt(raw, "the file");
  const source = objectAt(root["source"], "source");
  const meta = objectAt(root["meta"], "meta");
  const operation = stringAt(root["operation"], "operation");
  const expectedSuffix = `-${operation}.json`;
  if (!fileName.endsWith(expectedSuffix)) {
    throw new MalformedRecordingError(
      `file name ${fileName} does not end in ${expectedSuffix} (operation ${operation})`,
    );
  }
  const provenance: ImportedSource = {
    kind: "imported",
    repo: stringAt(source["repo"], "source.repo"),
    path: stringAt(source["path"], "source.path"),
    commit: stringAt(source["commit"], "source.commit"),
    index: integerAt(source["index"], "source.index"),
    format: stringAt(meta["format"], "meta.format"),
    license: stringAt(meta["license"], "meta.license"),
  };
  const sourceNotes = meta["notes"] === undefined ? [] : stringsAt(meta["notes"], "meta.notes");

  const requestIn = objectAt(root["request"], "request");
  const responseIn = objectAt(root["response"], "response");
  const recordedUrl = stringAt(requestIn["url"], "request.url");
  const normalizedUrl =
    meta["normalizedUrl"] === undefined ? undefined : stringAt(meta["normalizedUrl"], "meta.normalizedUrl");
  const useNormalized = normalizedUrl !== undefined && URL_PLACEHOLDER.test(recordedUrl);

  const request: RecordedRequest = {
    method: stringAt(requestIn["method"], "request.method").toUpperCase(),
    url: useNormalized ? normalizedUrl : recordedUrl,
    headers: headersAt(requestIn["headers"], "request.headers"),
    body: jsonAt(requestIn, "body", "request.body"),
    ...optionalBase64(requestIn, "request.bodyBase64"),
  };
  const response: RecordedResponse = {
    status: statusAt(responseIn["status"]),
    headers: headersAt(responseIn["headers"], "response.headers"),
    body: jsonAt(responseIn, "body", "response.body"),
    ...optionalBase64(responseIn, "response.bodyBase64"),
  };
  const contentType = findHeader(response.headers, "content-type");
  if (contentType?.toLowerCase().startsWith(EVENT_STREAM) && response.bodyBase64 === undefined) {
    throw new MalformedRecordingError(`response is ${EVENT_STREAM} but has no bodyBase64 (the raw frames)`);
  }

  const notes = [...sourceNotes];
  const headersStripped: string[] = [];
  if (Object.keys(request.headers).length === 0) {
    headersStripped.push("request");
    notes.push(
      "import: the recorder kept no request headers (meta.headersStripped); request header checks are skipped",
    );
  }
  if (Object.keys(response.headers).length === 0) {
    headersStripped.push("response");
    notes.push(
      "import: the recorder kept no response headers (meta.headersStripped); response header checks are skipped",
    );
  }

  const metaOut: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(meta)) {
    // notes, format and license moved to their own fields; the normalized URL became request.url.
    if (key === "notes" || key === "format" || key === "license") continue;
    if (key === "normalizedUrl" && useNormalized) continue;
    metaOut[key] = value as JsonValue;
  }
  if (useNormalized) metaOut["originalUrl"] = recordedUrl;
  if (headersStripped.length > 0) metaOut["headersStripped"] = headersStripped;
  const statusText = responseIn["statusText"];
  if (typeof statusText === "string") metaOut["statusText"] = statusText;

  const reason = setAsideReason(response, sourceNotes);
  return {
    operation,
    provenance,
    request,
    response,
    notes,
    ...(reason === undefined ? {} : { setAside: reason }),
    meta: sortKeys(metaOut),
  };
}

/**
 * Only a recorder's alteration of what the service sent sets a recording aside. The README
 * names one: otel-js-contrib entries where HTTP 200 and an `x-amzn-ErrorType` header were spliced
 * onto a success body by hand. Re-serialized JSON bodies and stripped headers are not reasons.
 */
function setAsideReason(response: RecordedResponse, notes: readonly string[]): string | undefined {
  const errorType = findHeader(response.headers, "x-amzn-errortype");
  if (response.status >= 200 && response.status < 300 && errorType !== undefined) {
    return `hand-spliced: HTTP ${response.status} carries x-amzn-ErrorType ${JSON.stringify(errorType)} alongside a success body; the service never sends both`;
  }
  const altered = notes.find((note) => ALTERED_NOTE.test(note));
  return altered === undefined ? undefined : `the recorder altered the interaction: ${altered}`;
}

function renderExcluded(excluded: readonly ImportOutcome[], setAside: readonly ImportOutcome[]): string {
  const row = (o: ImportOutcome): string => `| \`${o.file}\` | ${o.reason.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`;
  const table = (items: readonly ImportOutcome[]): string[] =>
    items.length === 0 ? ["None."] : ["| file | reason |", "|---|---|", ...items.map(row)];
  return [
    "# Recordings not imported",
    "",
    "Generated by `bedrock-openapi import-recordings`; do not edit. Lists every shared recording",
    "that could not be imported, and every imported recording set aside because its recorder altered it.",
    "",
    "## Excluded (malformed, not imported)",
    "",
    ...table(excluded),
    "",
    "## Set aside (imported, reported but not validated)",
    "",
    ...table(setAside),
    "",
  ].join("\n");
}

function listDirectories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Regular files only: a symlink (dangling or not) is not followed out of the capture folder. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name)
    .sort();
}

// ── shape checks on untrusted input ─────────────────────────────────────────

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MalformedRecordingError(`not valid JSON: ${errorMessage(error)}`);
  }
}

function objectAt(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw new MalformedRecordingError(`${where} must be an object`);
  return value;
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "")
    throw new MalformedRecordingError(`${where} must be a non-empty string`);
  return value;
}

function integerAt(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new MalformedRecordingError(`${where} must be a non-negative integer`);
  }
  return value;
}

function statusAt(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 100 || value > 599) {
    throw new MalformedRecordingError(`response.status must be an HTTP status code, not ${JSON.stringify(value)}`);
  }
  return value;
}

function stringsAt(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw new MalformedRecordingError(`${where} must be a list of strings`);
  }
  return value as string[];
}

function headersAt(value: unknown, where: string): Record<string, string> {
  const headers = objectAt(value, where);
  for (const [name, item] of Object.entries(headers)) {
    if (typeof item !== "string") throw new MalformedRecordingError(`${where}.${name} must be a string`);
  }
  return headers as Record<string, string>;
}

function jsonAt(container: JsonObject, key: string, where: string): JsonValue | null {
  if (!(key in container)) throw new MalformedRecordingError(`${where} is missing (null when there is no body)`);
  return container[key] as JsonValue | null;
}

function optionalBase64(container: JsonObject, where: string): { bodyBase64?: string } {
  const value = container["bodyBase64"];
  if (value === undefined) return {};
  if (typeof value !== "string" || value.length % 4 !== 0 || !BASE64.test(value)) {
    throw new MalformedRecordingError(`${where} must be a base64 string`);
  }
  return { bodyBase64: value };
}

function sortKeys(record: Record<string, JsonValue>): Record<string, JsonValue> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]!]),
  );
}

export function formatImportReport(report: ImportReport, to: string): string {
  if (report.secrets.length > 0) {
    return [
      ...report.secrets.map(formatProblem),
      `${report.secrets.length} secret(s) found in the captures; nothing was written. Redact them at the source and import again.`,
    ].join("\n");
  }
  const perSource = new Map<string, number>();
  for (const file of report.imported) {
    const source = file.slice(0, file.indexOf("/"));
    perSource.set(source, (perSource.get(source) ?? 0) + 1);
  }
  const where = relative(process.cwd(), to) || ".";
  const lines = [`${report.dryRun ? "would import" : "imported"} ${report.imported.length} recordings into ${where}`];
  for (const [source, count] of perSource) lines.push(`  ${source}: ${count}`);
  lines.push(`set aside ${report.setAside.length}`);
  for (const o of report.setAside) lines.push(`  ${o.file}: ${o.reason}`);
  lines.push(`excluded ${report.excluded.length}${report.excluded.length > 0 ? ` (see ${EXCLUDED_FILE})` : ""}`);
  for (const o of report.excluded) lines.push(`  ${o.file}: ${o.reason}`);
  const verb = report.dryRun ? "would be " : "";
  for (const [label, list] of [
    ["added", report.added],
    ["replaced", report.replaced],
    ["removed (stale imports)", report.removed],
  ] as const) {
    if (report.dryRun || list.length > 0) lines.push(`${verb}${label}: ${list.length}`);
    if (report.dryRun || label.startsWith("removed")) for (const file of list) lines.push(`  ${file}`);
  }
  return lines.join("\n");
}
