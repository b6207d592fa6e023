/**
 * The synthetic recordings: they are exactly what the composer produces today (so they cannot
 * go stale), every one passes against the emitted spec, and each, broken in one way, fails with
 * the precise code and pointer. Also proves the request side of event-stream validation, which
 * InvokeModelWithBidirectionalStream needs.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import type { JsonValue } from "../../generator/shapes.js";
import { composeSyntheticRecordings, syntheticDir, type Composition } from "./compose.js";
import { decodeEventStream, encodeEventStream, type FrameToEncode } from "../event-stream.js";
import { loadRecordings, specJsonFile } from "../load-recordings.js";
import type { Recording, RecordingFile } from "../recording.js";
import { SYNTHETIC_NOW } from "./exchanges.js";
import { createContractContext, validateInteraction, type InteractionResult } from "../validate-interaction.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);
const synthetic = loadRecordings().recordings.filter((r) => r.recording.provenance.kind === "synthetic");

const OPERATIONS = [
  "CountTokens",
  "StartAsyncInvoke",
  "GetAsyncInvoke",
  "ListAsyncInvokes",
  "InvokeGuardrailChecks",
  "InvokeModelWithBidirectionalStream",
];

/** The synthetic recording composed for `scenario`, as loaded from disk. */
function scenario(name: string): RecordingFile {
  const found = synthetic.find((r) => r.recording.meta["scenario"] === name);
  assert.ok(found, `no synthetic recording for scenario ${name}`);
  return found;
}

function run(base: RecordingFile, change: (recording: Recording) => Recording): InteractionResult {
  return validateInteraction({ file: base.file, recording: change(base.recording) }, context);
}

function expectOnly(result: InteractionResult, code: string, pointer: string, message?: RegExp): void {
  const shown = result.problems.map((p) => `${p.code} ${p.pointer} ${p.message}`).join("\n");
  assert.equal(result.verdict, "failed", `expected a failure, got:\n${shown}`);
  assert.deepEqual([...new Set(result.problems.map((p) => p.code))], [code], shown);
  assert.deepEqual([...new Set(result.problems.map((p) => p.pointer))], [pointer], shown);
  if (message !== undefined) assert.match(result.problems[0]!.message, message);
}

const requestBody =
  (body: JsonValue) =>
  (r: Recording): Recording => ({ ...r, request: { ...r.request, body } });
const responseBody =
  (body: JsonValue) =>
  (r: Recording): Recording => ({ ...r, response: { ...r.response, body } });
const requestFrames =
  (frames: readonly FrameToEncode[]) =>
  (r: Recording): Recording => ({
    ...r,
    request: { ...r.request, bodyBase64: Buffer.from(encodeEventStream(frames)).toString("base64") },
  });
const responseFrames =
  (frames: readonly FrameToEncode[]) =>
  (r: Recording): Recording => ({
    ...r,
    response: { ...r.response, bodyBase64: Buffer.from(encodeEventStream(frames)).toString("base64") },
  });

/** The recording's URL with query parameters set (or, with undefined, removed). */
function withQuery(values: Record<string, string | undefined>) {
  return (r: Recording): Recording => {
    const url = new URL(r.request.url);
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    return { ...r, request: { ...r.request, url: url.toString() } };
  };
}

function objectAt(value: JsonValue | null, ...path: string[]): Record<string, JsonValue> {
  let node: JsonValue | null | undefined = value;
  for (const key of path) node = (node as Record<string, JsonValue>)[key];
  assert.ok(typeof node === "object" && node !== null && !Array.isArray(node), `no object at ${path.join("/")}`);
  return node as Record<string, JsonValue>;
}

function framesOf(bodyBase64: string | undefined): FrameToEncode[] {
  return decodeEventStream(Buffer.from(bodyBase64 ?? "", "base64")).map((f) => ({
    headers: f.headers,
    payload: f.payload,
  }));
}

function chunkEvent(payload: string): FrameToEncode {
  return {
    headers: { ":message-type": "event", ":event-type": "chunk", ":content-type": "application/json" },
    payload,
  };
}

