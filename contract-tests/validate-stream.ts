/**
 * Checks an `application/vnd.amazon.eventstream` body frame by frame against the event union
 * the spec declares for it. The union's `x-amazon-eventstream.frames` extension says which
 * frame headers select which member; the frame's payload is that member's structure (restJson1
 * puts the member's value in the payload, not the one-key union wrapper).
 *
 * Request streams (InvokeModelWithBidirectionalStream) are checked the same way. There the SDK
 * wraps each event in a SigV4 event-signing envelope (`:date`, `:chunk-signature`, the event
 * frame as payload); envelopes are opened and the events inside checked, since the signing is
 * transport, not API.
 */
import { isObject } from "../generator/core/json.js";
import { resolve } from "../generator/core/pointer.js";
import { readFrameRules, type FrameRule } from "../validators/stream-frames.js";
import type { Scope } from "./contract-scope.js";
import { decodeEventStream, EventStreamError, stringHeader, type DecodedFrame } from "./event-stream.js";
import { essence, isJsonMediaType } from "./spec-lookup.js";
import { errorMessage } from "../generator/core/errors.js";
import { isCanonicalBase64 } from "../generator/core/base64.js";

const utf8 = new TextDecoder();

export interface StreamOptions {
  /** Which side of the recording the body is on; problems point at `/<side>/frames/<n>`. */
  readonly side: "request" | "response";
  /** Pointer to the media type's schema (the union, usually a `$ref`). */
  readonly schemaPointer: string;
  readonly bodyBase64: string;
  /** InvokeModelWithResponseStream: chunk `bytes` hold base64 model output of this media type. */
  readonly chunkMediaType?: string;
  readonly decodeChunks: boolean;
  /** The selected provider family's schema for each decoded chunk, as a pointer into the document. */
  readonly chunkSchemaPointer?: string;
}

export function validateEventStream(scope: Scope, options: StreamOptions): void {
  const rules = frameRules(scope, options.schemaPointer);
  if (rules === undefined) return;
  let frames: DecodedFrame[];
  try {
    frames = decodeEventStream(Buffer.from(options.bodyBase64, "base64")).flatMap(openEnvelope);
  } catch (error) {
    if (!(error instanceof EventStreamError)) throw error;
    scope.problems.push({ ...error.problem, file: scope.file, pointer: `/${options.side}/bodyBase64` });
    return;
  }
  for (const frame of frames) validateFrame(scope, frame, rules, options);
}

/**
 * A signing envelope's event, numbered as the envelope; an empty envelope (the end-of-stream
 * signature) carries none. Frames that are not envelopes pass through.
 */
function openEnvelope(frame: DecodedFrame): DecodedFrame[] {
  if (frame.headers[":chunk-signature"] === undefined || frame.headers[":message-type"] !== undefined) return [frame];
  if (frame.payload.byteLength === 0) return [];
  let inner: DecodedFrame[];
  try {
    inner = decodeEventStream(frame.payload);
  } catch (error) {
    if (!(error instanceof EventStreamError)) throw error;
    throw new EventStreamError(error.check, frame.index, frame.offset, `inside the signing envelope: ${error.message}`);
  }
  return inner.map((event) => ({ ...event, index: frame.index, offset: frame.offset }));
}

