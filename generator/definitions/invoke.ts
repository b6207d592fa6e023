// Definitions: invoke. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { blob, enumeration, header, label, member, payload, string, structure, union } from "../shapes.js";
import { operation } from "../operations.js";
import { AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException } from "./errors.js";
import { GuardrailIdentifier, GuardrailVersion } from "./guardrail.js";

export const Body = blob({
  name: "Body",
  description: "",
  sensitive: true,
  length: { max: 25000000 },
});

export const MimeType = string({
  name: "MimeType",
  description: "",
});

export const InvokeModelIdentifier = string({
  name: "InvokeModelIdentifier",
  description: "",
  length: { min: 1, max: 2048 },
  pattern: "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)$|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$",
});

export const Trace = enumeration({
  name: "Trace",
  description: "",
  values: {
    ENABLED: "ENABLED",
    DISABLED: "DISABLED",
    ENABLED_FULL: "ENABLED_FULL",
  },
});

export const PerformanceConfigLatency = enumeration({
  name: "PerformanceConfigLatency",
  description: "",
  values: {
    STANDARD: "standard",
    OPTIMIZED: "optimized",
  },
});

export const ServiceTierType = enumeration({
  name: "ServiceTierType",
  description: "",
  values: {
    PRIORITY: "priority",
    DEFAULT: "default",
    FLEX: "flex",
    RESERVED: "reserved",
  },
});

export const RequestMetadataJson = string({
  name: "RequestMetadataJson",
  description: "",
  sensitive: true,
  length: { max: 8500 },
});

