// Definitions: async-invoke. Facts (names, types, constraints, bindings) follow the official Smithy model.
import {
  document,
  enumeration,
  integer,
  label,
  list,
  member,
  query,
  string,
  structure,
  timestamp,
  union,
} from "../shapes.js";
import { operation } from "../operations.js";
import {
  AccessDeniedException,
  authenticationErrors,
  ConflictException,
  InternalServerException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "./errors.js";
import { AccountId, S3Uri } from "./converse-content.js";

export const AsyncInvokeIdempotencyToken = string({
  name: "AsyncInvokeIdempotencyToken",
  description:
    "Caller-chosen token that makes a StartAsyncInvoke request safe to retry: a second request carrying the same token is treated as a repeat of the first instead of starting another job. 1 to 256 printable ASCII characters, no spaces.",
  length: { min: 1, max: 256 },
  pattern: "^[!-~]*$",
});

export const AsyncInvokeIdentifier = string({
  name: "AsyncInvokeIdentifier",
  description:
    "Names the model to run asynchronously, either as a model ID or as a model ARN. 1 to 256 characters made of letters, digits and the characters _ . - / :.",
  length: { min: 1, max: 256 },
  pattern: "^[a-zA-Z_\\.\\-/0-9:]+$",
});

export const ModelInputPayload = document({
  name: "ModelInputPayload",
  description:
    "The request body handed to the model, as a free-form JSON value whose structure is defined by the model's provider (the native request format of that model). Marked sensitive, so it should not be logged.",
  sensitive: true,
});

export const KmsKeyId = string({
  name: "KmsKeyId",
  description:
    "Full ARN of an AWS KMS key (ending in `key/KEY_ID`) or of a KMS alias (ending in `alias/ALIAS_NAME`). Despite the name, a bare key ID does not match the pattern.",
  length: { min: 1, max: 2048 },
  pattern: "^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key/[a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+))$",
});

export const AsyncInvokeS3OutputDataConfig = structure({
  name: "AsyncInvokeS3OutputDataConfig",
  description: "An Amazon S3 destination for the files that an asynchronous invocation produces.",
  members: {
    s3Uri: member(S3Uri, {
      description:
        "s3:// URI of the bucket, optionally followed by a key prefix, under which Bedrock writes the output.",
      required: true,
    }),
    kmsKeyId: member(KmsKeyId, {
      description:
        "ARN of the KMS key or alias used to encrypt the output objects. Leave it out to rely on the bucket's default encryption.",
    }),
    bucketOwner: member(AccountId, {
      description:
        "12-digit ID of the AWS account that owns the bucket. Set it when the bucket belongs to another account; omit it for a bucket in the caller's own account.",
    }),
  },
});

export const AsyncInvokeOutputDataConfig = union({
  name: "AsyncInvokeOutputDataConfig",
  description:
    "Destination for the output of an asynchronous invocation. This is a union: exactly one member must be set, and s3OutputDataConfig is currently the only option.",
  members: {
    s3OutputDataConfig: member(AsyncInvokeS3OutputDataConfig, {
      description: "Store the output in Amazon S3 at the given location.",
    }),
  },
});

export const TagKey = string({
  name: "TagKey",
  description: "Name part of a tag: 1 to 128 characters drawn from letters, digits, whitespace and _ . : / = + @ -.",
  length: { min: 1, max: 128 },
  pattern: "^[a-zA-Z0-9\\s._:/=+@-]*$",
});

export const TagValue = string({
  name: "TagValue",
  description: "Value part of a tag: 0 to 256 characters from the same character set as tag keys, so it may be empty.",
  length: { min: 0, max: 256 },
  pattern: "^[a-zA-Z0-9\\s._:/=+@-]*$",
});

export const Tag = structure({
  name: "Tag",
  description: "A key-value label attached to an asynchronous invocation to help organize and track it.",
  members: {
    key: member(TagKey, { description: "Name of the label, for example project or cost-center.", required: true }),
    value: member(TagValue, { description: "The value stored under the key.", required: true }),
  },
});

export const TagList = list({
  name: "TagList",
  description: "Tags for an invocation; at most 200 entries.",
  length: { min: 0, max: 200 },
  member: Tag,
});

export const StartAsyncInvokeRequest = structure({
  name: "StartAsyncInvokeRequest",
  description: "JSON body of StartAsyncInvoke: which model to run, its input, where the output goes and optional tags.",
  members: {
    clientRequestToken: member(AsyncInvokeIdempotencyToken, {
      description:
        "Idempotency token for this request. AWS SDKs fill in a fresh UUID when the caller leaves it out; a raw HTTP client should generate and send one itself (a UUID works) so that retrying after a timeout or network error cannot start a duplicate job.",
      idempotencyToken: true,
    }),
    modelId: member(AsyncInvokeIdentifier, {
      description: "ID or ARN of the model to invoke. The model has to support asynchronous invocation.",
      required: true,
    }),
    modelInput: member(ModelInputPayload, {
      description: "The model request, written in the invoked model's own JSON request format.",
      required: true,
    }),
    outputDataConfig: member(AsyncInvokeOutputDataConfig, {
      description: "Where Bedrock writes the result once the job finishes. Exactly one destination must be given.",
      required: true,
    }),
    tags: member(TagList, {
      description: "Optional key-value labels for the new invocation; leave it out to attach none.",
    }),
  },
});

export const InvocationArn = string({
  name: "InvocationArn",
  description:
    "ARN identifying one asynchronous invocation, shaped like `arn:aws:bedrock:REGION:ACCOUNT_ID:async-invoke/ID`, where ID is 12 lowercase letters or digits.",
  length: { min: 1, max: 2048 },
  pattern: "^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:async-invoke/[a-z0-9]{12}$",
});

export const StartAsyncInvokeResponse = structure({
  name: "StartAsyncInvokeResponse",
  description: "Returned as soon as the job has been accepted; the model runs in the background afterwards.",
  members: {
    invocationArn: member(InvocationArn, {
      description: "ARN of the newly started invocation. Pass it to GetAsyncInvoke to follow its progress.",
      required: true,
    }),
  },
});

export const GetAsyncInvokeRequest = structure({
  name: "GetAsyncInvokeRequest",
  description: "Input of GetAsyncInvoke; its only member travels in the URL path.",
  members: {
    invocationArn: member(InvocationArn, {
      description:
        "ARN of the invocation to look up, as returned by StartAsyncInvoke. It is a path segment, so it must be URL-encoded (in particular the / becomes %2F).",
      required: true,
      binding: label(),
    }),
  },
});

export const AsyncInvokeArn = string({
  name: "AsyncInvokeArn",
  description:
    "ARN of the model an asynchronous invocation runs on, either a foundation-model or a provisioned-model ARN.",
  length: { min: 1, max: 2048 },
  pattern: "^arn:[a-z0-9\\-]+:bedrock:[a-z0-9\\-]*:[0-9]*:(provisioned-model|foundation-model)/.+$",
});

export const AsyncInvokeStatus = enumeration({
  name: "AsyncInvokeStatus",
  description:
    "Lifecycle state of an asynchronous invocation. InProgress: the job is still running. Completed: it finished and its output is in the output location. Failed: it stopped with an error, described in failureMessage.",
  values: {
    IN_PROGRESS: "InProgress",
    COMPLETED: "Completed",
    FAILED: "Failed",
  },
});

export const AsyncInvokeMessage = string({
  name: "AsyncInvokeMessage",
  description: "Human-readable explanation of a failed invocation, up to 2048 characters. Marked sensitive.",
  sensitive: true,
  length: { max: 2048 },
});

export const Timestamp = timestamp({
  name: "Timestamp",
  description:
    "A point in time, serialized as an ISO 8601 date-time string in UTC (RFC 3339 profile), for example 2024-11-05T14:30:00Z; fractional seconds may be present.",
  format: "date-time",
});

export const GetAsyncInvokeResponse = structure({
  name: "GetAsyncInvokeResponse",
  description: "Current details of one asynchronous invocation.",
  members: {
    invocationArn: member(InvocationArn, { description: "ARN that identifies this invocation.", required: true }),
    modelArn: member(AsyncInvokeArn, { description: "ARN of the model the invocation runs on.", required: true }),
    clientRequestToken: member(AsyncInvokeIdempotencyToken, {
      description: "Idempotency token the invocation was started with, if any.",
    }),
    status: member(AsyncInvokeStatus, {
      description: "Where the job stands: InProgress, Completed or Failed.",
      required: true,
    }),
    failureMessage: member(AsyncInvokeMessage, { description: "Reason the job failed. Set when status is Failed." }),
    submitTime: member(Timestamp, {
      description: "When the job was submitted, as an ISO 8601 date-time string.",
      required: true,
    }),
    lastModifiedTime: member(Timestamp, {
      description:
        "When the job's record last changed, for example on a status change, as an ISO 8601 date-time string.",
    }),
    endTime: member(Timestamp, {
      description:
        "When the job reached Completed or Failed, as an ISO 8601 date-time string. Absent while it is still running.",
    }),
    outputDataConfig: member(AsyncInvokeOutputDataConfig, {
      description: "The output destination the job was started with; the results are written there.",
      required: true,
    }),
  },
});

export const MaxResults = integer({
  name: "MaxResults",
  description: "Page size for a list call: from 1 to 1000 items.",
  range: { min: 1, max: 1000 },
});

export const PaginationToken = string({
  name: "PaginationToken",
  description:
    "Opaque continuation token for paged results, 1 to 2048 characters without whitespace. Pass it back exactly as received.",
  length: { min: 1, max: 2048 },
  pattern: "^\\S*$",
});

export const SortAsyncInvocationBy = enumeration({
  name: "SortAsyncInvocationBy",
  description:
    "Field used to order listed invocations. SubmissionTime, the only value, orders them by when they were submitted.",
  values: {
    SUBMISSION_TIME: "SubmissionTime",
  },
});

export const SortOrder = enumeration({
  name: "SortOrder",
  description: "Sort direction. Ascending puts the earliest first; Descending puts the latest first.",
  values: {
    ASCENDING: "Ascending",
    DESCENDING: "Descending",
  },
});

export const ListAsyncInvokesRequest = structure({
  name: "ListAsyncInvokesRequest",
  description: "Query parameters of ListAsyncInvokes: optional filters, sorting and paging. Every member is optional.",
  members: {
    submitTimeAfter: member(Timestamp, {
      description:
        "Only list invocations submitted after this moment, as an ISO 8601 date-time string. Omit for no lower bound.",
      binding: query("submitTimeAfter"),
    }),
    submitTimeBefore: member(Timestamp, {
      description:
        "Only list invocations submitted before this moment, as an ISO 8601 date-time string. Omit for no upper bound.",
      binding: query("submitTimeBefore"),
    }),
    statusEquals: member(AsyncInvokeStatus, {
      description: "Only list invocations in this state. Omit to include every state.",
      binding: query("statusEquals"),
    }),
    maxResults: member(MaxResults, {
      description:
        "Page size: the most summaries to return in one response, 1 to 1000. If omitted, the service chooses the page size.",
      binding: query("maxResults"),
    }),
    nextToken: member(PaginationToken, {
      description:
        "Paging cursor. Leave it out for the first page; for each following page, send the nextToken from the previous response, keeping the other parameters unchanged.",
      binding: query("nextToken"),
    }),
    sortBy: member(SortAsyncInvocationBy, {
      description: "Field to sort by. Defaults to SubmissionTime, currently the only choice.",
      default: "SubmissionTime",
      binding: query("sortBy"),
    }),
    sortOrder: member(SortOrder, {
      description: "Sort direction. Defaults to Descending, which lists the most recently submitted invocations first.",
      default: "Descending",
      binding: query("sortOrder"),
    }),
  },
});

export const AsyncInvokeSummary = structure({
  name: "AsyncInvokeSummary",
  description:
    "Overview of one asynchronous invocation as it appears in ListAsyncInvokes results; it carries the same fields as the GetAsyncInvoke response.",
  members: {
    invocationArn: member(InvocationArn, { description: "ARN that identifies this invocation.", required: true }),
    modelArn: member(AsyncInvokeArn, { description: "ARN of the model the invocation runs on.", required: true }),
    clientRequestToken: member(AsyncInvokeIdempotencyToken, {
      description: "Idempotency token the invocation was started with, if any.",
    }),
    status: member(AsyncInvokeStatus, {
      description:
        "Where the job stands: InProgress, Completed or Failed. Not marked required in this shape, so clients should cope with it being absent.",
    }),
    failureMessage: member(AsyncInvokeMessage, { description: "Reason the job failed. Set when status is Failed." }),
    submitTime: member(Timestamp, {
      description: "When the job was submitted, as an ISO 8601 date-time string.",
      required: true,
    }),
    lastModifiedTime: member(Timestamp, {
      description: "When the job's record last changed, as an ISO 8601 date-time string.",
    }),
    endTime: member(Timestamp, {
      description:
        "When the job reached Completed or Failed, as an ISO 8601 date-time string. Absent while it is still running.",
    }),
    outputDataConfig: member(AsyncInvokeOutputDataConfig, {
      description: "The output destination the job was started with.",
      required: true,
    }),
  },
});

export const AsyncInvokeSummaries = list({
  name: "AsyncInvokeSummaries",
  description: "One page of invocation summaries, ordered as requested by sortBy and sortOrder.",
  member: AsyncInvokeSummary,
});

export const ListAsyncInvokesResponse = structure({
  name: "ListAsyncInvokesResponse",
  description: "One page of ListAsyncInvokes results.",
  members: {
    nextToken: member(PaginationToken, {
      description:
        "Present when more results remain: send it as the nextToken query parameter to fetch the next page. Absent on the last page.",
    }),
    asyncInvokeSummaries: member(AsyncInvokeSummaries, {
      description: "The invocations on this page. May be empty or missing when nothing matches the filters.",
    }),
  },
});

// ── examples ────────────────────────────────────────────────────────────────
// Video jobs for a bookshop campaign, from start to listing.

const videoJob = "arn:aws:bedrock:us-east-1:111122223333:async-invoke/k3v9x2m7q1zb";
const novaReel = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:1";

const videoOutput = {
  s3OutputDataConfig: {
    s3Uri: "s3://amzn-s3-demo-bucket/campaign-videos/",
    kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  },
};

/** A finished job as GetAsyncInvoke and ListAsyncInvokes describe it. */
function videoJobSummary(id: string, token: string, submitted: string, ended: string) {
  return {
    invocationArn: `arn:aws:bedrock:us-east-1:111122223333:async-invoke/${id}`,
    modelArn: novaReel,
    clientRequestToken: token,
    status: "Completed",
    submitTime: submitted,
    lastModifiedTime: ended,
    endTime: ended,
    outputDataConfig: videoOutput,
  };
}

export const StartAsyncInvoke = operation({
  name: "StartAsyncInvoke",
  method: "POST",
  uri: "/async-invoke",
  status: 200,
  input: StartAsyncInvokeRequest,
  output: StartAsyncInvokeResponse,
  errors: [
    AccessDeniedException,
    ConflictException,
    InternalServerException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeModel",
  tags: ["Asynchronous invocation"],
  summary: "Start an asynchronous model invocation",
  description:
    "Queues a job that runs a model in the background and writes the result to Amazon S3 rather than returning it in the response. Use it for slow or large jobs, such as video generation, that do not suit a synchronous InvokeModel call. The response carries only the invocation ARN; follow the job with GetAsyncInvoke or ListAsyncInvokes and read the output from the S3 location once it is Completed. The call is idempotent per clientRequestToken, so a retry with the same token does not start a second job. Authorization is checked against the bedrock:InvokeModel IAM action on the target model.",
  idempotent: true,
  examples: [
    {
      name: "novaReelVideo",
      summary: "Start a text-to-video job that writes to S3",
      description:
        "An Amazon Nova Reel request in the model's own format, a client token that makes retries safe, an S3 prefix for the output (encrypted with a customer managed KMS key) and a tag. The reply is only the new job's ARN.",
      request: {
        body: {
          clientRequestToken: "0f8b6c2e-4d1a-4e7b-9a35-c6d2e8f1b047",
          modelId: "amazon.nova-reel-v1:1",
          modelInput: {
            taskType: "TEXT_VIDEO",
            textToVideoParams: {
              text: "Slow pan across a sunlit bookshop window display of bird field guides, morning light, shallow depth of field",
            },
            videoGenerationConfig: { durationSeconds: 6, fps: 24, dimension: "1280x720", seed: 42 },
          },
          outputDataConfig: videoOutput,
          tags: [{ key: "project", value: "spring-campaign" }],
        },
      },
      response: { status: 200, body: { invocationArn: videoJob } },
    },
  ],
});

export const GetAsyncInvoke = operation({
  name: "GetAsyncInvoke",
  method: "GET",
  uri: "/async-invoke/{invocationArn}",
  status: 200,
  input: GetAsyncInvokeRequest,
  output: GetAsyncInvokeResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:GetAsyncInvoke",
  tags: ["Asynchronous invocation"],
  summary: "Get the status and details of an asynchronous invocation",
  description:
    "Returns the current state of one asynchronous invocation, identified by its ARN: status, failure reason if any, model, timestamps and output location. Poll it after StartAsyncInvoke until the status is Completed or Failed, then fetch the results from S3. Read-only. Authorized by the bedrock:GetAsyncInvoke IAM action.",
  readonly: true,
  examples: [
    {
      name: "completedJob",
      summary: "A finished video job",
      description:
        "The job started in StartAsyncInvoke's example, done after a few minutes; its video is under the S3 prefix it was given. The ARN goes in the path percent-encoded (`/` as `%2F`).",
      parameters: { invocationArn: videoJob },
      response: {
        status: 200,
        body: videoJobSummary(
          "k3v9x2m7q1zb",
          "0f8b6c2e-4d1a-4e7b-9a35-c6d2e8f1b047",
          "2025-06-03T09:14:05Z",
          "2025-06-03T09:17:41Z",
        ),
      },
    },
  ],
});

export const ListAsyncInvokes = operation({
  name: "ListAsyncInvokes",
  method: "GET",
  uri: "/async-invoke",
  status: 200,
  input: ListAsyncInvokesRequest,
  output: ListAsyncInvokesResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:ListAsyncInvokes",
  tags: ["Asynchronous invocation"],
  summary: "List asynchronous invocations",
  description:
    "Returns summaries of the caller's asynchronous invocations, optionally filtered by a submission time window and by status, and sorted by submission time (newest first unless sortOrder says otherwise). Results come in pages: repeat the call with the returned nextToken until none is returned. Read-only. Authorized by the bedrock:ListAsyncInvokes IAM action.",
  readonly: true,
  examples: [
    {
      name: "firstPage",
      summary: "Completed jobs since 1 June, newest first, two per page",
      description:
        "Filters by status and submission time, sorted newest first, with a page size of two. More jobs match, so the page ends with a nextToken.",
      parameters: {
        submitTimeAfter: "2025-06-01T00:00:00Z",
        submitTimeBefore: "2025-06-30T00:00:00Z",
        statusEquals: "Completed",
        maxResults: 2,
        sortBy: "SubmissionTime",
        sortOrder: "Descending",
      },
      response: {
        status: 200,
        body: {
          nextToken: "AAMA-EFRSURBSGgxWXJmN2tQZ0Z5dFJxc0ZXb3BhQW5pbWFs",
          asyncInvokeSummaries: [
            videoJobSummary(
              "k3v9x2m7q1zb",
              "0f8b6c2e-4d1a-4e7b-9a35-c6d2e8f1b047",
              "2025-06-03T09:14:05Z",
              "2025-06-03T09:17:41Z",
            ),
            videoJobSummary(
              "p8d2w6n4t0ca",
              "7a1e3c9b-2f64-4d08-b5e7-91c0d4a6e3f2",
              "2025-06-02T16:40:12Z",
              "2025-06-02T16:43:55Z",
            ),
          ],
        },
      },
    },
    {
      name: "lastPage",
      summary: "The next page, fetched with nextToken",
      description:
        "The same filters with the nextToken from the first page. No nextToken comes back: this is the last page.",
      parameters: {
        submitTimeAfter: "2025-06-01T00:00:00Z",
        statusEquals: "Completed",
        maxResults: 2,
        sortBy: "SubmissionTime",
        sortOrder: "Descending",
        nextToken: "AAMA-EFRSURBSGgxWXJmN2tQZ0Z5dFJxc0ZXb3BhQW5pbWFs",
      },
      response: {
        status: 200,
        body: {
          asyncInvokeSummaries: [
            videoJobSummary(
              "b5r1y9h3j7ue",
              "c4e9a7d1-8b2f-4a63-9e05-3d7f1b6c2a84",
              "2025-06-01T11:02:37Z",
              "2025-06-01T11:06:20Z",
            ),
          ],
        },
      },
    },
  ],
  pagination: {
    inputToken: "nextToken",
    outputToken: "nextToken",
    pageSize: "maxResults",
    items: "asyncInvokeSummaries",
  },
});
