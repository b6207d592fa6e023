/**
 * Mistral AI models on Bedrock. The first models (Mistral 7B, Mixtral 8x7B, Mistral Large 24.02,
 * Mistral Small 24.02) take a text-completion prompt; Mistral Large 2 (24.07) and Pixtral Large
 * take a chat body with messages and tools.
 */
import type { JsonSchema, ModelFamily } from "./family.js";
import { INVOCATION_METRICS, invocationMetrics, modelIdPattern, nullable, ref } from "./schema-kit.js";

const textStopReason: JsonSchema = {
  type: "string",
  enum: ["stop", "length"],
  description: "Why generation stopped: the model ended or hit a stop sequence (`stop`), or `max_tokens` was reached.",
};

const chatStopReason: JsonSchema = {
  type: "string",
  enum: ["stop", "length", "tool_calls", "model_length", "error"],
  description:
    "Why generation stopped: natural end or stop sequence, the token limit, a tool call, the context limit, or an error.",
};

const sampling: Record<string, JsonSchema> = {
  max_tokens: { type: "integer", minimum: 1, description: "Upper bound on generated tokens." },
  temperature: {
    type: "number",
    minimum: 0,
    maximum: 1,
    description: "Sampling randomness from 0 to 1; lower is more deterministic.",
  },
  top_p: {
    type: "number",
    minimum: 0,
    maximum: 1,
    description: "Nucleus sampling: only tokens within this cumulative probability are considered.",
  },
};

const textSchemas: Record<string, JsonSchema> = {
  MistralTextRequest: {
    type: "object",
    description: "Text-completion body: a prompt (normally in `<s>[INST] … [/INST]` form) and sampling settings.",
    required: ["prompt"],
    properties: {
      prompt: { type: "string", description: "The text the model continues, with its instruction tokens." },
      ...sampling,
      top_k: {
        type: "integer",
        minimum: 1,
        maximum: 200,
        description: "Consider only the k most likely tokens, 1 to 200. Off by default.",
      },
      stop: {
        type: "array",
        maxItems: 10,
        description: "Up to ten strings at which generation stops.",
        items: { type: "string", description: "One stop sequence." },
      },
    },
  },
  MistralTextResponse: {
    type: "object",
    description: "InvokeModel answer of a text-completion Mistral model.",
    required: ["outputs"],
    properties: {
      outputs: {
        type: "array",
        minItems: 1,
        description: "The generated completions.",
        items: {
          type: "object",
          description: "One completion.",
          required: ["text", "stop_reason"],
          properties: { text: { type: "string", description: "Generated text." }, stop_reason: textStopReason },
        },
      },
    },
  },
  MistralTextStreamChunk: {
    type: "object",
    description: "One chunk of a text-completion stream; the last has a stop reason and Bedrock's invocation metrics.",
    required: ["outputs"],
    properties: {
      outputs: {
        type: "array",
        description: "The next piece of each completion.",
        items: {
          type: "object",
          description: "A piece of one completion.",
          required: ["text", "stop_reason"],
          properties: {
            text: { type: "string", description: "The next piece of text." },
            stop_reason: nullable(textStopReason, "Null until the completion ends."),
          },
        },
      },
      [INVOCATION_METRICS]: invocationMetrics,
    },
  },
};

const toolCall: JsonSchema = {
  type: "object",
  description: "A call of one function by the model.",
  required: ["function"],
  properties: {
    id: { type: "string", description: "Identifier a tool message quotes in `tool_call_id`." },
    type: { type: "string", enum: ["function"], description: "Only functions are supported." },
    function: {
      type: "object",
      description: "What to call.",
      required: ["name", "arguments"],
      properties: {
        name: { type: "string", description: "Function name." },
        arguments: {
          description: "Arguments, as a JSON text or an object.",
          anyOf: [
            { type: "string", description: "JSON text." },
            { type: "object", description: "Parsed arguments." },
          ],
        },
      },
    },
  },
};

