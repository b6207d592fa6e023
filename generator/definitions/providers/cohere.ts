/**
 * Cohere models on Bedrock: the legacy Command text models, Command R / R+ (chat with documents
 * and tools), Embed v3 and v4, and Rerank 3.5. Field facts come from Cohere's and AWS's public
 * parameter references and from the recordings in contract-tests/recordings.
 */
import type { JsonSchema, ModelFamily } from "./family.js";
import { INVOCATION_METRICS, invocationMetrics, modelIdPattern, ref } from "./schema-kit.js";

const stringList = (description: string, maxItems?: number): JsonSchema => ({
  type: "array",
  description,
  items: { type: "string", description: "One entry." },
  ...(maxItems === undefined ? {} : { maxItems }),
});

// ---------------------------------------------------------------- Command (legacy text)

const commandGeneration: JsonSchema = {
  type: "object",
  description: "One generated completion.",
  required: ["id", "text", "finish_reason"],
  properties: {
    id: { type: "string", description: "Identifier of this generation." },
    text: { type: "string", description: "The generated text, without the prompt." },
    finish_reason: ref("CohereCommandFinishReason", "Why the model stopped generating this text."),
    index: { type: "integer", minimum: 0, description: "Position of this generation when several were requested." },
    likelihood: {
      type: "number",
      description: "Average log-likelihood of the tokens, when likelihoods were asked for.",
    },
    token_likelihoods: {
      type: "array",
      description: "Per-token log-likelihoods, when `return_likelihoods` asked for them.",
      items: {
        type: "object",
        description: "One token and its log-likelihood.",
        required: ["token", "likelihood"],
        properties: {
          token: { type: "string", description: "The token text." },
          likelihood: { type: "number", description: "Natural-log likelihood of the token (0 or below)." },
        },
      },
    },
  },
};

const commandSchemas: Record<string, JsonSchema> = {
  CohereCommandRequest: {
    type: "object",
    description: "Body for a legacy Cohere Command text model: a raw prompt and sampling settings.",
    required: ["prompt"],
    properties: {
      prompt: { type: "string", description: "The text the model continues." },
      temperature: {
        type: "number",
        minimum: 0,
        maximum: 5,
        description: "Sampling randomness from 0 to 5; lower is more deterministic. Default 0.9.",
      },
      p: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Nucleus sampling: only tokens within this cumulative probability are considered. Default 0.75.",
      },
      k: {
        type: "integer",
        minimum: 0,
        maximum: 500,
        description: "Consider only the k most likely tokens; 0 turns the limit off. Default 0.",
      },
      max_tokens: {
        type: "integer",
        minimum: 1,
        maximum: 4096,
        description: "Upper bound on generated tokens per generation. Default 20.",
      },
      stop_sequences: stringList("Up to four strings; generation stops at the first one produced.", 4),
      return_likelihoods: {
        type: "string",
        enum: ["GENERATION", "ALL", "NONE"],
        description:
          "Whether to return token likelihoods for the output only, for prompt and output, or not at all. Default NONE.",
      },
      stream: {
        type: "boolean",
        description:
          "On InvokeModelWithResponseStream, true sends one chunk per token; false (the default) sends the whole answer in one chunk.",
      },
      num_generations: {
        type: "integer",
        minimum: 1,
        maximum: 5,
        description: "How many independent completions to produce. Default 1.",
      },
      logit_bias: {
        type: "object",
        description: "Token id (as a string key) to a bias from -10 to 10 added to that token's logit.",
        additionalProperties: { type: "number", minimum: -10, maximum: 10, description: "Bias for the token." },
      },
      truncate: {
        type: "string",
        enum: ["NONE", "START", "END"],
        description: "How an over-long prompt is cut: refuse (NONE), drop the start, or drop the end. Default END.",
      },
    },
  },
  CohereCommandFinishReason: {
    type: "string",
    enum: ["COMPLETE", "MAX_TOKENS", "ERROR", "ERROR_TOXIC"],
    description:
      "Why generation stopped: natural end or a stop sequence (COMPLETE), the token limit, an error, or a toxicity block.",
  },
  CohereCommandResponse: {
    type: "object",
    description: "InvokeModel answer of a legacy Command model.",
    required: ["generations"],
    properties: {
      id: { type: "string", description: "Identifier of the request." },
      prompt: { type: "string", description: "The prompt as the model received it." },
      generations: {
        type: "array",
        minItems: 1,
        description: "One entry per requested generation.",
        items: ref("CohereCommandGeneration"),
      },
    },
  },
  CohereCommandGeneration: commandGeneration,
  CohereCommandStreamChunk: {
    description:
      "One chunk of a legacy Command stream: a token of one generation, the closing chunk, or (when the request did not set " +
      "`stream: true`) the whole answer at once. The last chunk carries Bedrock's invocation metrics.",
    anyOf: [
      {
        type: "object",
        description: "A piece of generated text.",
        required: ["is_finished", "text"],
        properties: {
          is_finished: { const: false, description: "Always false while text is still arriving." },
          text: { type: "string", description: "The next piece of text." },
          index: {
            type: "integer",
            minimum: 0,
            description: "Which generation the text belongs to (several requested).",
          },
        },
      },
      {
        type: "object",
        description: "The closing chunk of a token stream.",
        required: ["is_finished", "finish_reason"],
        properties: {
          is_finished: { const: true, description: "Always true on the closing chunk." },
          finish_reason: ref("CohereCommandFinishReason", "Why the model stopped generating this text."),
          [INVOCATION_METRICS]: invocationMetrics,
        },
      },
      {
        type: "object",
        description: "The complete answer in one chunk, as InvokeModel would return it, plus the metrics.",
        required: ["generations"],
        properties: {
          id: { type: "string", description: "Identifier of the request." },
          prompt: { type: "string", description: "The prompt as the model received it." },
          generations: {
            type: "array",
            minItems: 1,
            description: "One entry per requested generation.",
            items: ref("CohereCommandGeneration"),
          },
          [INVOCATION_METRICS]: invocationMetrics,
        },
      },
    ],
  },
};

