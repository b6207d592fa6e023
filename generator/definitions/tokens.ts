// Definitions: tokens. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { label, member, prelude, string, structure, union } from "../shapes.js";
import { operation } from "../operations.js";
import { AccessDeniedException, InternalServerException, ResourceNotFoundException, ServiceUnavailableException, ThrottlingException, ValidationException } from "./errors.js";
import { Body } from "./invoke.js";
import { Messages, SystemContentBlocks, ToolConfiguration } from "./converse.js";

export const FoundationModelVersionIdentifier = string({
  name: "FoundationModelVersionIdentifier",
  description: "",
  length: { min: 1, max: 256 },
  pattern: "^[a-zA-Z_\\.\\-/0-9:]+$",
});

export const InvokeModelTokensRequest = structure({
  name: "InvokeModelTokensRequest",
  description: "",
  members: {
    body: member(Body, { description: "", required: true }),
  },
});

export const ConverseTokensRequest = structure({
  name: "ConverseTokensRequest",
  description: "",
  members: {
    messages: member(Messages, { description: "" }),
    system: member(SystemContentBlocks, { description: "" }),
    toolConfig: member(ToolConfiguration, { description: "" }),
    additionalModelRequestFields: member(prelude.Document, { description: "" }),
  },
});

export const CountTokensInput = union({
  name: "CountTokensInput",
  description: "",
  members: {
    invokeModel: member(InvokeModelTokensRequest, { description: "" }),
    converse: member(ConverseTokensRequest, { description: "" }),
  },
});

export const CountTokensRequest = structure({
  name: "CountTokensRequest",
  description: "",
  members: {
    modelId: member(FoundationModelVersionIdentifier, { description: "", required: true, binding: label() }),
    input: member(CountTokensInput, { description: "", required: true }),
  },
});

export const CountTokensResponse = structure({
  name: "CountTokensResponse",
  description: "",
  members: {
    inputTokens: member(prelude.Integer, { description: "", required: true }),
  },
});

export const CountTokens = operation({
  name: "CountTokens",
  method: "POST",
  uri: "/model/{modelId}/count-tokens",
  status: 200,
  input: CountTokensRequest,
  output: CountTokensResponse,
  errors: [AccessDeniedException, InternalServerException, ResourceNotFoundException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:CountTokens",
  tags: ["Token counting"],
  summary: "",
  description: "",
  readonly: true,
});
