/**
 * Redaction: what keeps secrets and account numbers out of recordings. Everything the
 * recorder writes passes through `redactRecording` and then `findLeaks` (which also runs the
 * CI secret scan); a recording that still shows a secret afterwards is not written.
 *
 * Two kinds of rules work together:
 * - known values: the credentials the run actually signed with (and their URL- and
 *   JSON-escaped forms) are replaced wherever they appear, even inside an error message that
 *   echoes the canonical request;
 * - shapes: access key ids, SigV4 signatures, security and session tokens, Bedrock API keys,
 *   secrets next to a secret-sounding name, and 12-digit account ids, for whatever the run
 *   did not know about.
 *
 * Replacements keep what is not secret: the 4-letter key id prefix (AKIA long-term, ASIA
 * temporary), the SigV4 credential scope and signed headers, AWS's documentation account id
 * (same length as any account id). Placeholders are chosen so that `secret-scan.ts` does not
 * mistake them for real values.
 */
import { crc32 } from "node:zlib";
import type { JsonValue } from "../generator/shapes.js";
import { decodeEventStream, EventStreamError } from "./event-stream.js";
import { scanJson } from "./secret-scan.js";
import {
  BARE_SECRET_KEY,
  PLACEHOLDER_ACCOUNT_ID,
  PLACEHOLDER_KEY_ID_SUFFIX,
  REDACTED,
  TEXT_DETECTORS,
  type RedactionKind,
} from "./secret-detectors.js";
import type { Provenance, Recording, RecordedRequest, RecordedResponse } from "./recording.js";

export { PLACEHOLDER_ACCOUNT_ID, PLACEHOLDER_KEY_ID_SUFFIX, REDACTED, type RedactionKind };

/** A value the run knows to be secret, e.g. the credentials it signed with. */
export interface KnownSecret {
  readonly value: string;
  readonly kind: RedactionKind;
}

/** The credential fields `@smithy/types` `AwsCredentialIdentity` carries. */
export interface CredentialValues {
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly sessionToken?: string;
  readonly accountId?: string;
}

export function knownSecrets(credentials: CredentialValues | undefined, bearerToken?: string): KnownSecret[] {
  const secrets: KnownSecret[] = [];
  const add = (value: string | undefined, kind: RedactionKind) => {
    // Very short values would redact ordinary text; no real credential is that short.
    if (value !== undefined && value.length >= 12) secrets.push({ value, kind });
  };
  add(credentials?.accessKeyId, "access-key-id");
  add(credentials?.secretAccessKey, "secret-key");
  add(credentials?.sessionToken, "security-token");
  add(credentials?.accountId, "account-id");
  add(bearerToken, "bearer-token");
  return secrets;
}

/** Collects which kinds of redaction happened, for the recording's notes. */
export type RedactionLog = Set<RedactionKind>;

/** Applies every text rule to one string. Idempotent: redacting twice changes nothing more. */
export function redactText(text: string, secrets: readonly KnownSecret[] = [], log: RedactionLog = new Set()): string {
  let result = text;
  for (const secret of secrets) {
    for (const form of escapedForms(secret.value)) {
      if (result.includes(form)) {
        result = result.replaceAll(form, replacementFor(secret));
        log.add(secret.kind);
      }
    }
  }
  // The shared detector table: whatever the scan would report, this replaces.
  for (const detector of [...TEXT_DETECTORS, BARE_SECRET_KEY]) {
    result = result.replace(detector.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.at(-1) as Record<string, string | undefined>;
      const whole = args.at(-2) as string;
      const offset = args.at(-3) as number;
      if (detector.allow?.(groups["secret"] ?? match, whole.slice(0, offset)) === true) return match;
      const replaced = detector.replacement(groups["keep"] ?? "");
      if (replaced !== match) log.add(detector.kind);
      return replaced;
    });
  }
  result = redactEncodedRuns(result, secrets, log);
  return result;
}

const BASE64_RUN =
  /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{4}){4,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?(?![A-Za-z0-9+/=])/g;
/** Base64 runs past this length are image or document data; decoding them is bounded. */
const MAX_ENCODED_RUN = 16 * 1024 * 1024;

/**
 * Credentials echoed back inside base64 (a chunk's `bytes`, a base64 JSON field): each run is
 * decoded, redacted as bytes and re-encoded only when something changed, so data that holds no
 * secret keeps its exact bytes.
 */
function redactEncodedRuns(text: string, secrets: readonly KnownSecret[], log: RedactionLog): string {
  return text.replace(BASE64_RUN, (run) => {
    if (run.length > MAX_ENCODED_RUN) return run;
    const bytes = Buffer.from(run, "base64");
    if (bytes.toString("base64") !== run) return run;
    const redacted = redactBytes(bytes, secrets, log);
    return redacted === bytes ? run : Buffer.from(redacted).toString("base64");
  });
}

function escapedForms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), value.replaceAll("/", "\\/")])];
}