// ---------------------------------------------------------------- Command R / R+

const chatRole = (roles: readonly string[]): JsonSchema => ({
  type: "string",
  enum: [...roles],
  description: "Who spoke this turn.",
});

const toolCall: JsonSchema = {
  type: "object",
  description: "A request from the model to run one tool.",
  required: ["name", "parameters"],
  properties: {
    name: { type: "string", description: "Name of a tool offered in `tools`." },
    parameters: {
      type: "object",
      description: "Argument names to values, as the model filled them in.",
    },
  },
};

const commandRSchemas: Record<string, JsonSchema> = {
  CohereCommandRRequest: {
    type: "object",
    additionalProperties: false,
    description:
      "Body for Command R / R+: the new user message, optional history, grounding documents and tools. Closed: Bedrock " +
      'answers 400 "extraneous key … is not permitted" for fields outside this list (for example `prompt`).',
    required: ["message"],
    properties: {
      message: { type: "string", description: "The user's new turn." },
      chat_history: {
        type: "array",
        description: "Earlier turns, oldest first.",
        items: ref("CohereCommandRChatTurn"),
      },
      documents: {
        type: "array",
        description:
          "Snippets the answer should be grounded in; each is a flat object of string fields (for example title and snippet).",
        items: {
          type: "object",
          description: "One document: field name to text.",
          additionalProperties: { type: "string", description: "A field of the document." },
        },
      },
      search_queries_only: {
        type: "boolean",
        description: "When true, only search queries are produced (in `search_queries`), no answer. Default false.",
      },
      preamble: {
        type: "string",
        description: "Replaces the default system preamble that sets the model's behaviour.",
      },
      max_tokens: { type: "integer", minimum: 1, description: "Upper bound on generated tokens." },
      temperature: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Sampling randomness from 0 to 1. Default 0.3.",
      },
      p: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description:
          "Nucleus sampling cut-off. Documented as 0.01 to 0.99 (default 0.75), but the live service has been recorded " +
          "accepting 1, so the schema allows 0 to 1.",
      },
      k: { type: "integer", minimum: 0, maximum: 500, description: "Top-k sampling; 0 turns it off. Default 0." },
      prompt_truncation: {
        type: "string",
        enum: ["OFF", "AUTO_PRESERVE_ORDER"],
        description:
          "Whether history and documents may be dropped to fit the context (AUTO_PRESERVE_ORDER) or not. Default OFF.",
      },
      frequency_penalty: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Penalty growing with how often a token already appeared. Default 0.",
      },
      presence_penalty: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Flat penalty on any token that already appeared. Default 0.",
      },
      seed: { type: "integer", description: "Makes sampling repeatable on a best-effort basis." },
      return_prompt: {
        type: "boolean",
        description: "When true, the full prompt sent to the model is returned. Default false.",
      },
      tools: {
        type: "array",
        description: "Tools the model may ask to call.",
        items: ref("CohereCommandRTool"),
      },
      tool_results: {
        type: "array",
        description: "Outputs of tools the model asked for in the previous turn.",
        items: {
          type: "object",
          additionalProperties: false,
          description: "One tool call and what it produced.",
          required: ["call", "outputs"],
          properties: {
            call: ref(
              "CohereCommandRToolCall",
              "The call being answered, repeated as the model made it: tool name and parameters.",
            ),
            outputs: {
              type: "array",
              description: "Results of the call, each a JSON object.",
              items: { type: "object", description: "One result." },
            },
          },
        },
      },
      stop_sequences: stringList("Up to four strings; generation stops at the first one produced.", 4),
      raw_prompting: {
        type: "boolean",
        description: "When true, `message` goes to the model without the chat template. Default false.",
      },
    },
  },
  CohereCommandRChatTurn: {
    description: "One earlier turn: a message from the user, the model or the system, or the results of a tool turn.",
    oneOf: [
      {
        type: "object",
        additionalProperties: false,
        description: "A spoken turn.",
        required: ["role", "message"],
        properties: {
          role: chatRole(["USER", "CHATBOT", "SYSTEM"]),
          message: { type: "string", description: "What was said." },
          tool_calls: {
            type: "array",
            description: "Tool calls the model made in this turn.",
            items: ref("CohereCommandRToolCall"),
          },
        },
      },
      {
        type: "object",
        additionalProperties: false,
        description: "A tool turn carrying results.",
        required: ["role", "tool_results"],
        properties: {
          role: chatRole(["TOOL"]),
          tool_results: {
            type: "array",
            description: "The results, as in the request's `tool_results`.",
            items: { type: "object", description: "A call and its outputs." },
          },
        },
      },
    ],
  },
  CohereCommandRTool: {
    type: "object",
    additionalProperties: false,
    description: "A tool definition.",
    required: ["name", "description"],
    properties: {
      name: { type: "string", description: "Name the model uses to call the tool." },
      description: { type: "string", description: "What the tool does, for the model to decide when to use it." },
      parameter_definitions: {
        type: "object",
        description: "Parameter name to its definition.",
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          description: "One parameter.",
          required: ["type"],
          properties: {
            description: { type: "string", description: "What the parameter means." },
            type: { type: "string", description: "Python-style type name, for example `str`, `int` or `list[str]`." },
            required: { type: "boolean", description: "Whether the model must supply it. Default false." },
          },
        },
      },
    },
  },
  CohereCommandRToolCall: toolCall,
  CohereCommandRFinishReason: {
    type: "string",
    enum: ["COMPLETE", "STOP_SEQUENCE", "ERROR", "ERROR_TOXIC", "ERROR_LIMIT", "USER_CANCEL", "MAX_TOKENS"],
    description: "Why generation stopped.",
  },
  CohereCommandRResponse: {
    type: "object",
    description: "InvokeModel answer of Command R / R+.",
    required: ["response_id", "generation_id", "text", "finish_reason"],
    properties: {
      response_id: { type: "string", description: "Identifier of the call." },
      generation_id: { type: "string", description: "Identifier of this generation." },
      text: { type: "string", description: "The answer." },
      finish_reason: ref("CohereCommandRFinishReason", "Why the model stopped generating."),
      chat_history: {
        type: "array",
        description: "The conversation including this exchange, ready to send back as `chat_history`.",
        items: {
          type: "object",
          description: "One turn.",
          required: ["role"],
          properties: {
            role: { type: "string", description: "USER, CHATBOT, SYSTEM or TOOL." },
            message: { type: "string", description: "What was said." },
          },
        },
      },
      citations: {
        type: "array",
        description: "Spans of the answer backed by documents.",
        items: {
          type: "object",
          description: "One grounded span.",
          required: ["start", "end", "text", "document_ids"],
          properties: {
            start: { type: "integer", minimum: 0, description: "Start offset in `text` (characters)." },
            end: { type: "integer", minimum: 0, description: "End offset in `text`, exclusive." },
            text: { type: "string", description: "The cited span." },
            document_ids: stringList("Ids of the supporting documents."),
          },
        },
      },
      documents: {
        type: "array",
        description: "The documents that were cited, with their ids.",
        items: { type: "object", description: "One document." },
      },
      is_search_required: { type: "boolean", description: "Whether the model judged a search necessary." },
      search_queries: {
        type: "array",
        description: "Search queries the model proposes.",
        items: {
          type: "object",
          description: "One query.",
          required: ["text"],
          properties: {
            text: { type: "string", description: "The query." },
            generation_id: { type: "string", description: "Generation that produced it." },
          },
        },
      },
      tool_calls: { type: "array", description: "Tools the model wants called.", items: ref("CohereCommandRToolCall") },
      prompt: { type: "string", description: "The full prompt, when `return_prompt` was true." },
      meta: {
        type: "object",
        description: "Billing and version details.",
        properties: {
          api_version: { type: "object", description: "Cohere API version that served the call." },
          billed_units: { type: "object", description: "Input and output tokens billed." },
          tokens: { type: "object", description: "Input and output tokens processed." },
        },
      },
    },
  },
  CohereCommandRStreamEvent: {
    description:
      "One chunk of a Command R stream, told apart by `event_type`. The `stream-end` chunk carries the full response " +
      "and Bedrock's invocation metrics.",
    oneOf: [
      streamEvent("stream-start", "Opens the stream.", {
        generation_id: { type: "string", description: "Generation id." },
      }),
      streamEvent("search-queries-generation", "Search queries the model proposes.", {
        search_queries: {
          type: "array",
          description: "The queries.",
          items: { type: "object", description: "One query." },
        },
      }),
      streamEvent("search-results", "Documents retrieved for the queries.", {
        documents: {
          type: "array",
          description: "The documents.",
          items: { type: "object", description: "One document." },
        },
      }),
      streamEvent(
        "text-generation",
        "A piece of answer text.",
        { text: { type: "string", description: "The next piece." } },
        ["text"],
      ),
      streamEvent("citation-generation", "Citations for text already sent.", {
        citations: {
          type: "array",
          description: "The citations.",
          items: { type: "object", description: "One citation." },
        },
      }),
      streamEvent("tool-calls-generation", "Tools the model wants called.", {
        tool_calls: { type: "array", description: "The calls.", items: ref("CohereCommandRToolCall") },
        text: { type: "string", description: "Model text that accompanied the calls." },
      }),
      streamEvent("tool-calls-chunk", "A fragment of a tool call being written.", {
        tool_call_delta: { type: "object", description: "Partial name, index or parameters of a tool call." },
        text: { type: "string", description: "Accompanying text." },
      }),
      streamEvent(
        "stream-end",
        "Closes the stream.",
        {
          finish_reason: ref("CohereCommandRFinishReason", "Why the model stopped generating."),
          response: ref("CohereCommandRResponse", "The complete answer, as a non-streamed call would return it."),
          [INVOCATION_METRICS]: invocationMetrics,
        },
        ["finish_reason"],
      ),
    ],
  },
};

