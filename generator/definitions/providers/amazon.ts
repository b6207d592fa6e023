// Amazon's own model bodies on Bedrock: Nova understanding models, Titan Text, Titan Embeddings
// (text v1 and v2, multimodal) and Nova multimodal embeddings. Facts follow the Bedrock model
// parameter pages and the recordings; descriptions are our own.
import { bedrockInvocationMetrics, bedrockInvocationMetricsMember } from "./bedrock-metrics.js";
import {
  anyObject,
  arr,
  base64,
  bool,
  int,
  nullableInt,
  nullableStr,
  num,
  obj,
  oneOf,
  oneOfValues,
  oneValue,
  ref,
  str,
} from "./build-schema.js";
import type { JsonSchema, ModelFamily } from "./family.js";

const NOVA_PATTERN = String.raw`(^|[./])amazon\.nova-(micro|lite|pro|premier|2-lite|2-pro)-`;
const TITAN_TEXT_PATTERN = String.raw`(^|[./])amazon\.titan-(text-|tg1-)`;
const TITAN_EMBED_V1_PATTERN = String.raw`(^|[./])amazon\.titan-embed-(text-v1|g1-text-02)`;
const TITAN_EMBED_V2_PATTERN = String.raw`(^|[./])amazon\.titan-embed-text-v2`;
const TITAN_MULTIMODAL_PATTERN = String.raw`(^|[./])amazon\.titan-embed-image-v1`;
const NOVA_EMBED_PATTERN = String.raw`(^|[./])amazon\.nova-2-multimodal-embeddings-`;

const SCHEMA_VALIDATED =
  "Amazon validates these bodies against a JSON Schema and answers 400 (`extraneous key [...] is not permitted`) for an unknown member";

// ── Nova understanding (messages-v1) ──────────────────────────────────────────

const s3Location = obj(
  "An object in Amazon S3 the model reads instead of inline bytes.",
  {
    uri: str("The S3 URI (`s3://bucket/key`)."),
    bucketOwner: str("Account id of the bucket owner, when it is not the caller."),
  },
  { required: ["uri"], closed: true },
);

const mediaSource = oneOf("Where the media comes from: base64 bytes in the request or an S3 object.", [
  obj("Inline media.", { bytes: base64("The file, base64-encoded.") }, { required: ["bytes"], closed: true }),
  obj(
    "Media in Amazon S3.",
    { s3Location: ref("AmazonNovaS3Location", "The S3 object that holds the file.") },
    { required: ["s3Location"], closed: true },
  ),
]);

const novaImage = obj(
  "An image.",
  {
    format: oneOfValues(["png", "jpeg", "gif", "webp"], "Image format."),
    source: ref("AmazonNovaMediaSource", "Where the image bytes are: inline base64 or an S3 object."),
  },
  { required: ["format", "source"], closed: true },
);
const novaVideo = obj(
  "A video.",
  {
    format: oneOfValues(
      ["mkv", "mov", "mp4", "webm", "three_gp", "flv", "mpeg", "mpg", "wmv"],
      "Video container format.",
    ),
    source: ref("AmazonNovaMediaSource", "Where the video bytes are: inline base64 or an S3 object."),
  },
  { required: ["format", "source"], closed: true },
);
const novaDocument = obj(
  "A document.",
  {
    format: oneOfValues(["pdf", "csv", "doc", "docx", "xls", "xlsx", "html", "txt", "md"], "Document format."),
    name: str("A name for the document, shown to the model."),
    source: ref("AmazonNovaMediaSource", "Where the document bytes are: inline base64 or an S3 object."),
  },
  { required: ["format", "name", "source"], closed: true },
);

/** One single-key content block: the key says what it is. */
const block = (key: string, description: string, value: JsonSchema): JsonSchema =>
  obj(description, { [key]: value }, { required: [key], closed: true });

const novaToolUse = obj(
  "A call the model made to a tool, sent back in the assistant turn.",
  {
    toolUseId: str("Identifier of the call."),
    name: str("The tool's name."),
    input: anyObject("Arguments, shaped by the tool's input schema."),
  },
  { required: ["toolUseId", "name", "input"], closed: true },
);

