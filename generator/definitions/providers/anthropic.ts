// Anthropic Claude bodies on Bedrock: the Messages API and the legacy Text Completions API.
// Facts follow Anthropic's public Messages API reference, the Bedrock Claude parameter pages and
// the recordings; descriptions are our own.
import {
  anyObject,
  anyOf,
  arr,
  base64,
  bool,
  int,
  nullableStr,
  num,
  obj,
  oneOf,
  oneOfValues,
  oneValue,
  ref,
  str,
} from "./build-schema.js";
import { bedrockInvocationMetrics, bedrockInvocationMetricsMember } from "./bedrock-metrics.js";
import type { JsonSchema, ModelFamily } from "./family.js";

/** Claude 3 and newer (3, 3.5, 3.7, 4, 4.5 and on: `claude-3-…`, `claude-sonnet-4-…`, `claude-opus-…`, `claude-haiku-…`). */
const MESSAGES_PATTERN = String.raw`(^|[./])anthropic\.claude-(3|sonnet|opus|haiku)`;
/** Claude 2, 2.1 and Instant, which take both the Text Completions and the Messages body. */
const LEGACY_PATTERN = String.raw`(^|[./])anthropic\.claude-(v2|instant)`;

const CLOSED_NOTE =
  "Closed: Anthropic's endpoint on Bedrock validates the body and answers 400 (`extraneous key [...] is not permitted`) for a member it does not know, so unknown members are rejected here too.";

const cacheControl = obj(
  "Marks the end of a prompt prefix to cache, so later requests that repeat the prefix read it from the cache.",
  {
    type: oneValue("ephemeral", "The only cache type: a short-lived cache entry."),
    ttl: oneOfValues(["5m", "1h"], "How long the entry lives: five minutes (the default) or one hour."),
  },
  { required: ["type"], closed: true },
);

/** Every cacheable block and tool points at the one cache-control schema, saying what the member does there. */
const cacheControlMember = ref(
  "AnthropicCacheControl",
  "Set on the last block (or tool) of a prefix to cache everything up to and including it; at most four per request.",
);

const citationsConfig = obj(
  "Whether the model may cite passages of this document in its answer.",
  { enabled: bool("True lets the answer cite the document.") },
  { closed: true },
);

const textBlock = obj(
  "Plain text in a message.",
  {
    type: oneValue("text", "Marks a text block."),
    text: str("The text."),
    cache_control: cacheControlMember,
    citations: arr(
      "Citations supporting this text (answers only; sending them back is allowed).",
      anyObject("One citation: where in a document the text comes from."),
    ),
  },
  { required: ["type", "text"], closed: true },
);

const imageSource = oneOf("Where the image comes from: inline base64 data or a URL.", [
  obj(
    "Image bytes carried in the request.",
    {
      type: oneValue("base64", "Marks inline data."),
      media_type: oneOfValues(["image/jpeg", "image/png", "image/gif", "image/webp"], "Format of the image."),
      data: base64("The image file, base64-encoded."),
    },
    { required: ["type", "media_type", "data"], closed: true },
  ),
  obj(
    "An image the model fetches from a URL.",
    { type: oneValue("url", "Marks a URL source."), url: str("Address of the image.") },
    { required: ["type", "url"], closed: true },
  ),
]);

const imageBlock = obj(
  "An image in a user message or a tool result.",
  { type: oneValue("image", "Marks an image block."), source: imageSource, cache_control: cacheControlMember },
  { required: ["type", "source"], closed: true },
);

