// Definitions: converse. Facts (names, types, constraints, bindings) follow the official Smithy model.
import {
  enumeration,
  integer,
  label,
  list,
  map,
  member,
  payload,
  prelude,
  string,
  structure,
  union,
} from "../shapes.js";
import { operation } from "../operations.js";
import type { JsonValue } from "../shapes.js";
import {
  AccessDeniedException,
  authenticationErrors,
  InternalServerException,
  ModelErrorException,
  ModelNotReadyException,
  ModelStreamErrorException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "./errors.js";
import {
  GuardrailAssessment,
  GuardrailAssessmentList,
  GuardrailIdentifier,
  GuardrailOutputText,
  GuardrailVersion,
} from "./guardrail.js";
import { PerformanceConfigLatency, ServiceTierType } from "./invoke.js";
import {
  CachePointBlock,
  CacheTTL,
  ContentBlock,
  ContentBlockDelta,
  ContentBlockStart,
  NonEmptyString,
  SystemContentBlock,
  ToolName,
} from "./converse-content.js";
import { conversationRules } from "./converse-rules.js";
import { novaCapitalQuestion } from "./recorded-examples.js";

export const ConversationalModelId = string({
  name: "ConversationalModelId",
  description:
    "Identifies what the request runs against: a foundation model ID or ARN, an inference profile ID or ARN (including application inference profiles), a Provisioned Throughput or custom model deployment ARN, a prompt router ARN, a Prompt management prompt version ARN, or a SageMaker endpoint ARN. 1 to 2048 characters; imported models are not supported by Converse even though the pattern admits their ARNs.",
  length: { min: 1, max: 2048 },
  pattern:
    "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$",
});

export const ConversationRole = enumeration({
  name: "ConversationRole",
  description:
    "Author of a message. `user` marks caller input and `assistant` marks model output (including earlier model turns you send back as history); `system` is also defined, but system instructions are normally passed through the top-level `system` request field instead.",
  values: {
    USER: "user",
    ASSISTANT: "assistant",
    SYSTEM: "system",
  },
});

export const ContentBlocks = list({
  name: "ContentBlocks",
  description: "Ordered content blocks that together form the body of a single message.",
  member: ContentBlock,
});

export const Message = structure({
  name: "Message",
  description:
    "A single conversation turn: who wrote it and what it contains. The same shape is used for the history you send and for the reply the model returns.",
  members: {
    role: member(ConversationRole, { description: "Who authored this turn.", required: true }),
    content: member(ContentBlocks, {
      description:
        "Body of the turn as one or more content blocks. Images and documents are accepted only in `user` turns (at most 20 images, each up to 3.75 MB and 8000 x 8000 px; at most 5 documents, each up to 4.5 MB), and a turn with a document must also carry a text block.",
      required: true,
    }),
  },
});

export const Messages = list({
  name: "Messages",
  description:
    "Conversation history in chronological order, oldest turn first. Turns normally alternate between `user` and `assistant`.",
  member: Message,
});

export const SystemContentBlocks = list({
  name: "SystemContentBlocks",
  description:
    "System prompt blocks that apply to the whole conversation, such as instructions, a persona, guarded content or cache checkpoints.",
  member: SystemContentBlock,
});

export const NonEmptyStringList = list({
  name: "NonEmptyStringList",
  description: "A list of strings, each at least one character long.",
  member: NonEmptyString,
});

export const InferenceConfiguration = structure({
  name: "InferenceConfiguration",
  description:
    "Common sampling and length controls understood by every model that supports Converse. Any member left out falls back to the model's own default; model-specific parameters go in `additionalModelRequestFields`.",
  members: {
    maxTokens: member(prelude.Integer, {
      description:
        "Upper bound on the number of tokens the model may generate in its reply (at least 1). If omitted, the model's maximum is used.",
      range: { min: 1 },
    }),
    temperature: member(prelude.Float, {
      description:
        "Sampling randomness between 0 and 1. Lower values favour the most likely tokens and give more predictable output; higher values give more varied output. If omitted, the model default applies.",
      range: { min: 0, max: 1 },
    }),
    topP: member(prelude.Float, {
      description:
        "Nucleus sampling cutoff between 0 and 1: the model only samples from the smallest set of candidate tokens whose combined probability reaches this value (0.9 means the top 90% of probability mass). If omitted, the model default applies.",
      range: { min: 0, max: 1 },
    }),
    stopSequences: member(NonEmptyStringList, {
      description:
        "Strings that end generation as soon as the model produces one of them (up to 2500 entries). The reply then reports `stop_sequence` as its stop reason.",
      length: { max: 2500 },
    }),
  },
});

export const ToolInputSchema = union({
  name: "ToolInputSchema",
  description:
    "Schema describing the arguments a tool accepts. Exactly one member must be set, and the schema it carries has to describe a JSON object at its root.",
  members: {
    json: member(prelude.Document, {
      description: "A JSON Schema document, given inline as a JSON object, that the tool input must match.",
    }),
  },
});

export const ToolSpecification = structure({
  name: "ToolSpecification",
  description:
    "Definition of a caller-implemented tool (function) the model can ask to call: its name, what it does and the shape of its input.",
  members: {
    name: member(ToolName, {
      description:
        "Unique tool name the model uses when requesting a call; 1 to 64 letters, digits, underscores or hyphens.",
      required: true,
    }),
    description: member(NonEmptyString, {
      description:
        "Plain-language explanation of what the tool does and when to use it; the model relies on this to decide whether to call it.",
    }),
    inputSchema: member(ToolInputSchema, {
      description: "JSON Schema for the arguments the model must supply when it calls the tool.",
      required: true,
    }),
    strict: member(prelude.Boolean, {
      description:
        "When true, asks the model to produce tool input that strictly conforms to `inputSchema` (structured output for tool calls). Only honoured by models that support it.",
    }),
  },
});

export const SystemTool = structure({
  name: "SystemTool",
  description:
    "Reference to a built-in tool that the model provider supplies and runs, rather than one you implement and describe yourself.",
  members: {
    name: member(ToolName, { description: "Name of the provider-supplied tool to enable.", required: true }),
  },
});

export const Tool = union({
  name: "Tool",
  description: "One entry in the tool list. Exactly one member must be set.",
  members: {
    toolSpec: member(ToolSpecification, {
      description: "A tool you define and execute yourself, described by name, description and input schema.",
    }),
    systemTool: member(SystemTool, { description: "A built-in tool provided by the model provider." }),
    cachePoint: member(CachePointBlock, {
      description:
        "A prompt-cache checkpoint placed after the preceding tool definitions so they can be reused from the cache on later requests.",
    }),
  },
});

export const Tools = list({
  name: "Tools",
  description: "Ordered list of tools and cache checkpoints offered to the model.",
  member: Tool,
});

export const AutoToolChoice = structure({
  name: "AutoToolChoice",
  description:
    "Lets the model decide on its own whether to call a tool or answer with text. Has no members; send it as an empty object `{}`.",
  members: {},
});

export const AnyToolChoice = structure({
  name: "AnyToolChoice",
  description:
    "Forces the model to call at least one of the offered tools instead of replying with text. Has no members; send it as an empty object `{}`.",
  members: {},
});

export const SpecificToolChoice = structure({
  name: "SpecificToolChoice",
  description: "Forces the model to call one particular tool. Only some models support this option.",
  members: {
    name: member(ToolName, {
      description: "Tool to force; must match the name of an entry in `tools`.",
      required: true,
    }),
  },
});

export const ToolChoice = union({
  name: "ToolChoice",
  description:
    "How the model is allowed or required to use the offered tools. Exactly one member must be set; when the whole object is omitted the model behaves as with `auto`.",
  members: {
    auto: member(AutoToolChoice, {
      description: "Default behaviour: leave it to the model whether to request a tool or write a text answer.",
    }),
    any: member(AnyToolChoice, {
      description: "Require a tool call: the reply contains one or more tool requests and no text.",
    }),
    tool: member(SpecificToolChoice, {
      description:
        "The model must call the named tool. Supported only by a subset of models (for example Anthropic Claude 3 and Amazon Nova).",
    }),
  },
});

export const ToolConfiguration = structure({
  name: "ToolConfiguration",
  description:
    "Tools the model may call during this request, plus an optional policy controlling whether it must call one. Only models with tool-use support accept it.",
  members: {
    tools: member(Tools, {
      description:
        "The tool definitions (and optional cache checkpoints) made available to the model; at least one entry is required.",
      required: true,
      length: { min: 1 },
    }),
    toolChoice: member(ToolChoice, {
      description: "Policy for tool use. If omitted, the model decides for itself whether to call a tool.",
    }),
  },
});

export const GuardrailTrace = enumeration({
  name: "GuardrailTrace",
  description:
    "Controls the guardrail trace in the response. `enabled` includes the assessment of policies that took effect, `enabled_full` also includes policies that were evaluated without detecting anything, and `disabled` (the default) returns no guardrail trace.",
  values: {
    ENABLED: "enabled",
    DISABLED: "disabled",
    ENABLED_FULL: "enabled_full",
  },
});

export const GuardrailConfiguration = structure({
  name: "GuardrailConfiguration",
  description:
    "Guardrail to apply to a Converse request. If the messages contain `guardContent` blocks, only those blocks are evaluated; otherwise the guardrail checks all messages, including those from a referenced prompt resource.",
  members: {
    guardrailIdentifier: member(GuardrailIdentifier, {
      description: "ID or ARN of the guardrail to apply.",
      default: "",
    }),
    guardrailVersion: member(GuardrailVersion, {
      description: "Guardrail version to use: a version number or `DRAFT` for the working draft.",
      default: "",
    }),
    trace: member(GuardrailTrace, {
      description: "Whether to return a guardrail trace in the response, and how detailed. Defaults to `disabled`.",
      default: "disabled",
    }),
  },
});

export const PromptVariableValues = union({
  name: "PromptVariableValues",
  description: "Value substituted for one variable of a Prompt management prompt. Exactly one member must be set.",
  members: {
    text: member(prelude.String, { description: "Text inserted in place of the variable." }),
  },
});

export const PromptVariableMap = map({
  name: "PromptVariableMap",
  description:
    "Values for the variables of a Prompt management prompt, keyed by variable name. Marked sensitive, so it must not be logged.",
  sensitive: true,
  key: prelude.String,
  value: PromptVariableValues,
});

export const AdditionalModelResponseFieldPaths = list({
  name: "AdditionalModelResponseFieldPaths",
  description:
    "JSON Pointer paths (RFC 6901) naming model-specific fields to copy from the native model response into `additionalModelResponseFields`; at most 10 paths, each 1 to 256 characters.",
  length: { max: 10 },
  member: prelude.String,
  memberConstraints: { length: { min: 1, max: 256 } },
});

export const RequestMetadata = map({
  name: "RequestMetadata",
  description:
    "Caller-defined key/value string pairs attached to the request and recorded in model invocation logs, where they can be used for filtering. 1 to 16 entries; keys are 1 to 256 and values 0 to 256 characters from letters, digits, whitespace and `:_@$#=/+,-.`; marked sensitive.",
  sensitive: true,
  length: { min: 1, max: 16 },
  key: prelude.String,
  keyConstraints: { length: { min: 1, max: 256 }, pattern: "^[a-zA-Z0-9\\s:_@$#=/+,-.]{1,256}$" },
  value: prelude.String,
  valueConstraints: { length: { min: 0, max: 256 }, pattern: "^[a-zA-Z0-9\\s:_@$#=/+,-.]{0,256}$" },
});

export const PerformanceConfiguration = structure({
  name: "PerformanceConfiguration",
  description: "Latency setting that selects between the standard and a latency-optimized way of serving the model.",
  members: {
    latency: member(PerformanceConfigLatency, {
      description:
        "`standard` (the default) uses regular inference; `optimized` uses a latency-optimized version of the model where one is available.",
      default: "standard",
    }),
  },
});

export const ServiceTier = structure({
  name: "ServiceTier",
  description: "Processing tier for a request. In a response, the tier that actually served the request.",
  members: {
    type: member(ServiceTierType, {
      description:
        "Tier name: `default` for standard processing, `priority` for preferential processing at a higher price, `flex` for lower-cost processing that may take longer, or `reserved` for capacity reserved in advance.",
      required: true,
    }),
  },
});

export const OutputFormatType = enumeration({
  name: "OutputFormatType",
  description:
    "Kind of structured output constraint. The only value, `json_schema`, means the reply must be JSON matching a supplied JSON Schema.",
  values: {
    JSON_SCHEMA: "json_schema",
  },
});

export const JsonSchemaDefinition = structure({
  name: "JsonSchemaDefinition",
  description: "A named JSON Schema that the model's text reply must satisfy.",
  members: {
    schema: member(prelude.String, {
      description: "The JSON Schema, serialized as a string, that the reply must conform to.",
      required: true,
    }),
    name: member(prelude.String, { description: "Optional label for the schema." }),
    description: member(prelude.String, {
      description: "Optional explanation of what the schema represents, which can help the model fill it in.",
    }),
  },
});

export const OutputFormatStructure = union({
  name: "OutputFormatStructure",
  description: "The concrete structure the reply must follow. Exactly one member must be set; marked sensitive.",
  sensitive: true,
  members: {
    jsonSchema: member(JsonSchemaDefinition, { description: "Constrain the reply with a JSON Schema." }),
  },
});

export const OutputFormat = structure({
  name: "OutputFormat",
  description: "Structured output settings that force the model's text reply into a given format.",
  members: {
    type: member(OutputFormatType, {
      description: "Which kind of format constraint is used; currently always `json_schema`.",
      required: true,
    }),
    structure: member(OutputFormatStructure, {
      description: "The schema or structure matching `type`.",
      required: true,
    }),
  },
});

export const OutputConfig = structure({
  name: "OutputConfig",
  description:
    "Settings that shape the model's reply, such as a structured output format and how much reasoning effort to spend.",
  members: {
    textFormat: member(OutputFormat, {
      description:
        "Structured output constraint for the text of the reply. If omitted, the model answers in free-form text.",
    }),
    effort: member(prelude.String, {
      description:
        "Reasoning effort level for the reply: larger values trade speed and tokens for more deliberate answers. The AWS SDK documents `low`, `medium`, `high`, `xhigh` and `max`, but the field is typed as a free string. This member comes from the newer AWS SDK model and is not yet in the published Smithy file; without extended thinking enabled, levels above `high` are capped at `high`.",
    }),
  },
});

/** Members ConverseRequest and ConverseStreamRequest share before their guardrail settings. */
const conversationMembers = {
  modelId: member(ConversationalModelId, {
    description:
      "Model, inference profile, Provisioned Throughput, prompt router or Prompt management prompt version to run, given as an ID or ARN in the URL path. Imported models are not supported.",
    required: true,
    binding: label(),
  }),
  messages: member(Messages, {
    description:
      "Conversation history to send to the model. Can be omitted or used to append turns when `modelId` points at a Prompt management prompt.",
  }),
  system: member(SystemContentBlocks, {
    description:
      "System prompt: instructions, context or persona that apply to the whole conversation. Not allowed when `modelId` is a Prompt management prompt.",
  }),
  inferenceConfig: member(InferenceConfiguration, {
    description:
      "Common inference parameters (token limit, temperature, top-p, stop sequences). If omitted, model defaults apply; not allowed with a Prompt management prompt.",
  }),
  toolConfig: member(ToolConfiguration, {
    description:
      "Tools the model may call while answering. Omit it to disable tool use; not allowed with a Prompt management prompt.",
  }),
};

/** Members ConverseRequest and ConverseStreamRequest share after their guardrail settings. */
const conversationSettings = {
  additionalModelRequestFields: member(prelude.Document, {
    description:
      "Model-specific request parameters beyond those in `inferenceConfig`, passed to the model unchanged as a JSON object. Not allowed with a Prompt management prompt.",
  }),
  promptVariables: member(PromptVariableMap, {
    description:
      "Values for the variables of the Prompt management prompt named in `modelId`. Ignored when `modelId` is not a prompt.",
  }),
  additionalModelResponseFieldPaths: member(AdditionalModelResponseFieldPaths, {
    description:
      "JSON Pointer paths (for example `/stop_sequence`) of model-specific response fields to return in `additionalModelResponseFields`. Invalid pointers cause a 400 error; valid pointers to fields the model did not return are ignored.",
    length: { max: 10 },
  }),
  requestMetadata: member(RequestMetadata, {
    description: "Key/value tags recorded with the invocation logs for later filtering.",
  }),
  performanceConfig: member(PerformanceConfiguration, {
    description: "Latency setting for the request. If omitted, `standard` latency is used.",
  }),
  serviceTier: member(ServiceTier, {
    description: "Processing tier to request. If omitted, the default tier is used.",
  }),
  outputConfig: member(OutputConfig, {
    description: "Reply shaping options such as structured output and effort level.",
  }),
};

export const ConverseRequest = structure({
  name: "ConverseRequest",
  description:
    "Input of the Converse operation: the target model in the URL path and the conversation plus optional settings in the JSON body.",
  members: {
    ...conversationMembers,
    guardrailConfig: member(GuardrailConfiguration, {
      description: "Guardrail to evaluate the conversation and the reply against. If omitted, no guardrail is applied.",
    }),
    ...conversationSettings,
  },
});

export const ConverseOutput = union({
  name: "ConverseOutput",
  description: "The content returned by Converse. Exactly one member is set.",
  members: {
    message: member(Message, { description: "The reply generated by the model, with role `assistant`." }),
  },
});

export const StopReason = enumeration({
  name: "StopReason",
  description:
    "Why generation ended: `end_turn` (the model finished its answer), `tool_use` (the model wants a tool called), `max_tokens` (the token limit was reached), `stop_sequence` (a stop sequence was produced), `guardrail_intervened` (a guardrail blocked or changed content), `content_filtered` (model-side content filtering), `malformed_model_output` (the model produced output that could not be parsed), `malformed_tool_use` (the tool call the model produced was invalid), or `model_context_window_exceeded` (the context window is full).",
  values: {
    END_TURN: "end_turn",
    TOOL_USE: "tool_use",
    MAX_TOKENS: "max_tokens",
    STOP_SEQUENCE: "stop_sequence",
    GUARDRAIL_INTERVENED: "guardrail_intervened",
    CONTENT_FILTERED: "content_filtered",
    MALFORMED_MODEL_OUTPUT: "malformed_model_output",
    MALFORMED_TOOL_USE: "malformed_tool_use",
    MODEL_CONTEXT_WINDOW_EXCEEDED: "model_context_window_exceeded",
  },
});

export const CacheDetail = structure({
  name: "CacheDetail",
  description: "Prompt cache write count for one cache lifetime (TTL).",
  members: {
    ttl: member(CacheTTL, {
      description: "Cache lifetime the tokens were written with: `5m` or `1h`.",
      required: true,
    }),
    inputTokens: member(prelude.Integer, {
      description: "How many prompt tokens were cached under this TTL.",
      required: true,
      range: { min: 0 },
    }),
  },
});

export const CacheDetailsList = list({
  name: "CacheDetailsList",
  description: "Prompt cache writes broken down by TTL, longest TTL first.",
  member: CacheDetail,
});

export const TokenUsage = structure({
  name: "TokenUsage",
  description: "Token counts for the request. Cache fields appear only when prompt caching is involved.",
  members: {
    inputTokens: member(prelude.Integer, {
      description: "Number of prompt (input) tokens the model processed for this call.",
      required: true,
      range: { min: 0 },
    }),
    outputTokens: member(prelude.Integer, {
      description: "Number of tokens the model generated.",
      required: true,
      range: { min: 0 },
    }),
    totalTokens: member(prelude.Integer, {
      description: "inputTokens plus outputTokens.",
      required: true,
      range: { min: 0 },
    }),
    cacheReadInputTokens: member(prelude.Integer, {
      description:
        "Prompt tokens that were cache hits rather than being processed again. Absent when the cache was not read.",
      range: { min: 0 },
    }),
    cacheWriteInputTokens: member(prelude.Integer, {
      description: "Prompt tokens newly stored in the prompt cache by this call. Absent when nothing was cached.",
      range: { min: 0 },
    }),
    cacheDetails: member(CacheDetailsList, {
      description: "Cache writes split by TTL, ordered `1h` before `5m`; empty when no cache entry was created.",
    }),
  },
});

export const ConverseMetrics = structure({
  name: "ConverseMetrics",
  description: "Timing information for a Converse call.",
  members: {
    latencyMs: member(prelude.Long, {
      description: "Milliseconds the service spent on the call, from receiving it to finishing the reply.",
      required: true,
    }),
  },
});

export const ModelOutputs = list({
  name: "ModelOutputs",
  description: "Text produced by the model, as seen by the guardrail.",
  member: GuardrailOutputText,
});

export const GuardrailAssessmentMap = map({
  name: "GuardrailAssessmentMap",
  description: "Guardrail assessments of the input, keyed by guardrail ID.",
  key: prelude.String,
  value: GuardrailAssessment,
});

export const GuardrailAssessmentListMap = map({
  name: "GuardrailAssessmentListMap",
  description:
    "Guardrail assessments of the model output, keyed by guardrail ID; each value lists one assessment per evaluated output.",
  key: prelude.String,
  value: GuardrailAssessmentList,
});

export const GuardrailTraceAssessment = structure({
  name: "GuardrailTraceAssessment",
  description:
    "Guardrail trace for a request: what the model produced and how the guardrail judged input and output. Returned only when guardrail tracing is enabled.",
  members: {
    modelOutput: member(ModelOutputs, { description: "The raw model output that the guardrail evaluated." }),
    inputAssessment: member(GuardrailAssessmentMap, { description: "Results of checking the input, per guardrail." }),
    outputAssessments: member(GuardrailAssessmentListMap, {
      description: "Results of checking the model output, per guardrail.",
    }),
    actionReason: member(prelude.String, {
      description: "Explanation of why the guardrail acted, for example which policy caused content to be blocked.",
    }),
  },
});

export const InvokedModelId = string({
  name: "InvokedModelId",
  description: "ARN of the foundation model or inference profile that actually handled the request.",
  pattern:
    "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{1,20}):(|[0-9]{12}):inference-profile/[a-zA-Z0-9-:.]+)$",
});

export const PromptRouterTrace = structure({
  name: "PromptRouterTrace",
  description: "Trace information from a prompt router, present when `modelId` was a prompt router.",
  members: {
    invokedModelId: member(InvokedModelId, { description: "ARN of the model the router chose to serve the request." }),
  },
});

export const ConverseTrace = structure({
  name: "ConverseTrace",
  description: "Diagnostic trace returned by Converse, covering guardrail evaluation and prompt routing.",
  members: {
    guardrail: member(GuardrailTraceAssessment, {
      description: "Guardrail trace; present only when a guardrail was applied with tracing enabled.",
    }),
    promptRouter: member(PromptRouterTrace, {
      description: "Prompt router trace; present only when a prompt router served the request.",
    }),
  },
});

export const ConverseResponse = structure({
  name: "ConverseResponse",
  description:
    "Output of the Converse operation: the model's reply with stop reason, token usage, latency and optional trace data.",
  members: {
    output: member(ConverseOutput, { description: "The message generated by the model.", required: true }),
    stopReason: member(StopReason, {
      description: "Reason generation ended; see StopReason for the possible values.",
      required: true,
    }),
    usage: member(TokenUsage, { description: "Input, output and cache token counts for the call.", required: true }),
    metrics: member(ConverseMetrics, { description: "Latency of the call.", required: true }),
    additionalModelResponseFields: member(prelude.Document, {
      description:
        "Model-specific response fields requested through `additionalModelResponseFieldPaths`, as a JSON object.",
    }),
    trace: member(ConverseTrace, { description: "Guardrail and prompt router trace; present only when applicable." }),
    performanceConfig: member(PerformanceConfiguration, { description: "Latency setting used to serve the request." }),
    serviceTier: member(ServiceTier, { description: "Processing tier that served the request." }),
  },
});

export const GuardrailStreamProcessingMode = enumeration({
  name: "GuardrailStreamProcessingMode",
  description:
    "How a guardrail checks a streamed reply. `sync` (the default) buffers output and evaluates each chunk before it is sent, adding latency; `async` sends chunks immediately and evaluates them in the background, so content that violates a policy may reach the client before the guardrail intervenes.",
  values: {
    SYNC: "sync",
    ASYNC: "async",
  },
});

export const GuardrailStreamConfiguration = structure({
  name: "GuardrailStreamConfiguration",
  description:
    "Guardrail to apply to a ConverseStream request, including how streamed output is checked. If the messages contain `guardContent` blocks, only those blocks are evaluated on input.",
  members: {
    guardrailIdentifier: member(GuardrailIdentifier, {
      description: "ID or ARN of the guardrail to apply.",
      default: "",
    }),
    guardrailVersion: member(GuardrailVersion, {
      description: "Guardrail version to use: a version number or `DRAFT` for the working draft.",
      default: "",
    }),
    trace: member(GuardrailTrace, {
      description:
        "Whether to include a guardrail trace in the stream metadata, and how detailed. Defaults to `disabled`.",
      default: "disabled",
    }),
    streamProcessingMode: member(GuardrailStreamProcessingMode, {
      description: "Synchronous or asynchronous checking of streamed output. Defaults to `sync`.",
      default: "sync",
    }),
  },
});

export const ConverseStreamRequest = structure({
  name: "ConverseStreamRequest",
  description:
    "Input of the ConverseStream operation: the target model in the URL path and the conversation plus optional settings in the JSON body. Same as the Converse input except for the streaming guardrail settings.",
  members: {
    ...conversationMembers,
    guardrailConfig: member(GuardrailStreamConfiguration, {
      description:
        "Guardrail to evaluate the conversation and the streamed reply against, including how streamed chunks are checked. If omitted, no guardrail is applied.",
    }),
    ...conversationSettings,
  },
});

export const MessageStartEvent = structure({
  name: "MessageStartEvent",
  description: "First event of a streamed reply, announcing a new message.",
  members: {
    role: member(ConversationRole, {
      description: "Role of the message being streamed; `assistant` for model output.",
      required: true,
    }),
  },
});

export const NonNegativeInteger = integer({
  name: "NonNegativeInteger",
  description: "An integer greater than or equal to 0.",
  range: { min: 0 },
});

export const ContentBlockStartEvent = structure({
  name: "ContentBlockStartEvent",
  description:
    "Signals that a new content block of a non-text kind (such as a tool call) begins in the streamed message.",
  members: {
    start: member(ContentBlockStart, {
      description: "Initial information about the block, such as the tool name and tool use ID.",
      required: true,
    }),
    contentBlockIndex: member(NonNegativeInteger, {
      description: "Zero-based position of the block within the message.",
      required: true,
    }),
  },
});

export const ContentBlockDeltaEvent = structure({
  name: "ContentBlockDeltaEvent",
  description:
    "An incremental piece of a content block (text, tool input, reasoning, citations and so on). Append deltas with the same index in arrival order.",
  members: {
    delta: member(ContentBlockDelta, { description: "The new fragment of content.", required: true }),
    contentBlockIndex: member(NonNegativeInteger, {
      description: "Zero-based position of the block this fragment belongs to.",
      required: true,
    }),
  },
});

export const ContentBlockStopEvent = structure({
  name: "ContentBlockStopEvent",
  description: "Signals that a content block is complete.",
  members: {
    contentBlockIndex: member(NonNegativeInteger, {
      description: "Zero-based position of the finished block.",
      required: true,
    }),
  },
});

export const MessageStopEvent = structure({
  name: "MessageStopEvent",
  description: "Signals that the streamed message is complete and why generation stopped.",
  members: {
    stopReason: member(StopReason, {
      description: "Reason generation ended; see StopReason for the possible values.",
      required: true,
    }),
    additionalModelResponseFields: member(prelude.Document, {
      description:
        "Model-specific response fields requested through `additionalModelResponseFieldPaths`, as a JSON object.",
    }),
  },
});

export const ConverseStreamMetrics = structure({
  name: "ConverseStreamMetrics",
  description: "Timing information for a streamed call.",
  members: {
    latencyMs: member(prelude.Long, {
      description: "Milliseconds the service spent on the streamed call, from receiving it to sending the last event.",
      required: true,
    }),
  },
});

export const ConverseStreamTrace = structure({
  name: "ConverseStreamTrace",
  description: "Diagnostic trace sent in the stream metadata, covering guardrail evaluation and prompt routing.",
  members: {
    guardrail: member(GuardrailTraceAssessment, {
      description: "Guardrail trace; present only when a guardrail was applied with tracing enabled.",
    }),
    promptRouter: member(PromptRouterTrace, {
      description: "Prompt router trace; present only when a prompt router served the request.",
    }),
  },
});

export const ConverseStreamMetadataEvent = structure({
  name: "ConverseStreamMetadataEvent",
  description: "Closing event of the stream carrying token usage, latency and optional trace data.",
  members: {
    usage: member(TokenUsage, { description: "Input, output and cache token counts for the call.", required: true }),
    metrics: member(ConverseStreamMetrics, { description: "Latency of the streamed call.", required: true }),
    trace: member(ConverseStreamTrace, {
      description: "Guardrail and prompt router trace; present only when applicable.",
    }),
    performanceConfig: member(PerformanceConfiguration, { description: "Latency setting used to serve the request." }),
    serviceTier: member(ServiceTier, { description: "Processing tier that served the request." }),
  },
});

export const ConverseStreamOutput = union({
  name: "ConverseStreamOutput",
  description:
    "Event stream of a ConverseStream reply. Each member arrives as its own event-stream frame, and each frame carries exactly one member. A typical sequence is `messageStart`, then `contentBlockStart`/`contentBlockDelta`/`contentBlockStop` per block, then `messageStop` and `metadata`; an exception frame ends the stream with an error.",
  streaming: true,
  members: {
    messageStart: member(MessageStartEvent, { description: "Start of the reply message." }),
    contentBlockStart: member(ContentBlockStartEvent, { description: "Start of a content block." }),
    contentBlockDelta: member(ContentBlockDeltaEvent, { description: "A fragment of a content block." }),
    contentBlockStop: member(ContentBlockStopEvent, { description: "End of a content block." }),
    messageStop: member(MessageStopEvent, { description: "End of the reply message, with the stop reason." }),
    metadata: member(ConverseStreamMetadataEvent, { description: "Token usage, latency and trace data for the call." }),
    internalServerException: member(InternalServerException, {
      description: "The service failed while streaming; the request can be retried.",
    }),
    modelStreamErrorException: member(ModelStreamErrorException, {
      description: "The model failed while producing the stream; the request can be retried.",
    }),
    validationException: member(ValidationException, {
      description: "The request was found invalid after streaming began.",
    }),
    throttlingException: member(ThrottlingException, {
      description: "The request exceeded an account quota or rate limit; retry later with backoff.",
    }),
    serviceUnavailableException: member(ServiceUnavailableException, {
      description: "The service is temporarily unavailable; retry later.",
    }),
  },
});

export const ConverseStreamResponse = structure({
  name: "ConverseStreamResponse",
  description: "Output of the ConverseStream operation: an event stream carried as the HTTP response body.",
  members: {
    stream: member(ConverseStreamOutput, {
      description: "The reply as a sequence of event-stream frames.",
      binding: payload(),
    }),
  },
});

// ── examples ────────────────────────────────────────────────────────────────
// One bookshop support conversation, shared by the Converse and ConverseStream examples.

const supportModel = "us.anthropic.claude-3-5-haiku-20241022-v1:0";

const supportSystem: JsonValue = [
  {
    text: "You answer customers of Lantern Books, an online bookshop. Look orders up with the tools before answering; never guess a delivery date.",
  },
];

const orderQuestion: JsonValue = {
  role: "user",
  content: [{ text: "Hi, where is my order 4417-B? It was due on Tuesday." }],
};

const orderTools: JsonValue = {
  tools: [
    {
      toolSpec: {
        name: "get_order_status",
        description: "Returns the shipping status, carrier and expected delivery date of one order.",
        inputSchema: {
          json: {
            type: "object",
            properties: { orderId: { type: "string", description: "The order number, for example 4417-B." } },
            required: ["orderId"],
          },
        },
      },
    },
  ],
  toolChoice: { auto: {} },
};

const orderToolUse: JsonValue = {
  toolUseId: "tooluse_Wq4Zr8NcT2uKx6bD1mLp0A",
  name: "get_order_status",
  input: { orderId: "4417-B" },
};

const lookupTurn: JsonValue = {
  role: "assistant",
  content: [{ text: "Let me check that order for you." }, { toolUse: orderToolUse }],
};

export const Converse = operation({
  name: "Converse",
  method: "POST",
  uri: "/model/{modelId}/converse",
  status: 200,
  input: ConverseRequest,
  output: ConverseResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ModelErrorException,
    ModelNotReadyException,
    ModelTimeoutException,
    ResourceNotFoundException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeModel",
  tags: ["Conversation"],
  rules: conversationRules,
  summary: "Send a conversation to a model and get its reply",
  description:
    "Runs inference on a model, inference profile, Provisioned Throughput, prompt router or Prompt management prompt through one model-independent message format, and returns the whole reply at once together with the stop reason, token usage and latency. Use it for multi-turn chat, tool use (function calling), guardrails, prompt caching and structured output without writing model-specific request bodies; parameters a model supports beyond the common set go in `additionalModelRequestFields`. When `modelId` is a Prompt management prompt, supply `promptVariables` and optionally extra `messages`, but do not send `system`, `inferenceConfig`, `toolConfig` or `additionalModelRequestFields`. Bedrock does not store the content you send. Use ConverseStream instead to receive the reply incrementally. Authorized by the IAM action `bedrock:InvokeModel`.",
  examples: [
    {
      name: "toolUse",
      summary: "A question the model answers by asking for a tool call",
      description:
        "A system prompt, one user message and one tool. The model replies with a short text and a `toolUse` block, and stops with `tool_use`: the caller runs the tool and sends its result back (see the `toolResult` example).",
      parameters: { modelId: supportModel },
      request: {
        body: {
          system: supportSystem,
          messages: [orderQuestion],
          inferenceConfig: { maxTokens: 512, temperature: 0.2 },
          toolConfig: orderTools,
        },
      },
      response: {
        status: 200,
        body: {
          output: { message: lookupTurn },
          stopReason: "tool_use",
          usage: { inputTokens: 418, outputTokens: 64, totalTokens: 482 },
          metrics: { latencyMs: 1192 },
        },
      },
    },
    {
      name: "toolResult",
      summary: "The tool's result sent back, answered in text",
      description:
        "The conversation so far plus a `toolResult` block carrying the tool's JSON output. The tool configuration is sent again, as it must be whenever the messages hold tool blocks. The model answers in text and stops with `end_turn`; usage and latency come with the reply.",
      parameters: { modelId: supportModel },
      request: {
        body: {
          system: supportSystem,
          messages: [
            orderQuestion,
            lookupTurn,
            {
              role: "user",
              content: [
                {
                  toolResult: {
                    toolUseId: "tooluse_Wq4Zr8NcT2uKx6bD1mLp0A",
                    content: [
                      {
                        json: {
                          orderId: "4417-B",
                          status: "IN_TRANSIT",
                          carrier: "Parcelway",
                          expectedDelivery: "2025-06-06",
                        },
                      },
                    ],
                    status: "success",
                  },
                },
              ],
            },
          ],
          inferenceConfig: { maxTokens: 512, temperature: 0.2 },
          toolConfig: orderTools,
        },
      },
      response: {
        status: 200,
        body: {
          output: {
            message: {
              role: "assistant",
              content: [
                {
                  text: "Your order 4417-B is on its way with Parcelway and should arrive on Friday, 6 June. Sorry for the delay!",
                },
              ],
            },
          },
          stopReason: "end_turn",
          usage: { inputTokens: 531, outputTokens: 33, totalTokens: 564 },
          metrics: { latencyMs: 874 },
        },
      },
    },
    {
      name: "maxTokensTooHigh",
      summary: "A request the model rejects: 400 ValidationException",
      description:
        "The body fits the schema, but `maxTokens` is above what this model can generate, so the service answers 400 with `X-Amzn-ErrorType: ValidationException` and a message.",
      parameters: { modelId: supportModel },
      request: {
        body: {
          messages: [orderQuestion],
          inferenceConfig: { maxTokens: 200000 },
        },
      },
      response: {
        status: 400,
        body: {
          message:
            "The maximum tokens you requested (200000) is more than this model can generate (8192). Lower inferenceConfig.maxTokens and try again.",
        },
      },
    },
    {
      name: "crossProviderChat",
      summary: "A one-question chat turn, the same body for any provider's model",
      description:
        "Copied from a recorded call to Amazon Nova Micro: one user message and inference settings. The same body works for Anthropic, Meta, Mistral or Amazon models; only `modelId` changes. The reply stopped at `maxTokens` (`stopReason: max_tokens`).",
      parameters: { modelId: novaCapitalQuestion.modelId },
      request: { body: novaCapitalQuestion.request },
      response: { status: 200, body: novaCapitalQuestion.response },
    },
  ],
});

export const ConverseStream = operation({
  name: "ConverseStream",
  method: "POST",
  uri: "/model/{modelId}/converse-stream",
  status: 200,
  input: ConverseStreamRequest,
  output: ConverseStreamResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ModelErrorException,
    ModelNotReadyException,
    ModelTimeoutException,
    ResourceNotFoundException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeModelWithResponseStream",
  tags: ["Conversation"],
  rules: conversationRules,
  summary: "Send a conversation to a model and stream back its reply",
  description:
    "Same request as Converse, but the reply is returned incrementally as it is generated: the response body is an `application/vnd.amazon.eventstream` stream of frames, each carrying one event (message start, content block start, delta and stop, message stop, then metadata with usage and latency) or an error that ends the stream. Use it for interactive applications that want to show output as soon as it is produced; the target model must support response streaming. Guardrails can check streamed output synchronously or asynchronously via `guardrailConfig.streamProcessingMode`. Prompt management restrictions are the same as for Converse. Authorized by the IAM action `bedrock:InvokeModelWithResponseStream`.",
  examples: [
    {
      name: "toolUse",
      summary: "A streamed reply that ends in a tool call",
      description:
        "The same question as Converse's `toolUse` example, streamed: one frame per event, in order. The text block arrives as deltas; the tool call opens with `contentBlockStart` and its input arrives as partial JSON strings to join; `metadata` closes the stream with usage and latency.",
      parameters: { modelId: supportModel },
      request: {
        body: {
          system: supportSystem,
          messages: [orderQuestion],
          inferenceConfig: { maxTokens: 512, temperature: 0.2 },
          toolConfig: orderTools,
        },
      },
      response: {
        status: 200,
        frames: [
          { event: "messageStart", payload: { role: "assistant" } },
          { event: "contentBlockDelta", payload: { delta: { text: "Let me check" }, contentBlockIndex: 0 } },
          { event: "contentBlockDelta", payload: { delta: { text: " that order for you." }, contentBlockIndex: 0 } },
          { event: "contentBlockStop", payload: { contentBlockIndex: 0 } },
          {
            event: "contentBlockStart",
            payload: {
              start: { toolUse: { toolUseId: "tooluse_Wq4Zr8NcT2uKx6bD1mLp0A", name: "get_order_status" } },
              contentBlockIndex: 1,
            },
          },
          {
            event: "contentBlockDelta",
            payload: { delta: { toolUse: { input: '{"orderId": ' } }, contentBlockIndex: 1 },
          },
          { event: "contentBlockDelta", payload: { delta: { toolUse: { input: '"4417-B"}' } }, contentBlockIndex: 1 } },
          { event: "contentBlockStop", payload: { contentBlockIndex: 1 } },
          { event: "messageStop", payload: { stopReason: "tool_use" } },
          {
            event: "metadata",
            payload: { usage: { inputTokens: 418, outputTokens: 64, totalTokens: 482 }, metrics: { latencyMs: 1247 } },
          },
        ],
      },
    },
    {
      name: "throttledMidStream",
      summary: "A stream cut short by an exception frame",
      description:
        "The HTTP status is already 200 when the quota runs out, so the error arrives as an exception frame (`:message-type: exception`) and the stream ends there. Retry the request with backoff.",
      parameters: { modelId: supportModel },
      request: { body: { messages: [orderQuestion] } },
      response: {
        status: 200,
        frames: [
          { event: "messageStart", payload: { role: "assistant" } },
          { event: "contentBlockDelta", payload: { delta: { text: "Let me" }, contentBlockIndex: 0 } },
          {
            event: "throttlingException",
            payload: {
              message: "Too many tokens per minute for this model in this account; wait before trying again.",
            },
          },
        ],
      },
    },
  ],
});
