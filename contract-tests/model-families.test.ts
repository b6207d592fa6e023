/**
 * Provider families as the contract sees them, read from the emitted spec only: selection by
 * model id, and for each family a real recording that passes and mutants of it that fail
 * (a missing required member, a wrong type, an unknown request member where the family is closed).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import { decodeEventStream, encodeEventStream, type FrameToEncode } from "./event-stream.js";
import { recordingsDir, specJsonFile } from "./load-recordings.js";
import { modelIdFromUrl, modelsReport, selectFamily, specFamilies } from "./model-families.js";
import type { Recording, RecordingFile } from "./recording.js";
import { createContractContext, validateInteraction, type InteractionResult } from "./validate-interaction.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);

type Json = Record<string, unknown>;

function load(file: string): Recording {
  return JSON.parse(readFileSync(join(recordingsDir, file), "utf8")) as Recording;
}

function check(recording: Recording, file = "mutant.json"): InteractionResult {
  const entry: RecordingFile = { file, recording };
  return validateInteraction(entry, context);
}

/** A deep copy of the recording with its JSON request body (or 200 response body) changed. */
function withRequest(recording: Recording, change: (body: Json) => void): Recording {
  const copy = structuredClone(recording) as { request: { body: Json } } & Recording;
  change(copy.request.body);
  return copy;
}

function withResponse(recording: Recording, change: (body: Json) => void): Recording {
  const copy = structuredClone(recording) as { response: { body: Json } } & Recording;
  change(copy.response.body);
  return copy;
}

/** A copy of a stream recording whose first chunk matching `pick` is changed. */
function withChunk(recording: Recording, pick: (chunk: Json) => boolean, change: (chunk: Json) => void): Recording {
  const frames = decodeEventStream(Buffer.from(recording.response.bodyBase64!, "base64"));
  let done = false;
  const encoded: FrameToEncode[] = frames.map((frame) => {
    const payload = JSON.parse(new TextDecoder().decode(frame.payload)) as Json;
    if (!done && typeof payload["bytes"] === "string") {
      const chunk = JSON.parse(Buffer.from(payload["bytes"], "base64").toString("utf8")) as Json;
      if (pick(chunk)) {
        change(chunk);
        payload["bytes"] = Buffer.from(JSON.stringify(chunk)).toString("base64");
        done = true;
      }
    }
    return { headers: frame.headers, payload: JSON.stringify(payload) };
  });
  assert.ok(done, "no chunk matched the mutation");
  return {
    ...recording,
    response: { ...recording.response, bodyBase64: Buffer.from(encodeEventStream(encoded)).toString("base64") },
  };
}

/** The result failed with a schema violation at `pointer` (about `member`, when given), naming the family. */
function assertFails(result: InteractionResult, family: string, pointer: string, member?: string): void {
  assert.equal(result.verdict, "failed", JSON.stringify(result.problems.map((p) => p.message)));
  const hit = result.problems.find(
    (p) =>
      p.severity === "error" &&
      p.code === "contract/schema-violation" &&
      p.pointer === pointer &&
      (member === undefined || p.member === member),
  );
  assert.ok(
    hit,
    `no violation at ${pointer}${member ? ` on ${member}` : ""}: ${result.problems.map((p) => `${p.pointer} ${p.message}`).join(" | ")}`,
  );
  assert.match(hit.message, new RegExp(`model family ${family}`));
  assert.equal(hit.file, "mutant.json");
}