const documentSource = oneOf("The document's content: a base64 PDF, plain text, a list of content blocks, or a URL.", [
  obj(
    "A PDF carried in the request.",
    {
      type: oneValue("base64", "Marks inline data."),
      media_type: oneValue("application/pdf", "Format of the document."),
      data: base64("The PDF file, base64-encoded."),
    },
    { required: ["type", "media_type", "data"], closed: true },
  ),
  obj(
    "A plain-text document.",
    {
      type: oneValue("text", "Marks a text source."),
      media_type: oneValue("text/plain", "Format of the text."),
      data: str("The document text."),
    },
    { required: ["type", "media_type", "data"], closed: true },
  ),
  obj(
    "A document made of content blocks, each of which can be cited on its own.",
    {
      type: oneValue("content", "Marks a content-block source."),
      content: anyOf("The document's text: one string or a list of text and image blocks.", [
        str("The whole document as one text."),
        arr(
          "The document's blocks.",
          anyOf("A text or image block.", [ref("AnthropicTextBlock"), ref("AnthropicImageBlock")]),
        ),
      ]),
    },
    { required: ["type", "content"], closed: true },
  ),
  obj(
    "A PDF the model fetches from a URL.",
    { type: oneValue("url", "Marks a URL source."), url: str("Address of the PDF.") },
    { required: ["type", "url"], closed: true },
  ),
]);

const documentBlock = obj(
  "A document (PDF or text) in a user message, which the model reads and may cite.",
  {
    type: oneValue("document", "Marks a document block."),
    source: documentSource,
    title: str("A title for the document, which the model may use."),
    context: str("Extra text about the document that the model reads but does not cite."),
    citations: citationsConfig,
    cache_control: cacheControlMember,
  },
  { required: ["type", "source"], closed: true },
);

const toolUseBlock = obj(
  "A call the model made to one of the tools; sent back in the assistant turn of a conversation.",
  {
    type: oneValue("tool_use", "Marks a tool call."),
    id: str("Identifier of the call, answered by a tool_result with the same tool_use_id."),
    name: str("Name of the tool called."),
    input: anyObject("Arguments for the tool, shaped by its input_schema."),
    cache_control: cacheControlMember,
  },
  { required: ["type", "id", "name", "input"], closed: true },
);

const toolResultBlock = obj(
  "The outcome of a tool call, sent in the next user turn.",
  {
    type: oneValue("tool_result", "Marks a tool result."),
    tool_use_id: str("The id of the tool_use block this answers."),
    content: anyOf("What the tool returned: a string, or a list of text, image and document blocks.", [
      str("The result as text."),
      arr(
        "The result as blocks.",
        anyOf("A text, image or document block.", [
          ref("AnthropicTextBlock"),
          ref("AnthropicImageBlock"),
          ref("AnthropicDocumentBlock"),
        ]),
      ),
    ]),
    is_error: bool("True when the tool failed and content describes the error."),
    cache_control: cacheControlMember,
  },
  { required: ["type", "tool_use_id"], closed: true },
);

const thinkingBlock = obj(
  "The model's visible reasoning from an earlier turn, sent back unchanged with its signature.",
  {
    type: oneValue("thinking", "Marks a reasoning block."),
    thinking: str("The reasoning text."),
    signature: str("Opaque signature that proves the reasoning came from the model."),
  },
  { required: ["type", "thinking", "signature"], closed: true },
);

const redactedThinkingBlock = obj(
  "Reasoning the service encrypted (flagged by safety systems); sent back unchanged.",
  { type: oneValue("redacted_thinking", "Marks an encrypted reasoning block."), data: str("The encrypted reasoning.") },
  { required: ["type", "data"], closed: true },
);

const contentBlock = oneOf("One block of message content, told apart by its type.", [
  ref("AnthropicTextBlock"),
  ref("AnthropicImageBlock"),
  ref("AnthropicDocumentBlock"),
  ref("AnthropicToolUseBlock"),
  ref("AnthropicToolResultBlock"),
  ref("AnthropicThinkingBlock"),
  ref("AnthropicRedactedThinkingBlock"),
]);

