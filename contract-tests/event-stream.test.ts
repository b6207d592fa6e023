import assert from "node:assert/strict";
import { Crc32 } from "@smithy/core/checksum";
import { decodeEventStream, encodeEventStream, EventStreamError, stringHeader } from "./event-stream.js";
import { loadRecordings } from "./load-recordings.js";
import { findHeader } from "../generator/core/http.js";

const frames = [
  {
    headers: { ":message-type": "event", ":event-type": "messageStart", ":content-type": "application/json" },
    payload: '{"role":"assistant"}',
  },
  {
    headers: { ":message-type": "event", ":event-type": "messageStop", ":content-type": "application/json" },
    payload: '{"stopReason":"end_turn"}',
  },
];

function expectFailure(bytes: Uint8Array, check: string, frame: number, offset: number): void {
  assert.throws(
    () => decodeEventStream(bytes),
    (error: unknown) => {
      assert.ok(error instanceof EventStreamError, String(error));
      assert.equal(error.check, check);
      assert.equal(error.frame, frame);
      assert.equal(error.offset, offset);
      assert.equal(error.problem.code, `event-stream/${check}`);
      assert.match(error.message, new RegExp(`frame ${frame} at byte ${offset}`));
      return true;
    },
  );
}

describe("event-stream", () => {
  const stream = encodeEventStream(frames);
  const firstLength = new DataView(stream.buffer, stream.byteOffset).getUint32(0, false);

  it("round-trips frames through the codec, with offsets", () => {
    const decoded = decodeEventStream(stream);
    assert.equal(decoded.length, 2);
    assert.equal(decoded[1]!.offset, firstLength);
    assert.equal(stringHeader(decoded[0]!, ":event-type"), "messageStart");
    assert.equal(new TextDecoder().decode(decoded[1]!.payload), '{"stopReason":"end_turn"}');
  });

  it("decodes an empty stream to no frames", () => {
    assert.deepEqual(decodeEventStream(new Uint8Array()), []);
  });

  it("rejects a stream cut inside a frame", () => {
    expectFailure(stream.subarray(0, stream.byteLength - 3), "truncated", 1, firstLength);
  });

  it("rejects a stream cut inside a prelude", () => {
    expectFailure(stream.subarray(0, firstLength + 5), "truncated", 1, firstLength);
  });

  it("rejects a corrupted length as a prelude CRC failure", () => {
    const bad = stream.slice();
    bad[firstLength + 3] = bad[firstLength + 3]! ^ 0x01;
    expectFailure(bad, "prelude-crc", 1, firstLength);
  });

  it("rejects a corrupted payload as a message CRC failure", () => {
    const bad = stream.slice();
    bad[firstLength - 6] = bad[firstLength - 6]! ^ 0xff;
    expectFailure(bad, "message-crc", 0, 0);
  });

  it("rejects lengths that cannot describe a frame, even when the prelude CRC is right", () => {
    expectFailure(withPrelude(8, 0, 16), "bad-length", 0, 0);
    expectFailure(withPrelude(20, 10, 20), "bad-length", 0, 0);
  });

  it("rejects headers that cannot be parsed", () => {
    // A header whose name length points past the headers block.
    const frame = encodeEventStream([{ headers: { a: "b" }, payload: "" }]);
    const broken = frame.slice();
    broken[12] = 200;
    const fixed = withMessageCrc(broken);
    expectFailure(fixed, "bad-headers", 0, 0);
  });

  it("decodes every recorded event stream completely", () => {
    const { recordings } = loadRecordings();
    let streams = 0;
    for (const { file, recording } of recordings) {
      const base64 = recording.response.bodyBase64;
      const contentType = findHeader(recording.response.headers, "content-type");
      if (base64 === undefined || (contentType !== undefined && !contentType.includes("eventstream"))) continue;
      const decoded = decodeEventStream(Buffer.from(base64, "base64"));
      assert.ok(decoded.length > 0, `${file}: no frames`);
      streams++;
    }
    assert.ok(streams > 100, `expected the recorded streams, found ${streams}`);
  });
});

/** A frame of `size` zero bytes whose prelude declares the given lengths with a correct CRC. */
function withPrelude(total: number, headers: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, total, false);
  view.setUint32(4, headers, false);
  view.setUint32(8, crc(bytes.subarray(0, 8)), false);
  return bytes;
}

/** Recomputes the message CRC so that only the damage under test remains. */
function withMessageCrc(frame: Uint8Array): Uint8Array {
  new DataView(frame.buffer, frame.byteOffset).setUint32(
    frame.byteLength - 4,
    crc(frame.subarray(0, frame.byteLength - 4)),
    false,
  );
  return frame;
}

function crc(bytes: Uint8Array): number {
  const checksum = new Crc32();
  checksum.update(bytes);
  return checksum.digestSync();
}
