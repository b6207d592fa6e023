import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeEventStream, encodeEventStream, EventStreamError } from "../contract-tests/event-stream.js";
import { recordingsDir } from "../contract-tests/load-recordings.js";
import type { Recording } from "../contract-tests/recording.js";
import { readConverseStream, readEventStream, StreamExceptionError } from "./event-stream-reader.js";

const recording = JSON.parse(
  readFileSync(join(recordingsDir, "openinference-py/003-ConverseStream.json"), "utf8"),
) as Recording;
const streamBytes = new Uint8Array(Buffer.from(recording.response.bodyBase64!, "base64"));
const whole = decodeEventStream(streamBytes);

/** The bytes cut into pieces of the given sizes, cycling, as a network might deliver them. */
async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < bytes.byteLength; i += 1) {
    const size = sizes[i % sizes.length]!;
    yield bytes.slice(offset, offset + size);
    offset += size;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function failure(items: AsyncIterable<unknown>): Promise<unknown> {
  try {
    await collect(items);
  } catch (error) {
    return error;
  }
  assert.fail("the stream was accepted");
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}

describe("example event-stream reader", () => {
  assert.ok(whole.length > 3, "the recording has several frames");

  for (const sizes of [[1], [5, 3], [13], [1000], [whole[0]!.length + 1, 7]]) {
    it(`yields the recorded frames whatever the chunk sizes (${sizes.join(", ")} bytes)`, async () => {
      const frames = await collect(readEventStream(chunked(streamBytes, sizes)));
      assert.deepEqual(frames, whole);
    });
  }

  it("a corrupted payload fails its frame's message CRC, naming the frame and its offset in the stream", async () => {
    const third = whole[2]!;
    const error = await failure(readEventStream(chunked(flipped(streamBytes, third.offset + 20), [17])));
    assert.ok(error instanceof EventStreamError);
    assert.deepEqual([error.check, error.frame, error.offset], ["message-crc", 2, third.offset]);
  });

  it("a corrupted length fails the prelude CRC once the prelude is in, without waiting for the frame", async () => {
    const second = whole[1]!;
    const broken = flipped(streamBytes, second.offset + 1);
    // Only the bytes up to the second prelude ever arrive; a reader waiting for the frame would hang.
    async function* thenStall(): AsyncGenerator<Uint8Array> {
      yield broken.slice(0, second.offset + 12);
      await new Promise(() => {});
    }
    const error = await failure(readEventStream(thenStall()));
    assert.ok(error instanceof EventStreamError);
    assert.deepEqual([error.check, error.frame, error.offset], ["prelude-crc", 1, second.offset]);
  });

  it("a stream that ends inside a frame is truncated", async () => {
    const last = whole.at(-1)!;
    const error = await failure(readEventStream(chunked(streamBytes.slice(0, last.offset + 20), [64])));
    assert.ok(error instanceof EventStreamError);
    assert.deepEqual([error.check, error.frame, error.offset], ["truncated", whole.length - 1, last.offset]);
  });

  it("an exception frame ends a ConverseStream with its type and message", async () => {
    const bytes = encodeEventStream([
      { headers: { ":message-type": "event", ":event-type": "messageStart" }, payload: '{"role":"assistant"}' },
      {
        headers: { ":message-type": "exception", ":exception-type": "throttlingException" },
        payload: '{"message":"slow down"}',
      },
    ]);
    const seen: string[] = [];
    let error: unknown;
    try {
      for await (const event of readConverseStream(chunked(bytes, [9]))) seen.push(Object.keys(event)[0]!);
    } catch (caught) {
      error = caught;
    }
    assert.deepEqual(seen, ["messageStart"]);
    assert.ok(error instanceof StreamExceptionError);
    assert.equal(error.message, "throttlingException: slow down");
  });

  it("an event the ConverseStream union does not have is refused, not passed on untyped", async () => {
    const frame = { headers: { ":message-type": "event", ":event-type": "messageBegin" }, payload: "{}" };
    const bytes = encodeEventStream([frame]);
    const error = await failure(readConverseStream(chunked(bytes, [100])));
    assert.ok(error instanceof Error);
    assert.match(error.message, /unknown ConverseStream event "messageBegin"/);
  });
});