/** The SigV4 event-signing envelope the SDK puts around each request event (signature bytes zeroed). */
function envelope(frame: FrameToEncode | undefined): FrameToEncode {
  return {
    headers: {
      ":date": { type: "timestamp", value: SYNTHETIC_NOW },
      ":chunk-signature": { type: "binary", value: new Uint8Array(32) },
    },
    payload: frame === undefined ? new Uint8Array() : encodeEventStream([frame]),
  };
}

describe("synthetic recordings", () => {
  describe("composition", () => {
    let composition: Composition;
    before(async () => {
      composition = await composeSyntheticRecordings();
    });

    it("composes without problems: every request went out and the SDK read every reply back", () => {
      assert.deepEqual(composition.problems, []);
    });

    it("the files on disk are exactly a fresh composition (run bedrock-openapi compose-synthetic-recordings)", () => {
      const onDisk = readdirSync(syntheticDir)
        .filter((name) => name.endsWith(".json"))
        .sort();
      assert.deepEqual(
        onDisk,
        composition.files.map((f) => f.name),
      );
      for (const file of composition.files)
        assert.equal(readFileSync(join(syntheticDir, file.name), "utf8"), file.text, `${file.name} is stale`);
    });

    it("composes byte-identical output a second time", async () => {
      const again = await composeSyntheticRecordings();
      assert.deepEqual(
        again.files.map((f) => [f.name, f.text]),
        composition.files.map((f) => [f.name, f.text]),
      );
    });

    it("covers each unrecorded operation with a success and a modeled error, marked synthetic with a basis", () => {
      for (const operation of OPERATIONS) {
        const files = composition.files.filter((f) => f.recording.operation === operation);
        assert.ok(
          files.some((f) => f.recording.response.status === 200),
          `${operation}: no success`,
        );
        const failed = files.some(
          (f) => f.recording.response.status >= 400 || f.recording.meta["streamException"] !== undefined,
        );
        assert.ok(failed, `${operation}: no modeled error`);
        for (const f of files) {
          const provenance = f.recording.provenance;
          assert.ok(provenance.kind === "synthetic" && /Smithy model/.test(provenance.basis), `${f.name}: provenance`);
          assert.ok(
            f.recording.notes.some((n) => /^synthetic: .*replace/.test(n)),
            `${f.name}: no note saying real captures replace it`,
          );
        }
      }
    });
  });

  describe("against the emitted spec", () => {
    it("finds them all on disk", () => assert.equal(synthetic.length, 15));
    for (const entry of synthetic) {
      it(`${entry.file} passes`, () => {
        const result = validateInteraction(entry, context);
        assert.deepEqual(result.problems, []);
        assert.equal(result.operation, entry.recording.operation);
      });
    }
  });

  describe("rejections built from them", () => {
    it("CountTokens: input with both union members, and with none", () => {
      const base = scenario("count-tokens-invoke-model");
      const converse = objectAt(scenario("count-tokens-converse").recording.request.body, "input")["converse"]!;
      const both = { input: { ...objectAt(base.recording.request.body, "input"), converse } };
      expectOnly(run(base, requestBody(both)), "contract/schema-violation", "/request/body/input", /violates "oneOf"/);
      expectOnly(
        run(base, requestBody({ input: {} })),
        "contract/schema-violation",
        "/request/body/input",
        /exactly one of: invokeModel, converse/,
      );
    });

    it("CountTokens: invokeModel body that is not base64", () => {
      const base = scenario("count-tokens-invoke-model");
      expectOnly(
        run(base, requestBody({ input: { invokeModel: { body: "{not base64}" } } })),
        "contract/schema-violation",
        "/request/body/input/invokeModel/body",
        /"format"/,
      );
    });

    it("StartAsyncInvoke: outputDataConfig missing, and an S3 URI outside its pattern", () => {
      const base = scenario("start-async-invoke-video");
      const { outputDataConfig: _dropped, ...rest } = objectAt(base.recording.request.body);
      expectOnly(
        run(base, requestBody(rest)),
        "contract/schema-violation",
        "/request/body",
        /"required".*outputDataConfig/,
      );
      const body = objectAt(base.recording.request.body);
      const badUri = {
        ...body,
        outputDataConfig: { s3OutputDataConfig: { s3Uri: "https://amzn-s3-demo-bucket.s3.amazonaws.com/out/" } },
      };
      expectOnly(
        run(base, requestBody(badUri)),
        "contract/schema-violation",
        "/request/body/outputDataConfig/s3OutputDataConfig/s3Uri",
        /"pattern"/,
      );
    });

    it("ListAsyncInvokes: maxResults out of range, unknown sortOrder and statusEquals, a submitTime that is no date-time", () => {
      const base = scenario("list-async-invokes-page-2");
      for (const maxResults of ["0", "1001"]) {
        expectOnly(
          run(base, withQuery({ maxResults })),
          "contract/invalid-parameter",
          "/request/url",
          /query "maxResults"/,
        );
      }
      expectOnly(
        run(base, withQuery({ sortOrder: "Sideways" })),
        "contract/invalid-parameter",
        "/request/url",
        /query "sortOrder".*allowed: "Ascending", "Descending"/,
      );
      expectOnly(
        run(base, withQuery({ statusEquals: "Pending" })),
        "contract/invalid-parameter",
        "/request/url",
        /query "statusEquals".*"InProgress", "Completed", "Failed"/,
      );
      expectOnly(
        run(base, withQuery({ submitTimeAfter: "1746057600" })),
        "contract/invalid-parameter",
        "/request/url",
        /query "submitTimeAfter".*date-time/,
      );
    });

    it("ListAsyncInvokes: a summary without its required submitTime", () => {
      const base = scenario("list-async-invokes-page-2");
      const { submitTime: _dropped, ...summary } = objectAt(
        (base.recording.response.body as { asyncInvokeSummaries: JsonValue[] }).asyncInvokeSummaries[0]!,
      );
      expectOnly(
        run(base, responseBody({ asyncInvokeSummaries: [summary] })),
        "contract/schema-violation",
        "/response/body/asyncInvokeSummaries/0",
        /submitTime/,
      );
    });

    it("GetAsyncInvoke: submitTime that is not a date-time (free text, or epoch seconds)", () => {
      const base = scenario("get-async-invoke-completed");
      const body = objectAt(base.recording.response.body);
      expectOnly(
        run(base, responseBody({ ...body, submitTime: "yesterday at noon" })),
        "contract/schema-violation",
        "/response/body/submitTime",
        /"format"/,
      );
      expectOnly(
        run(base, responseBody({ ...body, submitTime: 1748855561.372 })),
        "contract/schema-violation",
        "/response/body/submitTime",
        /"type"/,
      );
      expectOnly(
        run(base, responseBody({ ...body, status: "Queued" })),
        "contract/schema-violation",
        "/response/body/status",
        /"enum"/,
      );
    });

    it("GetAsyncInvoke: an invocation ARN outside its pattern, and an error the operation does not declare", () => {
      const base = scenario("get-async-invoke-completed");
      const url = base.recording.request.url.replace("async-invoke%2Fq7m2k9x4w1p8", "async-invoke%2FQ7M2K9X4W1P8");
      expectOnly(
        run(base, (r) => ({ ...r, request: { ...r.request, url } })),
        "contract/invalid-parameter",
        "/request/url",
        /path "invocationArn"/,
      );
      const rejected = scenario("get-async-invoke-other-region");
      const conflict = (r: Recording): Recording => ({
        ...r,
        response: { ...r.response, headers: { ...r.response.headers, "x-amzn-ErrorType": "ConflictException" } },
      });
      expectOnly(
        run(rejected, conflict),
        "contract/undeclared-error",
        "/response/headers/x-amzn-ErrorType",
        /ConflictException/,
      );
    });

    it("InvokeGuardrailChecks: values of the wrong type, and a score out of range", () => {
      const base = scenario("guardrail-checks-all");
      const request = objectAt(base.recording.request.body);
      const checks = objectAt(request, "checks");
      const wrongType = { ...request, checks: { ...checks, contentFilter: { categories: "VIOLENCE" } } };
      expectOnly(
        run(base, requestBody(wrongType)),
        "contract/schema-violation",
        "/request/body/checks/contentFilter/categories",
        /"type"/,
      );
      const response = objectAt(base.recording.response.body);
      const usage = { ...objectAt(response, "usage"), promptAttack: { textUnits: "1" } };
      expectOnly(
        run(base, responseBody({ ...response, usage })),
        "contract/schema-violation",
        "/response/body/usage/promptAttack/textUnits",
        /"type"/,
      );
      const results = objectAt(response, "results");
      const tooHigh = { ...results, promptAttack: { results: [{ category: "JAILBREAK", severityScore: 1.5 }] } };
      expectOnly(
        run(base, responseBody({ ...response, results: tooHigh })),
        "contract/schema-violation",
        "/response/body/results/promptAttack/results/0/severityScore",
        /"maximum"/,
      );
    });

    it("InvokeModelWithBidirectionalStream: frames whose :event-type or :exception-type the unions do not declare", () => {
      const base = scenario("bidirectional-text-turn");
      const sent = framesOf(base.recording.request.bodyBase64);
      const audio = { ...sent[1]!, headers: { ...sent[1]!.headers, ":event-type": "audioInput" } };
      const unknownRequest = run(base, requestFrames([sent[0]!, audio, ...sent.slice(2)]));
      expectOnly(
        unknownRequest,
        "contract/unknown-event",
        "/request/frames/1/headers/:event-type",
        /"audioInput".*declared: chunk/,
      );
      const received = framesOf(base.recording.response.bodyBase64);
      const usage = { ...received[4]!, headers: { ...received[4]!.headers, ":event-type": "usageEvent" } };
      expectOnly(
        run(base, responseFrames([...received.slice(0, 4), usage])),
        "contract/unknown-event",
        "/response/frames/4/headers/:event-type",
        /"usageEvent"/,
      );
      const failed = scenario("bidirectional-model-stream-error");
      const thrown = framesOf(failed.recording.response.bodyBase64);
      const renamed = { ...thrown[1]!, headers: { ...thrown[1]!.headers, ":exception-type": "audioTooLongException" } };
      expectOnly(
        run(failed, responseFrames([thrown[0]!, renamed])),
        "contract/unknown-event",
        "/response/frames/1/headers/:exception-type",
        /"audioTooLongException"/,
      );
    });
  });

  describe("event-stream request bodies (InvokeModelWithBidirectionalStream)", () => {
    const base = scenario("bidirectional-text-turn");
    const sent = framesOf(base.recording.request.bodyBase64);

    it("checks each request frame's payload against the request union's member", () => {
      const notBase64 = chunkEvent(JSON.stringify({ bytes: '{"event": {}}' }));
      expectOnly(
        run(base, requestFrames([sent[0]!, notBase64])),
        "contract/schema-violation",
        "/request/frames/1/payload/bytes",
        /"format"/,
      );
      const extra = chunkEvent(JSON.stringify({ bytes: "e30=", p: "abc" }));
      expectOnly(
        run(base, requestFrames([extra])),
        "contract/schema-violation",
        "/request/frames/0/payload",
        /"additionalProperties".*"p"/,
      );
    });

    it("rejects an exception frame from the client: the request union declares none", () => {
      const exception = {
        headers: { ":message-type": "exception", ":exception-type": "validationException" },
        payload: '{"message":"x"}',
      };
      expectOnly(
        run(base, requestFrames([sent[0]!, exception])),
        "contract/unknown-event",
        "/request/frames/1/headers/:exception-type",
        /declared: none/,
      );
    });

    it("reports a corrupt request stream at the request body", () => {
      const bytes = encodeEventStream(sent);
      bytes[bytes.byteLength - 2] = bytes[bytes.byteLength - 2]! ^ 0xff;
      const corrupt = (r: Recording): Recording => ({
        ...r,
        request: { ...r.request, bodyBase64: Buffer.from(bytes).toString("base64") },
      });
      expectOnly(run(base, corrupt), "event-stream/message-crc", "/request/bodyBase64");
    });

    it("opens SigV4 event-signing envelopes and checks the events inside", () => {
      const signed = [...sent.map(envelope), envelope(undefined)];
      assert.deepEqual(run(base, requestFrames(signed)).problems, []);
      const unknown = { ...sent[2]!, headers: { ...sent[2]!.headers, ":event-type": "audioInput" } };
      const wrapped = [envelope(sent[0]), envelope(sent[1]), envelope(unknown)];
      expectOnly(run(base, requestFrames(wrapped)), "contract/unknown-event", "/request/frames/2/headers/:event-type");
    });
  });
});