export const InvokeModelRequest = structure({
  name: "InvokeModelRequest",
  description: "",
  members: {
    body: member(Body, { description: "", binding: payload() }),
    contentType: member(MimeType, { description: "", binding: header("Content-Type") }),
    accept: member(MimeType, { description: "", binding: header("Accept") }),
    modelId: member(InvokeModelIdentifier, { description: "", required: true, binding: label() }),
    trace: member(Trace, { description: "", binding: header("X-Amzn-Bedrock-Trace") }),
    guardrailIdentifier: member(GuardrailIdentifier, { description: "", binding: header("X-Amzn-Bedrock-GuardrailIdentifier") }),
    guardrailVersion: member(GuardrailVersion, { description: "", binding: header("X-Amzn-Bedrock-GuardrailVersion") }),
    performanceConfigLatency: member(PerformanceConfigLatency, { description: "", default: "standard", binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency") }),
    serviceTier: member(ServiceTierType, { description: "", binding: header("X-Amzn-Bedrock-Service-Tier") }),
    requestMetadata: member(RequestMetadataJson, { description: "", binding: header("X-Amzn-Bedrock-Request-Metadata") }),
  },
});

export const InvokeModelResponse = structure({
  name: "InvokeModelResponse",
  description: "",
  members: {
    body: member(Body, { description: "", required: true, binding: payload() }),
    contentType: member(MimeType, { description: "", required: true, binding: header("Content-Type") }),
    performanceConfigLatency: member(PerformanceConfigLatency, { description: "", binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency") }),
    serviceTier: member(ServiceTierType, { description: "", binding: header("X-Amzn-Bedrock-Service-Tier") }),
  },
});

export const InvokeModelWithResponseStreamRequest = structure({
  name: "InvokeModelWithResponseStreamRequest",
  description: "",
  members: {
    body: member(Body, { description: "", binding: payload() }),
    contentType: member(MimeType, { description: "", binding: header("Content-Type") }),
    accept: member(MimeType, { description: "", binding: header("X-Amzn-Bedrock-Accept") }),
    modelId: member(InvokeModelIdentifier, { description: "", required: true, binding: label() }),
    trace: member(Trace, { description: "", binding: header("X-Amzn-Bedrock-Trace") }),
    guardrailIdentifier: member(GuardrailIdentifier, { description: "", binding: header("X-Amzn-Bedrock-GuardrailIdentifier") }),
    guardrailVersion: member(GuardrailVersion, { description: "", binding: header("X-Amzn-Bedrock-GuardrailVersion") }),
    performanceConfigLatency: member(PerformanceConfigLatency, { description: "", default: "standard", binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency") }),
    serviceTier: member(ServiceTierType, { description: "", binding: header("X-Amzn-Bedrock-Service-Tier") }),
    requestMetadata: member(RequestMetadataJson, { description: "", binding: header("X-Amzn-Bedrock-Request-Metadata") }),
  },
});

export const PartBody = blob({
  name: "PartBody",
  description: "",
  sensitive: true,
  length: { max: 1000000 },
});

export const PayloadPart = structure({
  name: "PayloadPart",
  description: "",
  sensitive: true,
  members: {
    bytes: member(PartBody, { description: "" }),
  },
});

export const ResponseStream = union({
  name: "ResponseStream",
  description: "",
  streaming: true,
  members: {
    chunk: member(PayloadPart, { description: "" }),
    internalServerException: member(InternalServerException, { description: "" }),
    modelStreamErrorException: member(ModelStreamErrorException, { description: "" }),
    validationException: member(ValidationException, { description: "" }),
    throttlingException: member(ThrottlingException, { description: "" }),
    modelTimeoutException: member(ModelTimeoutException, { description: "" }),
    serviceUnavailableException: member(ServiceUnavailableException, { description: "" }),
  },
});

export const InvokeModelWithResponseStreamResponse = structure({
  name: "InvokeModelWithResponseStreamResponse",
  description: "",
  members: {
    body: member(ResponseStream, { description: "", required: true, binding: payload() }),
    contentType: member(MimeType, { description: "", required: true, binding: header("X-Amzn-Bedrock-Content-Type") }),
    performanceConfigLatency: member(PerformanceConfigLatency, { description: "", binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency") }),
    serviceTier: member(ServiceTierType, { description: "", binding: header("X-Amzn-Bedrock-Service-Tier") }),
  },
});

export const BidirectionalInputPayloadPart = structure({
  name: "BidirectionalInputPayloadPart",
  description: "",
  sensitive: true,
  members: {
    bytes: member(PartBody, { description: "" }),
  },
});

export const InvokeModelWithBidirectionalStreamInput = union({
  name: "InvokeModelWithBidirectionalStreamInput",
  description: "",
  streaming: true,
  members: {
    chunk: member(BidirectionalInputPayloadPart, { description: "" }),
  },
});

export const InvokeModelWithBidirectionalStreamRequest = structure({
  name: "InvokeModelWithBidirectionalStreamRequest",
  description: "",
  members: {
    modelId: member(InvokeModelIdentifier, { description: "", required: true, binding: label() }),
    body: member(InvokeModelWithBidirectionalStreamInput, { description: "", required: true, binding: payload() }),
  },
});

export const BidirectionalOutputPayloadPart = structure({
  name: "BidirectionalOutputPayloadPart",
  description: "",
  sensitive: true,
  members: {
    bytes: member(PartBody, { description: "" }),
  },
});

export const InvokeModelWithBidirectionalStreamOutput = union({
  name: "InvokeModelWithBidirectionalStreamOutput",
  description: "",
  streaming: true,
  members: {
    chunk: member(BidirectionalOutputPayloadPart, { description: "" }),
    internalServerException: member(InternalServerException, { description: "" }),
    modelStreamErrorException: member(ModelStreamErrorException, { description: "" }),
    validationException: member(ValidationException, { description: "" }),
    throttlingException: member(ThrottlingException, { description: "" }),
    modelTimeoutException: member(ModelTimeoutException, { description: "" }),
    serviceUnavailableException: member(ServiceUnavailableException, { description: "" }),
  },
});

export const InvokeModelWithBidirectionalStreamResponse = structure({
  name: "InvokeModelWithBidirectionalStreamResponse",
  description: "",
  members: {
    body: member(InvokeModelWithBidirectionalStreamOutput, { description: "", required: true, binding: payload() }),
  },
});

export const InvokeModel = operation({
  name: "InvokeModel",
  method: "POST",
  uri: "/model/{modelId}/invoke",
  status: 200,
  input: InvokeModelRequest,
  output: InvokeModelResponse,
  errors: [AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:InvokeModel",
  tags: ["Model invocation"],
  summary: "",
  description: "",
});

export const InvokeModelWithResponseStream = operation({
  name: "InvokeModelWithResponseStream",
  method: "POST",
  uri: "/model/{modelId}/invoke-with-response-stream",
  status: 200,
  input: InvokeModelWithResponseStreamRequest,
  output: InvokeModelWithResponseStreamResponse,
  errors: [AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:InvokeModelWithResponseStream",
  tags: ["Model invocation"],
  summary: "",
  description: "",
});

export const InvokeModelWithBidirectionalStream = operation({
  name: "InvokeModelWithBidirectionalStream",
  method: "POST",
  uri: "/model/{modelId}/invoke-with-bidirectional-stream",
  status: 200,
  input: InvokeModelWithBidirectionalStreamRequest,
  output: InvokeModelWithBidirectionalStreamResponse,
  errors: [AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:InvokeModelWithBidirectionalStream",
  tags: ["Model invocation"],
  summary: "",
  description: "",
});
