/**
 * AI21 Labs models on Bedrock: the Jurassic-2 completion models (camelCase parameters, token-level
 * detail in the answer) and the Jamba chat models (an OpenAI-like messages body).
 */
import type { JsonSchema, ModelFamily } from "./family.js";
import { INVOCATION_METRICS, invocationMetrics, modelIdPattern, nullable, ref } from "./schema-kit.js";

const penalty = (what: string, maxScale: number): JsonSchema => ({
  type: "object",
  description: `${what} The \`applyTo…\` switches (all true by default) choose which kinds of token it touches.`,
  required: ["scale"],
  properties: {
    scale: {
      type: "number",
      minimum: 0,
      maximum: maxScale,
      description: `Strength, 0 to ${maxScale}; 0 turns it off.`,
    },
    applyToWhitespaces: { type: "boolean", description: "Penalise whitespace tokens." },
    applyToPunctuations: { type: "boolean", description: "Penalise punctuation tokens." },
    applyToNumbers: { type: "boolean", description: "Penalise number tokens." },
    applyToStopwords: { type: "boolean", description: "Penalise stop-word tokens." },
    applyToEmojis: { type: "boolean", description: "Penalise emoji tokens." },
  },
});

const jurassicSchemas: Record<string, JsonSchema> = {
  AI21JurassicRequest: {
    type: "object",
    description: "Body for Jurassic-2 Mid and Ultra: a prompt and sampling settings (camelCase names).",
    required: ["prompt"],
    properties: {
      prompt: { type: "string", description: "The text the model continues." },
      temperature: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Sampling randomness from 0 to 1. Default 0.5.",
      },
      topP: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Nucleus sampling cut-off from 0 to 1. Default 0.5.",
      },
      maxTokens: {
        type: "integer",
        minimum: 0,
        maximum: 8191,
        description: "Upper bound on generated tokens. Default 200.",
      },
      stopSequences: {
        type: "array",
        description: "Strings at which generation stops.",
        items: { type: "string", description: "One stop sequence." },
      },
      countPenalty: penalty("Penalty proportional to how often a token already appeared.", 1),
      presencePenalty: penalty("Flat penalty on any token that already appeared.", 5),
      frequencyPenalty: penalty("Penalty scaled by a token's frequency in the text so far.", 500),
    },
  },
  AI21JurassicToken: {
    type: "object",
    description: "One token with its probability and position.",
    required: ["generatedToken", "textRange"],
    properties: {
      generatedToken: {
        type: "object",
        description: "The token and its log-probabilities.",
        required: ["token", "logprob"],
        properties: {
          token: { type: "string", description: "Token text; `▁` marks a leading space." },
          logprob: { type: "number", description: "Log-probability after sampling adjustments." },
          raw_logprob: { type: "number", description: "Log-probability before sampling adjustments." },
        },
      },
      topTokens: nullable(
        {
          type: "array",
          description: "Alternatives.",
          items: { type: "object", description: "An alternative token." },
        },
        "Most likely alternatives, when asked for; otherwise null.",
      ),
      textRange: {
        type: "object",
        description: "Character offsets of the token in its text.",
        required: ["start", "end"],
        properties: {
          start: { type: "integer", minimum: 0, description: "First character." },
          end: { type: "integer", minimum: 0, description: "One past the last character." },
        },
      },
    },
  },
  AI21JurassicResponse: {
    type: "object",
    description: "InvokeModel answer of Jurassic-2: the tokenised prompt and the completions.",
    required: ["id", "prompt", "completions"],
    properties: {
      id: {
        description: "Identifier of the call (Bedrock has been seen to send the number 1234).",
        anyOf: [
          { type: "integer", description: "Numeric id." },
          { type: "string", description: "Text id." },
        ],
      },
      prompt: {
        type: "object",
        description: "The prompt and its tokens.",
        required: ["text", "tokens"],
        properties: {
          text: { type: "string", description: "The prompt." },
          tokens: { type: "array", description: "Its tokens.", items: ref("AI21JurassicToken") },
        },
      },
      completions: {
        type: "array",
        minItems: 1,
        description: "The generated completions.",
        items: {
          type: "object",
          description: "One completion.",
          required: ["data", "finishReason"],
          properties: {
            data: {
              type: "object",
              description: "Generated text and its tokens.",
              required: ["text", "tokens"],
              properties: {
                text: { type: "string", description: "Generated text." },
                tokens: { type: "array", description: "Its tokens.", items: ref("AI21JurassicToken") },
              },
            },
            finishReason: {
              type: "object",
              description: "Why generation stopped.",
              required: ["reason"],
              properties: {
                reason: {
                  type: "string",
                  enum: ["length", "endoftext", "stop"],
                  description: "`maxTokens` reached, the model's end token, or a stop sequence.",
                },
                length: { type: "integer", minimum: 0, description: "The token limit that was reached." },
                sequence: { type: "string", description: "The stop sequence that was produced." },
              },
            },
          },
        },
      },
    },
  },
};