const assistantMessage: JsonSchema = {
  type: "object",
  description: "The assistant's message.",
  required: ["role"],
  properties: {
    role: { type: "string", enum: ["assistant"], description: "Always assistant." },
    content: nullable(
      { type: "string", description: "Text." },
      "The answer text; empty or null when only tools are called.",
    ),
    tool_calls: { type: "array", description: "Tools the model wants called.", items: ref("MistralChatToolCall") },
  },
};

/** The OpenAI-style stream delta: the same members, none of them required. */
const assistantDelta: JsonSchema = {
  type: "object",
  description: "What this chunk adds to the assistant's message.",
  properties: {
    role: { type: "string", enum: ["assistant"], description: "Sent on the first chunk." },
    content: nullable({ type: "string", description: "Text." }, "The next piece of text."),
    tool_calls: { type: "array", description: "Tool calls.", items: ref("MistralChatToolCall") },
  },
};

const chatChoiceProperties = (messageKey: string): Record<string, JsonSchema> => ({
  index: { type: "integer", minimum: 0, description: "Position of the answer." },
  [messageKey]: assistantMessage,
  stop_reason: nullable(chatStopReason, "Why generation stopped (the name Bedrock's Mistral chat answer uses)."),
  finish_reason: nullable(chatStopReason, "Why generation stopped (the OpenAI-style name, used by some versions)."),
});

const chatSchemas: Record<string, JsonSchema> = {
  MistralChatRequest: {
    type: "object",
    description: "Chat body for Mistral Large 2 and Pixtral: messages, tools and output format.",
    required: ["messages"],
    properties: {
      messages: {
        type: "array",
        minItems: 1,
        description: "The conversation, oldest first.",
        items: ref("MistralChatMessage"),
      },
      ...sampling,
      stop: {
        description: "Text at which generation stops: one string or a list.",
        anyOf: [
          { type: "string", description: "One stop sequence." },
          { type: "array", description: "Several.", items: { type: "string", description: "One." } },
        ],
      },
      tools: {
        type: "array",
        description: "Functions the model may call.",
        items: {
          type: "object",
          description: "One function.",
          required: ["type", "function"],
          properties: {
            type: { type: "string", enum: ["function"], description: "Only functions are supported." },
            function: {
              type: "object",
              description: "The definition.",
              required: ["name"],
              properties: {
                name: { type: "string", description: "Name the model uses to call it." },
                description: { type: "string", description: "What it does." },
                parameters: { type: "object", description: "JSON Schema of its arguments." },
              },
            },
          },
        },
      },
      tool_choice: {
        type: "string",
        enum: ["auto", "any", "none"],
        description: "Model's choice (default), must call some tool, or must not call tools.",
      },
      response_format: {
        type: "object",
        description: "Ask for plain text (default) or a JSON object.",
        required: ["type"],
        properties: { type: { type: "string", enum: ["text", "json_object"], description: "The output format." } },
      },
    },
  },
  MistralChatMessage: {
    type: "object",
    description: "One message of the conversation.",
    required: ["role"],
    properties: {
      role: {
        type: "string",
        enum: ["system", "user", "assistant", "tool"],
        description: "Who wrote it; `tool` returns a function result.",
      },
      content: {
        description: "Text, or (for Pixtral) a list of text and image parts.",
        anyOf: [
          { type: "string", description: "Plain text." },
          {
            type: "array",
            description: "Parts.",
            items: {
              description: "A text or an image part.",
              oneOf: [
                {
                  type: "object",
                  description: "Text.",
                  required: ["type", "text"],
                  properties: {
                    type: { type: "string", enum: ["text"], description: "Marks a text part." },
                    text: { type: "string", description: "The text." },
                  },
                },
                {
                  type: "object",
                  description: "An image, as a data URI or a URL object.",
                  required: ["type", "image_url"],
                  properties: {
                    type: { type: "string", enum: ["image_url"], description: "Marks an image part." },
                    image_url: {
                      description: "`data:image/…;base64,…` text or `{url}`.",
                      anyOf: [
                        { type: "string", description: "Data URI." },
                        {
                          type: "object",
                          description: "Wrapped URI.",
                          required: ["url"],
                          properties: { url: { type: "string", description: "Data URI." } },
                        },
                      ],
                    },
                  },
                },
              ],
            },
          },
          { type: "null", description: "No text (assistant message that only calls tools)." },
        ],
      },
      tool_calls: {
        type: "array",
        description: "Calls made by an assistant message.",
        items: ref("MistralChatToolCall"),
      },
      tool_call_id: { type: "string", description: "On a `tool` message: the id of the call it answers." },
      name: { type: "string", description: "On a `tool` message: the function's name." },
    },
  },
  MistralChatToolCall: toolCall,
  MistralChatResponse: {
    type: "object",
    description: "InvokeModel answer of a chat Mistral model.",
    required: ["choices"],
    properties: {
      id: { type: "string", description: "Identifier of the completion." },
      object: { type: "string", description: "Kind of object." },
      created: { type: "integer", description: "Creation time, seconds since the Unix epoch." },
      model: { type: "string", description: "The model that answered." },
      choices: {
        type: "array",
        minItems: 1,
        description: "The answers.",
        items: {
          type: "object",
          description: "One answer.",
          required: ["index", "message"],
          properties: chatChoiceProperties("message"),
        },
      },
      usage: {
        type: "object",
        description: "Token usage.",
        properties: {
          prompt_tokens: { type: "integer", minimum: 0, description: "Input tokens." },
          completion_tokens: { type: "integer", minimum: 0, description: "Generated tokens." },
          total_tokens: { type: "integer", minimum: 0, description: "Sum." },
        },
      },
    },
  },
  MistralChatStreamChunk: {
    type: "object",
    description:
      "One chunk of a chat stream: the next piece of the assistant message; the last has a stop reason and Bedrock's " +
      "invocation metrics.",
    required: ["choices"],
    properties: {
      id: { type: "string", description: "Identifier of the completion." },
      choices: {
        type: "array",
        description: "The next piece of each answer.",
        items: {
          type: "object",
          description: "A piece of one answer, under `message` or (OpenAI style) `delta`.",
          required: ["index"],
          properties: { ...chatChoiceProperties("message"), delta: assistantDelta },
        },
      },
      [INVOCATION_METRICS]: invocationMetrics,
    },
  },
};

