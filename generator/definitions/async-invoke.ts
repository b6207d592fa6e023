// Definitions: async-invoke. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { document, enumeration, integer, label, list, member, query, string, structure, timestamp, union } from "../shapes.js";
import { operation } from "../operations.js";
import { AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException } from "./errors.js";
import { AccountId, S3Uri } from "./converse-content.js";

export const AsyncInvokeIdempotencyToken = string({
  name: "AsyncInvokeIdempotencyToken",
  description: "",
  length: { min: 1, max: 256 },
  pattern: "^[!-~]*$",
});

export const AsyncInvokeIdentifier = string({
  name: "AsyncInvokeIdentifier",
  description: "",
  length: { min: 1, max: 256 },
  pattern: "^[a-zA-Z_\\.\\-/0-9:]+$",
});

export const ModelInputPayload = document({
  name: "ModelInputPayload",
  description: "",
  sensitive: true,
});

export const KmsKeyId = string({
  name: "KmsKeyId",
  description: "",
  length: { min: 1, max: 2048 },
  pattern: "^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key/[a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+))$",
});

export const AsyncInvokeS3OutputDataConfig = structure({
  name: "AsyncInvokeS3OutputDataConfig",
  description: "",
  members: {
    s3Uri: member(S3Uri, { description: "", required: true }),
    kmsKeyId: member(KmsKeyId, { description: "" }),
    bucketOwner: member(AccountId, { description: "" }),
  },
});

export const AsyncInvokeOutputDataConfig = union({
  name: "AsyncInvokeOutputDataConfig",
  description: "",
  members: {
    s3OutputDataConfig: member(AsyncInvokeS3OutputDataConfig, { description: "" }),
  },
});

export const TagKey = string({
  name: "TagKey",
  description: "",
  length: { min: 1, max: 128 },
  pattern: "^[a-zA-Z0-9\\s._:/=+@-]*$",
});

export const TagValue = string({
  name: "TagValue",
  description: "",
  length: { min: 0, max: 256 },
  pattern: "^[a-zA-Z0-9\\s._:/=+@-]*$",
});

export const Tag = structure({
  name: "Tag",
  description: "",
  members: {
    key: member(TagKey, { description: "", required: true }),
    value: member(TagValue, { description: "", required: true }),
  },
});

export const TagList = list({
  name: "TagList",
  description: "",
  length: { min: 0, max: 200 },
  member: Tag,
});

export const StartAsyncInvokeRequest = structure({
  name: "StartAsyncInvokeRequest",
  description: "",
  members: {
    clientRequestToken: member(AsyncInvokeIdempotencyToken, { description: "", idempotencyToken: true }),
    modelId: member(AsyncInvokeIdentifier, { description: "", required: true }),
    modelInput: member(ModelInputPayload, { description: "", required: true }),
    outputDataConfig: member(AsyncInvokeOutputDataConfig, { description: "", required: true }),
    tags: member(TagList, { description: "" }),
  },
});

export const InvocationArn = string({
  name: "InvocationArn",
  description: "",
  length: { min: 1, max: 2048 },
  pattern: "^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:async-invoke/[a-z0-9]{12}$",
});

export const StartAsyncInvokeResponse = structure({
  name: "StartAsyncInvokeResponse",
  description: "",
  members: {
    invocationArn: member(InvocationArn, { description: "", required: true }),
  },
});

export const GetAsyncInvokeRequest = structure({
  name: "GetAsyncInvokeRequest",
  description: "",
  members: {
    invocationArn: member(InvocationArn, { description: "", required: true, binding: label() }),
  },
});

export const AsyncInvokeArn = string({
  name: "AsyncInvokeArn",
  description: "",
  length: { min: 1, max: 2048 },
  pattern: "^arn:[a-z0-9\\-]+:bedrock:[a-z0-9\\-]*:[0-9]*:(provisioned-model|foundation-model)/.+$",
});

export const AsyncInvokeStatus = enumeration({
  name: "AsyncInvokeStatus",
  description: "",
  values: {
    IN_PROGRESS: "InProgress",
    COMPLETED: "Completed",
    FAILED: "Failed",
  },
});

export const AsyncInvokeMessage = string({
  name: "AsyncInvokeMessage",
  description: "",
  sensitive: true,
  length: { max: 2048 },
});

export const Timestamp = timestamp({
  name: "Timestamp",
  description: "",
  format: "date-time",
});