const jambaFinish: JsonSchema = {
  type: "string",
  enum: ["stop", "length", "tool_calls"],
  description: "Why generation stopped: natural end or stop sequence, `max_tokens` reached, or a tool call.",
};

const jambaSchemas: Record<string, JsonSchema> = {
  AI21JambaRequest: {
    type: "object",
    description: "Body for Jamba: chat messages and generation settings.",
    required: ["messages"],
    properties: {
      messages: {
        type: "array",
        minItems: 1,
        description: "The conversation, oldest first.",
        items: {
          type: "object",
          description: "One message.",
          required: ["role"],
          properties: {
            role: {
              type: "string",
              enum: ["system", "user", "assistant", "tool"],
              description: "Who wrote it; `tool` returns a function result.",
            },
            content: { type: "string", description: "The message text." },
            tool_calls: {
              type: "array",
              description: "Calls made by an assistant message.",
              items: { type: "object", description: "One call." },
            },
            tool_call_id: { type: "string", description: "On a `tool` message: the call it answers." },
          },
        },
      },
      n: { type: "integer", minimum: 1, maximum: 16, description: "How many answers to generate, 1 to 16. Default 1." },
      max_tokens: {
        type: "integer",
        minimum: 1,
        description: "Upper bound on generated tokens per answer. Default 4096.",
      },
      temperature: { type: "number", minimum: 0, maximum: 2, description: "Sampling randomness from 0 to 2." },
      top_p: { type: "number", minimum: 0, maximum: 1, description: "Nucleus sampling cut-off from 0 to 1." },
      stop: {
        description: "Text at which generation stops: one string or a list.",
        anyOf: [
          { type: "string", description: "One stop sequence." },
          { type: "array", description: "Several.", items: { type: "string", description: "One." } },
        ],
      },
      frequency_penalty: { type: "number", description: "Penalty growing with how often a token already appeared." },
      presence_penalty: { type: "number", description: "Flat penalty on any token that already appeared." },
      tools: {
        type: "array",
        description: "Functions the model may call.",
        items: { type: "object", description: "One function." },
      },
      response_format: {
        type: "object",
        description: "Ask for plain text (default) or a JSON object.",
        required: ["type"],
        properties: { type: { type: "string", enum: ["text", "json_object"], description: "The output format." } },
      },
      documents: {
        type: "array",
        description: "Documents to ground the answer in.",
        items: {
          type: "object",
          description: "One document.",
          required: ["content"],
          properties: {
            content: { type: "string", description: "The document text." },
            metadata: {
              type: "array",
              description: "Key/value pairs about the document.",
              items: { type: "object", description: "One pair." },
            },
          },
        },
      },
    },
  },
  AI21JambaUsage: {
    type: "object",
    description: "Token usage.",
    required: ["prompt_tokens", "completion_tokens", "total_tokens"],
    properties: {
      prompt_tokens: { type: "integer", minimum: 0, description: "Input tokens." },
      completion_tokens: { type: "integer", minimum: 0, description: "Generated tokens." },
      total_tokens: { type: "integer", minimum: 0, description: "Sum of the two." },
    },
  },
  AI21JambaResponse: {
    type: "object",
    description: "InvokeModel answer of Jamba.",
    required: ["id", "choices", "usage"],
    properties: {
      id: { type: "string", description: "Identifier of the completion." },
      model: { type: "string", description: "The model that answered." },
      choices: {
        type: "array",
        minItems: 1,
        description: "One entry per requested answer.",
        items: {
          type: "object",
          description: "One answer.",
          required: ["index", "message", "finish_reason"],
          properties: {
            index: { type: "integer", minimum: 0, description: "Position of the answer." },
            message: {
              type: "object",
              description: "The assistant's message.",
              required: ["role", "content"],
              properties: {
                role: { type: "string", enum: ["assistant"], description: "Always assistant." },
                content: nullable(
                  { type: "string", description: "Text." },
                  "The answer; null when only tools are called.",
                ),
                tool_calls: {
                  type: "array",
                  description: "Tools the model wants called.",
                  items: { type: "object", description: "One call." },
                },
              },
            },
            finish_reason: jambaFinish,
          },
        },
      },
      usage: ref("AI21JambaUsage", "Tokens in the prompt, in the answer and in total, for billing and limits."),
      meta: { type: "object", description: "Extra details, such as the number of requests billed." },
    },
  },
  AI21JambaStreamChunk: {
    type: "object",
    description: "One chunk of a Jamba stream; the last carries usage and Bedrock's invocation metrics.",
    required: ["choices"],
    properties: {
      id: { type: "string", description: "Identifier of the completion." },
      choices: {
        type: "array",
        description: "The next piece of each answer.",
        items: {
          type: "object",
          description: "A piece of one answer.",
          required: ["index", "delta"],
          properties: {
            index: { type: "integer", minimum: 0, description: "Which answer." },
            delta: {
              type: "object",
              description: "What this chunk adds.",
              properties: {
                role: { type: "string", enum: ["assistant"], description: "Sent on the first chunk." },
                content: nullable({ type: "string", description: "Text." }, "The next piece of text."),
              },
            },
            finish_reason: nullable(jambaFinish, "Null until the answer ends."),
          },
        },
      },
      usage: nullable(ref("AI21JambaUsage"), "Token usage, on the last chunk."),
      [INVOCATION_METRICS]: invocationMetrics,
    },
  },
};

