/**
 * Reads an `application/vnd.amazon.eventstream` response body as it arrives, typed by the spec's
 * event unions. Framing across network chunks and the CRC checks are the contract tests' own
 * reader (`readEventStream`, over @smithy/core's codec), so the client and the contract agree
 * on what a good stream is.
 */
import { fromBase64, toUtf8 } from "@smithy/core/serde";
import { readEventStream, stringHeader } from "../contract-tests/event-stream.js";
import type { components } from "../spec/bedrock-runtime.js";

export type ConverseStreamOutput = components["schemas"]["ConverseStreamOutput"];
type ResponseStream = components["schemas"]["ResponseStream"];

export { readEventStream };

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