function replacementFor(secret: KnownSecret): string {
  switch (secret.kind) {
    case "access-key-id":
      return `${secret.value.slice(0, 4)}${PLACEHOLDER_KEY_ID_SUFFIX}`;
    case "account-id":
      return PLACEHOLDER_ACCOUNT_ID;
    case "secret-key":
    case "signature":
    case "authorization":
    case "security-token":
    case "bearer-token":
    case "secret-value":
      return REDACTED;
  }
}

/** Headers whose whole value is a credential. */
const SECRET_HEADERS =
  /^(?:x-amz-security-token|cookie|set-cookie|x-api-key|proxy-authorization)$|secret|password|api-key|session-token/i;

export function redactHeaders(
  headers: Readonly<Record<string, string>>,
  secrets: readonly KnownSecret[] = [],
  log: RedactionLog = new Set(),
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (/^authorization$/i.test(name)) {
      result[name] = redactAuthorization(value, secrets, log);
    } else if (SECRET_HEADERS.test(name)) {
      result[name] = REDACTED;
      log.add(/token/i.test(name) ? "security-token" : "secret-value");
    } else {
      result[name] = redactText(value, secrets, log);
    }
  }
  return result;
}

/**
 * SigV4 keeps its shape (`AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/<service>/aws4_request,
 * SignedHeaders=…, Signature=…`) with the key id and signature replaced; any other scheme keeps
 * only its name.
 */
function redactAuthorization(value: string, secrets: readonly KnownSecret[], log: RedactionLog): string {
  const sigv4 =
    /^(AWS4-[A-Z0-9-]+ +Credential=)([^/,\s]*)(\/[^,\s]*,\s*SignedHeaders=[^,\s]*,\s*Signature=)(\S*)$/.exec(value);
  log.add("authorization");
  if (sigv4 !== null) {
    const [, head, keyId, scope, signature] = sigv4 as unknown as [string, string, string, string, string];
    const prefix = /^[A-Z]{4}/.test(keyId) ? keyId.slice(0, 4) : "AKIA";
    if (signature !== "") log.add("signature");
    return `${head}${prefix}${PLACEHOLDER_KEY_ID_SUFFIX}${redactText(scope, secrets, log)}${REDACTED}`;
  }
  const scheme = /^([A-Za-z0-9-]+) +\S/.exec(value);
  return scheme === null ? REDACTED : `${scheme[1]} ${REDACTED}`;
}

/** JSON object keys whose string values are secrets whatever they look like. */
const SECRET_MEMBER =
  /^(?:aws_?)?(?:secret(?:_?access)?_?key|session_?token|security_?token|password|secret|api_?key)$/i;

export function redactJson(
  value: JsonValue,
  secrets: readonly KnownSecret[] = [],
  log: RedactionLog = new Set(),
): JsonValue {
  if (typeof value === "string") return redactText(value, secrets, log);
  if (Array.isArray(value)) return value.map((item: JsonValue) => redactJson(item, secrets, log));
  if (typeof value === "object" && value !== null) {
    const result: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_MEMBER.test(key) && typeof item === "string") {
        result[redactText(key, secrets, log)] = REDACTED;
        log.add("secret-value");
      } else {
        result[redactText(key, secrets, log)] = redactJson(item, secrets, log);
      }
    }
    return result;
  }
  return value;
}

/**
 * Opaque bytes: the text rules applied to a byte-for-byte (latin1) view, so bytes outside the
 * matches are kept exactly.
 */
export function redactBytes(
  bytes: Uint8Array,
  secrets: readonly KnownSecret[] = [],
  log: RedactionLog = new Set(),
): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const redacted = redactText(text, secrets, log);
  return redacted === text ? bytes : new Uint8Array(Buffer.from(redacted, "latin1"));
}

export type EventStreamRedaction =
  | { readonly bytes: Uint8Array }
  | { readonly bytes: Uint8Array; readonly unframed: string };

/**
 * An `application/vnd.amazon.eventstream` body, frame by frame: each payload is redacted like
 * opaque bytes, and only a frame whose payload changed is rebuilt (same header bytes, new
 * lengths and CRCs); the others are kept byte for byte. A body that does not decode is
 * redacted as a whole and the reason returned, since its checksums may then no longer match.
 */