const novaToolResult = obj(
  "What a tool returned, sent in the next user turn.",
  {
    toolUseId: str("The id of the call this answers."),
    content: arr(
      "The result's blocks.",
      oneOf("One result block.", [
        block("text", "Result text.", str("The text.")),
        block("json", "Result as a JSON object.", anyObject("The JSON result.")),
        block("image", "Result image.", ref("AmazonNovaImage", "The image the tool produced.")),
        block("document", "Result document.", ref("AmazonNovaDocument", "The document the tool produced.")),
        block("video", "Result video.", ref("AmazonNovaVideo", "The video the tool produced.")),
      ]),
    ),
    status: oneOfValues(["success", "error"], "Whether the tool succeeded."),
  },
  { required: ["toolUseId", "content"], closed: true },
);

const novaContentBlock = oneOf(
  "One block of a turn: exactly one of text, image, video, document, tool call, tool result or cache point.",
  [
    block("text", "Text.", str("The text.")),
    block("image", "An image.", ref("AmazonNovaImage", "The image: its format and where its bytes are.")),
    block("video", "A video.", ref("AmazonNovaVideo", "The video: its container format and where its bytes are.")),
    block(
      "document",
      "A document.",
      ref("AmazonNovaDocument", "The document: its format, a name and where its bytes are."),
    ),
    block(
      "toolUse",
      "A tool call (assistant turns).",
      ref("AmazonNovaToolUse", "The call: its id, the tool's name and the arguments."),
    ),
    block(
      "toolResult",
      "A tool result (user turns).",
      ref("AmazonNovaToolResult", "The answer to an earlier call, matched by its id."),
    ),
    block(
      "cachePoint",
      "Ends a prompt prefix to cache.",
      obj("Cache point.", { type: oneValue("default", "The only cache type.") }, { required: ["type"], closed: true }),
    ),
    block(
      "reasoningContent",
      "Reasoning from an earlier turn (Nova 2), sent back unchanged.",
      anyObject("The reasoning block as the model returned it."),
    ),
  ],
);

const novaMessage = obj(
  "One conversation turn.",
  {
    role: oneOfValues(["user", "assistant"], "Who speaks."),
    content: arr("The turn's blocks.", ref("AmazonNovaContentBlock")),
  },
  { required: ["role", "content"], closed: true },
);

const novaInferenceConfig = obj(
  "Generation settings. Open: recordings show the service answering 200 to Converse-style names here (maxTokens, topP), which it ignores.",
  {
    max_new_tokens: int("Most tokens to generate.", { minimum: 1 }),
    temperature: num("Randomness of sampling, 0 to 1.", { minimum: 0, maximum: 1 }),
    top_p: num("Nucleus sampling threshold, 0 to 1.", { minimum: 0, maximum: 1 }),
    top_k: int("Only the k most likely tokens are considered.", { minimum: 0 }),
    stopSequences: arr("Strings that end generation.", str("A stop string.")),
    reasoningConfig: anyObject("Nova 2 extended reasoning settings (type and effort)."),
  },
);

const novaToolConfig = obj(
  "Tools the model may call and how it must use them.",
  {
    tools: arr(
      "The tools.",
      obj(
        "One tool.",
        {
          toolSpec: obj(
            "A tool described by name and input schema.",
            {
              name: str("The tool's name."),
              description: str("What the tool does."),
              inputSchema: obj(
                "The tool's input.",
                { json: anyObject("JSON Schema of the input object.") },
                { required: ["json"], closed: true },
              ),
            },
            { required: ["name", "inputSchema"], closed: true },
          ),
        },
        { required: ["toolSpec"], closed: true },
      ),
    ),
    toolChoice: oneOf("How tools are used: as the model decides, at least one, or one named tool.", [
      block("auto", "The model decides.", obj("No settings.", {}, { closed: true })),
      block("any", "At least one tool.", obj("No settings.", {}, { closed: true })),
      block(
        "tool",
        "This tool.",
        obj("The tool to call.", { name: str("Tool name.") }, { required: ["name"], closed: true }),
      ),
    ]),
  },
  { required: ["tools"], closed: true },
);