function streamEvent(
  eventType: string,
  description: string,
  properties: Record<string, JsonSchema>,
  required: readonly string[] = [],
): JsonSchema {
  return {
    type: "object",
    description,
    required: ["event_type", "is_finished", ...required],
    properties: {
      event_type: { const: eventType, description: "Kind of event." },
      is_finished: { type: "boolean", description: "True only on the last event." },
      ...properties,
    },
  };
}

// ---------------------------------------------------------------- Embed v3 / v4

/** An `anyOf` branch demanding one member; the member is re-declared because AJV strict mode requires it. */
const oneRequired = (member: string, description: string): JsonSchema => ({
  description,
  required: [member],
  properties: { [member]: { description: "Must be present; its shape is given above." } },
});

const embedInputType = (values: readonly string[]): JsonSchema => ({
  type: "string",
  enum: [...values],
  description:
    "What the embeddings are for; a matching prefix is added. Embed documents with search_document and queries with " +
    "search_query so the two line up.",
});

const embeddingTypes: JsonSchema = {
  type: "array",
  minItems: 1,
  description: "Which number formats to return; more than one gives an object keyed by format. Default float only.",
  items: { type: "string", enum: ["float", "int8", "uint8", "binary", "ubinary"], description: "One format." },
};

const embeddingsByType: JsonSchema = {
  type: "object",
  description: "Format name to one vector per input.",
  additionalProperties: {
    type: "array",
    description: "One vector per input, in input order.",
    items: { type: "array", description: "One vector.", items: { type: "number", description: "A component." } },
  },
};

