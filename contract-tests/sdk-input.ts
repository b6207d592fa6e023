/**
 * Rebuilds the official SDK's command input from a recorded HTTP request, reading only the
 * SDK's own schemas (its copy of the Smithy model): the URI template gives the labels, the
 * `httpHeader` / `httpQuery` / `httpPayload` traits say where every other member travelled,
 * and the remaining members are the JSON body. Blobs become bytes and timestamps Dates, which
 * is what the SDK's serializer expects. Whatever the SDK could not be asked to send (a member
 * its model lacks, a value of the wrong type) is returned as the reason, with a pointer into
 * the recording — never dropped, or the replay would compare a different request.
 */
import { NormalizedSchema } from "@smithy/core/schema";
import type { StaticOperationSchema } from "@smithy/types";
import { isObject } from "../generator/core/json.js";
import type { RecordedRequest } from "./recording.js";
import type { SdkValue } from "./scenarios.js";
import { findHeader } from "../generator/core/http.js";
import { childPointer } from "../generator/core/pointer.js";
import { isCanonicalBase64 } from "../generator/core/base64.js";

export type SdkInput = { readonly [member: string]: SdkValue };

export type RebuiltInput =
  | { readonly ok: true; readonly input: SdkInput }
  | { readonly ok: false; readonly pointer: string; readonly detail: string };

/** The HTTP binding of an operation, from the SDK's `http` trait. */
export interface HttpBinding {
  readonly method: string;
  readonly uri: string;
}

export function httpBindingOf(operation: StaticOperationSchema): HttpBinding | undefined {
  const traits = operation[3];
  const http = isObject(traits) ? traits["http"] : undefined;
  if (!Array.isArray(http) || typeof http[0] !== "string" || typeof http[1] !== "string") return undefined;
  return { method: http[0], uri: http[1] };
}

/** Thrown inside the walk; caught once at the top and turned into a `RebuiltInput` failure. */
class Unrepresentable extends Error {
  constructor(
    readonly pointer: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function rebuildInput(
  operation: StaticOperationSchema,
  request: RecordedRequest,
  headersStripped: boolean,
): RebuiltInput {
  try {
    return { ok: true, input: build(operation, request, headersStripped) };
  } catch (error) {
    if (!(error instanceof Unrepresentable)) throw error;
    return { ok: false, pointer: error.pointer, detail: error.detail };
  }
}

function build(operation: StaticOperationSchema, request: RecordedRequest, headersStripped: boolean): SdkInput {
  const binding = httpBindingOf(operation);
  if (binding === undefined) throw new Unrepresentable("/operation", "the SDK's operation schema has no http trait");
  const input = NormalizedSchema.of(operation[4]);
  const members = input.getMemberSchemas();
  const result: Record<string, SdkValue> = {};
  const url = new URL(request.url);

  const labels = matchLabels(binding.uri, url.pathname);
  for (const [name, member] of Object.entries(members)) {
    const traits = member.getMergedTraits();
    if (traits.httpLabel) {
      const value = labels[name];
      if (value === undefined)
        throw new Unrepresentable("/request/url", `the SDK's URI ${binding.uri} has no {${name}} label`);
      result[name] = value;
    } else if (typeof traits.httpHeader === "string") {
      // A recorder that dropped the headers leaves header members unknown, not absent.
      const raw = headersStripped ? undefined : findHeader(request.headers, traits.httpHeader);
      if (raw !== undefined) result[name] = fromText(raw, member, childPointer("/request/headers", traits.httpHeader));
    } else if (typeof traits.httpQuery === "string") {
      const values = url.searchParams.getAll(traits.httpQuery);
      if (values.length === 0) continue;
      const at = `/request/url?${traits.httpQuery}`;
      result[name] = member.isListSchema()
        ? values.map((v) => fromText(v, member.getValueSchema(), at))
        : fromText(values[0]!, member, at);
    }
  }
  const queryNames = new Set(Object.values(members).map((m) => m.getMergedTraits().httpQuery));
  for (const name of url.searchParams.keys()) {
    if (!queryNames.has(name))
      throw new Unrepresentable(
        "/request/url",
        `query parameter "${name}" is not a member of the SDK's ${input.getName() ?? "input"}`,
      );
  }

  const payload = Object.entries(members).find(([, m]) => m.getMergedTraits().httpPayload);
  if (payload !== undefined) {
    const [name, member] = payload;
    const value = member.isBlobSchema()
      ? rawBody(request)
      : request.body === null
        ? undefined
        : fromJson(request.body, member, "/request/body");
    if (value !== undefined) result[name] = value;
    return result;
  }
  if (request.bodyBase64 !== undefined)
    throw new Unrepresentable(
      "/request/bodyBase64",
      "the body is not JSON, but the SDK sends its members as a JSON object",
    );
  if (request.body === null) return result;
  if (!isObject(request.body)) throw new Unrepresentable("/request/body", "the body is not a JSON object");
  const bodyMembers = Object.fromEntries(Object.entries(members).filter(([, m]) => !isBound(m)));
  return { ...result, ...structure(request.body, bodyMembers, input.getName() ?? "input", "/request/body") };
}

function isBound(member: NormalizedSchema): boolean {
  const t = member.getMergedTraits();
  return Boolean(
    t.httpLabel ||
      t.httpHeader !== undefined ||
      t.httpQuery !== undefined ||
      t.httpPayload ||
      t.httpQueryParams ||
      t.httpPrefixHeaders !== undefined,
  );
}

/** Label values from the recorded path; both are split before decoding, as `%2F` belongs to an ARN. */
function matchLabels(template: string, pathname: string): Record<string, string> {
  const expected = template.split("?")[0]!.split("/");
  const actual = pathname.split("/");
  const labels: Record<string, string> = {};
  const mismatch = (): never => {
    throw new Unrepresentable("/request/url", `the path ${pathname} does not match the SDK's URI ${template}`);
  };
  for (let i = 0; i < expected.length; i++) {
    const segment = expected[i]!;
    const label = /^\{([^}+]+)(\+?)\}$/.exec(segment);
    if (label === null) {
      if (actual[i] === undefined || decode(actual[i]!) !== segment) mismatch();
      continue;
    }
    const greedy = label[2] === "+";
    const raw = greedy ? actual.slice(i).join("/") : actual[i];
    if (raw === undefined || raw === "") mismatch();
    labels[label[1]!] = decode(raw!);
    if (greedy) return labels;
  }
  if (actual.length !== expected.length) mismatch();
  return labels;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new Unrepresentable("/request/url", `path segment ${JSON.stringify(segment)} is not valid percent-encoding`);
  }
}

