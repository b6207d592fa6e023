import assert from "node:assert/strict";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { JsonValue } from "../../shapes.js";
import {
  allComponents,
  allFamilies,
  compileComponents,
  decodeChunks,
  familyFor,
  loadInvokeRecordings,
  type InvokeRecording,
} from "./family-support.test-helper.js";

/**
 * Recordings that cannot pass, each with why. All are nock "mock-responses" of
 * opentelemetry-js-contrib: hand-written bodies (the same canned sentence appears in that suite's
 * Cohere, Command R, Jamba, Mistral and Llama mocks), not what the service sends.
 */
const MOCK = "opentelemetry-js-contrib hand-written mock body (not a capture)";
const KNOWN_ARTEFACTS: Readonly<Record<string, string>> = {
  "otel-js-contrib/006-InvokeModel.json": `${MOCK}: a generation without \`id\`, finish_reason "max_tokens" in lower case`,
  "otel-js-contrib/028-InvokeModel.json": `${MOCK}: a generation without \`id\`, finish_reason "max_tokens" in lower case`,
  "otel-js-contrib/007-InvokeModel.json": `${MOCK}: no response_id or generation_id, finish_reason "max_tokens" in lower case`,
  "otel-js-contrib/027-InvokeModel.json": `${MOCK}: no response_id or generation_id, finish_reason "max_tokens" in lower case`,
  "otel-js-contrib/024-InvokeModel.json": `${MOCK}: no \`id\`, a choice without \`index\`, finish_reason "max_tokens"`,
  "otel-js-contrib/032-InvokeModel.json": `${MOCK}: no \`id\`, a choice without \`index\`, finish_reason "max_tokens"`,
};

const OUR_PROVIDERS = /(^|[./])(cohere|meta|mistral|ai21|openai|deepseek|qwen)\./u;

const validator = compileComponents(allComponents());

/** Every place a recording disagrees with its family's schemas, as `part: pointer message`. */
function violations(recording: InvokeRecording): string[] {
  const family = familyFor(recording.modelId);
  if (!family) return [];
  const out: string[] = [];
  const check = (part: string, name: string | undefined, body: JsonValue | null): void => {
    if (name === undefined || body === null) return;
    const run: ValidateFunction = validator(name);
    if (!run(body))
      for (const e of run.errors ?? []) out.push(`${part}: ${e.instancePath || "/"} ${e.message ?? e.keyword}`);
  };
  check("request", family.request, recording.requestBody);
  if (recording.operation === "InvokeModel" && recording.status === 200)
    check("response", family.response, recording.responseBody);
  recording.chunks.forEach((chunk, i) => check(`chunk ${i}`, family.streamChunk, chunk));
  return out;
}

describe("provider families against the recordings", () => {
  const recordings = loadInvokeRecordings();
  const ours = recordings.filter((r) => familyFor(r.modelId) !== undefined);

  it("finds the recordings and a family for every one of these providers' model ids", () => {
    assert.ok(ours.length >= 50, `only ${ours.length} recordings matched`);
    const unmatched = recordings.filter((r) => OUR_PROVIDERS.test(r.modelId) && familyFor(r.modelId) === undefined);
    assert.deepEqual(
      unmatched.map((r) => `${r.file} ${r.modelId}`),
      [],
    );
  });

  it("decodes every chunk of every successful stream", () => {
    const streams = ours.filter((r) => r.operation === "InvokeModelWithResponseStream" && r.status === 200);
    assert.ok(streams.length >= 8);
    for (const s of streams) assert.ok(s.chunks.length > 0, s.file);
  });

  it("passes every request, response and chunk except the listed artefacts (set-aside recordings skipped)", () => {
    const failing = Object.fromEntries(
      ours
        .filter((r) => r.setAside === undefined)
        .map((r) => [r.file, violations(r)] as const)
        .filter(([, v]) => v.length > 0),
    );
    const unexpected = Object.fromEntries(Object.entries(failing).filter(([file]) => !(file in KNOWN_ARTEFACTS)));
    assert.deepEqual(unexpected, {});
    // The list must stay honest: an artefact that now passes (or vanished) is taken off it.
    assert.deepEqual(Object.keys(failing).sort(), Object.keys(KNOWN_ARTEFACTS).sort());
  });

  it("would report a recording whose body breaks its family's schema", () => {
    const good = ours.find((r) => r.file === "dd-trace-py/024-InvokeModel.json");
    assert.ok(good);
    assert.deepEqual(violations(good), []);
    const broken: InvokeRecording = { ...good, responseBody: { generation: 42 } };
    assert.ok(violations(broken).some((v) => v.startsWith("response:")));
    const stream = ours.find((r) => r.file === "dd-trace-py/026-InvokeModelWithResponseStream.json");
    assert.ok(stream);
    const badChunk: InvokeRecording = { ...stream, chunks: [...stream.chunks, { generation: "x", stop_reason: 3 }] };
    assert.ok(violations(badChunk).some((v) => v.startsWith(`chunk ${stream.chunks.length}:`)));
  });

  it("rejects a stream frame that is not well-formed", () => {
    assert.throws(() => decodeChunks(Uint8Array.from([0, 0, 0, 20, 0, 0, 0, 0, 1, 2, 3, 4, 9, 9, 9, 9, 9, 9, 9, 9])));
  });

  it("covers the families that say they have recordings, and only those say nothing of it", () => {
    const covered = new Set(ours.map((r) => familyFor(r.modelId)?.family));
    for (const f of allFamilies) {
      const saysNone = /No recording covers/.test(f.description);
      assert.equal(saysNone, !covered.has(f.family), `${f.family}: description vs recordings`);
    }
  });
});