const imageDataUri: JsonSchema = {
  type: "string",
  pattern: "^data:image/",
  description: "A data URI (`data:image/png;base64,…` or jpeg) of at most 5 MB.",
};

const embedSchemas: Record<string, JsonSchema> = {
  CohereEmbedV3Request: {
    type: "object",
    description: "Body for Embed v3 (English or multilingual): up to 96 texts, or one image.",
    required: ["input_type"],
    anyOf: [oneRequired("texts", "Texts to embed."), oneRequired("images", "An image to embed.")],
    properties: {
      texts: {
        type: "array",
        maxItems: 96,
        description: "Texts to embed, 0 to 96 of them; each best under 512 tokens.",
        items: { type: "string", maxLength: 2048, description: "One text of at most 2048 characters." },
      },
      images: {
        type: "array",
        maxItems: 1,
        description: "One image to embed (instead of texts).",
        items: imageDataUri,
      },
      input_type: embedInputType(["search_document", "search_query", "classification", "clustering", "image"]),
      truncate: {
        type: "string",
        enum: ["NONE", "START", "END"],
        description: "How over-long texts are cut: refuse (NONE, the default), drop the start, or drop the end.",
      },
      embedding_types: embeddingTypes,
    },
  },
  CohereEmbedV3Response: {
    type: "object",
    description: "Embed v3 answer: float vectors, or an object of vectors by format when `embedding_types` was set.",
    required: ["embeddings"],
    properties: {
      id: { type: "string", description: "Identifier of the call." },
      response_type: {
        type: "string",
        enum: ["embeddings_floats", "embeddings_by_type"],
        description: "Which of the two shapes `embeddings` has.",
      },
      embeddings: {
        description: "The vectors.",
        oneOf: [
          {
            type: "array",
            description: "One float vector per input.",
            items: {
              type: "array",
              description: "One vector.",
              items: { type: "number", description: "A component." },
            },
          },
          embeddingsByType,
        ],
      },
      texts: stringList("The texts that were embedded."),
      images: {
        type: "array",
        description: "Details of the embedded images.",
        items: { type: "object", description: "One." },
      },
    },
  },
  CohereEmbedV4Request: {
    type: "object",
    description:
      "Body for Embed v4: texts, images, or mixed text-and-image inputs, with a choice of vector size and number format.",
    required: ["input_type"],
    anyOf: [
      oneRequired("texts", "Texts to embed."),
      oneRequired("images", "Images to embed."),
      oneRequired("inputs", "Mixed inputs to embed."),
    ],
    properties: {
      input_type: embedInputType(["search_document", "search_query", "classification", "clustering"]),
      texts: {
        type: "array",
        maxItems: 96,
        description: "Texts to embed, at most 96.",
        items: { type: "string", description: "One text." },
      },
      images: { type: "array", description: "Images to embed, each on its own.", items: imageDataUri },
      inputs: {
        type: "array",
        description: "Inputs whose text and image parts are embedded together, one vector per input.",
        items: {
          type: "object",
          description: "One input.",
          required: ["content"],
          properties: {
            content: {
              type: "array",
              minItems: 1,
              description: "The parts, in order.",
              items: {
                description: "A text or an image part.",
                oneOf: [
                  {
                    type: "object",
                    description: "A text part.",
                    required: ["type", "text"],
                    properties: {
                      type: { type: "string", enum: ["text"], description: "Marks a text part." },
                      text: { type: "string", description: "The text." },
                    },
                  },
                  {
                    type: "object",
                    description: "An image part.",
                    required: ["type", "image_url"],
                    properties: {
                      type: { type: "string", enum: ["image_url"], description: "Marks an image part." },
                      image_url: imageDataUri,
                    },
                  },
                ],
              },
            },
          },
        },
      },
      embedding_types: embeddingTypes,
      output_dimension: {
        type: "integer",
        enum: [256, 512, 1024, 1536],
        description: "Length of each vector. Default 1536.",
      },
      max_tokens: {
        type: "integer",
        minimum: 1,
        maximum: 128000,
        description: "Token budget per input before truncation applies; up to 128,000.",
      },
      truncate: {
        type: "string",
        enum: ["NONE", "LEFT", "RIGHT"],
        description: "How over-long inputs are cut: refuse (NONE), drop from the left, or drop from the right.",
      },
    },
  },
  CohereEmbedV4Response: {
    type: "object",
    description: "Embed v4 answer: vectors grouped by number format.",
    required: ["embeddings"],
    properties: {
      id: { type: "string", description: "Identifier of the call." },
      response_type: {
        type: "string",
        enum: ["embeddings_floats", "embeddings_by_type"],
        description: "Shape of `embeddings`; Embed v4 answers by type.",
      },
      embeddings: embeddingsByType,
      texts: stringList("The texts that were embedded."),
      images: {
        type: "array",
        description: "Details of the embedded images.",
        items: { type: "object", description: "One." },
      },
      inputs: {
        type: "array",
        description: "The mixed inputs that were embedded.",
        items: { type: "object", description: "One." },
      },
    },
  },
};

