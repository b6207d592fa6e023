/**
 * Reads an `application/vnd.amazon.eventstream` response body as it arrives. Frames may be split
 * across network chunks (or several may share one), so bytes are buffered until a whole frame is
 * there; each frame is then decoded and CRC-checked by the contract tests' decoder, which wraps
 * @smithy/core's codec. The prelude of a partial frame is checked as soon as it is complete, so a
 * corrupted length fails at once instead of waiting for bytes that will never come.
 */
import { fromBase64, toUtf8 } from "@smithy/core/serde";
import { decodeEventStream, EventStreamError, stringHeader } from "../contract-tests/event-stream.js";
import type { DecodedFrame } from "../contract-tests/event-stream.js";
import type { components } from "../spec/bedrock-runtime.js";

export type ConverseStreamOutput = components["schemas"]["ConverseStreamOutput"];
type ResponseStream = components["schemas"]["ResponseStream"];

const PRELUDE_LENGTH = 12;

/** An exception frame (`:message-type` exception or error) that ended the stream. */
export class StreamExceptionError extends Error {
  constructor(
    readonly exceptionType: string,
    message: string,
  ) {
    super(`${exceptionType}: ${message}`);
    this.name = "StreamExceptionError";
  }
}

/** The frames of a streamed body, in order, each checked before it is yielded. */
export async function* readEventStream(body: AsyncIterable<Uint8Array>): AsyncGenerator<DecodedFrame> {
  let pending: Uint8Array = new Uint8Array(0);
  let index = 0;
  let streamOffset = 0;
  let preludeChecked = false;
  const decodeAt = (bytes: Uint8Array): DecodedFrame[] => {
    try {
      return decodeEventStream(bytes);
    } catch (error) {
      if (!(error instanceof EventStreamError)) throw error;
      throw new EventStreamError(error.check, index, streamOffset + error.offset, error.detail);
    }
  };
  for await (const chunk of body) {
    pending = concat(pending, chunk);
    while (pending.byteLength >= PRELUDE_LENGTH) {
      const total = new DataView(pending.buffer, pending.byteOffset).getUint32(0, false);
      if (pending.byteLength < total) {
        if (!preludeChecked) checkPrelude(pending.subarray(0, PRELUDE_LENGTH), decodeAt);
        preludeChecked = true;
        break;
      }
      // A declared length below the prelude still gets a whole prelude, so the decoder reports it.
      const size = Math.max(total, PRELUDE_LENGTH);
      const [frame] = decodeAt(pending.subarray(0, size));
      yield { ...frame!, index, offset: streamOffset };
      index += 1;
      streamOffset += size;
      pending = pending.subarray(size);
      preludeChecked = false;
    }
  }
  if (pending.byteLength > 0) decodeAt(pending);
}

/** Fails on a bad prelude CRC or impossible lengths; a frame that is merely incomplete is fine. */
function checkPrelude(prelude: Uint8Array, decodeAt: (bytes: Uint8Array) => DecodedFrame[]): void {
  try {
    decodeAt(prelude);
  } catch (error) {
    if (!(error instanceof EventStreamError) || error.check !== "truncated") throw error;
  }
}

/** The ConverseStream events, typed as the spec's `ConverseStreamOutput` union. */
export async function* readConverseStream(body: AsyncIterable<Uint8Array>): AsyncGenerator<ConverseStreamOutput> {
  for await (const [name, payload] of events(body)) {
    if (!isConverseEvent(name)) throw new Error(`unknown ConverseStream event "${name}"`);
    // Each frame carries exactly one union member, named by its :event-type header.
    yield { [name]: payload } as ConverseStreamOutput;
  }
}

/** InvokeModelWithResponseStream: each `chunk` event's base64 `bytes`, decoded and parsed as JSON. */
export async function* readInvokeModelStream(body: AsyncIterable<Uint8Array>): AsyncGenerator<unknown> {
  for await (const [name, payload] of events(body)) {
    if (name !== "chunk") throw new Error(`unknown InvokeModelWithResponseStream event "${name}"`);
    const part = payload as NonNullable<ResponseStream["chunk"]>;
    yield JSON.parse(toUtf8(fromBase64(part.bytes ?? "")));
  }
}

/** `[event type, parsed JSON payload]` per event frame; exception frames end the stream with an error. */
async function* events(body: AsyncIterable<Uint8Array>): AsyncGenerator<[string, unknown]> {
  for await (const frame of readEventStream(body)) {
    const messageType = stringHeader(frame, ":message-type");
    const payload: unknown = frame.payload.byteLength === 0 ? {} : JSON.parse(toUtf8(frame.payload));
    if (messageType === "exception") {
      const message = (payload as { message?: string }).message ?? "";
      throw new StreamExceptionError(stringHeader(frame, ":exception-type") ?? "exception", message);
    }
    if (messageType === "error") {
      const code = stringHeader(frame, ":error-code") ?? "error";
      throw new StreamExceptionError(code, stringHeader(frame, ":error-message") ?? "");
    }
    const eventType = stringHeader(frame, ":event-type");
    if (messageType !== "event" || eventType === undefined) {
      throw new Error(`frame ${frame.index}: neither an event nor an exception (:message-type ${messageType})`);
    }
    yield [eventType, payload];
  }
}

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
const CONVERSE_EVENTS: ReadonlySet<string> = new Set<KeysOfUnion<ConverseStreamOutput>>([
  "messageStart",
  "contentBlockStart",
  "contentBlockDelta",
  "contentBlockStop",
  "messageStop",
  "metadata",
  "internalServerException",
  "modelStreamErrorException",
  "validationException",
  "throttlingException",
  "serviceUnavailableException",
]);

function isConverseEvent(name: string): name is KeysOfUnion<ConverseStreamOutput> {
  return CONVERSE_EVENTS.has(name);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}
