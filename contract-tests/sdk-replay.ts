/**
 * The third party to the contract: the official client. Each recording is replayed through the
 * real `BedrockRuntimeClient` — input rebuilt from the recorded request, the recorded response
 * served back by nock — and the SDK must send the same request and parse the response (or throw
 * the error it names). Where it does not, the recording is rejected with the reason; nothing is
 * hidden. The caller owns nock's global switches (`disableNetConnect`); this module only adds
 * and removes its own interceptor, one replay at a time.
 */
import { isDeepStrictEqual } from "node:util";
import * as sdk from "@aws-sdk/client-bedrock-runtime";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { NormalizedSchema } from "@smithy/core/schema";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { StaticOperationSchema } from "@smithy/types";
import nock from "nock";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";
import { decodeEventStream, EventStreamError, stringHeader } from "./event-stream.js";
import { strippedHeaders, type RecordedRequest, type Recording, type RecordingFile } from "./recording.js";
import { rebuildInput } from "./sdk-input.js";
import { essence, EVENT_STREAM } from "./spec-lookup.js";
import { findHeader } from "../generator/core/http.js";
import { childPointer } from "../generator/core/pointer.js";

export type ReplayVerdict = "agreed" | "rejected" | "set-aside" | "not-replayable";

export interface ReplayResult {
  readonly file: string;
  readonly operation: string;
  readonly verdict: ReplayVerdict;
  /** Why the SDK disagrees (errors), or why it was not replayed (a warning). */
  readonly problems: readonly Problem[];
}

/** What went over the wire, as nock saw it. */
interface SentRequest {
  readonly method: string;
  readonly path: string;
  /** nock's rendering of the body: UTF-8 text, or hex when the bytes are not UTF-8. */
  readonly body: string;
}

type Outcome =
  | { readonly ok: true; readonly output: unknown; readonly events: readonly unknown[] }
  | { readonly ok: false; readonly error: unknown; readonly events: readonly unknown[] };

interface Exchange {
  /** What reached nock, matched or not; undefined when the SDK failed before sending. */
  readonly sent?: SentRequest;
  /** Whether nock matched it and so served the recorded response. */
  readonly matched: boolean;
  readonly outcome: Outcome;
}

/** What the SDK should do with the recorded response. */
type Expectation =
  | { readonly kind: "output" }
  | { readonly kind: "error"; readonly name: string | undefined; readonly at: string };

type SendableCommand = Parameters<BedrockRuntimeClient["send"]>[0];
type CommandConstructor = new (input: object) => SendableCommand;

// Fake and static: nock answers before any signature could be checked.
const CREDENTIALS = { accessKeyId: "AKIDREPLAYONLY", secretAccessKey: "replay-only-not-a-secret" };
const REGIONAL_HOST = /^bedrock-runtime\.([a-z0-9-]+)\.amazonaws\.com$/;
// Framing belongs to the transport, and importers re-serialize JSON bodies, so recorded lengths can be wrong.
const TRANSPORT_HEADERS = new Set(["content-length", "transfer-encoding", "connection"]);

export class SdkReplayer {
  private readonly clients = new Map<string, BedrockRuntimeClient>();