// ---------------------------------------------------------------- Rerank 3.5

const rerankSchemas: Record<string, JsonSchema> = {
  CohereRerankRequest: {
    type: "object",
    description: "Body for Rerank 3.5: a query and the documents to order by relevance to it.",
    required: ["query", "documents", "api_version"],
    properties: {
      query: { type: "string", description: "What the documents are ranked against." },
      documents: {
        type: "array",
        minItems: 1,
        maxItems: 1000,
        description: "Up to 1000 candidates: plain strings, or objects whose fields are ranked as text.",
        items: {
          description: "One document.",
          anyOf: [
            { type: "string", description: "The document text." },
            { type: "object", description: "A structured document." },
          ],
        },
      },
      top_n: { type: "integer", minimum: 1, description: "Return only the n best results. Default: all." },
      api_version: { type: "integer", minimum: 2, description: "Cohere API version; Bedrock requires 2 or later." },
      max_tokens_per_doc: {
        type: "integer",
        minimum: 1,
        description: "Longer documents are cut to this many tokens. Default 4096.",
      },
    },
  },
  CohereRerankResponse: {
    type: "object",
    description: "Rerank answer: documents by falling relevance.",
    required: ["results"],
    properties: {
      id: { type: "string", description: "Identifier of the call." },
      results: {
        type: "array",
        description: "Best match first.",
        items: {
          type: "object",
          description: "One ranked document.",
          required: ["index", "relevance_score"],
          properties: {
            index: {
              type: "integer",
              minimum: 0,
              description: "Position of the document in the request's `documents`.",
            },
            relevance_score: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: "Relevance from 0 to 1; higher is more relevant.",
            },
            document: { type: "object", description: "The document itself, when asked for." },
          },
        },
      },
    },
  },
};

