// Service metadata and the list of operations the spec describes.
import type { Operation, PathEncodingVector, PathWords, ServiceDefinition } from "../operations.js";
import { GetAsyncInvoke, ListAsyncInvokes, StartAsyncInvoke } from "./async-invoke.js";
import { Converse, ConverseStream } from "./converse.js";
import { ApplyGuardrail } from "./guardrail.js";
import { InvokeGuardrailChecks } from "./guardrail-checks.js";
import { InvokeModel, InvokeModelWithBidirectionalStream, InvokeModelWithResponseStream } from "./invoke.js";
import {
  InternalServerException,
  ModelNotReadyException,
  ModelTimeoutException,
  ServiceUnavailableException,
  ThrottlingException,
} from "./errors.js";
import { CountTokens } from "./tokens.js";
import { modelFamilies } from "./providers/index.js";

/** The project's home; `package.json` names the same URL (a test keeps the two equal). */
export const REPOSITORY_URL = "https://github.com/bedrock-runtime-openapi/bedrock-runtime-openapi";

/** What lives at each path, for readers who browse by URL rather than by operation. */
const paths: Readonly<Record<string, PathWords>> = {
  "/model/{modelId}/invoke": {
    summary: "One model, its provider's own request format, whole reply",
    description:
      "The model, inference profile or deployment named by `modelId` takes a body in its provider's format and answers with one document. Choose it over `/converse` when you need provider-only parameters or outputs such as embeddings and images.",
  },
  "/model/{modelId}/invoke-with-response-stream": {
    summary: "One model, its provider's own request format, streamed reply",
    description:
      "The same body as `/invoke`; the reply arrives as an event stream of base64 chunks in the provider's format, so text can be shown while it is generated.",
  },
  "/model/{modelId}/invoke-with-bidirectional-stream": {
    summary: "A two-way HTTP/2 event-stream session with a speech model",
    description:
      "Input and output events flow at the same time over one HTTP/2 request for up to 8 minutes. SigV4 only: Bedrock API keys are not accepted here.",
  },
  "/model/{modelId}/converse": {
    summary: "Chat with any model in one message format, whole reply",
    description:
      "Messages, system prompts, tools, documents, images and guardrails in a format shared by every chat-capable model; the reply comes back in one JSON body with usage and stop reason.",
  },
  "/model/{modelId}/converse-stream": {
    summary: "Chat with any model in one message format, streamed reply",
    description:
      "The Converse request, answered as an event stream of message, content-block and metadata events; use it to show output as it is generated.",
  },
  "/model/{modelId}/count-tokens": {
    summary: "Input token count of a request, by the model's own tokenizer",
    description:
      "Counts the tokens an InvokeModel body or a Converse request would use as input on this model, without running the model. Counts differ between models.",
  },
  "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply": {
    summary: "A configured guardrail version, applied to content on its own",
    description:
      "Evaluates text and images against one version (or the DRAFT) of a guardrail you created, without calling a model; both path segments name the guardrail.",
  },
  "/guardrail-checks/invoke": {
    summary: "Guardrail checks defined in the request, with scores only",
    description:
      "Runs content-filter, prompt-attack and sensitive-information checks configured in the body on conversation messages; no guardrail resource is needed and no verdict is returned.",
  },
  "/async-invoke": {
    summary: "Asynchronous invocations: start one (POST) or list them (GET)",
    description:
      "POST queues a model job whose output Bedrock writes to Amazon S3; GET pages through the caller's jobs in this Region, newest first by default.",
  },
  "/async-invoke/{invocationArn}": {
    summary: "One asynchronous invocation, by its ARN",
    description:
      "The state of a job started with POST /async-invoke: status, failure message, timestamps and output location. The ARN travels percent-encoded as one path segment.",
  },
};

/** Test vectors for the path-encoding rule; each is checked by a test, not just written down. */
const modelIdVectors: readonly PathEncodingVector[] = [
  {
    value: "anthropic.claude-3-haiku-20240307-v1:0",
    pathSegment: "anthropic.claude-3-haiku-20240307-v1%3A0",
    canonicalSegment: "anthropic.claude-3-haiku-20240307-v1%253A0",
  },
  {
    value: "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
    pathSegment:
      "arn%3Aaws%3Abedrock%3Aus-east-1%3A111122223333%3Ainference-profile%2Fus.anthropic.claude-3-haiku-20240307-v1%3A0",
    canonicalSegment:
      "arn%253Aaws%253Abedrock%253Aus-east-1%253A111122223333%253Ainference-profile%252Fus.anthropic.claude-3-haiku-20240307-v1%253A0",
  },
];

const pathEncoding: ServiceDefinition["pathEncoding"] = {
  rule: [
    "Each label is one path segment: percent-encode its value as encodeURIComponent does, so `:` becomes `%3A` and `/` becomes `%2F`",
    "and an ARN or a versioned model id stays a single segment. A SigV4 signature is computed over a canonical path in which every",
    "segment is encoded once more (`%` becomes `%25`, so `%3A` becomes `%253A`); AWS SDKs do both steps, a hand-written signer must too.",
  ].join(" "),
  vectors: {
    modelId: modelIdVectors,
    invocationArn: [
      {
        value: "arn:aws:bedrock:us-west-2:111122223333:async-invoke/a1b2c3d4e5f6",
        pathSegment: "arn%3Aaws%3Abedrock%3Aus-west-2%3A111122223333%3Aasync-invoke%2Fa1b2c3d4e5f6",
        canonicalSegment: "arn%253Aaws%253Abedrock%253Aus-west-2%253A111122223333%253Aasync-invoke%252Fa1b2c3d4e5f6",
      },
    ],
    guardrailIdentifier: [
      { value: "abcd1234efgh", pathSegment: "abcd1234efgh", canonicalSegment: "abcd1234efgh" },
      {
        value: "arn:aws:bedrock:us-east-1:111122223333:guardrail/abcd1234efgh",
        pathSegment: "arn%3Aaws%3Abedrock%3Aus-east-1%3A111122223333%3Aguardrail%2Fabcd1234efgh",
        canonicalSegment: "arn%253Aaws%253Abedrock%253Aus-east-1%253A111122223333%253Aguardrail%252Fabcd1234efgh",
      },
    ],
    guardrailVersion: [{ value: "DRAFT", pathSegment: "DRAFT", canonicalSegment: "DRAFT" }],
  },
};