  async replay({ file, recording }: RecordingFile): Promise<ReplayResult> {
    const operation = recording.operation;
    if (recording.setAside !== undefined) {
      return {
        file,
        operation,
        verdict: "set-aside",
        problems: [problem("recording/set-aside", { reason: recording.setAside }, { file })],
      };
    }
    const streamedInput = inputStreamOf(recording.operation);
    if (streamedInput !== undefined) {
      const reason = `its input member "${streamedInput}" is an event stream, which the SDK sends only over HTTP/2 and nock cannot intercept`;
      return {
        file,
        operation,
        verdict: "not-replayable",
        problems: [problem("sdk-replay/not-replayable", { operation, reason }, { file })],
      };
    }
    const problems = await this.disagreements(recording);
    const located = problems.map((p) => ({ ...p, file }));
    return { file, operation, verdict: located.length === 0 ? "agreed" : "rejected", problems: located };
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private async disagreements(recording: Recording): Promise<Problem[]> {
    const operation = recording.operation;
    const found = sdkCommand(operation);
    if (found === undefined) return [problem("sdk-replay/no-command", { operation }, { pointer: "/operation" })];
    const rebuilt = rebuildInput(found.schema, recording.request, strippedHeaders(recording).request);
    if (!rebuilt.ok)
      return [
        problem(
          "sdk-replay/input-unrepresentable",
          { operation, detail: rebuilt.detail },
          { pointer: rebuilt.pointer },
        ),
      ];

    const exchange = await this.exchange(recording, new found.Command(rebuilt.input));
    if (exchange.sent === undefined) {
      const reason = exchange.outcome.ok ? "no request reached nock" : errorText(exchange.outcome.error);
      return [problem("sdk-replay/not-sent", { operation, reason }, { pointer: "/request" })];
    }
    const problems = requestDifferences(operation, recording.request, exchange.sent);
    // A request nock could not match (another method or host) got no recorded response to parse.
    if (!exchange.matched) return problems;
    const expected = expectationOf(recording, found.schema);
    const { outcome } = exchange;
    if (outcome.ok) {
      problems.push(...unknownMembers(operation, outcome.output, "/response/body"));
      // Without skipped frames (reported below), the n-th event is the n-th frame.
      outcome.events.forEach((event, i) =>
        problems.push(...unknownMembers(operation, event, `/response/frames/${i}/payload`)),
      );
      if (expected.kind === "error") {
        problems.push(
          problem(
            "sdk-replay/missing-error",
            { operation, status: recording.response.status, expected: expected.name ?? "an error" },
            { pointer: expected.at },
          ),
        );
      }
    } else {
      problems.push(...judgeError(operation, recording, expected, outcome.error));
    }
    // Skipped events only mean something when everything else was read as recorded.
    if (problems.length === 0) problems.push(...droppedEvents(operation, recording, outcome.events));
    return problems;
  }

  /** Sends one command while nock serves the recorded response; reads any event stream to its end. */
  private async exchange(recording: Recording, command: SendableCommand): Promise<Exchange> {
    const url = new URL(recording.request.url);
    const { status, headers } = recording.response;
    let sent: SentRequest | undefined;
    let unmatched: SentRequest | undefined;
    const onNoMatch = (req: unknown, _options: unknown, body: unknown): void => {
      unmatched = sentRequest(req, body);
    };
    const scope = nock(url.origin);
    // Any path: the SDK's path is compared afterwards, so a difference is reported, not a nock miss.
    const interceptor = scope.intercept(() => true, recording.request.method);
    interceptor.reply(status, Buffer.from(responseBytes(recording)), replayHeaders(headers));
    scope.on("request", (req: unknown, _interceptor: unknown, body: unknown) => {
      sent = sentRequest(req, body);
    });
    nock.emitter.on("no match", onNoMatch);
    const events: unknown[] = [];
    let outcome: Outcome;
    try {
      const output: unknown = await this.client(url).send(command);
      await drainStreams(output, events);
      outcome = { ok: true, output, events };
    } catch (error) {
      outcome = { ok: false, error, events };
    } finally {
      nock.emitter.removeListener("no match", onNoMatch);
      nock.removeInterceptor(interceptor);
    }
    const reached = sent ?? unmatched;
    return { ...(reached === undefined ? {} : { sent: reached }), matched: sent !== undefined, outcome };
  }

  private client(url: URL): BedrockRuntimeClient {
    const region = REGIONAL_HOST.exec(url.hostname)?.[1];
    const key = region ?? url.origin;
    let client = this.clients.get(key);
    if (client === undefined) {
      client = new BedrockRuntimeClient({
        // A host outside the regional pattern is replayed where it was recorded.
        ...(region === undefined ? { region: "us-east-1", endpoint: url.origin } : { region }),
        credentials: CREDENTIALS,
        // nock sees HTTP/1.1 only; the SDK's default handler speaks HTTP/2.
        requestHandler: new NodeHttpHandler(),
        // One attempt: a retry would hide the very response under test.
        maxAttempts: 1,
      });
      this.clients.set(key, client);
    }
    return client;
  }
}

/** The SDK's command class and operation schema, found by the recording's operation name. */
function sdkCommand(
  operation: string,
): { readonly Command: CommandConstructor; readonly schema: StaticOperationSchema } | undefined {
  const exports: Readonly<Record<string, unknown>> = sdk;
  const Command = exports[`${operation}Command`];
  const schema = exports[`${operation}$`];
  if (typeof Command !== "function" || !Array.isArray(schema) || schema[0] !== 9) return undefined;
  return { Command: Command as CommandConstructor, schema: schema as StaticOperationSchema };
}

/** The input's event-stream member, for operations that stream their input (bidirectional ones). */
function inputStreamOf(operation: string): string | undefined {
  const found = sdkCommand(operation);
  const member = found === undefined ? "" : NormalizedSchema.of(found.schema[4]).getEventStreamMember();
  return member === "" ? undefined : member;
}

function sentRequest(req: unknown, body: unknown): SentRequest | undefined {
  if (!isObject(req) || typeof req["method"] !== "string" || typeof req["path"] !== "string") return undefined;
  return { method: req["method"], path: req["path"], body: typeof body === "string" ? body : "" };
}

function responseBytes(recording: Recording): Uint8Array {
  const { body, bodyBase64 } = recording.response;
  if (bodyBase64 !== undefined) return Buffer.from(bodyBase64, "base64");
  return body === null ? new Uint8Array() : Buffer.from(JSON.stringify(body));
}

function replayHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase())));
}

