/**
 * Alibaba's Qwen3 models on Bedrock. Bedrock serves them with the OpenAI Chat Completions body
 * on InvokeModel, not with a Qwen-specific one.
 */
import { chatCompletionsNames, chatCompletionsSchemas } from "./chat-completions.js";
import type { ModelFamily } from "./family.js";
import { modelIdPattern } from "./schema-kit.js";

const names = chatCompletionsNames("Qwen");

export const qwenFamilies: readonly ModelFamily[] = [
  {
    family: "qwen-chat-completions",
    title: "Qwen3 (OpenAI-compatible Chat Completions)",
    description:
      "Qwen3 models (`qwen.qwen3-32b-v1:0`, `qwen.qwen3-235b-a22b-2507-v1:0`, `qwen.qwen3-coder-30b-a3b-v1:0`, " +
      "`qwen.qwen3-coder-480b-a35b-v1:0` …). The body is the OpenAI-compatible Chat Completions form (messages, " +
      "max_tokens, temperature, top_p, tools), not a Qwen-specific format; the answer is a `chat.completion` with choices " +
      "and usage. No recording covers these models yet, so the schemas rest on the public documentation alone. The " +
      "request schema is open: the service is not known to reject unknown fields for these models.",
    modelIdPatterns: [modelIdPattern("qwen", "qwen3")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: names.request,
    response: names.response,
    streamChunk: names.streamChunk,
    schemas: chatCompletionsSchemas("Qwen", "Qwen3 models"),
  },
];
