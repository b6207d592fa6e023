/**
 * `decodeEventStream` for consumers: whole bodies, async iterables (Node streams, fetch bodies
 * in Node) and web `ReadableStream`s all go through the contract tests' incremental reader, so
 * a stream of any length is decoded one frame at a time, each CRC-checked.
 */
import { readEventStream, stringHeader, type DecodedFrame } from "../event-stream.js";

export { EventStreamError, type DecodedFrame, type MessageHeaderValue } from "../event-stream.js";

/** The parts of a web `ReadableStream` the reader uses; no DOM typings needed. */
export interface ByteStream {
  getReader(): {
    read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
    releaseLock(): void;
  };
}

export type EventStreamSource = Uint8Array | AsyncIterable<Uint8Array> | ByteStream;

/** A decoded message with its routing headers read out. */
export interface EventStreamMessage extends DecodedFrame {
  /** `:message-type`: `event`, `exception` or `error`. */
  readonly messageType: string | undefined;
  /** `:event-type` of an event, `:exception-type` of an exception, `:error-code` of an error. */
  readonly type: string | undefined;
}

/**
 * The messages of an `application/vnd.amazon.eventstream` body, in order. A broken frame
 * (truncated, bad length, CRC mismatch, unreadable headers) ends the iteration with an
 * `EventStreamError` whose `problem` names the frame and its byte offset.
 */
export async function* decodeEventStream(source: EventStreamSource): AsyncGenerator<EventStreamMessage> {
  for await (const frame of readEventStream(chunksOf(source))) {
    const messageType = stringHeader(frame, ":message-type");
    const typeHeader =
      messageType === "exception" ? ":exception-type" : messageType === "error" ? ":error-code" : ":event-type";
    yield { ...frame, messageType, type: stringHeader(frame, typeHeader) };
  }
}

async function* chunksOf(source: EventStreamSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (Symbol.asyncIterator in source) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value !== undefined) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