const message = obj(
  "One conversation turn. Turns alternate between user and assistant; a final assistant turn is continued by the model.",
  {
    role: oneOfValues(["user", "assistant"], "Who speaks in this turn."),
    content: anyOf("The turn's content: a string (one text block) or a list of blocks.", [
      str("The turn as plain text."),
      arr("The turn's blocks, in order.", ref("AnthropicContentBlock")),
    ]),
  },
  { required: ["role", "content"], closed: true },
);

const tool = obj(
  "A tool the model may call: a client tool described by a JSON Schema, or an Anthropic-defined tool (computer use, text editor, bash) selected by its versioned type.",
  {
    type: str(
      "For Anthropic-defined tools, the versioned tool type (for example `bash_20250124`); left out for client tools (or `custom`).",
    ),
    name: str("Name the model uses to call the tool."),
    description: str("What the tool does and when to use it; the model relies on it to choose."),
    input_schema: anyObject("JSON Schema of the tool's input object."),
    cache_control: cacheControlMember,
    display_width_px: int("Computer use: width of the screen in pixels.", { minimum: 1 }),
    display_height_px: int("Computer use: height of the screen in pixels.", { minimum: 1 }),
    display_number: int("Computer use: X11 display number.", { minimum: 0 }),
  },
  { required: ["name"], closed: true },
);

const toolChoice = obj(
  "How the model uses the tools: as it decides (auto), at least one of them (any), one named tool (tool), or none.",
  {
    type: oneOfValues(["auto", "any", "tool", "none"], "The tool-use mode."),
    name: str("The tool to call when type is tool."),
    disable_parallel_tool_use: bool("True limits the model to at most one tool call per turn."),
  },
  { required: ["type"], closed: true },
);

const thinkingConfig = obj(
  "Extended thinking: lets the model reason step by step before it answers, within a token budget.",
  {
    type: oneOfValues(["enabled", "disabled"], "Whether extended thinking is on."),
    budget_tokens: int("Tokens the model may spend on reasoning (at least 1024, less than max_tokens).", {
      minimum: 1,
    }),
  },
  { required: ["type"], closed: true },
);

const samplingMembers = {
  temperature: num("Randomness of sampling, 0 to 1; lower is more deterministic.", { minimum: 0, maximum: 1 }),
  top_p: num("Nucleus sampling: only tokens within this cumulative probability are considered.", {
    minimum: 0,
    maximum: 1,
  }),
  top_k: int("Only the k most likely tokens are considered at each step.", { minimum: 0 }),
  stop_sequences: arr("Strings that end generation when the model produces one.", str("A stop string.")),
};

const messagesRequest = obj(
  `A request to Anthropic's Messages API on Bedrock. ${CLOSED_NOTE}`,
  {
    anthropic_version: str("API version; on Bedrock always `bedrock-2023-05-31`."),
    anthropic_beta: arr(
      "Beta features to turn on, by name (for example `computer-use-2025-01-24`).",
      str("A beta feature name."),
    ),
    max_tokens: int("Most tokens the model may generate before it stops.", { minimum: 1 }),
    messages: arr("The conversation so far, oldest first.", ref("AnthropicMessage")),
    system: anyOf("Instructions that frame the whole conversation: a string or a list of text blocks.", [
      str("The system prompt as text."),
      arr("The system prompt as text blocks.", ref("AnthropicTextBlock")),
    ]),
    ...samplingMembers,
    tools: arr("Tools the model may call.", ref("AnthropicTool")),
    tool_choice: ref(
      "AnthropicToolChoice",
      "Whether the model may, must, or must not call a tool, or which one it must call.",
    ),
    thinking: ref(
      "AnthropicThinkingConfig",
      "Turns extended thinking on with a token budget; left out, the model answers without it.",
    ),
    metadata: obj(
      "Information about the request.",
      { user_id: str("An opaque identifier of the end user, for abuse detection.") },
      { closed: true },
    ),
  },
  { required: ["anthropic_version", "max_tokens", "messages"], closed: true },
);