describe("provider families in the contract", () => {
  describe("selection from the emitted spec", () => {
    const invoke = specFamilies(document, "InvokeModel");
    const stream = specFamilies(document, "InvokeModelWithResponseStream");

    it("reads the families of both operations, with component pointers", () => {
      assert.ok(invoke.length >= 8);
      const messages = invoke.find((f) => f.family === "anthropic-messages");
      assert.equal(messages?.request, "/components/schemas/AnthropicMessagesRequest");
      assert.equal(messages?.response, "/components/schemas/AnthropicMessagesResponse");
      assert.equal(
        stream.find((f) => f.family === "anthropic-messages")?.streamChunk,
        "/components/schemas/AnthropicMessagesStreamEvent",
      );
      assert.ok(!stream.some((f) => f.family.startsWith("amazon-titan-embed")), "embedding families have no stream");
    });

    it("matches bare ids, cross-region profiles and ARNs; first match wins", () => {
      const pick = (id: string) => selectFamily(invoke, id)?.family;
      assert.equal(pick("anthropic.claude-3-haiku-20240307-v1:0"), "anthropic-messages");
      assert.equal(pick("us.anthropic.claude-sonnet-4-20250514-v1:0"), "anthropic-messages");
      assert.equal(pick("global.anthropic.claude-haiku-4-5-20251001-v1:0"), "anthropic-messages");
      assert.equal(
        pick("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"),
        "anthropic-messages",
      );
      assert.equal(
        pick("arn:aws:bedrock:us-east-1:111122223333:inference-profile/eu.amazon.nova-pro-v1:0"),
        "amazon-nova",
      );
      assert.equal(pick("anthropic.claude-v2:1"), "anthropic-text-completions");
      assert.equal(pick("amazon.titan-embed-text-v2:0"), "amazon-titan-embed-text-v2");
      assert.equal(pick("amazon.nova-2-multimodal-embeddings-v1:0"), "amazon-nova-multimodal-embeddings");
      assert.equal(pick("amazon.nova-sonic-v1:0"), undefined);
      assert.equal(pick("arn:aws:bedrock:us-east-1:111122223333:imported-model/abcdefghijkl"), undefined);
      assert.equal(
        pick("xanthropic.claude-3-haiku"),
        undefined,
        "the provider must start the id or follow a dot or slash",
      );
    });

    it("a recording whose model matches no family is reported as such, not failed", () => {
      const result = check(load("dd-trace-py/002-InvokeModel.json"));
      assert.equal(result.modelFamily, "amazon-titan-embed-text-v1");
      const unknown = structuredClone(load("dd-trace-py/002-InvokeModel.json")) as Recording & {
        request: { url: string };
      };
      unknown.request.url = unknown.request.url.replace("amazon.titan-embed-text-v1", "example.private-model-v1");
      const none = check(unknown);
      assert.equal(none.modelFamily, null);
      assert.equal(none.verdict, "passed");
    });

    it("the models report counts recordings per family and lists unmatched ids", () => {
      const report = modelsReport(document, [
        { operation: "InvokeModel", modelId: "anthropic.claude-3-haiku-20240307-v1:0" },
        { operation: "InvokeModelWithResponseStream", modelId: "us.anthropic.claude-3-haiku-20240307-v1:0" },
        { operation: "InvokeModel", modelId: "cohere.nothing-v9" },
        { operation: "Converse", modelId: "anthropic.claude-3-haiku-20240307-v1:0" },
      ]);
      const messages = report.families.find((f) => f.family === "anthropic-messages");
      assert.deepEqual(messages?.recordings, { InvokeModel: 1, InvokeModelWithResponseStream: 1 });
      assert.deepEqual(report.unmatched, [{ modelId: "cohere.nothing-v9", recordings: 1 }]);
      assert.equal(modelIdFromUrl("https://h/model/us.amazon.nova-pro-v1%3A0/invoke"), "us.amazon.nova-pro-v1:0");
    });
  });

  describe("anthropic-messages", () => {
    const family = "anthropic-messages";
    const invoke = load("dd-trace-py/008-InvokeModel.json");
    const stream = load("dd-trace-py/009-InvokeModelWithResponseStream.json");

    it("real recordings pass, body and every chunk", () => {
      assert.equal(check(invoke).verdict, "passed");
      const streamed = check(stream);
      assert.equal(streamed.verdict, "passed");
      assert.equal(streamed.modelFamily, family);
    });

    it("rejects a missing required member, a wrong type and an unknown member", () => {
      assertFails(check(withRequest(invoke, (b) => delete b["max_tokens"])), family, "/request/body", "max_tokens");
      assertFails(check(withRequest(invoke, (b) => (b["max_tokens"] = "fifty"))), family, "/request/body/max_tokens");
      assertFails(check(withRequest(invoke, (b) => (b["maxTokens"] = 50))), family, "/request/body", "maxTokens");
      assertFails(
        check(withRequest(invoke, (b) => ((b["messages"] as Json[])[0]!["content"] = [{ type: "text", txt: "x" }]))),
        family,
        "/request/body/messages/0/content/0",
      );
    });

    it("rejects a response without content and a chunk of an unknown event type or with a bad delta", () => {
      assertFails(check(withResponse(invoke, (b) => delete b["content"])), family, "/response/body", "content");
      const badEvent = withChunk(
        stream,
        (c) => c["type"] === "ping" || c["type"] === "content_block_stop",
        (c) => (c["type"] = "content_block_finish"),
      );
      assertFails(
        check(badEvent),
        family,
        `/response/frames/${frameOf(badEvent, "content_block_finish")}/payload/bytes/type`,
      );
      const badDelta = withChunk(
        stream,
        (c) => c["type"] === "content_block_delta",
        (c) => (c["delta"] = { type: "text_delta", text: 7 }),
      );
      assert.equal(check(badDelta).verdict, "failed");
      const noMetrics = withChunk(
        stream,
        (c) => c["type"] === "message_stop",
        (c) => ((c["amazon-bedrock-invocationMetrics"] as Json)["inputTokenCount"] = "21"),
      );
      assert.equal(check(noMetrics).verdict, "failed");
    });
  });

  describe("anthropic-text-completions", () => {
    const family = "anthropic-text-completions";
    const invoke = load("dd-trace-py/006-InvokeModel.json");
    const stream = load("dd-trace-py/007-InvokeModelWithResponseStream.json");

    it("real recordings pass", () => {
      assert.equal(check(invoke).verdict, "passed");
      assert.equal(check(stream).verdict, "passed");
    });

    it("rejects a missing prompt, a wrong type and an unknown member", () => {
      assert.equal(check(withRequest(invoke, (b) => delete b["prompt"])).verdict, "failed");
      assert.equal(check(withRequest(invoke, (b) => (b["max_tokens_to_sample"] = "50"))).verdict, "failed");
      const unknown = check(withRequest(invoke, (b) => (b["maxTokens"] = 50)));
      assert.equal(unknown.verdict, "failed");
      assert.ok(unknown.problems.some((p) => p.message.includes(`model family ${family}`)));
      assert.equal(check(withResponse(invoke, (b) => (b["stop_reason"] = "finished"))).verdict, "failed");
    });
  });

  describe("amazon-nova", () => {
    const family = "amazon-nova";
    const invoke = load("openinference-py/008-InvokeModel.json");
    const stream = load("openinference-py/011-InvokeModelWithResponseStream.json");

    it("real recordings pass", () => {
      assert.equal(check(invoke).verdict, "passed");
      assert.equal(check(stream).verdict, "passed");
    });

    it("rejects a missing member, a wrong type, an unknown member and a block with two kinds", () => {
      assertFails(check(withRequest(invoke, (b) => delete b["messages"])), family, "/request/body", "messages");
      assertFails(
        check(withRequest(invoke, (b) => ((b["inferenceConfig"] as Json)["temperature"] = "hot"))),
        family,
        "/request/body/inferenceConfig/temperature",
      );
      assertFails(check(withRequest(invoke, (b) => (b["inputText"] = "hi"))), family, "/request/body", "inputText");
      const twoKinds = withRequest(
        invoke,
        (b) =>
          ((b["messages"] as Json[])[0]!["content"] = [
            { text: "a", image: { format: "png", source: { bytes: "AAAA" } } },
          ]),
      );
      assert.equal(check(twoKinds).verdict, "failed");
    });

    it("rejects a response without usage and a chunk with a wrong type", () => {
      assertFails(check(withResponse(invoke, (b) => delete b["usage"])), family, "/response/body", "usage");
      const bad = withChunk(
        stream,
        (c) => c["contentBlockDelta"] !== undefined,
        (c) => ((c["contentBlockDelta"] as Json)["contentBlockIndex"] = "0"),
      );
      assert.equal(check(bad).verdict, "failed");
      assert.ok(
        check(
          withChunk(
            stream,
            () => true,
            (c) => {
              for (const k of Object.keys(c)) delete c[k];
            },
          ),
        ).verdict === "failed",
        "an empty chunk fails",
      );
    });
  });

  describe("amazon-titan-text", () => {
    const family = "amazon-titan-text";
    const invoke = load("dd-trace-py/003-InvokeModel.json");
    const stream = load("dd-trace-py/005-InvokeModelWithResponseStream.json");

    it("real recordings pass", () => {
      assert.equal(check(invoke).verdict, "passed");
      assert.equal(check(stream).verdict, "passed");
    });

    it("rejects a missing inputText, a wrong type, an unknown member and a bad chunk", () => {
      assertFails(check(withRequest(invoke, (b) => delete b["inputText"])), family, "/request/body", "inputText");
      assertFails(
        check(withRequest(invoke, (b) => ((b["textGenerationConfig"] as Json)["maxTokenCount"] = "50"))),
        family,
        "/request/body/textGenerationConfig/maxTokenCount",
      );
      assertFails(
        check(withRequest(invoke, (b) => ((b["textGenerationConfig"] as Json)["maxTokens"] = 50))),
        family,
        "/request/body/textGenerationConfig",
        "maxTokens",
      );
      assert.equal(check(withResponse(invoke, (b) => delete b["results"])).verdict, "failed");
      assert.equal(
        check(
          withChunk(
            stream,
            (c) => typeof c["outputText"] === "string",
            (c) => (c["outputText"] = 3),
          ),
        ).verdict,
        "failed",
      );
    });
  });

  describe("embedding families", () => {
    it("amazon-titan-embed-text-v1: passes, and rejects each kind of mistake", () => {
      const family = "amazon-titan-embed-text-v1";
      const invoke = load("dd-trace-py/002-InvokeModel.json");
      assert.equal(check(invoke).verdict, "passed");
      assertFails(check(withRequest(invoke, (b) => delete b["inputText"])), family, "/request/body", "inputText");
      assertFails(check(withRequest(invoke, (b) => (b["inputText"] = ["a"]))), family, "/request/body/inputText");
      assertFails(check(withRequest(invoke, (b) => (b["dimensions"] = 256))), family, "/request/body", "dimensions");
      assertFails(check(withResponse(invoke, (b) => delete b["embedding"])), family, "/response/body", "embedding");
    });

    it("amazon-titan-embed-text-v2: passes, and rejects each kind of mistake", () => {
      const family = "amazon-titan-embed-text-v2";
      const invoke = load("ruby-llm/078-InvokeModel.json");
      assert.equal(check(invoke).verdict, "passed");
      assertFails(check(withRequest(invoke, (b) => delete b["inputText"])), family, "/request/body", "inputText");
      assertFails(check(withRequest(invoke, (b) => (b["dimensions"] = 300))), family, "/request/body/dimensions");
      assertFails(check(withRequest(invoke, (b) => (b["truncate"] = true))), family, "/request/body", "truncate");
    });

    it("amazon-nova-multimodal-embeddings (open request): passes, rejects a missing or mistyped member", () => {
      const family = "amazon-nova-multimodal-embeddings";
      const invoke = load("ruby-llm/087-InvokeModel.json");
      assert.equal(check(invoke).verdict, "passed");
      assertFails(check(withRequest(invoke, (b) => delete b["taskType"])), family, "/request/body", "taskType");
      assertFails(check(withRequest(invoke, (b) => (b["taskType"] = "EMBED_ALL"))), family, "/request/body/taskType");
      assertFails(check(withResponse(invoke, (b) => delete b["embeddings"])), family, "/response/body", "embeddings");
    });

    it("amazon-titan-embed-image (no recording): the emitted schemas accept a body and reject mistakes", () => {
      const validate = (name: string, value: unknown) =>
        context.schemas.validate(`#/components/schemas/${name}`, value);
      assert.deepEqual(
        validate("AmazonTitanEmbedImageRequest", {
          inputText: "a cat",
          embeddingConfig: { outputEmbeddingLength: 384 },
        }),
        [],
      );
      assert.notDeepEqual(validate("AmazonTitanEmbedImageRequest", { inputText: 1 }), []);
      assert.notDeepEqual(validate("AmazonTitanEmbedImageRequest", { inputText: "a", colour: "red" }), []);
      assert.notDeepEqual(validate("AmazonTitanEmbedImageRequest", {}), [], "one of text or image is needed");
      assert.notDeepEqual(validate("AmazonTitanEmbedImageResponse", { inputTextTokenCount: 3 }), []);
    });
  });
});

function frameOf(recording: Recording, eventType: string): number {
  const frames = decodeEventStream(Buffer.from(recording.response.bodyBase64!, "base64"));
  return frames.findIndex((frame) => {
    const payload = JSON.parse(new TextDecoder().decode(frame.payload)) as Json;
    return (
      typeof payload["bytes"] === "string" &&
      Buffer.from(payload["bytes"], "base64").toString("utf8").includes(eventType)
    );
  });
}