const novaRequest = obj(
  `A request to an Amazon Nova understanding model (Micro, Lite, Pro, Premier, Nova 2). Closed except inferenceConfig: ${SCHEMA_VALIDATED} (recordings show \`extraneous key [inputText]\` for a content block).`,
  {
    schemaVersion: oneValue("messages-v1", "Body format version."),
    system: arr(
      "System instructions.",
      obj("One instruction text.", { text: str("The text.") }, { required: ["text"], closed: true }),
    ),
    messages: arr("The conversation, oldest first.", ref("AmazonNovaMessage")),
    inferenceConfig: ref(
      "AmazonNovaInferenceConfig",
      "Sampling, length and reasoning settings: maximum new tokens, temperature, top-p, top-k, stop sequences and (Nova 2) reasoning.",
    ),
    toolConfig: ref("AmazonNovaToolConfig", "Tools the model may call and how it must choose among them."),
  },
  { required: ["messages"], closed: true },
);

const novaUsage = obj("Token counts.", {
  inputTokens: int("Input tokens."),
  outputTokens: int("Output tokens."),
  totalTokens: int("Input plus output tokens."),
  cacheReadInputTokenCount: int("Input tokens read from the prompt cache."),
  cacheWriteInputTokenCount: int("Input tokens written to the prompt cache."),
});

const guardrailMembers = {
  "amazon-bedrock-guardrailAction": oneOfValues(
    ["INTERVENED", "NONE"],
    "Set when a guardrail ran: whether it intervened.",
  ),
  "amazon-bedrock-trace": anyObject("Guardrail trace, when the request asked for one."),
};

const novaStopReason = oneOfValues(
  [
    "end_turn",
    "max_tokens",
    "stop_sequence",
    "tool_use",
    "content_filtered",
    "malformed_model_output",
    "malformed_tool_use",
    "guardrail_intervened",
  ],
  "Why generation stopped.",
);

const novaResponse = obj(
  "A Nova answer. Open to members Amazon adds.",
  {
    output: obj(
      "The output.",
      {
        message: obj(
          "The answer turn.",
          {
            role: oneValue("assistant", "Always assistant."),
            content: arr(
              "The answer's blocks.",
              obj(
                "One block: text, a tool call or reasoning.",
                { text: str("Text."), toolUse: anyObject("A tool call."), reasoningContent: anyObject("Reasoning.") },
                { extra: { minProperties: 1 } },
              ),
            ),
          },
          { required: ["content"] },
        ),
      },
      { required: ["message"] },
    ),
    stopReason: novaStopReason,
    usage: ref("AmazonNovaUsage", "Tokens read and written, including prompt-cache reads and writes."),
    ...guardrailMembers,
  },
  { required: ["output", "stopReason", "usage"] },
);

const index = int("Position of the block in the answer.", { minimum: 0 });

const novaStreamChunk = obj(
  "One Nova streaming event, decoded from a chunk's bytes: usually one member naming the event (messageStart, contentBlockStart, contentBlockDelta, contentBlockStop, messageStop, metadata), or Bedrock's additions (metrics, guardrail action). Open.",
  {
    messageStart: obj(
      "Opens the answer.",
      { role: oneValue("assistant", "Always assistant.") },
      { required: ["role"] },
    ),
    contentBlockStart: obj(
      "Opens a tool-call block.",
      {
        contentBlockIndex: index,
        start: obj("What starts.", {
          toolUse: obj(
            "The call.",
            { toolUseId: str("Call id."), name: str("Tool name.") },
            { required: ["toolUseId", "name"] },
          ),
        }),
      },
      { required: ["contentBlockIndex"] },
    ),
    contentBlockDelta: obj(
      "Adds to a block.",
      {
        contentBlockIndex: index,
        delta: obj(
          "The increment: text, a piece of tool-call JSON, or reasoning.",
          {
            text: str("More text."),
            toolUse: obj("More arguments.", { input: str("A piece of the JSON arguments.") }, { required: ["input"] }),
            reasoningContent: anyObject("More reasoning."),
          },
          { extra: { minProperties: 1 } },
        ),
      },
      { required: ["contentBlockIndex", "delta"] },
    ),
    contentBlockStop: obj("Closes a block.", { contentBlockIndex: index }, { required: ["contentBlockIndex"] }),
    messageStop: obj("Ends the answer.", { stopReason: novaStopReason }, { required: ["stopReason"] }),
    metadata: obj("Usage and latency, after messageStop.", {
      usage: ref("AmazonNovaUsage", "Token counts for the whole answer."),
      metrics: anyObject("Latency figures."),
      trace: anyObject("Guardrail trace."),
    }),
    "amazon-bedrock-invocationMetrics": bedrockInvocationMetricsMember,
    ...guardrailMembers,
  },
  { extra: { minProperties: 1 } },
);