// ── what the SDK should do with the response ────────────────────────────────

function expectationOf(recording: Recording, schema: StaticOperationSchema): Expectation {
  const { status, headers, body } = recording.response;
  if (status >= 300) {
    // The error name travels in X-Amzn-ErrorType (`Name:docs-url`), sometimes in `__type` (`ns#Name`).
    const header = findHeader(headers, "x-amzn-errortype")?.split(":")[0]?.split("#").pop()?.trim();
    const type = isObject(body) && typeof body["__type"] === "string" ? body["__type"].split("#").pop() : undefined;
    return { kind: "error", name: header ?? type, at: "/response/status" };
  }
  if (!isEventStream(recording)) return { kind: "output" };
  // A 200 stream that carries an exception frame ends with the SDK throwing that exception.
  for (const frame of framesOf(recording)) {
    const messageType = stringHeader(frame, ":message-type");
    if (messageType === "exception") {
      return {
        kind: "error",
        name: exceptionName(schema, stringHeader(frame, ":exception-type")),
        at: `/response/frames/${frame.index}`,
      };
    }
    if (messageType === "error")
      return { kind: "error", name: stringHeader(frame, ":error-code"), at: `/response/frames/${frame.index}` };
  }
  return { kind: "output" };
}

/** An event-stream body, by its media type (or by its raw bytes, when the recorder dropped the headers). */
function isEventStream(recording: Recording): boolean {
  const { headers, bodyBase64 } = recording.response;
  const mediaType = findHeader(headers, "content-type");
  return bodyBase64 !== undefined && (mediaType === undefined || essence(mediaType) === EVENT_STREAM);
}

/** The recorded frames, or none when they do not decode (the SDK's verdict on them is what counts). */
function framesOf(recording: Recording): ReturnType<typeof decodeEventStream> {
  try {
    return decodeEventStream(Buffer.from(recording.response.bodyBase64 ?? "", "base64"));
  } catch (error) {
    if (error instanceof EventStreamError) return [];
    throw error;
  }
}

