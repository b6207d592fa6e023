/** Real recordings as the conformance library takes them, and a one-problem assertion. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recordingsDir } from "../load-recordings.js";
import type { RecordedRequest, RecordedResponse, Recording } from "../recording.js";
import type { HttpRequest, HttpResponse, ValidationResult } from "./index.js";

export function readRecording(name: string): Recording {
  return JSON.parse(readFileSync(join(recordingsDir, name), "utf8")) as Recording;
}

/** A recorded message as the library takes it: raw bytes where the recording kept bytes. */
export function httpRequestOf(recorded: RecordedRequest): HttpRequest {
  const body =
    recorded.bodyBase64 === undefined ? recorded.body : new Uint8Array(Buffer.from(recorded.bodyBase64, "base64"));
  return { method: recorded.method, url: recorded.url, headers: recorded.headers, body };
}

export function httpResponseOf(recorded: RecordedResponse): HttpResponse {
  const body =
    recorded.bodyBase64 === undefined ? recorded.body : new Uint8Array(Buffer.from(recorded.bodyBase64, "base64"));
  return { status: recorded.status, headers: recorded.headers, body };
}

/** Exactly one problem, with this code at this pointer. */
export function assertOnly(result: ValidationResult, code: string, pointer: string): void {
  const seen = result.problems.map((p) => `${p.code} ${p.pointer}`);
  assert.equal(result.ok, false, "expected a failure");
  assert.deepEqual(seen, [`${code} ${pointer}`], result.problems.map((p) => p.message).join("\n"));
}

export interface HarEntry {
  readonly request: Record<string, unknown>;
  readonly response: Record<string, unknown>;
}

function harHeaders(headers: Readonly<Record<string, string>>): { name: string; value: string }[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

/** A recording as a HAR entry, the way mitmproxy exports one: binary bodies base64-encoded. */
export function harEntryOf(recording: Recording): HarEntry {
  const { request, response } = recording;
  const requestText = request.bodyBase64 ?? (request.body === null ? undefined : JSON.stringify(request.body));
  const responseText = response.bodyBase64 ?? (response.body === null ? "" : JSON.stringify(response.body));
  const mimeType = Object.entries(response.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  return {
    request: {
      method: request.method,
      url: request.url,
      httpVersion: "HTTP/1.1",
      headers: harHeaders(request.headers),
      ...(requestText === undefined
        ? {}
        : {
            postData: {
              mimeType: "application/json",
              text: requestText,
              ...(request.bodyBase64 ? { encoding: "base64" } : {}),
            },
          }),
    },
    response: {
      status: response.status,
      statusText: "",
      httpVersion: "HTTP/1.1",
      headers: harHeaders(response.headers),
      content: {
        size: Buffer.byteLength(responseText),
        mimeType,
        text: responseText,
        ...(response.bodyBase64 ? { encoding: "base64" } : {}),
      },
    },
  };
}

/** Real recordings of four operations (two of them event streams) and one request to another host. */
export function recordedHarEntries(): HarEntry[] {
  const names = [
    "dd-trace-py/010-Converse.json",
    "dd-trace-py/015-ConverseStream.json",
    "dd-trace-py/008-InvokeModel.json",
    "dd-trace-py/009-InvokeModelWithResponseStream.json",
  ];
  const elsewhere: HarEntry = {
    request: { method: "GET", url: "https://telemetry.example.com/v1/ping", headers: [] },
    response: { status: 204, headers: [], content: { size: 0, mimeType: "" } },
  };
  return [...names.map((name) => harEntryOf(readRecording(name))), elsewhere];
}

export function harOf(entries: readonly HarEntry[]): unknown {
  return { log: { version: "1.2", creator: { name: "conformance tests", version: "1" }, entries } };
}
