/**
 * What a gateway that turns OpenAI-style chat calls into Converse does with the library: one
 * `validateRequest` call on its output. The translator here is a small stand-in for the
 * gateway's; a correct translation passes, and each typical translation slip is caught where
 * it is.
 */
import assert from "node:assert/strict";
import { validateRequest, type JsonValue } from "./index.js";

interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

interface ChatCompletionRequest {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly max_tokens?: number;
  readonly temperature?: number;
  readonly stop?: readonly string[];
}

/** The translation under test: system prompts move to `system`, text becomes content blocks. */
function toConverse(chat: ChatCompletionRequest): { url: string; body: JsonValue } {
  const inferenceConfig: Record<string, JsonValue> = {};
  if (chat.max_tokens !== undefined) inferenceConfig["maxTokens"] = chat.max_tokens;
  if (chat.temperature !== undefined) inferenceConfig["temperature"] = chat.temperature;
  if (chat.stop !== undefined) inferenceConfig["stopSequences"] = [...chat.stop];
  const system = chat.messages.filter((m) => m.role === "system").map((m) => ({ text: m.content }));
  const messages = chat.messages
    .filter((m) => m.role !== "system")
    .map((m) => ({ role: m.role, content: [{ text: m.content }] }));
  return {
    url: `https://bedrock-runtime.us-east-1.amazonaws.com/model/${encodeURIComponent(chat.model)}/converse`,
    body: {
      messages,
      ...(system.length > 0 ? { system } : {}),
      ...(Object.keys(inferenceConfig).length > 0 ? { inferenceConfig } : {}),
    },
  };
}

const chat: ChatCompletionRequest = {
  model: "anthropic.claude-3-haiku-20240307-v1:0",
  messages: [
    { role: "system", content: "Answer in one sentence." },
    { role: "user", content: "What is an OpenAPI document?" },
  ],
  max_tokens: 200,
  temperature: 0.2,
  stop: ["\n\n"],
};

function check(url: string, body: JsonValue) {
  return validateRequest("Converse", { method: "POST", url, headers: { "Content-Type": "application/json" }, body });
}

describe("gateway check: OpenAI-style chat → Converse", () => {
  it("a correct translation passes with one call", () => {
    const { url, body } = toConverse(chat);
    const result = check(url, body);
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
  });

  it("catches OpenAI's top-level sampling parameters passed through unmapped", () => {
    const { url, body } = toConverse(chat);
    const result = check(url, { ...(body as Record<string, JsonValue>), max_tokens: 200 });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => `${p.code} ${p.pointer}`),
      ["contract/schema-violation /body"],
    );
    assert.match(result.problems[0]!.message, /max_tokens/);
  });

  it("catches content passed through as a string and OpenAI's parameter names", () => {
    const { url } = toConverse(chat);
    const stringContent = check(url, { messages: [{ role: "user", content: "hi" }] });
    assert.deepEqual(
      stringContent.problems.map((p) => `${p.code} ${p.pointer}`),
      ["contract/schema-violation /body/messages/0/content"],
    );
    const openAiNames = check(url, {
      messages: [{ role: "user", content: [{ text: "hi" }] }],
      inferenceConfig: { max_tokens: 10 },
    });
    assert.deepEqual(
      openAiNames.problems.map((p) => `${p.code} ${p.pointer}`),
      ["contract/schema-violation /body/inferenceConfig"],
    );
    assert.match(openAiNames.problems[0]!.message, /max_tokens/);
  });

  it("catches a model id left unencoded in the path (its / splits the route)", () => {
    const { body } = toConverse({
      ...chat,
      model: "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-haiku",
    });
    const raw =
      "https://bedrock-runtime.us-east-1.amazonaws.com/model/arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.x/converse";
    assert.deepEqual(
      check(raw, body).problems.map((p) => `${p.code} ${p.pointer}`),
      ["route/unknown-path /url"],
    );
  });
});