function validateFrame(scope: Scope, frame: DecodedFrame, rules: readonly FrameRule[], options: StreamOptions): void {
  const at = `/${options.side}/frames/${frame.index}`;
  const operation = scope.operation;
  const messageType = stringHeader(frame, ":message-type") ?? "(missing)";
  if (messageType !== "event" && messageType !== "exception") {
    scope.report(
      "contract/event-message-type",
      { operation, frame: frame.index, messageType },
      `${at}/headers/:message-type`,
    );
    return;
  }
  const typeHeader = messageType === "event" ? ":event-type" : ":exception-type";
  const type = stringHeader(frame, typeHeader) ?? "(missing)";
  const rule = rules.find((r) => r.messageType === messageType && r.type === type);
  if (rule === undefined) {
    const declared = rules.filter((r) => r.messageType === messageType).map((r) => r.type);
    scope.report(
      "contract/unknown-event",
      { operation, frame: frame.index, header: typeHeader, value: type, declared: declared.join(", ") || "none" },
      `${at}/headers/${typeHeader}`,
    );
    return;
  }
  const contentType = stringHeader(frame, ":content-type");
  if (
    contentType !== undefined &&
    rule.contentType !== undefined &&
    essence(contentType) !== essence(rule.contentType)
  ) {
    scope.report(
      "contract/event-header",
      { operation, frame: frame.index, header: ":content-type", value: contentType, expected: rule.contentType },
      `${at}/headers/:content-type`,
    );
  }
  const text = utf8.decode(frame.payload);
  let payload: unknown;
  try {
    // An event whose structure has no members may travel with an empty payload.
    payload = text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    const detail = errorMessage(error);
    scope.report(
      "contract/body-not-json",
      { operation, subject: `frame ${frame.index} (${rule.member}) payload`, detail },
      `${at}/payload`,
    );
    return;
  }
  scope.checkSchema(rule.schemaPointer, payload, `frame ${frame.index} (${rule.member}) payload`, `${at}/payload`);
  if (options.decodeChunks && rule.member === "chunk")
    validateChunkBytes(scope, frame.index, payload, options.chunkMediaType, options.chunkSchemaPointer);
}

/** InvokeModelWithResponseStream chunks carry the model's output as base64 in `bytes`. */
function validateChunkBytes(
  scope: Scope,
  frame: number,
  payload: unknown,
  mediaType: string | undefined,
  schemaPointer: string | undefined,
): void {
  const at = `/response/frames/${frame}/payload/bytes`;
  const fail = (detail: string): void =>
    scope.report("contract/chunk-bytes", { operation: scope.operation, frame, detail }, at);
  const bytes = isObject(payload) ? payload["bytes"] : undefined;
  if (typeof bytes !== "string") return fail("bytes is missing or not a string");
  if (!isCanonicalBase64(bytes)) return fail("bytes is not canonical base64");
  // The X-Amzn-Bedrock-Content-Type header says what the chunks hold; JSON unless it says otherwise.
  if (mediaType !== undefined && !isJsonMediaType(mediaType)) return;
  let chunk: unknown;
  try {
    chunk = JSON.parse(Buffer.from(bytes, "base64").toString("utf8"));
  } catch (error) {
    return fail(`decoded bytes are not JSON: ${errorMessage(error)}`);
  }
  if (schemaPointer !== undefined)
    scope.checkSchema(schemaPointer, chunk, `chunk ${frame} bytes (model family ${scope.family?.family ?? "?"})`, at);
}

/** The union's frame rules; a union without them, or a member without a schema, is the spec's fault and reported. */
function frameRules(scope: Scope, schemaPointer: string): readonly FrameRule[] | undefined {
  const read = cachedFrameRules(scope.context.document, schemaPointer);
  if (read === undefined) {
    const union = resolve(scope.context.document, schemaPointer)?.pointer ?? schemaPointer;
    scope.report("contract/no-stream-frames", { operation: scope.operation, schema: union }, union);
    return undefined;
  }
  for (const member of read.unmatched) {
    scope.report(
      "contract/no-stream-frames",
      { operation: scope.operation, schema: `${read.union} (member ${member} has no oneOf branch)` },
      read.union,
    );
  }
  return read.rules;
}

/** Read once per document and union: every stream of a replay asks again for the same few. */
const frameRulesCache = new WeakMap<object, Map<string, ReturnType<typeof readFrameRules>>>();

function cachedFrameRules(document: object, schemaPointer: string): ReturnType<typeof readFrameRules> {
  let byPointer = frameRulesCache.get(document);
  if (byPointer === undefined) frameRulesCache.set(document, (byPointer = new Map()));
  if (!byPointer.has(schemaPointer)) byPointer.set(schemaPointer, readFrameRules(document, schemaPointer));
  return byPointer.get(schemaPointer);
}
