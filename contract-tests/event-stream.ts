/**
 * `application/vnd.amazon.eventstream` framing. Each frame is
 *   total length (4) | headers length (4) | prelude CRC (4) | headers | payload | message CRC (4)
 * Decoding is ours and CRCs are zlib's native crc32: @smithy/core's codec computes both CRCs in
 * JavaScript and decodes one frame at a time, which made decoding some 100× slower than the
 * CRC alone (see README, Performance). We check the prelude CRC before trusting the lengths it
 * guards, so a corrupted length is reported as what it is rather than as a truncated stream.
 * The codec still encodes, for tests, and its header value types are the ones we return.
 */
import { crc32 } from "node:zlib";
import { EventStreamCodec, Int64 } from "@smithy/core/event-streams";
import type { MessageHeaderValue, MessageHeaders } from "@smithy/core/event-streams";
import { fromUtf8, toUtf8 } from "@smithy/core/serde";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { errorMessage } from "../generator/core/errors.js";

const PRELUDE_LENGTH = 12;
const CRC_LENGTH = 4;
const MINIMUM_FRAME_LENGTH = PRELUDE_LENGTH + CRC_LENGTH;

export type { MessageHeaderValue };

export interface DecodedFrame {
  /** Position of the frame in the stream, from 0. */
  readonly index: number;
  /** Byte offset of the frame's first byte in the stream. */
  readonly offset: number;
  readonly length: number;
  readonly headers: Readonly<MessageHeaders>;
  readonly payload: Uint8Array;
}

/** A frame to encode: string header values become `string` headers. */
export interface FrameToEncode {
  readonly headers: Readonly<Record<string, string | MessageHeaderValue>>;
  readonly payload: Uint8Array | string;
}

export type FrameCheck = "truncated" | "bad-length" | "prelude-crc" | "message-crc" | "bad-headers";

