// Definitions: tokens. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { label, member, prelude, string, structure, union } from "../shapes.js";
import { base64Json, operation } from "../operations.js";
import {
  AccessDeniedException,
  authenticationErrors,
  InternalServerException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "./errors.js";
import { Body } from "./invoke.js";
import { Messages, SystemContentBlocks, ToolConfiguration } from "./converse.js";

export const FoundationModelVersionIdentifier = string({
  name: "FoundationModelVersionIdentifier",
  description: "ID or ARN of a foundation model: 1 to 256 characters drawn from letters, digits and _ . - / :.",
  length: { min: 1, max: 256 },
  pattern: "^[a-zA-Z_\\.\\-/0-9:]+$",
});

export const InvokeModelTokensRequest = structure({
  name: "InvokeModelTokensRequest",
  description: "An InvokeModel request body to count tokens for, in the same form it would be sent to InvokeModel.",
  members: {
    body: member(Body, {
      description:
        "The model-specific request document, base64-encoded in this JSON request. It must follow the input format of the model named in modelId.",
      required: true,
    }),
  },
});

export const ConverseTokensRequest = structure({
  name: "ConverseTokensRequest",
  description: "The token-consuming parts of a Converse request, in the same format Converse accepts.",
  members: {
    messages: member(Messages, { description: "Conversation messages to count, in Converse message format." }),
    system: member(SystemContentBlocks, { description: "System prompt content blocks to include in the count." }),
    toolConfig: member(ToolConfiguration, {
      description: "Tool definitions to include in the count, as they would be sent to Converse.",
    }),
    additionalModelRequestFields: member(prelude.Document, {
      description: "Extra model-specific request fields, as they would be passed to Converse, to include in the count.",
    }),
  },
});

export const CountTokensInput = union({
  name: "CountTokensInput",
  description:
    "The request to count tokens for, in either InvokeModel or Converse form. Exactly one member must be set.",
  members: {
    invokeModel: member(InvokeModelTokensRequest, { description: "Count tokens for a raw InvokeModel request body." }),
    converse: member(ConverseTokensRequest, { description: "Count tokens for a Converse-style request." }),
  },
});

export const CountTokensRequest = structure({
  name: "CountTokensRequest",
  description: "Input to CountTokens: the model in the path and, in the JSON body, the request to measure.",
  members: {
    modelId: member(FoundationModelVersionIdentifier, {
      description:
        "ID or ARN of the foundation model whose tokenizer does the counting; counts differ from model to model.",
      required: true,
      binding: label(),
    }),
    input: member(CountTokensInput, {
      description: "The request to measure, in a format the chosen model accepts.",
      required: true,
    }),
  },
});

export const CountTokensResponse = structure({
  name: "CountTokensResponse",
  description: "Result of CountTokens.",
  members: {
    inputTokens: member(prelude.Integer, {
      description:
        "Number of input tokens the request would consume if sent to the model for inference, matching the input tokens that would be billed.",
      required: true,
    }),
  },
});

export const CountTokens = operation({
  name: "CountTokens",
  method: "POST",
  uri: "/model/{modelId}/count-tokens",
  status: 200,
  input: CountTokensRequest,
  output: CountTokensResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ResourceNotFoundException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:CountTokens",
  tags: ["Token counting"],
  summary: "Count the input tokens a request would use on a model",
  description:
    "Returns how many input tokens a request would consume on the given model, without running inference. The request can be an InvokeModel body or Converse-style messages, system prompt and tool configuration, and the count follows that model's own tokenizer. Use it to estimate cost and to check that prompts fit a model's limits before sending them; not every model supports it. Authorized by the IAM action bedrock:CountTokens.",
  readonly: true,
  examples: [
    {
      name: "converse",
      summary: "Count the tokens of a Converse-style request",
      description:
        "A system prompt and one user message, in the format Converse takes; the count is what the same request would be billed as input.",
      parameters: { modelId: "anthropic.claude-3-5-haiku-20241022-v1:0" },
      request: {
        body: {
          input: {
            converse: {
              system: [{ text: "You answer customers of Lantern Books, an online bookshop." }],
              messages: [
                { role: "user", content: [{ text: "Can I still change the delivery address of order 4417-B?" }] },
              ],
            },
          },
        },
      },
      response: { status: 200, body: { inputTokens: 37 } },
    },
    {
      name: "invokeModel",
      summary: "Count the tokens of an InvokeModel body",
      description:
        "The model's own request body (here Anthropic's Messages format), base64-encoded into `input.invokeModel.body`, exactly as it would be sent to InvokeModel.",
      parameters: { modelId: "anthropic.claude-3-5-haiku-20241022-v1:0" },
      request: {
        body: {
          input: {
            invokeModel: {
              body: base64Json({
                anthropic_version: "bedrock-2023-05-31",
                max_tokens: 300,
                messages: [
                  {
                    role: "user",
                    content: [{ type: "text", text: "Summarize the plot of Moby-Dick in three sentences." }],
                  },
                ],
              }),
            },
          },
        },
      },
      response: { status: 200, body: { inputTokens: 19 } },
    },
  ],
});