const stopReason = oneOfValues(
  ["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal", "model_context_window_exceeded"],
  "Why generation stopped: a natural end, the token limit, a stop sequence, a tool call, a paused long turn, a refusal, or a full context window.",
);

const usage = obj("Token counts of the call (responses are open: more counters may appear).", {
  input_tokens: int("Input tokens read without the cache."),
  output_tokens: int("Tokens generated."),
  cache_creation_input_tokens: int("Input tokens written to the prompt cache."),
  cache_read_input_tokens: int("Input tokens read from the prompt cache."),
  cache_creation: obj("Cache writes by lifetime.", {
    ephemeral_5m_input_tokens: int("Tokens written to five-minute cache entries."),
    ephemeral_1h_input_tokens: int("Tokens written to one-hour cache entries."),
  }),
});

const responseBlock = oneOf("One block of the answer, told apart by its type.", [
  obj(
    "Text of the answer.",
    {
      type: oneValue("text", "Marks text."),
      text: str("The text."),
      citations: arr("Where the text comes from.", anyObject("One citation.")),
    },
    { required: ["type", "text"] },
  ),
  obj(
    "A call to a tool.",
    {
      type: oneValue("tool_use", "Marks a tool call."),
      id: str("Call id."),
      name: str("Tool name."),
      input: anyObject("Arguments."),
    },
    { required: ["type", "id", "name", "input"] },
  ),
  obj(
    "Visible reasoning.",
    {
      type: oneValue("thinking", "Marks reasoning."),
      thinking: str("Reasoning text; empty when a stream starts the block."),
      signature: str("Signature of the reasoning."),
    },
    { required: ["type", "thinking"] },
  ),
  obj(
    "Encrypted reasoning.",
    { type: oneValue("redacted_thinking", "Marks encrypted reasoning."), data: str("The encrypted reasoning.") },
    { required: ["type", "data"] },
  ),
]);

const messageProperties = (content: JsonSchema, stop: JsonSchema): Record<string, JsonSchema> => ({
  id: str("Identifier of the message."),
  type: oneValue("message", "Always message."),
  role: oneValue("assistant", "Always assistant."),
  model: str("The model that answered, in Anthropic's naming."),
  content,
  stop_reason: stop,
  stop_sequence: nullableStr("The stop sequence that ended generation, or null."),
  usage: ref("AnthropicUsage", "Input and output tokens, with prompt-cache reads and writes."),
});

const messagesResponse = obj(
  "The model's answer from the Messages API. Open to members Anthropic adds.",
  messageProperties(arr("The answer's blocks, in order.", ref("AnthropicResponseContentBlock")), stopReason),
  { required: ["id", "type", "role", "model", "content", "stop_reason", "usage"] },
);

const event = (
  type: string,
  description: string,
  properties: Record<string, JsonSchema>,
  required: readonly string[] = [],
): JsonSchema =>
  obj(
    description,
    { type: oneValue(type, `Marks a ${type} event.`), ...properties },
    { required: ["type", ...required] },
  );

const delta = oneOf("The increment, told apart by its type.", [
  obj(
    "More answer text.",
    { type: oneValue("text_delta", "Marks text."), text: str("The next piece of text.") },
    { required: ["type", "text"] },
  ),
  obj(
    "More of a tool call's input, as a piece of JSON text.",
    {
      type: oneValue("input_json_delta", "Marks tool input."),
      partial_json: str("The next piece of the JSON arguments."),
    },
    { required: ["type", "partial_json"] },
  ),
  obj(
    "More reasoning text.",
    { type: oneValue("thinking_delta", "Marks reasoning."), thinking: str("The next piece of reasoning.") },
    { required: ["type", "thinking"] },
  ),
  obj(
    "The signature of a reasoning block, sent just before it stops.",
    { type: oneValue("signature_delta", "Marks a signature."), signature: str("The signature.") },
    { required: ["type", "signature"] },
  ),
  obj(
    "A citation for the current text block.",
    { type: oneValue("citations_delta", "Marks a citation."), citation: anyObject("The citation.") },
    { required: ["type", "citation"] },
  ),
]);

