/**
 * Checks a HAR capture (HTTP Archive 1.2: browser dev tools, mitmproxy, Charles, most proxies)
 * entry by entry: each Bedrock Runtime request is routed, and request and response validated as
 * an exchange. Entries to other hosts are skipped with a note, never silently.
 */
import { isObject } from "../../generator/core/json.js";
import type { HttpRequest, HttpResponse } from "./messages.js";
import type { ConformanceProblem, ConformanceValidator } from "./validator.js";

export interface HarEntryReport {
  /** Position in `log.entries`, from 0. */
  readonly index: number;
  readonly method: string;
  readonly url: string;
  /** The operation the request routed to; absent when skipped or unroutable. */
  readonly operation?: string;
  /** Why the entry was not checked (another host). */
  readonly skipped?: string;
  /** What could not be checked in an entry that was (a response body the capture did not keep). */
  readonly notes: readonly string[];
  readonly ok: boolean;
  readonly problems: readonly ConformanceProblem[];
}

export interface HarReport {
  /** No checked entry has an error. */
  readonly ok: boolean;
  readonly checked: number;
  readonly failed: number;
  readonly skipped: number;
  readonly entries: readonly HarEntryReport[];
}

export interface HarOptions {
  /** Hosts (`host` or `host:port`) to check besides Bedrock Runtime endpoints: a gateway under test. */
  readonly hosts?: readonly string[];
}

/** Thrown when the input is not a HAR document or an entry lacks what HAR requires. */
export class HarFormatError extends Error {
  override readonly name = "HarFormatError";
  constructor(
    readonly pointer: string,
    detail: string,
  ) {
    super(`${pointer === "" ? "the document" : pointer}: ${detail}`);
  }
}

/** Regional, FIPS and dual-stack Bedrock Runtime endpoints, in AWS's and China's partitions. */
const BEDROCK_HOST = /^bedrock-runtime(?:-fips)?\.[a-z0-9-]+\.(?:amazonaws\.com(?:\.cn)?|api\.aws)$/i;

export function isBedrockRuntimeHost(host: string): boolean {
  return BEDROCK_HOST.test(host);
}

export function validateHar(validator: ConformanceValidator, har: unknown, options: HarOptions = {}): HarReport {
  const log = isObject(har) ? har["log"] : undefined;
  const entries = isObject(log) ? log["entries"] : undefined;
  if (!Array.isArray(entries)) throw new HarFormatError("/log/entries", "missing or not an array; is this a HAR file?");
  const extraHosts = new Set((options.hosts ?? []).map((h) => h.toLowerCase()));
  const reports = entries.map((entry, index) => checkEntry(validator, entry, index, extraHosts));
  const checked = reports.filter((r) => r.skipped === undefined);
  return {
    ok: checked.every((r) => r.ok),
    checked: checked.length,
    failed: checked.filter((r) => !r.ok).length,
    skipped: reports.length - checked.length,
    entries: reports,
  };
}

function checkEntry(
  validator: ConformanceValidator,
  entry: unknown,
  index: number,
  extraHosts: ReadonlySet<string>,
): HarEntryReport {
  const at = `/log/entries/${index}`;
  const request = isObject(entry) ? entry["request"] : undefined;
  const response = isObject(entry) ? entry["response"] : undefined;
  if (!isObject(request) || typeof request["method"] !== "string" || typeof request["url"] !== "string") {
    throw new HarFormatError(`${at}/request`, "needs a method and a url");
  }
  const method = request["method"];
  const url = request["url"];
  const host = hostOf(url);
  if (
    host === undefined ||
    (!isBedrockRuntimeHost(host.name) && !extraHosts.has(host.name) && !extraHosts.has(host.withPort))
  ) {
    const skipped = `not a Bedrock Runtime host (${host?.withPort ?? "no host"}); add it with --host to check it`;
    return { index, method, url, skipped, notes: [], ok: true, problems: [] };
  }
  const httpRequest: HttpRequest = {
    method,
    url,
    headers: harHeaders(request["headers"], `${at}/request/headers`),
    body: postData(request["postData"]),
  };
  const notes: string[] = [];
  const status = isObject(response) && typeof response["status"] === "number" ? response["status"] : 0;
  if (!isObject(response) || status === 0) {
    // Status 0: the capture holds no reply (aborted, blocked or still pending).
    notes.push("no response in the capture; only the request was checked");
    return entryReport(index, method, url, notes, validator.validateExchange(httpRequest));
  }
  const content = response["content"];
  const body = contentBody(content);
  if (body === undefined) {
    notes.push("the capture kept no response body; only the request was checked");
  }
  const httpResponse: HttpResponse = {
    status,
    headers: harHeaders(response["headers"], `${at}/response/headers`),
    ...(body === undefined ? {} : { body }),
  };
  const result = validator.validateExchange(httpRequest, body === undefined ? undefined : httpResponse);
  return entryReport(index, method, url, notes, result);
}

function entryReport(
  index: number,
  method: string,
  url: string,
  notes: readonly string[],
  result: { readonly ok: boolean; readonly operation: string; readonly problems: readonly ConformanceProblem[] },
): HarEntryReport {
  return { index, method, url, operation: result.operation, notes, ok: result.ok, problems: result.problems };
}

function hostOf(url: string): { name: string; withPort: string } | undefined {
  try {
    const parsed = new URL(url);
    return { name: parsed.hostname.toLowerCase(), withPort: parsed.host.toLowerCase() };
  } catch {
    return undefined;
  }
}

/** HAR headers are `[{name, value}]`; HTTP/2 pseudo-headers (`:authority`) are transport, not API. */
function harHeaders(headers: unknown, at: string): [string, string][] {
  if (headers === undefined) return [];
  if (!Array.isArray(headers)) throw new HarFormatError(at, "must be an array of {name, value}");
  return headers.flatMap((header, i): [string, string][] => {
    if (!isObject(header) || typeof header["name"] !== "string" || typeof header["value"] !== "string") {
      throw new HarFormatError(`${at}/${i}`, "a header needs a string name and value");
    }
    return header["name"].startsWith(":") ? [] : [[header["name"], header["value"]]];
  });
}

/** `postData.text`, base64-decoded when the exporter marked it so (some do, though HAR 1.2 does not define it). */
function postData(data: unknown): Uint8Array | undefined {
  return isObject(data) ? textOf(data) : undefined;
}

/** `content.text`, decoded from base64 when `encoding` says so (binary bodies such as event streams). */
function contentBody(content: unknown): Uint8Array | undefined {
  if (!isObject(content)) return undefined;
  const body = textOf(content);
  if (body !== undefined) return body;
  // An empty body is kept as size 0 and no text; a missing text with a size means "not captured".
  return content["size"] === 0 ? new Uint8Array(0) : undefined;
}

function textOf(holder: Record<string, unknown>): Uint8Array | undefined {
  const text = holder["text"];
  if (typeof text !== "string") return undefined;
  return holder["encoding"] === "base64"
    ? new Uint8Array(Buffer.from(text, "base64"))
    : new Uint8Array(Buffer.from(text, "utf8"));
}
