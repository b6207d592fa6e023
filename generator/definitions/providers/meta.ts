/**
 * Meta Llama models on Bedrock (Llama 2, 3, 3.1, 3.2, 3.3, 4). All take one formatted prompt and
 * answer with one generation; the vision-capable models also take images.
 */
import type { JsonSchema, ModelFamily } from "./family.js";
import { INVOCATION_METRICS, invocationMetrics, modelIdPattern, nullable } from "./schema-kit.js";

const stopReason: JsonSchema = {
  type: "string",
  enum: ["stop", "length", "max_tokens"],
  description:
    "Why generation stopped: the model ended its answer (`stop`) or reached `max_gen_len` (`length`). A recorded Llama " +
    "3.3 answer from the live service reports the length limit as `max_tokens`, so that spelling is accepted too.",
};

const tokenCount = (description: string): JsonSchema => ({ type: "integer", minimum: 0, description });

const schemas: Record<string, JsonSchema> = {
  MetaLlamaRequest: {
    type: "object",
    description:
      "Body for a Llama model: one prompt string, already in the model's chat template if a chat turn is wanted, and " +
      "sampling settings.",
    required: ["prompt"],
    properties: {
      prompt: {
        type: "string",
        description:
          "The full prompt text, including the model's special tokens (for example `<|begin_of_text|>` for Llama 3 or " +
          "`[INST]` for Llama 2) when a chat format is wanted.",
      },
      temperature: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Sampling randomness from 0 to 1; lower is more deterministic. Default 0.5.",
      },
      top_p: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Nucleus sampling: only tokens within this cumulative probability are considered. Default 0.9.",
      },
      max_gen_len: {
        type: "integer",
        minimum: 1,
        maximum: 2048,
        description: "Upper bound on generated tokens, 1 to 2048. Default 512.",
      },
      images: {
        type: "array",
        description:
          "Base64-encoded images for the vision-capable models (Llama 3.2 11B and 90B, Llama 4); the prompt refers to " +
          "them with the `<|image|>` token.",
        items: {
          type: "string",
          contentEncoding: "base64",
          format: "byte",
          description: "One image's bytes, base64-encoded.",
        },
      },
    },
  },
  MetaLlamaResponse: {
    type: "object",
    description: "InvokeModel answer of a Llama model.",
    required: ["generation", "prompt_token_count", "generation_token_count", "stop_reason"],
    properties: {
      generation: { type: "string", description: "The generated text." },
      prompt_token_count: tokenCount("Tokens in the prompt."),
      generation_token_count: tokenCount("Tokens in `generation`."),
      stop_reason: stopReason,
    },
  },
  MetaLlamaStreamChunk: {
    type: "object",
    description:
      "One chunk of a Llama stream: the next piece of text with running counts. Only the first chunk has the prompt " +
      "count and only the last has a stop reason and Bedrock's invocation metrics; elsewhere those are null.",
    required: ["generation", "prompt_token_count", "generation_token_count", "stop_reason"],
    properties: {
      generation: { type: "string", description: "The next piece of generated text." },
      prompt_token_count: nullable(
        tokenCount("Tokens in the prompt."),
        "Tokens in the prompt; null after the first chunk.",
      ),
      generation_token_count: tokenCount("Tokens generated so far, including this chunk."),
      stop_reason: nullable(stopReason, "Why generation stopped; null until the last chunk."),
      [INVOCATION_METRICS]: invocationMetrics,
    },
  },
};

export const metaFamilies: readonly ModelFamily[] = [
  {
    family: "meta-llama",
    title: "Meta Llama text generation",
    description:
      "Llama 2, 3, 3.1, 3.2, 3.3 and 4 instruct models (`meta.llama2-…`, `meta.llama3-…`, `meta.llama4-…`): a prompt in, " +
      "one generation with token counts out; vision-capable versions also accept base64 images. The request schema is " +
      "open: the service is not known to reject unknown fields for Llama, and we found no public report of it doing so.",
    modelIdPatterns: [modelIdPattern("meta", "llama[234]")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "MetaLlamaRequest",
    response: "MetaLlamaResponse",
    streamChunk: "MetaLlamaStreamChunk",
    schemas,
  },
];