const streamEvent = oneOf(
  "One Messages API streaming event, decoded from a chunk's bytes. A stream runs message_start, then per block content_block_start, deltas and content_block_stop, then message_delta and message_stop; ping may come at any time and error ends it.",
  [
    event(
      "message_start",
      "Opens the message: its id, model and input usage, with empty content.",
      {
        message: obj(
          "The message so far.",
          messageProperties(arr("Empty at the start.", ref("AnthropicResponseContentBlock")), {
            ...stopReason,
            type: ["string", "null"],
            enum: [...(stopReason["enum"] as string[]), null],
            description: "Null at the start.",
          }),
          {
            required: ["id", "type", "role", "model", "content", "usage"],
          },
        ),
      },
      ["message"],
    ),
    event(
      "content_block_start",
      "Opens a content block at an index.",
      {
        index: int("Position of the block."),
        content_block: ref(
          "AnthropicResponseContentBlock",
          "The block as it starts: text and reasoning empty, tool input `{}`; deltas fill it.",
        ),
      },
      ["index", "content_block"],
    ),
    event("content_block_delta", "Adds to the open block.", { index: int("Position of the block."), delta }, [
      "index",
      "delta",
    ]),
    event("content_block_stop", "Closes the block at an index.", { index: int("Position of the block.") }, ["index"]),
    event(
      "message_delta",
      "Top-level changes at the end: the stop reason and the output token count.",
      {
        delta: obj(
          "Changed message members.",
          { stop_reason: stopReason, stop_sequence: nullableStr("The stop sequence that ended generation, or null.") },
          { required: ["stop_reason"] },
        ),
        usage: obj(
          "Cumulative usage.",
          { output_tokens: int("Tokens generated so far.") },
          { required: ["output_tokens"] },
        ),
      },
      ["delta", "usage"],
    ),
    event("message_stop", "Ends the message. Bedrock adds its invocation metrics here.", {
      "amazon-bedrock-invocationMetrics": bedrockInvocationMetricsMember,
    }),
    event("ping", "Keeps the connection alive; carries nothing.", {}),
    event(
      "error",
      "An error that ends the stream.",
      {
        error: obj(
          "What went wrong.",
          { type: str("Error kind, such as overloaded_error."), message: str("Explanation.") },
          { required: ["type", "message"] },
        ),
      },
      ["error"],
    ),
  ],
);

const textCompletionsRequest = obj(
  `A request to Anthropic's legacy Text Completions API (Claude 2, 2.1 and Instant). ${CLOSED_NOTE}`,
  {
    prompt: str(
      "The prompt, written as alternating `\\n\\nHuman:` and `\\n\\nAssistant:` turns and ending with `\\n\\nAssistant:`.",
    ),
    max_tokens_to_sample: int("Most tokens to generate.", { minimum: 1 }),
    ...samplingMembers,
    anthropic_version: str("API version; `bedrock-2023-05-31`."),
  },
  { required: ["prompt", "max_tokens_to_sample"], closed: true },
);

const completionStop = oneOfValues(
  ["stop_sequence", "max_tokens"],
  "Why generation stopped: a stop sequence or the token limit.",
);

const textCompletionsResponse = obj(
  "A Text Completions answer. Open to members Anthropic adds.",
  {
    type: oneValue("completion", "Always completion."),
    completion: str("The generated text."),
    stop_reason: completionStop,
    stop: nullableStr("The stop sequence that ended generation, or null."),
  },
  { required: ["completion", "stop_reason"] },
);

