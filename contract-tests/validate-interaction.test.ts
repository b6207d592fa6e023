/**
 * Each check of validateInteraction, proven able to fail against the real emitted spec: small
 * synthetic interactions, each broken in exactly one way.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import type { JsonValue } from "../generator/shapes.js";
import { encodeEventStream, type FrameToEncode } from "./event-stream.js";
import { specJsonFile } from "./load-recordings.js";
import type { Recording, RecordingFile } from "./recording.js";
import { createContractContext, validateInteraction, type InteractionResult } from "./validate-interaction.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);
const HOST = "https://bedrock-runtime.us-east-1.amazonaws.com";

function chunk(json: unknown): FrameToEncode {
  const bytes = Buffer.from(JSON.stringify(json)).toString("base64");
  return {
    headers: { ":message-type": "event", ":event-type": "chunk", ":content-type": "application/json" },
    payload: JSON.stringify({ bytes, p: "abcd" }),
  };
}

const goodFrames: FrameToEncode[] = [
  chunk({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "Hi" } }),
  chunk({ type: "message_stop" }),
];

function streamRecording(frames: readonly FrameToEncode[], overrides: Partial<Recording["response"]> = {}): Recording {
  return {
    operation: "InvokeModelWithResponseStream",
    provenance: { kind: "synthetic", basis: "validate-interaction tests" },
    request: {
      method: "POST",
      url: `${HOST}/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke-with-response-stream`,
      headers: { "Content-Type": "application/json", "X-Amzn-Bedrock-Accept": "application/json" },
      body: { anthropic_version: "bedrock-2023-05-31", max_tokens: 10, messages: [{ role: "user", content: "Hi" }] },
    },
    response: {
      status: 200,
      headers: {
        "Content-Type": "application/vnd.amazon.eventstream",
        "x-amzn-RequestId": "5b0e7f2a-1c1e-4a53-9b1c-2f1e5d9c7a10",
        "X-Amzn-Bedrock-Content-Type": "application/json",
      },
      body: null,
      bodyBase64: Buffer.from(encodeEventStream(frames)).toString("base64"),
      ...overrides,
    },
    notes: [],
    meta: {},
  };
}

function guardrailRecording(body: JsonValue, response: Partial<Recording["response"]> = {}): Recording {
  return {
    operation: "ApplyGuardrail",
    provenance: { kind: "synthetic", basis: "validate-interaction tests" },
    request: {
      method: "POST",
      url: `${HOST}/guardrail/abc123/version/1/apply`,
      headers: { "Content-Type": "application/json" },
      body,
    },
    response: {
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: { action: "NONE", outputs: [], assessments: [], usage: usage() },
      ...response,
    },
    notes: [],
    meta: {},
  };
}

function usage(): JsonValue {
  return {
    topicPolicyUnits: 0,
    contentPolicyUnits: 1,
    wordPolicyUnits: 0,
    sensitiveInformationPolicyUnits: 0,
    sensitiveInformationPolicyFreeUnits: 0,
    contextualGroundingPolicyUnits: 0,
  };
}

const goodGuardrailRequest: JsonValue = { source: "INPUT", content: [{ text: { text: "hello" } }] };

function run(recording: Recording, file = "contract-tests/recordings/synthetic/001.json"): InteractionResult {
  const entry: RecordingFile = { file, recording };
  return validateInteraction(entry, context);
}

function codes(result: InteractionResult): string[] {
  return result.problems.map((p) => p.code);
}

function expectOnly(result: InteractionResult, code: string, pointer?: string): void {
  assert.equal(result.verdict, "failed", "expected a failure");
  assert.deepEqual(
    [...new Set(codes(result))],
    [code],
    result.problems.map((p) => `${p.code} ${p.pointer} ${p.message}`).join("\n"),
  );
  if (pointer !== undefined) assert.equal(result.problems[0]!.pointer, pointer);
  for (const p of result.problems) assert.equal(p.file, "contract-tests/recordings/synthetic/001.json");
}

describe("validateInteraction", () => {
  it("passes well-formed interactions (the baselines the failures below break)", () => {
    assert.deepEqual(run(streamRecording(goodFrames)).problems, []);
    assert.deepEqual(run(guardrailRecording(goodGuardrailRequest)).problems, []);
  });

  it("reports a set-aside recording with its reason and does not validate it", () => {
    const result = run({
      ...streamRecording([]),
      setAside: "hand-spliced",
      response: { ...streamRecording([]).response, status: 418 },
    });
    assert.equal(result.verdict, "set-aside");
    assert.deepEqual(codes(result), ["recording/set-aside"]);
    assert.match(result.problems[0]!.message, /hand-spliced/);
  });

  it("fails a set-aside recording that routes to no operation of the spec", () => {
    const result = run({
      ...streamRecording([]),
      setAside: "hand-spliced",
      request: { ...streamRecording([]).request, url: "https://h/nowhere" },
    });
    assert.equal(result.verdict, "failed");
    assert.deepEqual(codes(result), ["recording/set-aside", "route/unknown-path"]);
    assert.equal(result.problems[1]!.pointer, "/request/url");
    assert.match(result.problems[1]!.message, /POST \/nowhere/);
  });

  it("route: an unknown path", () => {
    const r = streamRecording(goodFrames);
    expectOnly(
      run({ ...r, request: { ...r.request, url: `${HOST}/model/x/teleport` } }),
      "route/unknown-path",
      "/request/url",
    );
  });

  it("route: a recording labelled with another operation", () => {
    expectOnly(
      run({ ...streamRecording(goodFrames), operation: "InvokeModel" }),
      "contract/operation-mismatch",
      "/operation",
    );
  });

  it("parameters: a request header outside its enum", () => {
    const r = streamRecording(goodFrames);
    const result = run({
      ...r,
      request: { ...r.request, headers: { ...r.request.headers, "x-amzn-bedrock-trace": "SOMETIMES" } },
    });
    expectOnly(result, "contract/invalid-parameter", "/request/headers/x-amzn-bedrock-trace");
  });

  it("request body: a value its schema rejects, at its pointer", () => {
    expectOnly(
      run(guardrailRecording({ source: "SIDEWAYS", content: [{ text: { text: "hello" } }] })),
      "contract/schema-violation",
      "/request/body/source",
    );
  });

  it("request body: a violation the service also rejected (400) is a warning, not a failure", () => {
    const rejected = guardrailRecording(
      { source: "SIDEWAYS", content: [{ text: { text: "hello" } }] },
      {
        status: 400,
        headers: { "Content-Type": "application/json", "x-amzn-ErrorType": "ValidationException" },
        body: { message: "bad source" },
      },
    );
    const result = run(rejected);
    assert.equal(result.verdict, "passed");
    assert.deepEqual(codes(result), ["contract/rejected-request"]);
    assert.equal(result.problems[0]!.pointer, "/request/body/source");
    assert.match(result.problems[0]!.message, /400 ValidationException/);
  });

  it("request body: a violation is an error when the 400 is not a ValidationException, or names no error", () => {
    const invalid = { source: "SIDEWAYS", content: [{ text: { text: "hello" } }] };
    const quota = guardrailRecording(invalid, {
      status: 400,
      headers: {
        "Content-Type": "application/json",
        "x-amzn-ErrorType": "ServiceQuotaExceededException:http://internal.amazon.com/",
      },
      body: { message: "quota" },
    });
    expectOnly(run(quota), "contract/schema-violation", "/request/body/source");
    const unnamed = guardrailRecording(invalid, {
      status: 400,
      headers: { "Content-Type": "application/json" },
      body: { message: "bad source" },
    });
    expectOnly(run(unnamed), "contract/schema-violation", "/request/body/source");
  });

  it("status: one the operation does not declare", () => {
    expectOnly(
      run(guardrailRecording(goodGuardrailRequest, { status: 418 })),
      "contract/undeclared-status",
      "/response/status",
    );
  });

  it("response headers: a required one missing, unless the recorder stripped headers", () => {
    const r = streamRecording(goodFrames);
    const { "X-Amzn-Bedrock-Content-Type": _dropped, ...rest } = r.response.headers;
    const missing = { ...r, response: { ...r.response, headers: rest } };
    expectOnly(run(missing), "contract/missing-parameter", "/response/headers/X-Amzn-Bedrock-Content-Type");
    assert.equal(
      run({ ...missing, response: { ...missing.response, headers: {} }, meta: { headersStripped: ["response"] } })
        .verdict,
      "passed",
    );
  });

  it("response headers: a declared one with a value its schema rejects", () => {
    const r = streamRecording(goodFrames);
    const result = run({
      ...r,
      response: { ...r.response, headers: { ...r.response.headers, "X-Amzn-Bedrock-Service-Tier": "platinum" } },
    });
    expectOnly(result, "contract/invalid-parameter", "/response/headers/X-Amzn-Bedrock-Service-Tier");
  });

  it("errors: an X-Amzn-ErrorType the status does not declare", () => {
    const result = run(
      guardrailRecording(goodGuardrailRequest, {
        status: 403,
        headers: {
          "Content-Type": "application/json",
          "x-amzn-ErrorType": "TeapotException:http://internal.amazon.com/",
        },
        body: { message: "no" },
      }),
    );
    expectOnly(result, "contract/undeclared-error", "/response/headers/x-amzn-ErrorType");
  });

  it("errors: the body is held to the error X-Amzn-ErrorType names, not to any error of its status", () => {
    // Status 424 admits ModelErrorException or ModelStreamErrorException; only the latter defines originalMessage.
    const failure = (errorType: string): Recording =>
      streamRecording(goodFrames, {
        status: 424,
        headers: {
          "Content-Type": "application/json",
          "x-amzn-ErrorType": `${errorType}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
        },
        body: { message: "the model failed", originalMessage: 42 },
        bodyBase64: undefined,
      });
    expectOnly(
      run(failure("ModelStreamErrorException")),
      "contract/schema-violation",
      "/response/body/originalMessage",
    );
    assert.equal(run(failure("ModelErrorException")).verdict, "passed");
  });

  it("response body: a media type the status does not declare, and JSON that is not JSON", () => {
    const base = streamRecording(goodFrames);
    const html = {
      ...base,
      response: { ...base.response, headers: { ...base.response.headers, "Content-Type": "text/html" } },
    };
    expectOnly(run(html), "contract/undeclared-media-type", "/response/body");
    const broken = guardrailRecording(goodGuardrailRequest, {
      body: null,
      bodyBase64: Buffer.from("<html>").toString("base64"),
    });
    expectOnly(run(broken), "contract/body-not-json", "/response/body");
  });

  it("response body: a value its schema rejects", () => {
    const result = run(
      guardrailRecording(goodGuardrailRequest, {
        body: { action: "MAYBE", outputs: [], assessments: [], usage: usage() },
      }),
    );
    expectOnly(result, "contract/schema-violation", "/response/body/action");
  });

  it("event stream: a corrupt frame, named by frame and byte offset", () => {
    const bytes = encodeEventStream(goodFrames);
    bytes[bytes.byteLength - 10] = bytes[bytes.byteLength - 10]! ^ 0xff;
    const result = run(streamRecording(goodFrames, { bodyBase64: Buffer.from(bytes).toString("base64") }));
    expectOnly(result, "event-stream/message-crc", "/response/bodyBase64");
    assert.match(result.problems[0]!.message, /frame 1 at byte \d+/);
  });

  it("event stream: an unknown :message-type, event type and exception type", () => {
    expectOnly(
      run(streamRecording([{ ...goodFrames[0]!, headers: { ":message-type": "gossip", ":event-type": "chunk" } }])),
      "contract/event-message-type",
    );
    const unknownEvent = run(
      streamRecording([
        goodFrames[0]!,
        { headers: { ":message-type": "event", ":event-type": "sparkle" }, payload: "{}" },
      ]),
    );
    expectOnly(unknownEvent, "contract/unknown-event", "/response/frames/1/headers/:event-type");
    const unknownException = run(
      streamRecording([
        { headers: { ":message-type": "exception", ":exception-type": "oopsException" }, payload: '{"message":"x"}' },
      ]),
    );
    expectOnly(unknownException, "contract/unknown-event", "/response/frames/0/headers/:exception-type");
  });

  it("event stream: a frame :content-type other than the declared one", () => {
    const frame = { ...goodFrames[0]!, headers: { ...goodFrames[0]!.headers, ":content-type": "text/plain" } };
    expectOnly(run(streamRecording([frame])), "contract/event-header", "/response/frames/0/headers/:content-type");
  });

  it("event stream: a payload its member schema rejects, and one that is not JSON", () => {
    const exception = {
      headers: { ":message-type": "exception", ":exception-type": "modelStreamErrorException" },
      payload: '{"message": 42}',
    };
    expectOnly(
      run(streamRecording([goodFrames[0]!, exception])),
      "contract/schema-violation",
      "/response/frames/1/payload/message",
    );
    expectOnly(
      run(streamRecording([{ ...goodFrames[0]!, payload: "{bytes" }])),
      "contract/body-not-json",
      "/response/frames/0/payload",
    );
  });

  it("event stream: InvokeModelWithResponseStream chunk bytes that are not base64 JSON", () => {
    const notJson = {
      ...goodFrames[0]!,
      payload: JSON.stringify({ bytes: Buffer.from("not json").toString("base64") }),
    };
    expectOnly(run(streamRecording([notJson])), "contract/chunk-bytes", "/response/frames/0/payload/bytes");
  });
});