/** The host name prefix of every endpoint form. */
const endpointPrefix = "bedrock-runtime";

/** Commercial and GovCloud regions served under `amazonaws.com`. */
const standardRegions = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "ca-west-1",
  "mx-central-1",
  "sa-east-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "af-south-1",
  "ap-east-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-7",
  "us-gov-east-1",
  "us-gov-west-1",
] as const;

/** Regions with FIPS 140 validated endpoints for Bedrock Runtime. */
const fipsRegions = ["us-east-1", "us-east-2", "us-west-2", "ca-central-1", "us-gov-east-1", "us-gov-west-1"] as const;

/** The AWS China partition, served under `amazonaws.com.cn`. */
const chinaRegions = ["cn-north-1", "cn-northwest-1"] as const;

const operations: readonly Operation[] = [
  InvokeModel,
  InvokeModelWithResponseStream,
  InvokeModelWithBidirectionalStream,
  Converse,
  ConverseStream,
  CountTokens,
  ApplyGuardrail,
  InvokeGuardrailChecks,
  StartAsyncInvoke,
  GetAsyncInvoke,
  ListAsyncInvokes,
];

export const bedrockRuntime: ServiceDefinition = {
  title: "Amazon Bedrock Runtime",
  apiVersion: "2023-09-30",
  summary: "Run inference on foundation models, check content against guardrails and manage asynchronous jobs.",
  description: [
    "The data-plane API of Amazon Bedrock: send prompts to foundation models and inference profiles",
    "(InvokeModel, Converse and their streaming forms), count tokens, evaluate text and images against",
    "guardrails, and start, inspect and list asynchronous invocations that write their output to Amazon S3.",
    "",
    "Requests are authenticated with AWS Signature Version 4 (signing name `bedrock`) or with a Bedrock",
    "API key sent as a bearer token. Streaming responses use the AWS event-stream binary framing",
    "(`application/vnd.amazon.eventstream`); each frame carries one JSON event whose kind is named by",
    "the frame's `:event-type` (or `:exception-type`) header, described here under `x-amazon-eventstream`.",
    "",
    "Quotas are per account, Region and model: requests per minute and tokens per minute for on-demand inference.",
    "A call over them fails with ThrottlingException (HTTP 429); each error schema says in `x-retryable` whether",
    "sending the same request again with backoff can succeed. Quote the `x-amzn-RequestId` response header when",
    "asking AWS Support about a call.",
    "",
    "Generated by bedrock-runtime-openapi from typed definitions that follow the official AWS Smithy",
    "model and are checked against recorded live traffic.",
  ].join("\n"),
  sdkId: "Bedrock Runtime",
  signingName: "bedrock",
  endpointPrefix,
  servers: [
    {
      url: `https://${endpointPrefix}.{region}.amazonaws.com`,
      description: "Regional endpoint",
      regions: standardRegions,
    },
    {
      url: `https://${endpointPrefix}-fips.{region}.amazonaws.com`,
      description: "Regional FIPS endpoint",
      regions: fipsRegions,
    },
    {
      url: `https://${endpointPrefix}.{region}.api.aws`,
      description: "Regional dual-stack (IPv4 and IPv6) endpoint",
      regions: standardRegions,
    },
    {
      url: `https://${endpointPrefix}-fips.{region}.api.aws`,
      description: "Regional FIPS dual-stack endpoint",
      regions: fipsRegions,
    },
    {
      url: `https://${endpointPrefix}.{region}.amazonaws.com.cn`,
      description: "Endpoint in the AWS China regions",
      regions: chinaRegions,
    },
  ],
  tags: [
    {
      name: "Model invocation",
      description: "Send a model-specific request body to a model and get its raw reply, whole or streamed.",
    },
    {
      name: "Conversation",
      description: "One message format for every chat-capable model, with tools, documents, images and guardrails.",
    },
    {
      name: "Token counting",
      description: "Find out how many input tokens a request would use, without running the model.",
    },
    { name: "Guardrails", description: "Evaluate content against a configured guardrail or ad-hoc guardrail checks." },
    {
      name: "Asynchronous invocation",
      description: "Start long-running model jobs that write their results to Amazon S3, and follow them.",
    },
  ],
  operations,
  modelFamilies,
  license: { name: "Apache 2.0", identifier: "Apache-2.0" },
  externalDocs: {
    url: "https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Operations_Amazon_Bedrock_Runtime.html",
    description: "AWS reference for the Bedrock Runtime operations",
  },
  contact: { name: "bedrock-runtime-openapi issues", url: `${REPOSITORY_URL}/issues` },
  paths,
  retryableErrors: new Set([
    ThrottlingException,
    ModelNotReadyException,
    ServiceUnavailableException,
    InternalServerException,
    ModelTimeoutException,
  ]),
  pathEncoding,
  bearerIamAction: "bedrock:CallWithBearerToken",
};
