/**
 * The OpenAI Chat Completions body, which Bedrock accepts on InvokeModel for several providers'
 * models (OpenAI gpt-oss, DeepSeek V3.1, Qwen3). Each provider gets its own prefixed copy of
 * these components so that its family stays self-contained and its descriptions can differ.
 */
import type { JsonSchema } from "./family.js";
import { INVOCATION_METRICS, invocationMetrics, nullable, ref } from "./schema-kit.js";

export interface ChatCompletionsNames {
  readonly request: string;
  readonly response: string;
  readonly streamChunk: string;
}

/** Component names for a provider prefix, e.g. `OpenAI` → `OpenAIChatCompletionsRequest`. */
export function chatCompletionsNames(prefix: string): ChatCompletionsNames {
  return {
    request: `${prefix}ChatCompletionsRequest`,
    response: `${prefix}ChatCompletionsResponse`,
    streamChunk: `${prefix}ChatCompletionsStreamChunk`,
  };
}

const finishReason: JsonSchema = {
  type: "string",
  enum: ["stop", "length", "tool_calls", "content_filter", "function_call"],
  description:
    "Why generation stopped: natural end or stop sequence, token limit, a tool call, a content filter, or a legacy function call.",
};

const textPart: JsonSchema = {
  type: "object",
  description: "A text part of a message.",
  required: ["type", "text"],
  properties: {
    type: { type: "string", enum: ["text"], description: "Marks a text part." },
    text: { type: "string", description: "The text." },
  },
};

