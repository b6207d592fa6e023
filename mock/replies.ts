/**
 * Replies in the service's wire format, built from a recording, a spec example, a minimal schema
 * instance or an inline scenario. A JSON reply is its body's bytes; a stream reply is a list of
 * event-stream frames, each already encoded, so pacing and mid-stream faults work frame by frame.
 */
import { randomUUID } from "node:crypto";
import type { JsonValue } from "../generator/core/json.js";
import { isObject } from "../generator/core/json.js";
import { lookup, pointerOf } from "../generator/core/pointer.js";
import type { RecordedResponse } from "../contract-tests/recording.js";
import { decodeEventStream, encodeEventStream, type Contract, type FrameRule } from "./contract.js";
import { minimalInstance } from "./instance.js";
import type { InlineFrame } from "./scenarios.js";

export const EVENT_STREAM = "application/vnd.amazon.eventstream";

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The whole body, for a non-stream reply. */
  readonly body?: Uint8Array;
  /** Encoded frames, for an event-stream reply. */
  readonly frames?: readonly Uint8Array[];
}

/** Headers the recordings show the service sending, minus transport ones Node sets itself. */
const KEPT_HEADER = /^(content-type|x-amzn-errortype|x-amzn-bedrock-.*)$/i;

export function requestIdHeader(): Record<string, string> {
  return { "x-amzn-RequestId": randomUUID() };
}

export function replyFromRecording(response: RecordedResponse): Reply {
  const headers: Record<string, string> = { ...requestIdHeader() };
  for (const [name, value] of Object.entries(response.headers)) if (KEPT_HEADER.test(name)) headers[name] = value;
  const bytes =
    response.bodyBase64 !== undefined
      ? Buffer.from(response.bodyBase64, "base64")
      : response.body === null
        ? Buffer.alloc(0)
        : Buffer.from(JSON.stringify(response.body));
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-type")?.[1];
  if (contentType?.toLowerCase().startsWith(EVENT_STREAM) === true) {
    // Frame boundaries from the codec; each frame is sent as its recorded bytes.
    const frames = decodeEventStream(bytes).map((frame) => bytes.subarray(frame.offset, frame.offset + frame.length));
    return { status: response.status, headers, frames };
  }
  if (contentType === undefined && bytes.byteLength > 0) headers["Content-Type"] = "application/json";
  return { status: response.status, headers, body: bytes };
}

export function jsonReply(status: number, body: JsonValue, extra: Readonly<Record<string, string>> = {}): Reply {
  return {
    status,
    headers: { "Content-Type": "application/json", ...requestIdHeader(), ...extra },
    body: Buffer.from(JSON.stringify(body)),
  };
}

/** The service's error shape: status, `X-Amzn-ErrorType` and a `{message}` body. */
export function errorReply(status: number, errorType: string, message: string): Reply {
  return jsonReply(status, { message }, { "X-Amzn-ErrorType": errorType });
}

export function encodeFrames(frames: readonly InlineFrame[]): Uint8Array[] {
  return frames.map((frame) => encodeEventStream([{ headers: frame.headers, payload: JSON.stringify(frame.payload) }]));
}

export function inlineReply(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: JsonValue | undefined,
  frames: readonly InlineFrame[] | undefined,
): Reply {
  if (frames !== undefined)
    return {
      status,
      headers: { "Content-Type": EVENT_STREAM, ...requestIdHeader(), ...headers },
      frames: encodeFrames(frames),
    };
  return {
    ...jsonReply(status, body ?? {}),
    headers: { "Content-Type": "application/json", ...requestIdHeader(), ...headers },
  };
}

/** Where an operation's success reply is described in the document. */
export interface SuccessShape {
  readonly mediaType: string;
  readonly pointer: string;
  /** Headers every success reply must carry, with a value that fits. */
  readonly requiredHeaders: Readonly<Record<string, string>>;
}