export function redactEventStream(
  bytes: Uint8Array,
  secrets: readonly KnownSecret[] = [],
  log: RedactionLog = new Set(),
): EventStreamRedaction {
  let frames;
  try {
    frames = decodeEventStream(bytes);
  } catch (error) {
    if (!(error instanceof EventStreamError)) throw error;
    return { bytes: redactBytes(bytes, secrets, log), unframed: error.message };
  }
  const parts = frames.map((frame) => {
    const raw = bytes.subarray(frame.offset, frame.offset + frame.length);
    const payload = redactBytes(frame.payload, secrets, log);
    if (payload === frame.payload) return raw;
    return encodeFrame(raw.subarray(12, frame.length - 4 - frame.payload.length), payload);
  });
  return { bytes: new Uint8Array(Buffer.concat(parts)) };
}

function encodeFrame(headers: Uint8Array, payload: Uint8Array): Uint8Array {
  const total = 12 + headers.length + payload.length + 4;
  const frame = Buffer.alloc(total);
  frame.writeUInt32BE(total, 0);
  frame.writeUInt32BE(headers.length, 4);
  frame.writeUInt32BE(crc32(frame.subarray(0, 8)), 8);
  frame.set(headers, 12);
  frame.set(payload, 12 + headers.length);
  frame.writeUInt32BE(crc32(frame.subarray(0, total - 4)), total - 4);
  return new Uint8Array(frame);
}

export interface RedactedRecording {
  readonly recording: Recording;
  readonly redacted: ReadonlySet<RedactionKind>;
  /** Set when an event-stream body could not be split into frames. */
  readonly unframed?: string;
}

/** Redacts every string and body in a recording, including its metadata and notes. */
export function redactRecording(recording: Recording, secrets: readonly KnownSecret[] = []): RedactedRecording {
  const log: RedactionLog = new Set();
  let unframed: string | undefined;
  const body = (message: RecordedRequest | RecordedResponse): Pick<RecordedResponse, "body" | "bodyBase64"> => {
    const json = message.body === null ? null : redactJson(message.body, secrets, log);
    if (message.bodyBase64 === undefined) return { body: json };
    const bytes = new Uint8Array(Buffer.from(message.bodyBase64, "base64"));
    let redacted: Uint8Array;
    if (isEventStream(message.headers)) {
      const result = redactEventStream(bytes, secrets, log);
      redacted = result.bytes;
      if ("unframed" in result) unframed = result.unframed;
    } else {
      redacted = redactBytes(bytes, secrets, log);
    }
    return { body: json, bodyBase64: Buffer.from(redacted).toString("base64") };
  };
  const { request, response } = recording;
  const redacted: Recording = {
    ...recording,
    // Provenance is flat JSON data; the cast only forgets its field names for the walk.
    provenance: redactJson(recording.provenance as unknown as JsonValue, secrets, log) as unknown as Provenance,
    request: {
      method: request.method,
      url: redactText(request.url, secrets, log),
      headers: redactHeaders(request.headers, secrets, log),
      ...body(request),
    },
    response: { status: response.status, headers: redactHeaders(response.headers, secrets, log), ...body(response) },
    notes: recording.notes.map((note) => redactText(note, secrets, log)),
    meta: redactJson(recording.meta, secrets, log) as Recording["meta"],
  };
  return unframed === undefined
    ? { recording: redacted, redacted: log }
    : { recording: redacted, redacted: log, unframed };
}

export function isEventStream(headers: Readonly<Record<string, string>>): boolean {
  return Object.entries(headers).some(
    ([name, value]) =>
      name.toLowerCase() === "content-type" && value.toLowerCase().startsWith("application/vnd.amazon.eventstream"),
  );
}

/**
 * What a serialized recording would still give away, as short descriptions (never the value):
 * known secrets in any escaped form and anything a redaction rule would still change, in the
 * text and in every decoded raw body, plus every finding of the CI secret scan. An empty list
 * means the recording is safe to write.
 */
export function findLeaks(serialized: string, secrets: readonly KnownSecret[] = []): string[] {
  const texts = [serialized];
  for (const match of serialized.matchAll(/"bodyBase64":\s*"([A-Za-z0-9+/=]*)"/g)) {
    texts.push(Buffer.from(match[1]!, "base64").toString("latin1"));
  }
  const found = new Set<string>();
  for (const text of texts) {
    for (const secret of secrets) {
      if (escapedForms(secret.value).some((form) => text.includes(form)))
        found.add(`${secret.kind} (a value this run used)`);
    }
    const log: RedactionLog = new Set();
    redactText(text, [], log);
    for (const kind of log) found.add(`${kind} (by its shape)`);
  }
  for (const finding of scanJson(JSON.parse(serialized))) found.add(`${finding.code} at ${finding.pointer || "/"}`);
  return [...found].sort();
}