/**
 * `:exception-type` names the union member (`modelStreamErrorException`); the SDK throws the
 * error shape that member targets (`ModelStreamErrorException`), or, for a member its union
 * lacks, a plain Error named after the header.
 */
function exceptionName(schema: StaticOperationSchema, type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const output = NormalizedSchema.of(schema[5]);
  const streamMember = output.getEventStreamMember();
  if (streamMember === "") return type;
  const member = output.getMemberSchema(streamMember).getMemberSchemas()[type];
  return member?.getName() ?? type;
}

function judgeError(operation: string, recording: Recording, expected: Expectation, error: unknown): Problem[] {
  const status = recording.response.status;
  if (expected.kind === "output") {
    const pointer = recording.response.bodyBase64 === undefined ? "/response/body" : "/response/bodyBase64";
    return [problem("sdk-replay/response-rejected", { operation, status, reason: errorText(error) }, { pointer })];
  }
  const thrown = error instanceof Error ? error.name : typeof error;
  const name = expected.name;
  const modeled = name === undefined ? undefined : (sdk as Readonly<Record<string, unknown>>)[name];
  const ok =
    (name === undefined || thrown === name) &&
    // A modeled error must come back as its own class, not a generic one with the right name.
    (typeof modeled !== "function" || error instanceof (modeled as new () => Error));
  if (ok) return [];
  const detail =
    typeof modeled === "function" && thrown === name
      ? `${thrown} (not an instance of the SDK's ${name} class)`
      : errorText(error);
  return [
    problem(
      "sdk-replay/wrong-error",
      { operation, status, expected: name ?? "an error", thrown: detail },
      { pointer: expected.at },
    ),
  ];
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // The SDK appends a hint about `$response`; it says nothing about this recording.
  const message = error.message.replace(/\s*Deserialization error: to see the raw response.*$/s, "");
  return `${error.name}: ${message.length > 200 ? `${message.slice(0, 197)}...` : message}`;
}

// ── what the SDK sent ───────────────────────────────────────────────────────

function requestDifferences(operation: string, recorded: RecordedRequest, sent: SentRequest | undefined): Problem[] {
  if (sent === undefined) return [];
  const problems: Problem[] = [];
  const differs = (part: string, was: string, now: string, pointer: string): void => {
    problems.push(problem("sdk-replay/request-differs", { operation, part, recorded: was, sent: now }, { pointer }));
  };
  if (sent.method.toUpperCase() !== recorded.method.toUpperCase())
    differs("method", recorded.method, sent.method, "/request/method");
  const url = new URL(recorded.url);
  const sentUrl = new URL(sent.path, url.origin);
  // Encoders differ on which characters they escape (`:` in a model ARN); the decoded segments must agree.
  if (!isDeepStrictEqual(decodedSegments(url.pathname), decodedSegments(sentUrl.pathname))) {
    differs("path", url.pathname, sentUrl.pathname, "/request/url");
  }
  if (!isDeepStrictEqual(sortedQuery(url), sortedQuery(sentUrl)))
    differs("query", url.search || "(none)", sentUrl.search || "(none)", "/request/url");
  const body = bodyDifference(recorded, sent.body);
  if (body !== undefined) differs("body", body.recorded, body.sent, body.pointer);
  return problems;
}

function decodedSegments(pathname: string): string[] {
  return pathname.split("/").map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function sortedQuery(url: URL): string[] {
  return [...url.searchParams].map(([k, v]) => `${k}=${v}`).sort();
}

interface BodyDifference {
  readonly pointer: string;
  readonly recorded: string;
  readonly sent: string;
}

/** JSON bodies compare as JSON (importers re-serialized them); other bodies byte for byte. */
function bodyDifference(recorded: RecordedRequest, sent: string): BodyDifference | undefined {
  if (recorded.body !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(sent);
    } catch {
      return {
        pointer: "/request/body",
        recorded: "a JSON body",
        sent: sent === "" ? "no body" : "a body that is not JSON",
      };
    }
    return firstDifference(recorded.body, parsed, "/request/body");
  }
  const bytes = Buffer.from(recorded.bodyBase64 ?? "", "base64");
  const asText = Buffer.from(sent, "utf8");
  const asHex = /^(?:[0-9a-f]{2})*$/.test(sent) ? Buffer.from(sent, "hex") : undefined;
  if (bytes.equals(asText) || (asHex !== undefined && bytes.equals(asHex))) return undefined;
  return {
    pointer: recorded.bodyBase64 === undefined ? "/request/body" : "/request/bodyBase64",
    recorded: `${bytes.length} bytes`,
    sent: `${asText.length} bytes`,
  };
}

