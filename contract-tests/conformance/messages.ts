/**
 * The HTTP messages a consumer hands the conformance validator, and their conversion into the
 * recorded form the contract checks read. Callers pass what their HTTP stack has (a header
 * record or a fetch `Headers`, a body as text, bytes or an already parsed JSON value); the
 * checks see one shape.
 */
import type { JsonValue } from "../../generator/core/json.js";
import type { RecordedRequest, RecordedResponse } from "../recording.js";

export type { JsonValue };

/**
 * Header names as sent; a name with several values may carry them as an array. A fetch
 * `Headers` object or a list of `[name, value]` pairs works too.
 */
export type HeadersInput =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

/**
 * A body: a string is the raw text as sent, bytes are the raw body (an event stream is bytes),
 * any other JSON value is a body already parsed from JSON. `null`, empty or absent means no body.
 */
export type BodyInput = string | Uint8Array | JsonValue | undefined;

export interface HttpRequest {
  readonly method: string;
  /** The full URL, `https://bedrock-runtime.us-east-1.amazonaws.com/model/…/converse`. */
  readonly url: string;
  readonly headers?: HeadersInput;
  readonly body?: BodyInput;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers?: HeadersInput;
  readonly body?: BodyInput;
}

export function toRecordedRequest(request: HttpRequest): RecordedRequest {
  return {
    method: request.method,
    url: request.url,
    headers: headerRecord(request.headers),
    ...recordedBody(request.body),
  };
}

export function toRecordedResponse(response: HttpResponse): RecordedResponse {
  return { status: response.status, headers: headerRecord(response.headers), ...recordedBody(response.body) };
}

/** Header values joined with `, ` under one name, as HTTP allows and recordings keep them. */
function headerRecord(headers: HeadersInput | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, value: string): void => {
    const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  };
  if (headers === undefined) return out;
  if (isPairs(headers)) {
    for (const [name, value] of headers) add(name, value);
    return out;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (typeof value === "string") add(name, value);
    else for (const item of value) add(name, item);
  }
  return out;
}

function isPairs(headers: HeadersInput): headers is Iterable<readonly [string, string]> {
  return typeof (headers as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";
}

function recordedBody(body: BodyInput): { body: JsonValue | null; bodyBase64?: string } {
  // An empty body is no body: HTTP cannot tell them apart.
  if (body === undefined || body === null || body === "") return { body: null };
  if (body instanceof Uint8Array && body.byteLength === 0) return { body: null };
  if (body instanceof Uint8Array)
    return { body: null, bodyBase64: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("base64") };
  if (typeof body === "string") return { body: null, bodyBase64: Buffer.from(body, "utf8").toString("base64") };
  return { body };
}