/** Thrown by `decodeEventStream`; `problem` names the frame, its byte offset and the failed check. */
export class EventStreamError extends Error {
  readonly problem: Problem;
  constructor(
    readonly check: FrameCheck,
    readonly frame: number,
    readonly offset: number,
    readonly detail: string,
  ) {
    const p = problem(`event-stream/${check}`, { frame, offset, detail });
    super(p.message);
    this.name = "EventStreamError";
    this.problem = p;
  }
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** Splits `bytes` into frames and decodes each; throws EventStreamError at the first bad frame. */
export function decodeEventStream(bytes: Uint8Array): DecodedFrame[] {
  const frames: DecodedFrame[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset < bytes.byteLength) {
    const index = frames.length;
    const remaining = bytes.byteLength - offset;
    const fail = (check: FrameCheck, detail: string): never => {
      throw new EventStreamError(check, index, offset, detail);
    };
    if (remaining < PRELUDE_LENGTH) {
      fail("truncated", `${remaining} bytes left, a prelude needs ${PRELUDE_LENGTH}`);
    }
    const totalLength = view.getUint32(offset, false);
    const headersLength = view.getUint32(offset + 4, false);
    const preludeCrc = view.getUint32(offset + 8, false);
    const computed = crc32(bytes.subarray(offset, offset + 8));
    if (computed !== preludeCrc) {
      fail("prelude-crc", `prelude says ${hex(preludeCrc)}, computed ${hex(computed)}`);
    }
    if (totalLength < MINIMUM_FRAME_LENGTH) {
      fail("bad-length", `total length ${totalLength} is below the minimum ${MINIMUM_FRAME_LENGTH}`);
    }
    if (headersLength > totalLength - MINIMUM_FRAME_LENGTH) {
      fail("bad-length", `headers length ${headersLength} does not fit in a frame of ${totalLength} bytes`);
    }
    if (totalLength > remaining) {
      fail("truncated", `frame declares ${totalLength} bytes, only ${remaining} remain`);
    }
    const frame = bytes.subarray(offset, offset + totalLength);
    const messageCrc = view.getUint32(offset + totalLength - CRC_LENGTH, false);
    const computedMessage = crc32(frame.subarray(0, totalLength - CRC_LENGTH));
    if (computedMessage !== messageCrc) {
      fail("message-crc", `message says ${hex(messageCrc)}, computed ${hex(computedMessage)}`);
    }
    const headersEnd = PRELUDE_LENGTH + headersLength;
    let headers: MessageHeaders;
    try {
      headers = parseHeaders(frame.subarray(PRELUDE_LENGTH, headersEnd));
    } catch (error) {
      return fail("bad-headers", errorMessage(error));
    }
    frames.push({
      index,
      offset,
      length: totalLength,
      headers,
      payload: frame.subarray(headersEnd, totalLength - CRC_LENGTH),
    });
    offset += totalLength;
  }
  return frames;
}

/**
 * The headers block: name length (1 byte), name, type tag (1 byte), value. Values as the codec
 * would give them: 0/1 boolean, 2 byte, 3 short, 4 integer, 5 long, 6 binary (2-byte length),
 * 7 string (2-byte length), 8 timestamp (ms since epoch, 8 bytes), 9 uuid (16 bytes).
 */
function parseHeaders(block: Uint8Array): MessageHeaders {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const buffer = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const headers: MessageHeaders = {};
  let at = 0;
  const need = (n: number, what: string): number => {
    if (at + n > block.byteLength) throw new Error(`${what} at header byte ${at} runs past the headers block`);
    const start = at;
    at += n;
    return start;
  };
  while (at < block.byteLength) {
    const nameLength = view.getUint8(need(1, "a name length"));
    const nameStart = need(nameLength, "a header name");
    const name = buffer.toString("utf8", nameStart, nameStart + nameLength);
    const tag = view.getUint8(need(1, `the type of header ${name}`));
    headers[name] = headerValue(tag, name, view, buffer, need);
  }
  return headers;
}

function headerValue(
  tag: number,
  name: string,
  view: DataView,
  buffer: Buffer,
  need: (n: number, what: string) => number,
): MessageHeaderValue {
  const what = `the value of header ${name}`;
  switch (tag) {
    case 0:
    case 1:
      return { type: "boolean", value: tag === 0 };
    case 2:
      return { type: "byte", value: view.getInt8(need(1, what)) };
    case 3:
      return { type: "short", value: view.getInt16(need(2, what), false) };
    case 4:
      return { type: "integer", value: view.getInt32(need(4, what), false) };
    case 5: {
      const start = need(8, what);
      return { type: "long", value: new Int64(Uint8Array.prototype.slice.call(buffer, start, start + 8)) };
    }
    case 6:
    case 7: {
      const length = view.getUint16(need(2, what), false);
      const start = need(length, what);
      if (tag === 7) return { type: "string", value: buffer.toString("utf8", start, start + length) };
      return { type: "binary", value: Uint8Array.prototype.slice.call(buffer, start, start + length) };
    }
    case 8: {
      const start = need(8, what);
      return { type: "timestamp", value: new Date(Number(view.getBigInt64(start, false))) };
    }
    case 9: {
      const start = need(16, what);
      const hex = buffer.toString("hex", start, start + 16);
      return {
        type: "uuid",
        value: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      };
    }
    default:
      throw new Error(`header ${name} has unknown value type ${tag}`);
  }
}

/**
 * The frames of a body that arrives in pieces, in order, each decoded and CRC-checked before it
 * is yielded; memory holds one frame at a time, so a stream of any length can be read. Frames may
 * be split across chunks (or several may share one), so bytes are buffered until a whole frame
 * is there. The prelude of a partial frame is checked as soon as it is complete, so a corrupted
 * length fails at once instead of waiting for bytes that will never come.
 */
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

/** Encodes frames with the codec, for tests that need a stream (valid or deliberately broken). */
export function encodeEventStream(frames: readonly FrameToEncode[]): Uint8Array {
  const parts = frames.map((frame) => {
    const headers: MessageHeaders = {};
    for (const [name, value] of Object.entries(frame.headers)) {
      headers[name] = typeof value === "string" ? { type: "string", value } : value;
    }
    const body = typeof frame.payload === "string" ? fromUtf8(frame.payload) : frame.payload;
    return codec.encode({ headers, body });
  });
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The value of a string-typed header, or undefined when absent or of another type. */
export function stringHeader(frame: DecodedFrame, name: string): string | undefined {
  const header = frame.headers[name];
  return header?.type === "string" ? header.value : undefined;
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, "0")}`;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}
