/**
 * DeepSeek models on Bedrock: R1 takes a raw text-completion prompt and answers with choices of
 * text; V3.1 takes the OpenAI-compatible Chat Completions body.
 */
import { chatCompletionsNames, chatCompletionsSchemas } from "./chat-completions.js";
import type { JsonSchema, ModelFamily } from "./family.js";
import { INVOCATION_METRICS, invocationMetrics, modelIdPattern, nullable } from "./schema-kit.js";

const stopReason: JsonSchema = {
  type: "string",
  enum: ["stop", "length"],
  description: "Why generation stopped: the model ended (or hit a stop sequence), or `max_tokens` was reached.",
};

const r1Schemas: Record<string, JsonSchema> = {
  DeepSeekR1Request: {
    type: "object",
    description: "Body for DeepSeek-R1: a prompt, normally wrapped in the model's chat tokens, and sampling settings.",
    required: ["prompt"],
    properties: {
      prompt: { type: "string", description: "The text the model continues." },
      temperature: { type: "number", minimum: 0, maximum: 1, description: "Sampling randomness, at most 1." },
      top_p: { type: "number", minimum: 0, maximum: 1, description: "Nucleus sampling cut-off, at most 1." },
      max_tokens: {
        type: "integer",
        minimum: 1,
        maximum: 32768,
        description:
          "Upper bound on generated tokens, reasoning included: 1 to 32,768 (quality drops beyond about 8,192).",
      },
      stop: {
        type: "array",
        maxItems: 10,
        description: "Up to ten strings at which generation stops.",
        items: { type: "string", description: "One stop sequence." },
      },
    },
  },
  DeepSeekR1Response: {
    type: "object",
    description: "InvokeModel answer of DeepSeek-R1; the text contains the reasoning followed by the answer.",
    required: ["choices"],
    properties: {
      choices: {
        type: "array",
        minItems: 1,
        description: "The generated completions.",
        items: {
          type: "object",
          description: "One completion.",
          required: ["text", "stop_reason"],
          properties: {
            text: { type: "string", description: "Generated text." },
            stop_reason: stopReason,
          },
        },
      },
    },
  },
  DeepSeekR1StreamChunk: {
    type: "object",
    description: "One chunk of a DeepSeek-R1 stream; the last one has a stop reason and Bedrock's invocation metrics.",
    required: ["choices"],
    properties: {
      choices: {
        type: "array",
        description: "The next piece of each completion.",
        items: {
          type: "object",
          description: "A piece of one completion.",
          required: ["text"],
          properties: {
            text: { type: "string", description: "The next piece of text." },
            stop_reason: nullable(stopReason, "Null until the completion ends."),
          },
        },
      },
      [INVOCATION_METRICS]: invocationMetrics,
    },
  },
};

const v3 = chatCompletionsNames("DeepSeekV3");

export const deepseekFamilies: readonly ModelFamily[] = [
  {
    family: "deepseek-v3-chat-completions",
    title: "DeepSeek V3.1 (OpenAI-compatible Chat Completions)",
    description:
      "DeepSeek V3.1 (`deepseek.v3-v1:0`): the body is the OpenAI-compatible Chat Completions form (messages, " +
      "max_tokens, temperature, top_p, stop, tools) and the answer a `chat.completion`, with the model's reasoning, when " +
      "present, in `reasoning_content`. No recording covers this model yet. The request schema is open: the service is " +
      "not known to reject unknown fields for it.",
    modelIdPatterns: [modelIdPattern("deepseek", "v3")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: v3.request,
    response: v3.response,
    streamChunk: v3.streamChunk,
    schemas: chatCompletionsSchemas("DeepSeekV3", "DeepSeek V3.1"),
  },
  {
    family: "deepseek-r1-text",
    title: "DeepSeek-R1 text completion",
    description:
      "DeepSeek-R1 (`deepseek.r1-v1:0`, called through a cross-region profile such as `us.deepseek.r1-v1:0`): a prompt " +
      "in, `choices` of text with a stop reason out. No recording covers this model yet. The request schema is open: " +
      "the service is not known to reject unknown fields for it.",
    modelIdPatterns: [modelIdPattern("deepseek", "r1")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "DeepSeekR1Request",
    response: "DeepSeekR1Response",
    streamChunk: "DeepSeekR1StreamChunk",
    schemas: r1Schemas,
  },
];