function firstDifference(recorded: unknown, sent: unknown, pointer: string): BodyDifference | undefined {
  if (isObject(recorded) && isObject(sent)) {
    for (const key of new Set([...Object.keys(recorded), ...Object.keys(sent)])) {
      const found = firstDifference(recorded[key], sent[key], childPointer(pointer, key));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (Array.isArray(recorded) && Array.isArray(sent)) {
    for (let i = 0; i < Math.max(recorded.length, sent.length); i++) {
      const found = firstDifference(recorded[i], sent[i], childPointer(pointer, i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isDeepStrictEqual(recorded, sent)) return undefined;
  return { pointer, recorded: show(recorded), sent: show(sent) };
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// ── what the SDK parsed ─────────────────────────────────────────────────────

/** Reads every event stream in the output to its end, keeping the events. */
async function drainStreams(output: unknown, events: unknown[]): Promise<void> {
  if (!isObject(output)) return;
  for (const value of Object.values(output)) {
    if (!isAsyncIterable(value)) continue;
    for await (const event of value) events.push(event);
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/** A union member the SDK's model lacks comes back as `{ $unknown: [name, value] }`. */
function unknownMembers(operation: string, value: unknown, pointer: string): Problem[] {
  if (
    value instanceof Uint8Array ||
    value instanceof Date ||
    typeof value !== "object" ||
    value === null ||
    isAsyncIterable(value)
  )
    return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => unknownMembers(operation, item, childPointer(pointer, i)));
  const problems: Problem[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (key === "$metadata") continue;
    if (key === "$unknown") {
      const name = Array.isArray(item) ? String(item[0]) : "?";
      const at = childPointer(pointer, name);
      problems.push(
        problem(
          "sdk-replay/unknown-in-output",
          { operation, place: at, detail: `"${name}" is not a member of the SDK's union` },
          { pointer: at },
        ),
      );
      continue;
    }
    problems.push(...unknownMembers(operation, item, childPointer(pointer, key)));
  }
  return problems;
}

/**
 * The SDK skips events whose `:event-type` its union lacks, without a word: compare the event
 * frames it was given with the events it yielded.
 */
function droppedEvents(operation: string, recording: Recording, yielded: readonly unknown[]): Problem[] {
  if (!isEventStream(recording)) return [];
  const frames = framesOf(recording);
  // The SDK stops reading at the first exception frame; later frames were never its to parse.
  const stop = frames.findIndex((f) => stringHeader(f, ":message-type") !== "event");
  const events = stop === -1 ? frames : frames.slice(0, stop);
  if (events.length <= yielded.length) return [];
  const known = new Set(yielded.flatMap((event) => (isObject(event) ? Object.keys(event) : [])));
  const dropped = events.filter((f) => !known.has(stringHeader(f, ":event-type") ?? ""));
  const types = [...new Set(dropped.map((f) => stringHeader(f, ":event-type") ?? "(none)"))];
  const detail = `${events.length - yielded.length} of ${events.length} event frames were skipped (:event-type ${types.join(", ")})`;
  return [
    problem(
      "sdk-replay/unknown-in-output",
      { operation, place: "the event stream", detail },
      { pointer: `/response/frames/${dropped[0]?.index ?? 0}` },
    ),
  ];
}