/** Every component of the chat-completions body, named with `prefix`; `who` names the models in descriptions. */
export function chatCompletionsSchemas(prefix: string, who: string): Record<string, JsonSchema> {
  const names = chatCompletionsNames(prefix);
  const message = `${prefix}ChatMessage`;
  const toolCall = `${prefix}ChatToolCall`;
  const tool = `${prefix}ChatTool`;
  const usage = `${prefix}ChatUsage`;
  return {
    [names.request]: {
      type: "object",
      description: `Chat Completions request body for ${who}: a conversation and generation settings.`,
      required: ["messages"],
      properties: {
        messages: {
          type: "array",
          minItems: 1,
          description: "The conversation so far, oldest first.",
          items: ref(message),
        },
        model: { type: "string", description: "Ignored by Bedrock, which takes the model from the URL path." },
        max_completion_tokens: {
          type: "integer",
          minimum: 1,
          description: "Upper bound on generated tokens, reasoning included.",
        },
        max_tokens: { type: "integer", minimum: 1, description: "Older name for the output-token bound." },
        temperature: {
          type: "number",
          minimum: 0,
          maximum: 2,
          description: "Sampling randomness from 0 to 2; lower is more deterministic.",
        },
        top_p: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "Nucleus sampling: only tokens within this cumulative probability are considered.",
        },
        stop: {
          description: "Text at which generation stops: one string or a list.",
          anyOf: [
            { type: "string", description: "One stop sequence." },
            { type: "array", description: "Several stop sequences.", items: { type: "string", description: "One." } },
          ],
        },
        stream: {
          type: "boolean",
          description: "Whether to stream; on Bedrock the operation decides, so this mirrors the operation used.",
        },
        stream_options: {
          type: "object",
          description: "Streaming options.",
          properties: {
            include_usage: { type: "boolean", description: "When true, a final chunk reports token usage." },
          },
        },
        reasoning_effort: {
          type: "string",
          enum: ["low", "medium", "high"],
          description: "How much the model reasons before answering; more effort means more tokens and latency.",
        },
        tools: { type: "array", description: "Functions the model may call.", items: ref(tool) },
        tool_choice: {
          description: "Whether and which tool the model must call.",
          anyOf: [
            {
              type: "string",
              enum: ["none", "auto", "required"],
              description: "Never, model's choice, or at least one.",
            },
            {
              type: "object",
              description: "Call this one function.",
              required: ["type", "function"],
              properties: {
                type: { type: "string", enum: ["function"], description: "Marks a function choice." },
                function: {
                  type: "object",
                  description: "The function.",
                  required: ["name"],
                  properties: { name: { type: "string", description: "Name of a function in `tools`." } },
                },
              },
            },
          ],
        },
        response_format: {
          type: "object",
          description: "Constrains the output to plain text, any JSON object, or JSON matching a schema.",
          required: ["type"],
          properties: {
            type: { type: "string", enum: ["text", "json_object", "json_schema"], description: "The output format." },
            json_schema: { type: "object", description: "Name and JSON Schema the output must match (json_schema)." },
          },
        },
        n: { type: "integer", minimum: 1, description: "How many alternative answers to generate. Default 1." },
        seed: { type: "integer", description: "Makes sampling repeatable on a best-effort basis." },
        frequency_penalty: {
          type: "number",
          minimum: -2,
          maximum: 2,
          description: "From -2 to 2: penalty growing with how often a token already appeared.",
        },
        presence_penalty: {
          type: "number",
          minimum: -2,
          maximum: 2,
          description: "From -2 to 2: flat penalty on any token that already appeared.",
        },
      },
    },
    [message]: {
      type: "object",
      description: "One message of the conversation.",
      required: ["role"],
      properties: {
        role: {
          type: "string",
          enum: ["system", "developer", "user", "assistant", "tool"],
          description:
            "Who wrote the message; `developer` and `system` give instructions, `tool` returns a tool result.",
        },
        content: {
          description: "The message text, as a string or a list of text parts; may be null on an assistant tool call.",
          anyOf: [
            { type: "string", description: "Plain text." },
            { type: "array", description: "Text parts.", items: textPart },
            { type: "null", description: "No text (assistant message that only calls tools)." },
          ],
        },
        name: { type: "string", description: "Optional name of the author." },
        tool_calls: { type: "array", description: "Tool calls made by an assistant message.", items: ref(toolCall) },
        tool_call_id: { type: "string", description: "On a `tool` message: the id of the call it answers." },
        reasoning_content: { type: "string", description: "Reasoning text of an earlier assistant turn, where kept." },
      },
    },
    [tool]: {
      type: "object",
      description: "A function the model may call.",
      required: ["type", "function"],
      properties: {
        type: { type: "string", enum: ["function"], description: "Only functions are supported." },
        function: {
          type: "object",
          description: "The function's definition.",
          required: ["name"],
          properties: {
            name: { type: "string", description: "Name the model uses to call it." },
            description: { type: "string", description: "What it does." },
            parameters: { type: "object", description: "JSON Schema of its arguments." },
            strict: { type: "boolean", description: "Whether arguments must match `parameters` exactly." },
          },
        },
      },
    },
    [toolCall]: {
      type: "object",
      description: "A call of one function by the model.",
      required: ["id", "type", "function"],
      properties: {
        id: { type: "string", description: "Identifier the tool result must quote." },
        type: { type: "string", enum: ["function"], description: "Only functions are supported." },
        function: {
          type: "object",
          description: "What to call.",
          required: ["name", "arguments"],
          properties: {
            name: { type: "string", description: "Function name." },
            arguments: { type: "string", description: "Arguments as a JSON text." },
          },
        },
      },
    },
    [usage]: {
      type: "object",
      description: "Token usage of the call.",
      required: ["prompt_tokens", "completion_tokens", "total_tokens"],
      properties: {
        prompt_tokens: { type: "integer", minimum: 0, description: "Tokens in the input." },
        completion_tokens: { type: "integer", minimum: 0, description: "Tokens generated, reasoning included." },
        total_tokens: { type: "integer", minimum: 0, description: "Sum of the two." },
      },
    },
    [names.response]: {
      type: "object",
      description: `InvokeModel answer in Chat Completions form for ${who}.`,
      required: ["choices"],
      properties: {
        id: { type: "string", description: "Identifier of the completion." },
        object: { type: "string", enum: ["chat.completion"], description: "Kind of object." },
        created: { type: "integer", description: "Creation time, seconds since the Unix epoch." },
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
                required: ["role"],
                properties: {
                  role: { type: "string", enum: ["assistant"], description: "Always assistant." },
                  content: nullable(
                    { type: "string", description: "The answer." },
                    "The answer text; null when only tools are called.",
                  ),
                  reasoning_content: {
                    type: "string",
                    description: "The model's reasoning, where the model exposes it.",
                  },
                  reasoning: { type: "string", description: "The model's reasoning, under the name some models use." },
                  tool_calls: { type: "array", description: "Tools the model wants called.", items: ref(toolCall) },
                },
              },
              finish_reason: nullable(finishReason, "Why generation stopped."),
            },
          },
        },
        usage: ref(usage, "Tokens in the prompt, in the completion and in total."),
      },
    },
    [names.streamChunk]: {
      type: "object",
      description:
        `One streamed chunk in Chat Completions form for ${who}: deltas of the answer; the last chunk carries Bedrock's ` +
        "invocation metrics.",
      required: ["choices"],
      properties: {
        id: { type: "string", description: "Identifier of the completion, the same on every chunk." },
        object: { type: "string", enum: ["chat.completion.chunk"], description: "Kind of object." },
        created: { type: "integer", description: "Creation time, seconds since the Unix epoch." },
        model: { type: "string", description: "The model that answered." },
        choices: {
          type: "array",
          description: "Deltas per answer; empty on a usage-only chunk.",
          items: {
            type: "object",
            description: "The delta of one answer.",
            required: ["index", "delta"],
            properties: {
              index: { type: "integer", minimum: 0, description: "Which answer." },
              delta: {
                type: "object",
                description: "What this chunk adds.",
                properties: {
                  role: { type: "string", enum: ["assistant"], description: "Sent on the first delta." },
                  content: nullable({ type: "string", description: "Text." }, "The next piece of answer text."),
                  reasoning_content: { type: "string", description: "The next piece of reasoning." },
                  reasoning: { type: "string", description: "The next piece of reasoning, under the other name." },
                  tool_calls: {
                    type: "array",
                    description: "Fragments of tool calls; the first carries id and name, later ones add arguments.",
                    items: { type: "object", description: "One fragment, with its `index`." },
                  },
                },
              },
              finish_reason: nullable(finishReason, "Null until the answer ends."),
            },
          },
        },
        usage: nullable(ref(usage), "Token usage, on the last chunk when asked for; otherwise absent or null."),
        [INVOCATION_METRICS]: invocationMetrics,
      },
    },
  };
}
