/**
 * Hand-written minimal bodies for every provider family, used by the tests as positive controls
 * and as the starting point of each rejection case (a member removed, a member of the wrong type).
 */
import type { JsonValue } from "../../shapes.js";

type JsonObject = { readonly [key: string]: JsonValue };

export interface FamilySample {
  /** Model ids (bare) the family must claim. */
  readonly ids: readonly string[];
  readonly request: JsonObject;
  /** A required member of the request, and a member set to a value of the wrong type. */
  readonly requestRequired: string;
  readonly requestWrongType: readonly [string, JsonValue];
  readonly response?: JsonObject;
  readonly responseRequired?: string;
  readonly responseWrongType?: readonly [string, JsonValue];
  readonly chunk?: JsonObject;
  readonly chunkRequired?: string;
  readonly chunkWrongType?: readonly [string, JsonValue];
}

const metrics = { inputTokenCount: 5, outputTokenCount: 10, invocationLatency: 300, firstByteLatency: 90 };
const chatChoice = { index: 0, message: { role: "assistant", content: "Hi." }, finish_reason: "stop" };
const usage = { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
const chatCompletions: FamilySample = {
  ids: [],
  request: { messages: [{ role: "user", content: "Hello" }], max_completion_tokens: 100, reasoning_effort: "low" },
  requestRequired: "messages",
  requestWrongType: ["temperature", "warm"],
  response: { id: "c-1", object: "chat.completion", created: 1, model: "m", choices: [chatChoice], usage },
  responseRequired: "choices",
  responseWrongType: ["choices", { first: chatChoice }],
  chunk: {
    id: "c-1",
    object: "chat.completion.chunk",
    choices: [{ index: 0, delta: { content: "Hi" }, finish_reason: null }],
    "amazon-bedrock-invocationMetrics": metrics,
  },
  chunkRequired: "choices",
  chunkWrongType: ["choices", "Hi"],
};

export const familySamples: Readonly<Record<string, FamilySample>> = {
  "cohere-command-r": {
    ids: ["cohere.command-r-v1:0", "cohere.command-r-plus-v1:0"],
    request: {
      message: "Which city?",
      chat_history: [
        { role: "USER", message: "Hi" },
        { role: "CHATBOT", message: "Hello" },
      ],
      documents: [{ title: "Paris", snippet: "Capital of France." }],
      tools: [
        { name: "lookup", description: "Finds a city.", parameter_definitions: { q: { type: "str", required: true } } },
      ],
      max_tokens: 50,
    },
    requestRequired: "message",
    requestWrongType: ["max_tokens", "fifty"],
    response: { response_id: "r", generation_id: "g", text: "Paris.", finish_reason: "COMPLETE" },
    responseRequired: "text",
    responseWrongType: ["finish_reason", "DONE"],
    chunk: { event_type: "text-generation", is_finished: false, text: "Par" },
    chunkRequired: "text",
    chunkWrongType: ["is_finished", "no"],
  },
  "cohere-command-text": {
    ids: ["cohere.command-text-v14", "cohere.command-light-text-v14"],
    request: { prompt: "Say hi", max_tokens: 20, p: 0.75, k: 0, stream: true, num_generations: 1 },
    requestRequired: "prompt",
    requestWrongType: ["num_generations", "two"],
    response: { id: "r", prompt: "Say hi", generations: [{ id: "g", text: " Hi", finish_reason: "COMPLETE" }] },
    responseRequired: "generations",
    responseWrongType: ["generations", "Hi"],
    chunk: { is_finished: false, text: " Hi" },
    chunkRequired: "text",
    chunkWrongType: ["text", 7],
  },
  "cohere-embed-v4": {
    ids: ["cohere.embed-v4:0"],
    request: {
      input_type: "search_document",
      inputs: [
        {
          content: [
            { type: "text", text: "A cat" },
            { type: "image_url", image_url: "data:image/png;base64,AAAA" },
          ],
        },
      ],
      embedding_types: ["float", "int8"],
      output_dimension: 256,
    },
    requestRequired: "input_type",
    requestWrongType: ["output_dimension", "256"],
    response: { id: "e", embeddings: { float: [[0.1, 0.2]] }, response_type: "embeddings_by_type" },
    responseRequired: "embeddings",
    responseWrongType: ["embeddings", [[0.1]]],
  },
  "cohere-embed-v3": {
    ids: ["cohere.embed-english-v3", "cohere.embed-multilingual-v3"],
    request: { texts: ["Hello"], input_type: "search_query", truncate: "END" },
    requestRequired: "input_type",
    requestWrongType: ["texts", "Hello"],
    response: { id: "e", embeddings: [[0.1, 0.2]], response_type: "embeddings_floats", texts: ["Hello"] },
    responseRequired: "embeddings",
    responseWrongType: ["embeddings", "0.1,0.2"],
  },
  "cohere-rerank": {
    ids: ["cohere.rerank-v3-5:0"],
    request: { query: "capital", documents: ["Paris", { text: "Rome" }], top_n: 1, api_version: 2 },
    requestRequired: "api_version",
    requestWrongType: ["top_n", "one"],
    response: { results: [{ index: 0, relevance_score: 0.9 }] },
    responseRequired: "results",
    responseWrongType: ["results", { index: 0 }],
  },
  "meta-llama": {
    ids: [
      "meta.llama2-13b-chat-v1",
      "meta.llama3-1-70b-instruct-v1:0",
      "meta.llama3-2-11b-instruct-v1:0",
      "meta.llama4-scout-17b-instruct-v1:0",
    ],
    request: { prompt: "<|begin_of_text|>Hi", temperature: 0.5, top_p: 0.9, max_gen_len: 64, images: ["AAAA"] },
    requestRequired: "prompt",
    requestWrongType: ["max_gen_len", 12.5],
    response: { generation: "Hello", prompt_token_count: 3, generation_token_count: 2, stop_reason: "stop" },
    responseRequired: "stop_reason",
    responseWrongType: ["generation_token_count", "2"],
    chunk: { generation: "He", prompt_token_count: null, generation_token_count: 1, stop_reason: null },
    chunkRequired: "generation",
    chunkWrongType: ["stop_reason", "halted"],
  },
  "mistral-chat": {
    ids: ["mistral.mistral-large-2407-v1:0", "mistral.pixtral-large-2502-v1:0"],
    request: {
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: "data:image/png;base64,AAAA" },
          ],
        },
      ],
      tool_choice: "auto",
      max_tokens: 100,
    },
    requestRequired: "messages",
    requestWrongType: ["max_tokens", "100"],
    response: {
      id: "m",
      choices: [{ index: 0, message: { role: "assistant", content: "A cat." }, stop_reason: "stop" }],
    },
    responseRequired: "choices",
    responseWrongType: ["choices", []],
    chunk: { choices: [{ index: 0, message: { role: "assistant", content: "A" }, stop_reason: null }] },
    chunkRequired: "choices",
    chunkWrongType: ["choices", "A"],
  },
  "mistral-text": {
    ids: [
      "mistral.mistral-7b-instruct-v0:2",
      "mistral.mixtral-8x7b-instruct-v0:1",
      "mistral.mistral-large-2402-v1:0",
      "mistral.mistral-small-2402-v1:0",
    ],
    request: { prompt: "<s>[INST] Hi [/INST]", max_tokens: 20, top_k: 50, stop: ["|"] },
    requestRequired: "prompt",
    requestWrongType: ["stop", "|"],
    response: { outputs: [{ text: "Hello", stop_reason: "stop" }] },
    responseRequired: "outputs",
    responseWrongType: ["outputs", { text: "Hello" }],
    chunk: { outputs: [{ text: "He", stop_reason: null }] },
    chunkRequired: "outputs",
    chunkWrongType: ["outputs", "He"],
  },
  "ai21-jamba": {
    ids: ["ai21.jamba-instruct-v1:0", "ai21.jamba-1-5-large-v1:0", "ai21.jamba-1-5-mini-v1:0"],
    request: { messages: [{ role: "user", content: "Hi" }], n: 1, max_tokens: 10 },
    requestRequired: "messages",
    requestWrongType: ["n", "1"],
    response: { id: "j", choices: [chatChoice], usage },
    responseRequired: "id",
    responseWrongType: ["usage", 5],
    chunk: { id: "j", choices: [{ index: 0, delta: { content: "Hi" }, finish_reason: null }] },
    chunkRequired: "choices",
    chunkWrongType: ["choices", "Hi"],
  },
  "ai21-jurassic2": {
    ids: ["ai21.j2-mid-v1", "ai21.j2-ultra-v1"],
    request: { prompt: "Hi", maxTokens: 20, topP: 1, presencePenalty: { scale: 0 }, stopSequences: [] },
    requestRequired: "prompt",
    requestWrongType: ["maxTokens", "20"],
    response: {
      id: 1234,
      prompt: { text: "Hi", tokens: [] },
      completions: [{ data: { text: " there", tokens: [] }, finishReason: { reason: "length", length: 20 } }],
    },
    responseRequired: "completions",
    responseWrongType: ["prompt", "Hi"],
  },
  "openai-chat-completions": { ...chatCompletions, ids: ["openai.gpt-oss-20b-1:0", "openai.gpt-oss-120b-1:0"] },
  "deepseek-v3-chat-completions": { ...chatCompletions, ids: ["deepseek.v3-v1:0"] },
  "deepseek-r1-text": {
    ids: ["deepseek.r1-v1:0"],
    request: { prompt: "Why?", max_tokens: 512, stop: ["</answer>"] },
    requestRequired: "prompt",
    requestWrongType: ["max_tokens", "512"],
    response: { choices: [{ text: "Because.", stop_reason: "stop" }] },
    responseRequired: "choices",
    responseWrongType: ["choices", "Because."],
    chunk: { choices: [{ text: "Be", stop_reason: null }] },
    chunkRequired: "choices",
    chunkWrongType: ["choices", { text: "Be" }],
  },
  "qwen-chat-completions": {
    ...chatCompletions,
    ids: ["qwen.qwen3-32b-v1:0", "qwen.qwen3-coder-480b-a35b-v1:0", "qwen.qwen3-235b-a22b-2507-v1:0"],
  },
};

/** Ids of other providers' models that no family here may claim. */
export const foreignModelIds: readonly string[] = [
  "anthropic.claude-3-haiku-20240307-v1:0",
  "anthropic.claude-v2:1",
  "amazon.titan-text-express-v1",
  "amazon.titan-embed-text-v2:0",
  "amazon.nova-pro-v1:0",
  "stability.sd3-large-v1:0",
  "writer.palmyra-x5-v1:0",
  "twelvelabs.marengo-embed-2-7-v1:0",
  "luma.ray-v2:0",
];