export function successShape(contract: Contract, pathTemplate: string, method: string): SuccessShape | undefined {
  const pointer = pointerOf(["paths", pathTemplate, method.toLowerCase(), "responses", "200"]);
  const response = lookupObject(contract.document, pointer);
  const content = response === undefined ? undefined : response["content"];
  if (!isObject(content)) return undefined;
  const mediaType = Object.keys(content)[0];
  if (mediaType === undefined) return undefined;
  const requiredHeaders: Record<string, string> = {};
  const headers = response!["headers"];
  if (isObject(headers)) {
    for (const [name, header] of Object.entries(headers)) {
      if (isObject(header) && header["required"] === true && name.toLowerCase() === "x-amzn-bedrock-content-type")
        requiredHeaders[name] = "application/json";
    }
  }
  return { mediaType, pointer: pointer + pointerOf(["content", mediaType]), requiredHeaders };
}

/**
 * The spec's example for the operation's success reply (the named one, else the first that
 * raises no exception), else a minimal instance of its schema. Stream examples list frames.
 */
export function generatedReply(contract: Contract, shape: SuccessShape, exampleName?: string): Reply | undefined {
  const media = lookupObject(contract.document, shape.pointer) ?? {};
  const extra = { ...requestIdHeader(), ...shape.requiredHeaders };
  if (shape.mediaType === EVENT_STREAM) {
    const examples = isObject(media["x-amazon-eventstream-examples"]) ? media["x-amazon-eventstream-examples"] : {};
    const chosen = pickExample(examples, exampleName, (e) => Array.isArray(e["frames"]) && !framesRaise(e["frames"]));
    if (chosen === undefined) return exampleName === undefined ? generatedStream(contract, shape, extra) : undefined;
    return {
      status: 200,
      headers: { "Content-Type": EVENT_STREAM, ...extra },
      frames: encodeFrames(chosen["frames"] as InlineFrame[]),
    };
  }
  const examples = isObject(media["examples"]) ? media["examples"] : {};
  const chosen = pickExample(examples, exampleName, (e) => Object.hasOwn(e, "value"));
  if (chosen !== undefined)
    return { ...jsonReply(200, chosen["value"] as JsonValue), headers: { "Content-Type": shape.mediaType, ...extra } };
  if (exampleName !== undefined) return undefined;
  return {
    ...jsonReply(200, minimalInstance(contract.document, `${shape.pointer}/schema`)),
    headers: { "Content-Type": shape.mediaType, ...extra },
  };
}

/** A one-frame stream: the first event member the union declares, as a minimal instance. */
function generatedStream(contract: Contract, shape: SuccessShape, extra: Record<string, string>): Reply {
  const rules = contract.frameRules(`${shape.pointer}/schema`) ?? [];
  const event: FrameRule | undefined = rules.find((r) => r.messageType === "event");
  const frames =
    event === undefined
      ? []
      : [{ headers: stringHeaders(event.headers), payload: minimalInstance(contract.document, event.schemaPointer) }];
  return { status: 200, headers: { "Content-Type": EVENT_STREAM, ...extra }, frames: encodeFrames(frames) };
}

function pickExample(
  examples: Record<string, unknown>,
  name: string | undefined,
  usable: (e: Record<string, unknown>) => boolean,
) {
  if (name !== undefined) {
    const named = examples[name];
    return isObject(named) && usable(named) ? named : undefined;
  }
  return Object.values(examples).find((e): e is Record<string, unknown> => isObject(e) && usable(e));
}

function framesRaise(frames: unknown[]): boolean {
  return frames.some((f) => isObject(f) && isObject(f["headers"]) && f["headers"][":message-type"] === "exception");
}

function stringHeaders(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === "string"));
}

function lookupObject(document: unknown, pointer: string): Record<string, unknown> | undefined {
  const found = lookup(document, pointer);
  return found.found && isObject(found.value) ? found.value : undefined;
}