// ── Titan Text ────────────────────────────────────────────────────────────────

const titanCompletionReason = oneOfValues(
  ["FINISH", "LENGTH", "STOP_CRITERIA_MET", "RAG_QUERY_WHEN_RAG_DISABLED", "CONTENT_FILTERED"],
  "Why generation stopped.",
);

const titanTextRequest = obj(
  `A request to a Titan Text model (Lite, Express, Premier, the older tg1). Closed: ${SCHEMA_VALIDATED}.`,
  {
    inputText: str("The prompt."),
    textGenerationConfig: obj(
      "Generation settings.",
      {
        temperature: num("Randomness of sampling, 0 to 1.", { minimum: 0, maximum: 1 }),
        topP: num("Nucleus sampling threshold, 0 to 1.", { minimum: 0, maximum: 1 }),
        maxTokenCount: int("Most tokens to generate.", { minimum: 0 }),
        stopSequences: arr("Strings that end generation.", str("A stop string.")),
      },
      { closed: true },
    ),
  },
  { required: ["inputText"], closed: true },
);

const titanTextResponse = obj(
  "A Titan Text answer. Open.",
  {
    inputTextTokenCount: int("Tokens in the prompt."),
    results: arr(
      "The generated texts (one).",
      obj(
        "One result.",
        { tokenCount: int("Tokens generated."), outputText: str("The text."), completionReason: titanCompletionReason },
        { required: ["outputText"] },
      ),
    ),
    ...guardrailMembers,
  },
  { required: ["results"] },
);

const titanTextChunk = obj(
  "One Titan Text streaming piece; the counts and reason are null until the last piece, which also carries Bedrock's metrics.",
  {
    outputText: str("The next piece of text."),
    index: int("Index of the result."),
    totalOutputTextTokenCount: nullableInt("Tokens generated so far, or null."),
    completionReason: {
      ...titanCompletionReason,
      type: ["string", "null"],
      enum: [...(titanCompletionReason["enum"] as string[]), null],
      description: "Why generation stopped, or null while it continues.",
    },
    inputTextTokenCount: nullableInt("Tokens in the prompt, or null."),
    "amazon-bedrock-invocationMetrics": bedrockInvocationMetricsMember,
    ...guardrailMembers,
  },
);

// ── embeddings ────────────────────────────────────────────────────────────────

const vector = (description: string): JsonSchema => arr(description, num("One component."));

const titanEmbedV1Request = obj(
  `A Titan Embeddings G1 text request. Closed: ${SCHEMA_VALIDATED}.`,
  { inputText: str("The text to embed.") },
  { required: ["inputText"], closed: true },
);
const titanEmbedV1Response = obj(
  "A Titan Embeddings G1 answer. Open.",
  { embedding: vector("The embedding (1536 numbers)."), inputTextTokenCount: int("Tokens in the text.") },
  { required: ["embedding"] },
);