export const cohereFamilies: readonly ModelFamily[] = [
  {
    family: "cohere-command-r",
    title: "Cohere Command R and R+ chat",
    description:
      "Command R and Command R+ (`cohere.command-r-v1:0`, `cohere.command-r-plus-v1:0`): a message with history, grounding " +
      "documents and tool use; the stream is a sequence of typed events. The request schema is closed: Bedrock " +
      'rejects unknown top-level fields for these models with 400 "extraneous key … is not permitted" (reported ' +
      "publicly for a `prompt` sent to Command R+).",
    modelIdPatterns: [modelIdPattern("cohere", "command-r")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "CohereCommandRRequest",
    response: "CohereCommandRResponse",
    streamChunk: "CohereCommandRStreamEvent",
    schemas: commandRSchemas,
  },
  {
    family: "cohere-command-text",
    title: "Cohere Command (legacy text generation)",
    description:
      "The earlier Command and Command Light text models (`cohere.command-text-v14`, `cohere.command-light-text-v14`): a " +
      "raw prompt in, generations out. The request schema is open: the service is not known to reject unknown fields for " +
      "these models, and no recording or documentation shows it doing so.",
    modelIdPatterns: [modelIdPattern("cohere", "command-(light-)?text")],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "CohereCommandRequest",
    response: "CohereCommandResponse",
    streamChunk: "CohereCommandStreamChunk",
    schemas: commandSchemas,
  },
  {
    family: "cohere-embed-v4",
    title: "Cohere Embed v4",
    description:
      "Embed v4 (`cohere.embed-v4:0`): multimodal embeddings of texts, images or interleaved inputs, 256 to 1536 " +
      "dimensions. No streaming. The request schema is open: the service is not known to reject unknown fields here.",
    modelIdPatterns: [modelIdPattern("cohere", "embed-v4")],
    operations: ["InvokeModel"],
    request: "CohereEmbedV4Request",
    response: "CohereEmbedV4Response",
    schemas: {
      CohereEmbedV4Request: embedSchemas.CohereEmbedV4Request,
      CohereEmbedV4Response: embedSchemas.CohereEmbedV4Response,
    },
  },
  {
    family: "cohere-embed-v3",
    title: "Cohere Embed v3",
    description:
      "Embed English v3 and Embed Multilingual v3 (`cohere.embed-english-v3`, `cohere.embed-multilingual-v3`): 1024-dimension " +
      "text embeddings, or one image. No streaming. The request schema is open: the service is not known to reject unknown " +
      "fields here.",
    modelIdPatterns: [modelIdPattern("cohere", "embed-(english|multilingual)-v3")],
    operations: ["InvokeModel"],
    request: "CohereEmbedV3Request",
    response: "CohereEmbedV3Response",
    schemas: {
      CohereEmbedV3Request: embedSchemas.CohereEmbedV3Request,
      CohereEmbedV3Response: embedSchemas.CohereEmbedV3Response,
    },
  },
  {
    family: "cohere-rerank",
    title: "Cohere Rerank",
    description:
      "Rerank 3.5 (`cohere.rerank-v3-5:0`): orders documents by relevance to a query. No streaming. The request schema is " +
      "open: the service is not known to reject unknown fields here.",
    modelIdPatterns: [modelIdPattern("cohere", "rerank-")],
    operations: ["InvokeModel"],
    request: "CohereRerankRequest",
    response: "CohereRerankResponse",
    schemas: rerankSchemas,
  },
];
