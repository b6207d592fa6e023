// Definitions: converse. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { enumeration, integer, label, list, map, member, payload, prelude, string, structure, union } from "../shapes.js";
import { operation } from "../operations.js";
import { AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceUnavailableException, ThrottlingException, ValidationException } from "./errors.js";
import { GuardrailAssessment, GuardrailAssessmentList, GuardrailIdentifier, GuardrailOutputText, GuardrailVersion } from "./guardrail.js";
import { PerformanceConfigLatency, ServiceTierType } from "./invoke.js";
import { CachePointBlock, CacheTTL, ContentBlock, ContentBlockDelta, ContentBlockStart, NonEmptyString, SystemContentBlock, ToolName } from "./converse-content.js";

export const ConversationalModelId = string({
  name: "ConversationalModelId",
  description: "",
  length: { min: 1, max: 2048 },
  pattern: "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$",
});

export const ConversationRole = enumeration({
  name: "ConversationRole",
  description: "",
  values: {
    USER: "user",
    ASSISTANT: "assistant",
    SYSTEM: "system",
  },
});

export const ContentBlocks = list({
  name: "ContentBlocks",
  description: "",
  member: ContentBlock,
});

export const Message = structure({
  name: "Message",
  description: "",
  members: {
    role: member(ConversationRole, { description: "", required: true }),
    content: member(ContentBlocks, { description: "", required: true }),
  },
});

export const Messages = list({
  name: "Messages",
  description: "",
  member: Message,
});

export const SystemContentBlocks = list({
  name: "SystemContentBlocks",
  description: "",
  member: SystemContentBlock,
});

export const NonEmptyStringList = list({
  name: "NonEmptyStringList",
  description: "",
  member: NonEmptyString,
});

export const InferenceConfiguration = structure({
  name: "InferenceConfiguration",
  description: "",
  members: {
    maxTokens: member(prelude.Integer, { description: "", range: { min: 1 } }),
    temperature: member(prelude.Float, { description: "", range: { min: 0, max: 1 } }),
    topP: member(prelude.Float, { description: "", range: { min: 0, max: 1 } }),
    stopSequences: member(NonEmptyStringList, { description: "", length: { max: 2500 } }),
  },
});

export const ToolInputSchema = union({
  name: "ToolInputSchema",
  description: "",
  members: {
    json: member(prelude.Document, { description: "" }),
  },
});

export const ToolSpecification = structure({
  name: "ToolSpecification",
  description: "",
  members: {
    name: member(ToolName, { description: "", required: true }),
    description: member(NonEmptyString, { description: "" }),
    inputSchema: member(ToolInputSchema, { description: "", required: true }),
    strict: member(prelude.Boolean, { description: "" }),
  },
});

export const SystemTool = structure({
  name: "SystemTool",
  description: "",
  members: {
    name: member(ToolName, { description: "", required: true }),
  },
});

export const Tool = union({
  name: "Tool",
  description: "",
  members: {
    toolSpec: member(ToolSpecification, { description: "" }),
    systemTool: member(SystemTool, { description: "" }),
    cachePoint: member(CachePointBlock, { description: "" }),
  },
});

export const Tools = list({
  name: "Tools",
  description: "",
  member: Tool,
});

export const AutoToolChoice = structure({
  name: "AutoToolChoice",
  description: "",
  members: {
  },
});

export const AnyToolChoice = structure({
  name: "AnyToolChoice",
  description: "",
  members: {
  },
});

export const SpecificToolChoice = structure({
  name: "SpecificToolChoice",
  description: "",
  members: {
    name: member(ToolName, { description: "", required: true }),
  },
});

export const ToolChoice = union({
  name: "ToolChoice",
  description: "",
  members: {
    auto: member(AutoToolChoice, { description: "" }),
    any: member(AnyToolChoice, { description: "" }),
    tool: member(SpecificToolChoice, { description: "" }),
  },
});

export const ToolConfiguration = structure({
  name: "ToolConfiguration",
  description: "",
  members: {
    tools: member(Tools, { description: "", required: true, length: { min: 1 } }),
    toolChoice: member(ToolChoice, { description: "" }),
  },
});

