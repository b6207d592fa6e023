// Definitions: errors. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { error, integer, member, prelude, string } from "../shapes.js";

export const NonBlankString = string({
  name: "NonBlankString",
  description:
    "Free-form text used for error messages. Despite the name, the pattern accepts any string, including an empty one.",
  pattern: "^[\\s\\S]*$",
});

export const AccessDeniedException = error({
  name: "AccessDeniedException",
  description:
    "Returned with HTTP 403 when the caller is not allowed to perform the action, for example because no IAM policy grants the bedrock action or access to the requested model or resource has not been given. Retrying is pointless until the permissions or model access change.",
  error: { fault: "client", status: 403 },
  members: {
    message: member(NonBlankString, { description: "Human-readable reason the request was denied." }),
  },
});

export const ConflictException = error({
  name: "ConflictException",
  description:
    "Returned with HTTP 400 when the request clashes with the current state of a resource (in this API, raised by StartAsyncInvoke). Resolve the conflict before sending the request again.",
  error: { fault: "client", status: 400 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the conflict." }),
  },
});

export const InternalServerException = error({
  name: "InternalServerException",
  description:
    "Returned with HTTP 500 when the service failed unexpectedly while handling the request. The fault is on the service side, so retrying with backoff often succeeds.",
  error: { fault: "server", status: 500 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the internal failure." }),
  },
});

export const StatusCode = integer({
  name: "StatusCode",
  description: "An HTTP status code, an integer from 100 to 599.",
  range: { min: 100, max: 599 },
});

export const ModelErrorException = error({
  name: "ModelErrorException",
  description:
    "Returned with HTTP 424 when the model itself failed to process the request. The body carries the status code the model reported and the name of the resource that failed; whether a retry helps depends on that underlying error.",
  error: { fault: "client", status: 424 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the model failure." }),
    originalStatusCode: member(StatusCode, {
      description:
        "HTTP status code reported by the model or its hosting endpoint, which can differ from the 424 sent to the caller.",
    }),
    resourceName: member(NonBlankString, { description: "Name of the model resource that produced the error." }),
  },
});

export const ModelNotReadyException = error({
  name: "ModelNotReadyException",
  description:
    "Returned with HTTP 429 when the target model cannot serve inference requests yet, for example while an imported model is still being loaded. It is marked retryable: AWS SDKs retry it automatically (up to 5 attempts by default), and other clients should retry with backoff.",
  error: { fault: "client", status: 429, retryable: true },
  members: {
    message: member(NonBlankString, { description: "Human-readable explanation of why the model is not ready." }),
  },
});

export const ModelStreamErrorException = error({
  name: "ModelStreamErrorException",
  description:
    "Returned with HTTP 424, or delivered as an exception event inside a stream, when the model fails while producing streamed output. It carries the status code and message the model reported; sending the request again is a reasonable response.",
  error: { fault: "client", status: 424 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the streaming failure." }),
    originalStatusCode: member(StatusCode, {
      description: "HTTP status code the model reported when the stream failed.",
    }),
    originalMessage: member(NonBlankString, {
      description: "Error message as the model itself reported it, before Bedrock wrapped it.",
    }),
  },
});

export const ModelTimeoutException = error({
  name: "ModelTimeoutException",
  description:
    "Returned with HTTP 408 when the model did not finish processing the request within its time limit. A retry may succeed, particularly with a smaller request, fewer output tokens or a streaming operation.",
  error: { fault: "client", status: 408 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the timeout." }),
  },
});

export const ResourceNotFoundException = error({
  name: "ResourceNotFoundException",
  description:
    "Returned with HTTP 404 when a resource named in the request, such as the model, inference profile or guardrail, does not exist or is not visible to the account in this Region. Retrying unchanged does not help; check the identifier and Region.",
  error: { fault: "client", status: 404 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the missing resource." }),
  },
});

export const ServiceQuotaExceededException = error({
  name: "ServiceQuotaExceededException",
  description:
    "Returned with HTTP 400 when the request would take the account past a service quota. Retry later, or ask for a higher quota through Service Quotas.",
  error: { fault: "client", status: 400 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the quota that was exceeded." }),
  },
});

export const ServiceUnavailableException = error({
  name: "ServiceUnavailableException",
  description:
    "Returned with HTTP 503 when the service is temporarily unable to handle requests. Retrying with backoff usually succeeds.",
  error: { fault: "server", status: 503 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the outage." }),
  },
});

export const ThrottlingException = error({
  name: "ThrottlingException",
  description:
    "Returned with HTTP 429 when the account's request or token rate quotas for Amazon Bedrock are exceeded. Retry with exponential backoff; AWS SDKs classify it as a throttling error and retry it for you.",
  error: { fault: "client", status: 429 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of the throttling." }),
  },
});

export const ValidationException = error({
  name: "ValidationException",
  description:
    "Returned with HTTP 400 when the request breaks the API's constraints or the model's input rules, for example a malformed body, a missing required field or an unsupported parameter. Sending it again unchanged fails the same way; fix the request first.",
  error: { fault: "client", status: 400 },
  members: {
    message: member(NonBlankString, { description: "Human-readable description of what failed validation." }),
  },
});

// ── Errors the service returns that the official model does not list ──────────
// AWS's request authentication layer answers before Bedrock sees the call, so these reach
// every operation. The recordings show each of them; the drift allow-list names the files.

export const UnrecognizedClientException = error({
  name: "UnrecognizedClientException",
  description:
    "Returned with HTTP 403 when the access key id or bearer key is not known to AWS (wrong, deleted or from another partition). Not in the official model; the live service sends it, as recordings dd-trace-py/029-InvokeModel and ruby-llm/016-Converse show. Retrying with the same credentials fails the same way.",
  error: { fault: "client", status: 403 },
  members: {
    message: member(prelude.String, { description: "Human-readable explanation of the rejected credentials." }),
  },
});

export const InvalidSignatureException = error({
  name: "InvalidSignatureException",
  description:
    "Returned with HTTP 403 when the SigV4 signature does not match the request, for example because the secret key is wrong, the clock is skewed or the signature has expired. Not in the official model; the live service sends it, as recording otel-js-contrib/010-InvokeModel shows. Re-sign the request before retrying.",
  error: { fault: "client", status: 403 },
  members: {
    message: member(prelude.String, { description: "Human-readable explanation of the signature mismatch." }),
  },
});

export const ExpiredTokenException = error({
  name: "ExpiredTokenException",
  description:
    "Returned with HTTP 403 when the session token of temporary credentials has expired. Not in the official model; the live service sends it, as recording dd-trace-py/025-InvokeModel shows. Refresh the credentials and sign again.",
  error: { fault: "client", status: 403 },
  members: {
    message: member(prelude.String, { description: "Human-readable explanation of the expired token." }),
  },
});

/** Errors of the authentication layer in front of every operation. */
export const authenticationErrors = [
  UnrecognizedClientException,
  InvalidSignatureException,
  ExpiredTokenException,
] as const;