export const GetAsyncInvokeResponse = structure({
  name: "GetAsyncInvokeResponse",
  description: "",
  members: {
    invocationArn: member(InvocationArn, { description: "", required: true }),
    modelArn: member(AsyncInvokeArn, { description: "", required: true }),
    clientRequestToken: member(AsyncInvokeIdempotencyToken, { description: "" }),
    status: member(AsyncInvokeStatus, { description: "", required: true }),
    failureMessage: member(AsyncInvokeMessage, { description: "" }),
    submitTime: member(Timestamp, { description: "", required: true }),
    lastModifiedTime: member(Timestamp, { description: "" }),
    endTime: member(Timestamp, { description: "" }),
    outputDataConfig: member(AsyncInvokeOutputDataConfig, { description: "", required: true }),
  },
});

export const MaxResults = integer({
  name: "MaxResults",
  description: "",
  range: { min: 1, max: 1000 },
});

export const PaginationToken = string({
  name: "PaginationToken",
  description: "",
  length: { min: 1, max: 2048 },
  pattern: "^\\S*$",
});

export const SortAsyncInvocationBy = enumeration({
  name: "SortAsyncInvocationBy",
  description: "",
  values: {
    SUBMISSION_TIME: "SubmissionTime",
  },
});

export const SortOrder = enumeration({
  name: "SortOrder",
  description: "",
  values: {
    ASCENDING: "Ascending",
    DESCENDING: "Descending",
  },
});

export const ListAsyncInvokesRequest = structure({
  name: "ListAsyncInvokesRequest",
  description: "",
  members: {
    submitTimeAfter: member(Timestamp, { description: "", binding: query("submitTimeAfter") }),
    submitTimeBefore: member(Timestamp, { description: "", binding: query("submitTimeBefore") }),
    statusEquals: member(AsyncInvokeStatus, { description: "", binding: query("statusEquals") }),
    maxResults: member(MaxResults, { description: "", binding: query("maxResults") }),
    nextToken: member(PaginationToken, { description: "", binding: query("nextToken") }),
    sortBy: member(SortAsyncInvocationBy, { description: "", default: "SubmissionTime", binding: query("sortBy") }),
    sortOrder: member(SortOrder, { description: "", default: "Descending", binding: query("sortOrder") }),
  },
});

export const AsyncInvokeSummary = structure({
  name: "AsyncInvokeSummary",
  description: "",
  members: {
    invocationArn: member(InvocationArn, { description: "", required: true }),
    modelArn: member(AsyncInvokeArn, { description: "", required: true }),
    clientRequestToken: member(AsyncInvokeIdempotencyToken, { description: "" }),
    status: member(AsyncInvokeStatus, { description: "" }),
    failureMessage: member(AsyncInvokeMessage, { description: "" }),
    submitTime: member(Timestamp, { description: "", required: true }),
    lastModifiedTime: member(Timestamp, { description: "" }),
    endTime: member(Timestamp, { description: "" }),
    outputDataConfig: member(AsyncInvokeOutputDataConfig, { description: "", required: true }),
  },
});

export const AsyncInvokeSummaries = list({
  name: "AsyncInvokeSummaries",
  description: "",
  member: AsyncInvokeSummary,
});

export const ListAsyncInvokesResponse = structure({
  name: "ListAsyncInvokesResponse",
  description: "",
  members: {
    nextToken: member(PaginationToken, { description: "" }),
    asyncInvokeSummaries: member(AsyncInvokeSummaries, { description: "" }),
  },
});

export const StartAsyncInvoke = operation({
  name: "StartAsyncInvoke",
  method: "POST",
  uri: "/async-invoke",
  status: 200,
  input: StartAsyncInvokeRequest,
  output: StartAsyncInvokeResponse,
  errors: [AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:StartAsyncInvoke",
  tags: ["Asynchronous invocation"],
  summary: "",
  description: "",
  idempotent: true,
});

export const GetAsyncInvoke = operation({
  name: "GetAsyncInvoke",
  method: "GET",
  uri: "/async-invoke/{invocationArn}",
  status: 200,
  input: GetAsyncInvokeRequest,
  output: GetAsyncInvokeResponse,
  errors: [AccessDeniedException, InternalServerException, ThrottlingException, ValidationException],
  iamAction: "bedrock:GetAsyncInvoke",
  tags: ["Asynchronous invocation"],
  summary: "",
  description: "",
  readonly: true,
});

export const ListAsyncInvokes = operation({
  name: "ListAsyncInvokes",
  method: "GET",
  uri: "/async-invoke",
  status: 200,
  input: ListAsyncInvokesRequest,
  output: ListAsyncInvokesResponse,
  errors: [AccessDeniedException, InternalServerException, ThrottlingException, ValidationException],
  iamAction: "bedrock:ListAsyncInvokes",
  tags: ["Asynchronous invocation"],
  summary: "",
  description: "",
  readonly: true,
  pagination: { inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults", items: "asyncInvokeSummaries" },
});