export const GuardrailTrace = enumeration({
  name: "GuardrailTrace",
  description: "",
  values: {
    ENABLED: "enabled",
    DISABLED: "disabled",
    ENABLED_FULL: "enabled_full",
  },
});

export const GuardrailConfiguration = structure({
  name: "GuardrailConfiguration",
  description: "",
  members: {
    guardrailIdentifier: member(GuardrailIdentifier, { description: "", default: "" }),
    guardrailVersion: member(GuardrailVersion, { description: "", default: "" }),
    trace: member(GuardrailTrace, { description: "", default: "disabled" }),
  },
});

export const PromptVariableValues = union({
  name: "PromptVariableValues",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
  },
});

export const PromptVariableMap = map({
  name: "PromptVariableMap",
  description: "",
  sensitive: true,
  key: prelude.String,
  value: PromptVariableValues,
});

export const AdditionalModelResponseFieldPaths = list({
  name: "AdditionalModelResponseFieldPaths",
  description: "",
  length: { max: 10 },
  member: prelude.String,
});

export const RequestMetadata = map({
  name: "RequestMetadata",
  description: "",
  sensitive: true,
  length: { min: 1, max: 16 },
  key: prelude.String,
  value: prelude.String,
});

export const PerformanceConfiguration = structure({
  name: "PerformanceConfiguration",
  description: "",
  members: {
    latency: member(PerformanceConfigLatency, { description: "", default: "standard" }),
  },
});

export const ServiceTier = structure({
  name: "ServiceTier",
  description: "",
  members: {
    type: member(ServiceTierType, { description: "", required: true }),
  },
});

export const OutputFormatType = enumeration({
  name: "OutputFormatType",
  description: "",
  values: {
    JSON_SCHEMA: "json_schema",
  },
});

export const JsonSchemaDefinition = structure({
  name: "JsonSchemaDefinition",
  description: "",
  members: {
    schema: member(prelude.String, { description: "", required: true }),
    name: member(prelude.String, { description: "" }),
    description: member(prelude.String, { description: "" }),
  },
});

export const OutputFormatStructure = union({
  name: "OutputFormatStructure",
  description: "",
  sensitive: true,
  members: {
    jsonSchema: member(JsonSchemaDefinition, { description: "" }),
  },
});

export const OutputFormat = structure({
  name: "OutputFormat",
  description: "",
  members: {
    type: member(OutputFormatType, { description: "", required: true }),
    structure: member(OutputFormatStructure, { description: "", required: true }),
  },
});

export const OutputConfig = structure({
  name: "OutputConfig",
  description: "",
  members: {
    textFormat: member(OutputFormat, { description: "" }),
    effort: member(prelude.String, { description: "" }),
  },
});

export const ConverseRequest = structure({
  name: "ConverseRequest",
  description: "",
  members: {
    modelId: member(ConversationalModelId, { description: "", required: true, binding: label() }),
    messages: member(Messages, { description: "" }),
    system: member(SystemContentBlocks, { description: "" }),
    inferenceConfig: member(InferenceConfiguration, { description: "" }),
    toolConfig: member(ToolConfiguration, { description: "" }),
    guardrailConfig: member(GuardrailConfiguration, { description: "" }),
    additionalModelRequestFields: member(prelude.Document, { description: "" }),
    promptVariables: member(PromptVariableMap, { description: "" }),
    additionalModelResponseFieldPaths: member(AdditionalModelResponseFieldPaths, { description: "", length: { max: 10 } }),
    requestMetadata: member(RequestMetadata, { description: "" }),
    performanceConfig: member(PerformanceConfiguration, { description: "" }),
    serviceTier: member(ServiceTier, { description: "" }),
    outputConfig: member(OutputConfig, { description: "" }),
  },
});

export const ConverseOutput = union({
  name: "ConverseOutput",
  description: "",
  members: {
    message: member(Message, { description: "" }),
  },
});

export const StopReason = enumeration({
  name: "StopReason",
  description: "",
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
  description: "",
  members: {
    ttl: member(CacheTTL, { description: "", required: true }),
    inputTokens: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
  },
});

export const CacheDetailsList = list({
  name: "CacheDetailsList",
  description: "",
  member: CacheDetail,
});