/** A raw payload as the bytes that went over the wire (JSON bodies were parsed by the importer). */
function rawBody(request: RecordedRequest): Uint8Array | undefined {
  if (request.bodyBase64 !== undefined) return new Uint8Array(Buffer.from(request.bodyBase64, "base64"));
  if (request.body === null) return undefined;
  return new TextEncoder().encode(JSON.stringify(request.body));
}

/** A header or query value, converted to the member's type as restJson1 writes it there. */
function fromText(text: string, schema: NormalizedSchema, pointer: string): SdkValue {
  if (schema.isStringSchema()) return text;
  if (schema.isBooleanSchema() && (text === "true" || text === "false")) return text === "true";
  if (schema.isNumericSchema() && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  if (schema.isTimestampSchema()) {
    const date = /^\d+(\.\d+)?$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Unrepresentable(pointer, `${JSON.stringify(text)} cannot be sent as ${describeSchema(schema)}`);
}

/** A JSON body value, converted to what the SDK expects at `schema`. */
function fromJson(value: unknown, schema: NormalizedSchema, pointer: string): SdkValue {
  if (schema.isDocumentSchema()) return value as SdkValue;
  if (value === null)
    throw new Unrepresentable(pointer, "null cannot be sent: the SDK omits members that have no value");
  if (schema.isBlobSchema()) {
    if (typeof value === "string" && isCanonicalBase64(value)) return new Uint8Array(Buffer.from(value, "base64"));
  } else if (schema.isTimestampSchema()) {
    const date =
      typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
    if (date !== undefined && !Number.isNaN(date.getTime())) return date;
  } else if (schema.isListSchema()) {
    if (Array.isArray(value))
      return value.map((item: unknown, i) => fromJson(item, schema.getValueSchema(), childPointer(pointer, i)));
  } else if (schema.isMapSchema()) {
    if (isObject(value)) {
      const entries = Object.entries(value).map(
        ([k, v]) => [k, fromJson(v, schema.getValueSchema(), childPointer(pointer, k))] as const,
      );
      return Object.fromEntries(entries);
    }
  } else if (schema.isStructSchema()) {
    if (isObject(value)) return structure(value, schema.getMemberSchemas(), schema.getName() ?? "structure", pointer);
  } else if (schema.isStringSchema()) {
    if (typeof value === "string") return value;
  } else if (schema.isBooleanSchema()) {
    if (typeof value === "boolean") return value;
  } else if (schema.isNumericSchema()) {
    if (typeof value === "number") return value;
  }
  throw new Unrepresentable(pointer, `${describeValue(value)} cannot be sent as ${describeSchema(schema)}`);
}

function structure(
  value: Readonly<Record<string, unknown>>,
  members: Record<string, NormalizedSchema>,
  shape: string,
  pointer: string,
): SdkInput {
  // restJson1 puts a member under its jsonName when it has one, else under its own name.
  const byWireName = new Map(Object.entries(members).map(([name, m]) => [wireName(name, m), [name, m] as const]));
  const result: Record<string, SdkValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const found = byWireName.get(key);
    const at = childPointer(pointer, key);
    if (found === undefined) throw new Unrepresentable(at, `"${key}" is not a member of the SDK's ${shape}`);
    result[found[0]] = fromJson(item, found[1], at);
  }
  return result;
}

function wireName(name: string, member: NormalizedSchema): string {
  const jsonName = member.getMergedTraits().jsonName;
  return typeof jsonName === "string" ? jsonName : name;
}

function describeSchema(schema: NormalizedSchema): string {
  const kind = schema.isBlobSchema()
    ? "a blob (base64 in JSON)"
    : schema.isTimestampSchema()
      ? "a timestamp"
      : schema.isListSchema()
        ? "a list"
        : schema.isMapSchema()
          ? "a map"
          : schema.isUnionSchema()
            ? "a union"
            : schema.isStructSchema()
              ? "a structure"
              : schema.isStringSchema()
                ? "a string"
                : schema.isBooleanSchema()
                  ? "a boolean"
                  : schema.isNumericSchema()
                    ? "a number"
                    : "an unsupported type";
  const name = schema.getName();
  return name === undefined ? kind : `${kind} (${name})`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (isObject(value)) return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}
