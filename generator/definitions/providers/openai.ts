/**
 * OpenAI's open-weight gpt-oss models on Bedrock, which take the Chat Completions body on
 * InvokeModel (the same body Bedrock's OpenAI-compatible endpoint accepts).
 */
import { chatCompletionsNames, chatCompletionsSchemas } from "./chat-completions.js";
import type { ModelFamily } from "./family.js";
import { modelIdPattern } from "./schema-kit.js";

const names = chatCompletionsNames("OpenAI");

export const openaiFamilies: readonly ModelFamily[] = [
  {
    family: "openai-chat-completions",
    title: "OpenAI gpt-oss (Chat Completions)",
    description:
      "gpt-oss-20b and gpt-oss-120b (`openai.gpt-oss-20b-1:0`, `openai.gpt-oss-120b-1:0`), 128,000-token context, text " +
      "only: the OpenAI Chat Completions request (messages, token limits, sampling, `reasoning_effort`, tools) and its " +
      "`chat.completion` answer and `chat.completion.chunk` stream. No recording covers these models yet. The " +
      "request schema is open: the service is not known to reject unknown Chat Completions fields for these models.",
    modelIdPatterns: [modelIdPattern("openai", "gpt-oss-")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: names.request,
    response: names.response,
    streamChunk: names.streamChunk,
    schemas: chatCompletionsSchemas("OpenAI", "OpenAI gpt-oss models"),
  },
];
