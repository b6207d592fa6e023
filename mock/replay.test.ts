import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeEventStream } from "../contract-tests/event-stream.js";
import { loadRecordings, recordingsDir } from "../contract-tests/load-recordings.js";
import type { Recording, RecordingFile } from "../contract-tests/recording.js";
import { canonicalJson } from "./recording-index.js";
import { DEFAULT_BEARER_TOKEN, startMock, type RunningMock } from "./index.js";

/** Headers that describe the recorded transport or the recorder's signature, not the request. */
const CONCURRENCY = 8;
const NOT_REPLAYED =
  /^(authorization|host|content-length|connection|transfer-encoding|accept-encoding|x-amz-date|x-amz-security-token|x-amz-content-sha256)$/i;

interface Outcome {
  readonly file: string;
  readonly status: number;
  readonly bytes: Buffer;
  readonly headers: Headers;
}

function recordedBytes(recording: Recording): Buffer {
  const { body, bodyBase64 } = recording.response;
  if (bodyBase64 !== undefined) return Buffer.from(bodyBase64, "base64");
  return body === null ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
}

function requestBody(recording: Recording): Buffer | undefined {
  const { body, bodyBase64 } = recording.request;
  if (bodyBase64 !== undefined) return Buffer.from(bodyBase64, "base64");
  return body === null ? undefined : Buffer.from(JSON.stringify(body));
}

async function replay(mock: RunningMock, { file, recording }: RecordingFile): Promise<Outcome> {
  const url = new URL(recording.request.url);
  const headers: Record<string, string> = { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}` };
  for (const [name, value] of Object.entries(recording.request.headers))
    if (!NOT_REPLAYED.test(name)) headers[name] = value;
  if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type") && recording.request.body !== null)
    headers["content-type"] = "application/json";
  const body = requestBody(recording);
  const response = await fetch(`${mock.url}${url.pathname}${url.search}`, {
    method: recording.request.method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  return { file, status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/** Recordings that share a request go one after another, in the loader's order (the mock plays them back in turn); the rest in parallel. */
async function replayAll(mock: RunningMock, entries: readonly RecordingFile[]): Promise<Outcome[]> {
  const groups = new Map<string, number[]>();
  entries.forEach(({ recording }, i) => {
    const url = new URL(recording.request.url);
    const key = `${recording.request.method} ${decodeURIComponent(url.pathname)} ${url.search} ${canonicalJson(recording.request.body ?? recording.request.bodyBase64 ?? null)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const outcomes: Outcome[] = new Array<Outcome>(entries.length);
  const queue = [...groups.values()];
  const worker = async (): Promise<void> => {
    for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
      for (const i of group) outcomes[i] = await replay(mock, entries[i]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

describe("mock: recorded interactions replayed through the mock", function () {
  this.timeout(120_000);
  let mock: RunningMock;
  const loaded = loadRecordings();
  // Every successful recording its recorder left intact; the bidirectional stream is not served (501).
  const replayable = loaded.recordings.filter(
    ({ recording }) =>
      recording.response.status === 200 &&
      recording.setAside === undefined &&
      recording.operation !== "InvokeModelWithBidirectionalStream",
  );
  const expectations = JSON.parse(readFileSync(join(recordingsDir, "expected-problems.json"), "utf8")) as {
    expectations: { recording: string }[];
  };
  const knownMistakes = new Set(expectations.expectations.map((e) => e.recording));
  let outcomes: Outcome[] = [];

  before(async () => {
    mock = await startMock({ recordings: recordingsDir });
    outcomes = await replayAll(mock, replayable);
  });
  after(() => mock.close());

  it("replays a broad sample: most 200 recordings of every recorded operation, real and synthetic", () => {
    assert.ok(replayable.length > 500, `only ${replayable.length} recordings to replay`);
    const operations = new Set(replayable.map((r) => r.recording.operation));
    for (const operation of [
      "Converse",
      "ConverseStream",
      "InvokeModel",
      "InvokeModelWithResponseStream",
      "ApplyGuardrail",
      "CountTokens",
      "GetAsyncInvoke",
      "ListAsyncInvokes",
      "StartAsyncInvoke",
    ]) {
      assert.ok(operations.has(operation), `no recording of ${operation}`);
    }
  });

  it("rejects only requests the spec rejects and the reviewed list names as client mistakes", () => {
    const rejected = outcomes.filter((o) => o.status !== 200);
    for (const outcome of rejected) {
      assert.equal(outcome.status, 400, `${outcome.file}: ${outcome.bytes.toString("utf8")}`);
      assert.equal(outcome.headers.get("x-amzn-errortype"), "ValidationException");
      const name = outcome.file.replace(/^contract-tests\/recordings\//, "");
      assert.ok(
        knownMistakes.has(name),
        `${outcome.file} was rejected but is no known client mistake: ${outcome.bytes.toString("utf8")}`,
      );
    }
    assert.ok(rejected.length <= knownMistakes.size);
  });

  it("each recording's own reply comes back: JSON bodies byte for byte, streams frame for frame, Bedrock headers", () => {
    let identical = 0;
    outcomes.forEach((outcome, i) => {
      if (outcome.status !== 200) return;
      const expected = replayable[i]!.recording;
      const bytes = recordedBytes(expected);
      const contentType = outcome.headers.get("content-type") ?? "";
      if (contentType.startsWith("application/vnd.amazon.eventstream")) {
        const got = decodeEventStream(outcome.bytes);
        const want = decodeEventStream(bytes);
        assert.equal(got.length, want.length, `${outcome.file}: frame count`);
        got.forEach((frame, n) => {
          const wanted = want[n]!;
          assert.ok(
            outcome.bytes
              .subarray(frame.offset, frame.offset + frame.length)
              .equals(bytes.subarray(wanted.offset, wanted.offset + wanted.length)),
            `${outcome.file}: frame ${n} differs`,
          );
        });
      } else {
        assert.ok(outcome.bytes.equals(bytes), `${outcome.file}: body differs`);
      }
      for (const [name, value] of Object.entries(expected.response.headers)) {
        if (/^x-amzn-bedrock-/i.test(name))
          assert.equal(outcome.headers.get(name), value, `${outcome.file}: header ${name}`);
      }
      identical++;
    });
    assert.ok(identical >= replayable.length - knownMistakes.size, `${identical} of ${replayable.length} identical`);
  });
});