const titanEmbedV2Request = obj(
  `A Titan Text Embeddings V2 request. Closed: ${SCHEMA_VALIDATED}.`,
  {
    inputText: str("The text to embed."),
    dimensions: { type: "integer", enum: [256, 512, 1024], description: "Length of the embedding; 1024 by default." },
    normalize: bool("Whether to scale the vector to unit length; true by default."),
    embeddingTypes: arr(
      "Which encodings to return: float, binary or both.",
      oneOfValues(["float", "binary"], "An encoding."),
    ),
  },
  { required: ["inputText"], closed: true },
);
const titanEmbedV2Response = obj("A Titan Text Embeddings V2 answer. Open.", {
  embedding: vector("The float embedding."),
  inputTextTokenCount: int("Tokens in the text."),
  embeddingsByType: obj("The embedding in each requested encoding.", {
    float: vector("Float encoding."),
    binary: arr("Binary encoding.", int("0 or 1.")),
  }),
});

const titanMultimodalRequest = obj(
  `A Titan Multimodal Embeddings G1 request: text, an image or both. Closed: ${SCHEMA_VALIDATED}.`,
  {
    inputText: str("Text to embed."),
    inputImage: base64("Image to embed, base64-encoded."),
    embeddingConfig: obj(
      "Output settings.",
      { outputEmbeddingLength: { type: "integer", enum: [256, 384, 1024], description: "Length of the embedding." } },
      { closed: true },
    ),
  },
  { closed: true, extra: { minProperties: 1 } },
);
const titanMultimodalResponse = obj(
  "A Titan Multimodal Embeddings answer. Open.",
  {
    embedding: vector("The embedding."),
    inputTextTokenCount: int("Tokens in the text."),
    message: nullableStr("A note from the model, or null."),
  },
  { required: ["embedding"] },
);

const novaEmbedRequest = obj(
  "A Nova multimodal embeddings request: one text, image, audio or video item (single embedding), or a long item cut into segments. Open: only one recording exists, and which unknown members the service rejects is not established.",
  {
    schemaVersion: str("Body format version."),
    taskType: oneOfValues(
      ["SINGLE_EMBEDDING", "SEGMENTED_EMBEDDING"],
      "One embedding for the item, or one per segment.",
    ),
    singleEmbeddingParams: anyObject(
      "The item and output settings: embeddingPurpose, embeddingDimension and one of text, image, audio, video.",
    ),
    segmentedEmbeddingParams: anyObject("The item, output settings and how to segment it."),
  },
  { required: ["taskType"] },
);
const novaEmbedResponse = obj(
  "A Nova multimodal embeddings answer. Open.",
  {
    embeddings: arr(
      "One embedding, or one per segment.",
      obj(
        "An embedding.",
        {
          embeddingType: oneOfValues(["TEXT", "IMAGE", "VIDEO", "AUDIO", "AUDIO_VIDEO_COMBINED"], "What was embedded."),
          embedding: vector("The vector."),
          truncatedCharLength: int("Characters kept after truncation."),
        },
        { required: ["embedding"] },
      ),
    ),
  },
  { required: ["embeddings"] },
);

