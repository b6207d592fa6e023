/**
 * Scans recordings for credentials and real account ids. Recordings are public data: a leaked
 * access key, session token or signature must stop an import, a recording and a contract run,
 * not wait for a reviewer. The shapes come from `secret-detectors.ts`, the table the recorder's
 * redaction uses too.
 *
 * Every JSON string is scanned with its pointer. A string that is base64 (a `bodyBase64`, a
 * document, image or chunk `bytes`, …) is decoded and the result scanned as well: gzip is
 * inflated, event-stream frames are split and their payloads joined (a secret split across two
 * frames is found in the join), and base64 runs inside the decoded text are decoded again, a
 * few levels deep and within a size bound.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { childPointer, tokensOf } from "../generator/core/pointer.js";
import { errorMessage } from "../generator/core/errors.js";
import { decodeEventStream } from "./event-stream.js";
import {
  detect,
  detectByName,
  mask,
  PLACEHOLDER_ACCOUNT_IDS,
  type BareKeyMode,
  type SecretCode,
} from "./secret-detectors.js";

export { PLACEHOLDER_ACCOUNT_IDS };

export interface SecretFinding {
  readonly code: SecretCode;
  /** Where in the file (JSON pointer), with `(decoded)` when found inside a base64 value. */
  readonly pointer: string;
  /** A masked excerpt: enough to find the value, not enough to use it. */
  readonly excerpt: string;
}

/** Decoded text past this size is not decoded further (no real body comes near it). */
export const MAX_DECODED_BYTES = 32 * 1024 * 1024;
const MAX_DEPTH = 3;
const MIN_BASE64 = 16;
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const NESTED_BASE64 = /[A-Za-z0-9+/]{24,}={0,2}/g;

/** Scans one string value; `name` is its property name when it has one. */
export function scanString(value: string, pointer: string, name?: string, bare: BareKeyMode = "any"): SecretFinding[] {
  const findings: SecretFinding[] = detect(value, bare).map((m) => ({
    code: m.detector.code,
    pointer,
    excerpt: mask(m.secret),
  }));
  const byName = name === undefined ? undefined : detectByName(name, value);
  if (byName !== undefined) findings.push({ code: byName.code, pointer, excerpt: mask(value) });
  return findings;
}

/** Scans a parsed JSON value, every string with its pointer, and what its base64 strings decode to. */
export function scanJson(value: unknown, pointer = ""): SecretFinding[] {
  if (typeof value === "string") {
    const findings = scanString(value, pointer, lastToken(pointer));
    findings.push(...scanIfBase64(value, `${pointer} (decoded)`, MAX_DEPTH));
    return findings;
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => scanJson(item, `${pointer}/${i}`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => scanJson(item, childPointer(pointer, key)));
  }
  return [];
}

function scanIfBase64(text: string, pointer: string, depth: number): SecretFinding[] {
  if (depth <= 0 || text.length < MIN_BASE64 || text.length > (MAX_DECODED_BYTES / 3) * 4 || !STRICT_BASE64.test(text))
    return [];
  return scanBytes(Buffer.from(text, "base64"), pointer, depth - 1);
}

/** Scans decoded bytes: as text, as gzip, as event-stream frames, and the base64 nested inside. */
function scanBytes(bytes: Buffer, pointer: string, depth: number): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const texts: [string, BareKeyMode][] = [[bytes.toString("latin1"), "quoted"]];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      texts.push([gunzipSync(bytes, { maxOutputLength: MAX_DECODED_BYTES }).toString("latin1"), "quoted"]);
    } catch {
      // Not gzip after all, or larger than the bound: the raw bytes are still scanned.
    }
  }
  const joined = eventStreamText(bytes);
  if (joined !== undefined) texts.push([joined, "none"]);
  for (const [text, bare] of texts) {
    findings.push(...scanString(text, pointer, undefined, bare));
    if (depth > 0) {
      for (const m of text.matchAll(NESTED_BASE64)) {
        const run = m[0].length % 4 === 0 ? m[0] : m[0].slice(0, m[0].length - (m[0].length % 4));
        findings.push(...scanIfBase64(run, pointer, depth));
      }
    }
  }
  return findings;
}

/**
 * The payloads of an event stream with each one's base64 `bytes` decoded, joined without
 * separators so that a value split across frames reads whole; undefined when not a stream.
 */
function eventStreamText(bytes: Buffer): string | undefined {
  if (bytes.length < 16) return undefined;
  try {
    const frames = decodeEventStream(new Uint8Array(bytes));
    if (frames.length < 2) return undefined;
    return frames.map((frame) => payloadText(Buffer.from(frame.payload))).join("");
  } catch {
    return undefined;
  }
}

/**
 * A frame payload's text: the strings its JSON holds, base64 ones decoded (a chunk's `bytes`
 * is base64 of more JSON), a few levels deep; the raw text when it is not JSON.
 */
function payloadText(payload: Buffer, depth = MAX_DEPTH): string {
  const text = payload.toString("utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return payload.toString("latin1");
  }
  return stringsOf(parsed)
    .map((s) => {
      if (depth <= 0 || s.length < MIN_BASE64 || !STRICT_BASE64.test(s)) return s;
      const decoded = Buffer.from(s, "base64");
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(decoded);
      } catch {
        return s;
      }
      return payloadText(decoded, depth - 1);
    })
    .join("");
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Scans one file's text (a recording as it is or would be written). */
export function scanRecordingText(text: string, displayName: string): Problem[] {
  let findings: SecretFinding[];
  try {
    findings = scanJson(JSON.parse(text));
  } catch {
    // Unparseable files are the loader's problem; still make sure they leak nothing.
    findings = scanString(text, "");
  }
  return dedupe(findings).map((f) =>
    problem(f.code, { excerpt: f.excerpt }, { file: displayName, pointer: f.pointer }),
  );
}

export function scanRecordingFile(file: string, displayName = file): Problem[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return [problem("secret/unscannable", { reason: errorMessage(error) }, { file: displayName })];
  }
  return scanRecordingText(text, displayName);
}

/**
 * Scans every `*.json` under `dir` (recursively); `display` names files in problems (default:
 * relative to the working directory).
 */
export function scanRecordings(
  dir: string,
  display: (file: string) => string = (file) => relative(process.cwd(), file),
): Problem[] {
  return listJsonFiles(dir).flatMap((file) => scanRecordingFile(file, display(file)));
}

function listJsonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    // lstat: a symlink is not followed (a dangling one would throw; the loader reports it).
    const stat = lstatSync(path);
    if (stat.isDirectory()) files.push(...listJsonFiles(path));
    else if (stat.isFile() && name.endsWith(".json")) files.push(path);
  }
  return files;
}

function dedupe(findings: readonly SecretFinding[]): SecretFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.pointer}|${f.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lastToken(pointer: string): string | undefined {
  const token = tokensOf(pointer).at(-1);
  return token === "" ? undefined : token;
}