export const TokenUsage = structure({
  name: "TokenUsage",
  description: "",
  members: {
    inputTokens: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
    outputTokens: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
    totalTokens: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
    cacheReadInputTokens: member(prelude.Integer, { description: "", range: { min: 0 } }),
    cacheWriteInputTokens: member(prelude.Integer, { description: "", range: { min: 0 } }),
    cacheDetails: member(CacheDetailsList, { description: "" }),
  },
});

export const ConverseMetrics = structure({
  name: "ConverseMetrics",
  description: "",
  members: {
    latencyMs: member(prelude.Long, { description: "", required: true }),
  },
});

export const ModelOutputs = list({
  name: "ModelOutputs",
  description: "",
  member: GuardrailOutputText,
});

export const GuardrailAssessmentMap = map({
  name: "GuardrailAssessmentMap",
  description: "",
  key: prelude.String,
  value: GuardrailAssessment,
});

export const GuardrailAssessmentListMap = map({
  name: "GuardrailAssessmentListMap",
  description: "",
  key: prelude.String,
  value: GuardrailAssessmentList,
});

export const GuardrailTraceAssessment = structure({
  name: "GuardrailTraceAssessment",
  description: "",
  members: {
    modelOutput: member(ModelOutputs, { description: "" }),
    inputAssessment: member(GuardrailAssessmentMap, { description: "" }),
    outputAssessments: member(GuardrailAssessmentListMap, { description: "" }),
    actionReason: member(prelude.String, { description: "" }),
  },
});

export const InvokedModelId = string({
  name: "InvokedModelId",
  description: "",
  pattern: "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{1,20}):(|[0-9]{12}):inference-profile/[a-zA-Z0-9-:.]+)$",
});

export const PromptRouterTrace = structure({
  name: "PromptRouterTrace",
  description: "",
  members: {
    invokedModelId: member(InvokedModelId, { description: "" }),
  },
});

export const ConverseTrace = structure({
  name: "ConverseTrace",
  description: "",
  members: {
    guardrail: member(GuardrailTraceAssessment, { description: "" }),
    promptRouter: member(PromptRouterTrace, { description: "" }),
  },
});

export const ConverseResponse = structure({
  name: "ConverseResponse",
  description: "",
  members: {
    output: member(ConverseOutput, { description: "", required: true }),
    stopReason: member(StopReason, { description: "", required: true }),
    usage: member(TokenUsage, { description: "", required: true }),
    metrics: member(ConverseMetrics, { description: "", required: true }),
    additionalModelResponseFields: member(prelude.Document, { description: "" }),
    trace: member(ConverseTrace, { description: "" }),
    performanceConfig: member(PerformanceConfiguration, { description: "" }),
    serviceTier: member(ServiceTier, { description: "" }),
  },
});

export const GuardrailStreamProcessingMode = enumeration({
  name: "GuardrailStreamProcessingMode",
  description: "",
  values: {
    SYNC: "sync",
    ASYNC: "async",
  },
});

export const GuardrailStreamConfiguration = structure({
  name: "GuardrailStreamConfiguration",
  description: "",
  members: {
    guardrailIdentifier: member(GuardrailIdentifier, { description: "", default: "" }),
    guardrailVersion: member(GuardrailVersion, { description: "", default: "" }),
    trace: member(GuardrailTrace, { description: "", default: "disabled" }),
    streamProcessingMode: member(GuardrailStreamProcessingMode, { description: "", default: "sync" }),
  },
});

export const ConverseStreamRequest = structure({
  name: "ConverseStreamRequest",
  description: "",
  members: {
    modelId: member(ConversationalModelId, { description: "", required: true, binding: label() }),
    messages: member(Messages, { description: "" }),
    system: member(SystemContentBlocks, { description: "" }),
    inferenceConfig: member(InferenceConfiguration, { description: "" }),
    toolConfig: member(ToolConfiguration, { description: "" }),
    guardrailConfig: member(GuardrailStreamConfiguration, { description: "" }),
    additionalModelRequestFields: member(prelude.Document, { description: "" }),
    promptVariables: member(PromptVariableMap, { description: "" }),
    additionalModelResponseFieldPaths: member(AdditionalModelResponseFieldPaths, { description: "", length: { max: 10 } }),
    requestMetadata: member(RequestMetadata, { description: "" }),
    performanceConfig: member(PerformanceConfiguration, { description: "" }),
    serviceTier: member(ServiceTier, { description: "" }),
    outputConfig: member(OutputConfig, { description: "" }),
  },
});