export const amazonFamilies: readonly ModelFamily[] = [
  {
    family: "amazon-nova-multimodal-embeddings",
    title: "Amazon Nova multimodal embeddings",
    description:
      "Nova 2 multimodal embeddings of text, image, audio and video. The request is open: one recording exists, and which unknown members the service rejects is not established.",
    modelIdPatterns: [NOVA_EMBED_PATTERN],
    operations: ["InvokeModel"],
    request: "AmazonNovaEmbeddingsRequest",
    response: "AmazonNovaEmbeddingsResponse",
    schemas: { AmazonNovaEmbeddingsRequest: novaEmbedRequest, AmazonNovaEmbeddingsResponse: novaEmbedResponse },
  },
  {
    family: "amazon-nova",
    title: "Amazon Nova understanding models",
    description: `Nova Micro, Lite, Pro, Premier and Nova 2 through Amazon's messages-v1 body: turns with text, image, video, document, tool-call and tool-result blocks, tool configuration and inference settings; the stream sends one event per chunk. Closed except inferenceConfig: ${SCHEMA_VALIDATED}; inferenceConfig is open because recordings show Converse-style names there answered 200.`,
    modelIdPatterns: [NOVA_PATTERN],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "AmazonNovaRequest",
    response: "AmazonNovaResponse",
    streamChunk: "AmazonNovaStreamChunk",
    schemas: {
      AmazonNovaS3Location: s3Location,
      AmazonNovaMediaSource: mediaSource,
      AmazonNovaImage: novaImage,
      AmazonNovaVideo: novaVideo,
      AmazonNovaDocument: novaDocument,
      AmazonNovaToolUse: novaToolUse,
      AmazonNovaToolResult: novaToolResult,
      AmazonNovaContentBlock: novaContentBlock,
      AmazonNovaMessage: novaMessage,
      AmazonNovaInferenceConfig: novaInferenceConfig,
      AmazonNovaToolConfig: novaToolConfig,
      AmazonNovaRequest: novaRequest,
      AmazonNovaUsage: novaUsage,
      AmazonNovaResponse: novaResponse,
      AmazonNovaStreamChunk: novaStreamChunk,
      AmazonBedrockInvocationMetrics: bedrockInvocationMetrics,
    },
  },
  {
    family: "amazon-titan-text",
    title: "Amazon Titan Text",
    description: `Titan Text Lite, Express and Premier (and the older titan-tg1-large): a prompt with generation settings, answered with results; the stream sends text pieces. Closed: ${SCHEMA_VALIDATED}.`,
    modelIdPatterns: [TITAN_TEXT_PATTERN],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "AmazonTitanTextRequest",
    response: "AmazonTitanTextResponse",
    streamChunk: "AmazonTitanTextStreamChunk",
    schemas: {
      AmazonTitanTextRequest: titanTextRequest,
      AmazonTitanTextResponse: titanTextResponse,
      AmazonTitanTextStreamChunk: titanTextChunk,
      AmazonBedrockInvocationMetrics: bedrockInvocationMetrics,
    },
  },
  {
    family: "amazon-titan-embed-text-v1",
    title: "Amazon Titan Embeddings G1 - Text",
    description: `Text embeddings from Titan Embeddings G1 (titan-embed-text-v1): one text in, one 1536-number vector out; no stream. Closed: ${SCHEMA_VALIDATED}.`,
    modelIdPatterns: [TITAN_EMBED_V1_PATTERN],
    operations: ["InvokeModel"],
    request: "AmazonTitanEmbedTextV1Request",
    response: "AmazonTitanEmbedTextV1Response",
    schemas: {
      AmazonTitanEmbedTextV1Request: titanEmbedV1Request,
      AmazonTitanEmbedTextV1Response: titanEmbedV1Response,
    },
  },
  {
    family: "amazon-titan-embed-text-v2",
    title: "Amazon Titan Text Embeddings V2",
    description: `Text embeddings from Titan Text Embeddings V2, with a chosen length, normalization and float or binary encodings; no stream. Closed: ${SCHEMA_VALIDATED}.`,
    modelIdPatterns: [TITAN_EMBED_V2_PATTERN],
    operations: ["InvokeModel"],
    request: "AmazonTitanEmbedTextV2Request",
    response: "AmazonTitanEmbedTextV2Response",
    schemas: {
      AmazonTitanEmbedTextV2Request: titanEmbedV2Request,
      AmazonTitanEmbedTextV2Response: titanEmbedV2Response,
    },
  },
  {
    family: "amazon-titan-embed-image",
    title: "Amazon Titan Multimodal Embeddings G1",
    description: `Embeddings of a text, an image or both in one vector space (titan-embed-image-v1); no stream. No recording covers it yet. Closed: ${SCHEMA_VALIDATED}.`,
    modelIdPatterns: [TITAN_MULTIMODAL_PATTERN],
    operations: ["InvokeModel"],
    request: "AmazonTitanEmbedImageRequest",
    response: "AmazonTitanEmbedImageResponse",
    schemas: {
      AmazonTitanEmbedImageRequest: titanMultimodalRequest,
      AmazonTitanEmbedImageResponse: titanMultimodalResponse,
    },
  },
];