export const ai21Families: readonly ModelFamily[] = [
  {
    family: "ai21-jamba",
    title: "AI21 Jamba chat",
    description:
      "Jamba-Instruct and Jamba 1.5 Large and Mini (`ai21.jamba-instruct-v1:0`, `ai21.jamba-1-5-large-v1:0`, " +
      "`ai21.jamba-1-5-mini-v1:0`): messages in, `choices` with usage out. The recordings cover the request only; " +
      "the answers they hold are hand-written test mocks, so the answer shape rests on the public reference. The " +
      "request schema is open: the service is not " +
      "known to reject unknown fields for these models.",
    modelIdPatterns: [modelIdPattern("ai21", "jamba")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "AI21JambaRequest",
    response: "AI21JambaResponse",
    streamChunk: "AI21JambaStreamChunk",
    schemas: jambaSchemas,
  },
  {
    family: "ai21-jurassic2",
    title: "AI21 Jurassic-2 completion",
    description:
      "Jurassic-2 Mid and Ultra (`ai21.j2-mid-v1`, `ai21.j2-ultra-v1`): a prompt in, the tokenised prompt and completions " +
      "out. Bedrock does not stream these models. The request schema is open: the service is not known to reject unknown " +
      "fields for them.",
    modelIdPatterns: [modelIdPattern("ai21", "j2-")],
    operations: ["InvokeModel"],
    request: "AI21JurassicRequest",
    response: "AI21JurassicResponse",
    schemas: jurassicSchemas,
  },
];