const textCompletionsChunk = obj(
  "One Text Completions streaming piece; the last carries the stop reason and Bedrock's metrics.",
  {
    completion: str("The next piece of text."),
    stop_reason: {
      ...completionStop,
      type: ["string", "null"],
      enum: [...(completionStop["enum"] as string[]), null],
      description: "Null until the last piece.",
    },
    stop: nullableStr("The stop sequence that ended generation, or null."),
    "amazon-bedrock-invocationMetrics": bedrockInvocationMetricsMember,
  },
  { required: ["completion"] },
);

/** The Messages API components; the legacy family reuses them for the Messages form Claude 2 also takes. */
const messagesSchemas: Readonly<Record<string, JsonSchema>> = {
  AnthropicCacheControl: cacheControl,
  AnthropicTextBlock: textBlock,
  AnthropicImageBlock: imageBlock,
  AnthropicDocumentBlock: documentBlock,
  AnthropicToolUseBlock: toolUseBlock,
  AnthropicToolResultBlock: toolResultBlock,
  AnthropicThinkingBlock: thinkingBlock,
  AnthropicRedactedThinkingBlock: redactedThinkingBlock,
  AnthropicContentBlock: contentBlock,
  AnthropicMessage: message,
  AnthropicTool: tool,
  AnthropicToolChoice: toolChoice,
  AnthropicThinkingConfig: thinkingConfig,
  AnthropicMessagesRequest: messagesRequest,
  AnthropicUsage: usage,
  AnthropicResponseContentBlock: responseBlock,
  AnthropicMessagesResponse: messagesResponse,
  AnthropicMessagesStreamEvent: streamEvent,
  AmazonBedrockInvocationMetrics: bedrockInvocationMetrics,
};

export const anthropicFamilies: readonly ModelFamily[] = [
  {
    family: "anthropic-text-completions",
    title: "Anthropic Claude 2 and Instant (Text Completions or Messages)",
    description: `Claude 2, 2.1 and Instant take the legacy Text Completions body (\`prompt\`, \`max_tokens_to_sample\`; answer in \`completion\`) and, on Bedrock, also the Messages API body, so each side accepts either form. ${CLOSED_NOTE}`,
    modelIdPatterns: [LEGACY_PATTERN],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "AnthropicLegacyRequest",
    response: "AnthropicLegacyResponse",
    streamChunk: "AnthropicLegacyStreamChunk",
    schemas: {
      ...messagesSchemas,
      AnthropicTextCompletionsRequest: textCompletionsRequest,
      AnthropicTextCompletionsResponse: textCompletionsResponse,
      AnthropicTextCompletionsStreamChunk: textCompletionsChunk,
      AnthropicLegacyRequest: oneOf(
        "A Text Completions or a Messages request (one requires prompt, the other messages; both are closed).",
        [ref("AnthropicTextCompletionsRequest"), ref("AnthropicMessagesRequest")],
      ),
      AnthropicLegacyResponse: anyOf("A Text Completions or a Messages answer, matching the request's form.", [
        ref("AnthropicTextCompletionsResponse"),
        ref("AnthropicMessagesResponse"),
      ]),
      AnthropicLegacyStreamChunk: anyOf(
        "A Text Completions piece or a Messages streaming event, matching the request's form.",
        [ref("AnthropicTextCompletionsStreamChunk"), ref("AnthropicMessagesStreamEvent")],
      ),
    },
  },
  {
    family: "anthropic-messages",
    title: "Anthropic Claude Messages API",
    description: `Claude 3 and newer through Anthropic's Messages API: a conversation of user and assistant turns with text, image, document, tool and reasoning blocks, tools, tool choice and extended thinking; streaming sends Anthropic's event sequence, ending with Bedrock's invocation metrics. ${CLOSED_NOTE}`,
    modelIdPatterns: [MESSAGES_PATTERN],
    operations: ["InvokeModel", "InvokeModelWithResponseStream"],
    request: "AnthropicMessagesRequest",
    response: "AnthropicMessagesResponse",
    streamChunk: "AnthropicMessagesStreamEvent",
    schemas: messagesSchemas,
  },
];
