/**
 * The conformance library over real recordings: each entry point accepts the recorded traffic
 * and rejects a seeded defect with the right code and pointer.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { specJsonPath } from "../../generator/core/paths.js";
import { encodeEventStream, type FrameToEncode } from "../event-stream.js";
import { recordingsDir } from "../load-recordings.js";
import { assertOnly, httpRequestOf, httpResponseOf, readRecording } from "./recorded-traffic.test-helper.js";
import {
  createValidator,
  decodeEventStream,
  EventStreamError,
  routeRequest,
  UnknownOperationError,
  validateExchange,
  validateRequest,
  validateResponse,
  type EventStreamMessage,
  type JsonValue,
} from "./index.js";

const converse = readRecording("dd-trace-py/010-Converse.json");
const converseStream = readRecording("dd-trace-py/015-ConverseStream.json");
const streamBytes = (): Uint8Array => new Uint8Array(Buffer.from(converseStream.response.bodyBase64!, "base64"));

async function collect(source: AsyncIterable<EventStreamMessage>): Promise<EventStreamMessage[]> {
  const out: EventStreamMessage[] = [];
  for await (const message of source) out.push(message);
  return out;
}

function converseBody(): Record<string, unknown> {
  return structuredClone(converse.request.body) as Record<string, unknown>;
}

describe("conformance library", () => {
  describe("validateRequest", () => {
    it("accepts a recorded Converse request, given as parsed JSON, as text or as bytes", () => {
      const request = httpRequestOf(converse.request);
      assert.deepEqual(validateRequest("Converse", request).problems, []);
      const text = JSON.stringify(converse.request.body);
      assert.equal(validateRequest("Converse", { ...request, body: text }).ok, true);
      assert.equal(validateRequest("Converse", { ...request, body: new TextEncoder().encode(text) }).ok, true);
    });

    it("rejects a body defect at its pointer", () => {
      const body = converseBody();
      (body["messages"] as Record<string, unknown>[])[0]!["role"] = "robot";
      assertOnly(
        validateRequest("Converse", { ...httpRequestOf(converse.request), body: body as never }),
        "contract/schema-violation",
        "/body/messages/0/role",
      );
    });

    it("rejects an unknown member (request shapes are closed)", () => {
      const body = { ...converseBody(), temperature: 0.5 };
      assertOnly(
        validateRequest("Converse", { ...httpRequestOf(converse.request), body: body as never }),
        "contract/schema-violation",
        "/body",
      );
    });

    it("rejects a body that is not JSON", () => {
      const request = {
        ...httpRequestOf(converse.request),
        headers: { "Content-Type": "application/json" },
        body: "{not json",
      };
      assertOnly(validateRequest("Converse", request), "contract/body-not-json", "/body");
    });

    it("rejects a URL that routes elsewhere, or nowhere", () => {
      const request = httpRequestOf(converse.request);
      assertOnly(validateRequest("ConverseStream", request), "conformance/operation-mismatch", "/url");
      assertOnly(
        validateRequest("Converse", { ...request, url: request.url.replace("/converse", "/chat") }),
        "route/unknown-path",
        "/url",
      );
    });

    it("rejects a bad header parameter at the header's name", () => {
      const invoke = readRecording("dd-trace-py/008-InvokeModel.json");
      const request = { ...httpRequestOf(invoke.request), headers: { "X-Amzn-Bedrock-Trace": "LOUD" } };
      assertOnly(
        validateRequest("InvokeModel", request),
        "contract/invalid-parameter",
        "/headers/X-Amzn-Bedrock-Trace",
      );
    });

    it("takes a fetch Headers object and repeated header values", () => {
      const invoke = readRecording("dd-trace-py/008-InvokeModel.json");
      const headers = new Headers({ "content-type": "application/json", "x-amzn-bedrock-trace": "ENABLED" });
      assert.deepEqual(validateRequest("InvokeModel", { ...httpRequestOf(invoke.request), headers }).problems, []);
      const repeated = { "X-Amzn-Bedrock-Trace": ["ENABLED", "DISABLED"] };
      assertOnly(
        validateRequest("InvokeModel", { ...httpRequestOf(invoke.request), headers: repeated }),
        "contract/invalid-parameter",
        "/headers/X-Amzn-Bedrock-Trace",
      );
    });

    it("throws for an operation the spec does not describe", () => {
      assert.throws(() => validateRequest("Teleport", httpRequestOf(converse.request)), UnknownOperationError);
    });
  });

  describe("validateResponse", () => {
    it("accepts a recorded Converse response and rejects a defect at its pointer", () => {
      const response = httpResponseOf(converse.response);
      assert.deepEqual(validateResponse("Converse", response).problems, []);
      const body = structuredClone(converse.response.body) as { stopReason: string };
      body.stopReason = "bored";
      assertOnly(
        validateResponse("Converse", { ...response, body: body as never }),
        "contract/schema-violation",
        "/body/stopReason",
      );
    });

    it("rejects an undeclared status and an undeclared error type", () => {
      const response = httpResponseOf(converse.response);
      assertOnly(validateResponse("Converse", { ...response, status: 418 }), "contract/undeclared-status", "/status");
      const error = {
        status: 400,
        headers: { "X-Amzn-ErrorType": "TeapotException" },
        body: { message: "short and stout" },
      };
      assertOnly(validateResponse("Converse", error), "contract/undeclared-error", "/headers/X-Amzn-ErrorType");
    });

    it("accepts a recorded event stream given as bytes", () => {
      assert.deepEqual(validateResponse("ConverseStream", httpResponseOf(converseStream.response)).problems, []);
    });

    it("rejects a corrupted frame, an unknown event and a bad event payload at the frame", () => {
      const response = httpResponseOf(converseStream.response);
      const flipped = streamBytes();
      flipped[flipped.byteLength - 6]! ^= 0xff;
      const corrupted = validateResponse("ConverseStream", { ...response, body: flipped });
      assert.equal(corrupted.problems[0]?.code, "event-stream/message-crc");
      assert.equal(corrupted.problems[0]?.pointer, "/body");

      const event = (type: string, payload: unknown): FrameToEncode => ({
        headers: { ":message-type": "event", ":event-type": type, ":content-type": "application/json" },
        payload: JSON.stringify(payload),
      });
      const unknown = encodeEventStream([event("messageStart", { role: "assistant" }), event("teleport", {})]);
      assertOnly(
        validateResponse("ConverseStream", { ...response, body: unknown }),
        "contract/unknown-event",
        "/frames/1/headers/:event-type",
      );
      const badRole = encodeEventStream([event("messageStart", { role: "robot" })]);
      assertOnly(
        validateResponse("ConverseStream", { ...response, body: badRole }),
        "contract/schema-violation",
        "/frames/0/payload/role",
      );
    });
  });

  describe("provider families (InvokeModel and its stream)", () => {
    const invoke = readRecording("dd-trace-py/008-InvokeModel.json");
    const invokeStream = readRecording("dd-trace-py/009-InvokeModelWithResponseStream.json");

    it("holds the request body to the family the model id selects: Anthropic Messages needs max_tokens", () => {
      const good = validateRequest("InvokeModel", httpRequestOf(invoke.request));
      assert.deepEqual([good.ok, good.modelFamily], [true, "anthropic-messages"]);
      const { max_tokens: _dropped, ...body } = invoke.request.body as Record<string, JsonValue>;
      const result = validateRequest("InvokeModel", { ...httpRequestOf(invoke.request), body });
      assertOnly(result, "contract/schema-violation", "/body");
      assert.match(result.problems[0]!.message, /max_tokens/);
      assert.equal(result.modelFamily, "anthropic-messages");
    });

    it("holds a response body and stream chunks to the family when given the model id", () => {
      const modelId = "us.anthropic.claude-3-sonnet-20240229-v1:0";
      const response = httpResponseOf(invoke.response);
      assert.deepEqual(validateResponse("InvokeModel", response, { modelId }).problems, []);
      const broken = { ...(invoke.response.body as Record<string, JsonValue>), content: "plain text" };
      assertOnly(
        validateResponse("InvokeModel", { ...response, body: broken }, { modelId }),
        "contract/schema-violation",
        "/body/content",
      );
      assert.equal(
        validateResponse("InvokeModel", { ...response, body: broken }).ok,
        true,
        "without a model id any JSON passes",
      );

      const streamModel = decodeURIComponent(/\/model\/([^/]+)\//.exec(invokeStream.request.url)![1]!);
      const chunk = (json: unknown): FrameToEncode => ({
        headers: { ":message-type": "event", ":event-type": "chunk", ":content-type": "application/json" },
        payload: JSON.stringify({ bytes: Buffer.from(JSON.stringify(json)).toString("base64") }),
      });
      const streamResponse = httpResponseOf(invokeStream.response);
      const stream = validateResponse("InvokeModelWithResponseStream", streamResponse, { modelId: streamModel });
      assert.deepEqual([stream.problems, stream.modelFamily], [[], "anthropic-messages"]);
      const badChunk = encodeEventStream([
        chunk({ type: "content_block_delta", index: "first", delta: { type: "text_delta", text: "Hi" } }),
      ]);
      const rejected = validateResponse(
        "InvokeModelWithResponseStream",
        { ...streamResponse, body: badChunk },
        { modelId: streamModel },
      );
      // The chunk union has no discriminator, so every branch reports; the one it was meant as names the index.
      assert.equal(rejected.ok, false);
      assert.ok(
        rejected.problems.every(
          (p) => p.code === "contract/schema-violation" && p.pointer.startsWith("/frames/0/payload/bytes"),
        ),
      );
      assert.ok(rejected.problems.some((p) => p.pointer === "/frames/0/payload/bytes/index"));
    });
  });

  describe("validateExchange", () => {
    it("routes the request and checks both halves, pointers prefixed by side", () => {
      const request = httpRequestOf(converseStream.request);
      const response = httpResponseOf(converseStream.response);
      const good = validateExchange(request, response);
      assert.deepEqual([good.ok, good.operation, good.problems], [true, "ConverseStream", []]);
      const broken = validateExchange({ ...request, body: { messages: "hello" } }, { ...response, status: 204 });
      assert.deepEqual(
        broken.problems.map((p) => `${p.code} ${p.pointer}`),
        ["contract/schema-violation /request/body/messages", "contract/undeclared-status /response/status"],
      );
    });
  });

  describe("routeRequest", () => {
    it("names the operation and decodes labels; an unknown path is a problem at /url", () => {
      const routed = routeRequest("POST", converse.request.url);
      assert.ok(routed.ok);
      assert.equal(routed.route.operationId, "Converse");
      assert.equal(routed.route.pathParams["modelId"], "anthropic.claude-3-sonnet-20240229-v1:0");
      const missing = routeRequest("POST", "https://bedrock-runtime.us-east-1.amazonaws.com/models");
      assert.ok(!missing.ok);
      assert.deepEqual([missing.problem.code, missing.problem.pointer], ["route/unknown-path", "/url"]);
    });
  });

  describe("decodeEventStream", () => {
    it("decodes bytes, chunked async iterables and web ReadableStreams alike", async () => {
      const bytes = streamBytes();
      const whole = await collect(decodeEventStream(bytes));
      assert.ok(whole.length > 3);
      assert.deepEqual([whole[0]!.messageType, whole[0]!.type], ["event", "messageStart"]);
      async function* sevens(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i < bytes.byteLength; i += 7) yield bytes.subarray(i, i + 7);
      }
      const chunked = await collect(decodeEventStream(sevens()));
      const web = await collect(decodeEventStream(new Blob([bytes]).stream()));
      for (const decoded of [chunked, web]) {
        assert.deepEqual(
          decoded.map((m) => [m.index, m.offset, m.type, Buffer.from(m.payload).toString("hex")]),
          whole.map((m) => [m.index, m.offset, m.type, Buffer.from(m.payload).toString("hex")]),
        );
      }
    });

    it("fails at the broken frame with its index and byte offset, also mid-stream", async () => {
      const bytes = streamBytes();
      const whole = await collect(decodeEventStream(bytes));
      const third = whole[2]!;
      bytes[third.offset + third.length - 2]! ^= 0xff;
      const seen: number[] = [];
      await assert.rejects(
        (async () => {
          for await (const message of decodeEventStream(bytes)) seen.push(message.index);
        })(),
        (error: unknown) =>
          error instanceof EventStreamError &&
          error.problem.code === "event-stream/message-crc" &&
          error.frame === 2 &&
          error.offset === third.offset,
      );
      assert.deepEqual(seen, [0, 1]);
      await assert.rejects(
        collect(decodeEventStream(streamBytes().subarray(0, third.offset + 5))),
        (e: unknown) => e instanceof EventStreamError && e.check === "truncated",
      );
    });
  });

  describe("createValidator", () => {
    it("reads a spec given as a path and lists its operations", () => {
      const validator = createValidator({ spec: specJsonPath });
      assert.ok(validator.operations.includes("Converse") && validator.operations.includes("ApplyGuardrail"));
      assert.equal(validator.validateRequest("Converse", httpRequestOf(converse.request)).ok, true);
    });

    it("fails clearly on a spec path that cannot be read", () => {
      assert.throws(
        () => createValidator({ spec: join(recordingsDir, "no-such-spec.json") }),
        /cannot read the spec .*no-such-spec\.json/,
      );
    });
  });
});