export const mistralFamilies: readonly ModelFamily[] = [
  {
    family: "mistral-chat",
    title: "Mistral AI chat (Mistral Large 2, Pixtral Large)",
    description:
      "Mistral Large 2 (`mistral.mistral-large-2407-v1:0`) and Pixtral Large (`mistral.pixtral-large-2502-v1:0`): messages " +
      "(with image parts for Pixtral), tools, tool choice and JSON output, answered with `choices`. No recording covers " +
      "these models yet. The request schema is open: the service is not known to reject unknown fields for them.",
    modelIdPatterns: [modelIdPattern("mistral", "(mistral-large-2407|pixtral-)")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "MistralChatRequest",
    response: "MistralChatResponse",
    streamChunk: "MistralChatStreamChunk",
    schemas: chatSchemas,
  },
  {
    family: "mistral-text",
    title: "Mistral AI text completion",
    description:
      "Mistral 7B Instruct, Mixtral 8x7B Instruct, Mistral Large (24.02) and Mistral Small (24.02): a prompt in, " +
      "`outputs` of text with a stop reason out. The request schema is open: the service is not known to reject unknown " +
      "fields for these models.",
    modelIdPatterns: [modelIdPattern("mistral", "(mistral-7b|mixtral-8x7b|mistral-large-2402|mistral-small-2402)")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "MistralTextRequest",
    response: "MistralTextResponse",
    streamChunk: "MistralTextStreamChunk",
    schemas: textSchemas,
  },
];