export const MessageStartEvent = structure({
  name: "MessageStartEvent",
  description: "",
  members: {
    role: member(ConversationRole, { description: "", required: true }),
  },
});

export const NonNegativeInteger = integer({
  name: "NonNegativeInteger",
  description: "",
  range: { min: 0 },
});

export const ContentBlockStartEvent = structure({
  name: "ContentBlockStartEvent",
  description: "",
  members: {
    start: member(ContentBlockStart, { description: "", required: true }),
    contentBlockIndex: member(NonNegativeInteger, { description: "", required: true }),
  },
});

export const ContentBlockDeltaEvent = structure({
  name: "ContentBlockDeltaEvent",
  description: "",
  members: {
    delta: member(ContentBlockDelta, { description: "", required: true }),
    contentBlockIndex: member(NonNegativeInteger, { description: "", required: true }),
  },
});

export const ContentBlockStopEvent = structure({
  name: "ContentBlockStopEvent",
  description: "",
  members: {
    contentBlockIndex: member(NonNegativeInteger, { description: "", required: true }),
  },
});

export const MessageStopEvent = structure({
  name: "MessageStopEvent",
  description: "",
  members: {
    stopReason: member(StopReason, { description: "", required: true }),
    additionalModelResponseFields: member(prelude.Document, { description: "" }),
  },
});

export const ConverseStreamMetrics = structure({
  name: "ConverseStreamMetrics",
  description: "",
  members: {
    latencyMs: member(prelude.Long, { description: "", required: true }),
  },
});

export const ConverseStreamTrace = structure({
  name: "ConverseStreamTrace",
  description: "",
  members: {
    guardrail: member(GuardrailTraceAssessment, { description: "" }),
    promptRouter: member(PromptRouterTrace, { description: "" }),
  },
});

export const ConverseStreamMetadataEvent = structure({
  name: "ConverseStreamMetadataEvent",
  description: "",
  members: {
    usage: member(TokenUsage, { description: "", required: true }),
    metrics: member(ConverseStreamMetrics, { description: "", required: true }),
    trace: member(ConverseStreamTrace, { description: "" }),
    performanceConfig: member(PerformanceConfiguration, { description: "" }),
    serviceTier: member(ServiceTier, { description: "" }),
  },
});

export const ConverseStreamOutput = union({
  name: "ConverseStreamOutput",
  description: "",
  streaming: true,
  members: {
    messageStart: member(MessageStartEvent, { description: "" }),
    contentBlockStart: member(ContentBlockStartEvent, { description: "" }),
    contentBlockDelta: member(ContentBlockDeltaEvent, { description: "" }),
    contentBlockStop: member(ContentBlockStopEvent, { description: "" }),
    messageStop: member(MessageStopEvent, { description: "" }),
    metadata: member(ConverseStreamMetadataEvent, { description: "" }),
    internalServerException: member(InternalServerException, { description: "" }),
    modelStreamErrorException: member(ModelStreamErrorException, { description: "" }),
    validationException: member(ValidationException, { description: "" }),
    throttlingException: member(ThrottlingException, { description: "" }),
    serviceUnavailableException: member(ServiceUnavailableException, { description: "" }),
  },
});

export const ConverseStreamResponse = structure({
  name: "ConverseStreamResponse",
  description: "",
  members: {
    stream: member(ConverseStreamOutput, { description: "", binding: payload() }),
  },
});

export const Converse = operation({
  name: "Converse",
  method: "POST",
  uri: "/model/{modelId}/converse",
  status: 200,
  input: ConverseRequest,
  output: ConverseResponse,
  errors: [AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelTimeoutException, ResourceNotFoundException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:InvokeModel",
  tags: ["Conversation"],
  summary: "",
  description: "",
});

export const ConverseStream = operation({
  name: "ConverseStream",
  method: "POST",
  uri: "/model/{modelId}/converse-stream",
  status: 200,
  input: ConverseStreamRequest,
  output: ConverseStreamResponse,
  errors: [AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelTimeoutException, ResourceNotFoundException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:InvokeModelWithResponseStream",
  tags: ["Conversation"],
  summary: "",
  description: "",
});
