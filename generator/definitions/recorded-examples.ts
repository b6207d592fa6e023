/**
 * Example values copied from the recordings in contract-tests/recordings (already redacted),
 * trimmed to what a reader needs. The generator never reads recordings: facts flow one way, from
 * here into the spec. Each entry names the recording it came from.
 */
import type { JsonValue } from "../shapes.js";

export interface ErrorExample {
  /** The key in the response's `examples` map: the use case, not the error name. */
  readonly name: string;
  readonly summary: string;
  readonly body: JsonValue;
}

/** One example reply per error, keyed by error name. Messages are the service's own where a recording shows one. */
export const errorExamples: Readonly<Record<string, ErrorExample>> = {
  // otel-python-contrib and openllmetry recordings: a bursty client over its requests-per-minute quota.
  ThrottlingException: {
    name: "throttled",
    summary: "Over the request or token rate quota; retry with backoff",
    body: { message: "Too many requests, please wait before trying again." },
  },
  // otel-js-contrib recordings: a model the account has not been granted.
  AccessDeniedException: {
    name: "modelAccessNotGranted",
    summary: "The account has no access to this model",
    body: { message: "You don't have access to the model with the specified model ID." },
  },
  // otel-python-contrib/022-Converse.json: a model id that names no model.
  ValidationException: {
    name: "unknownModelId",
    summary: "A model id the service does not know",
    body: { message: "The provided model identifier is invalid." },
  },
  // synthetic StartAsyncInvoke recording built from the service's documented reply.
  ServiceQuotaExceededException: {
    name: "tooManyAsyncJobs",
    summary: "The account's concurrent asynchronous invocations are used up",
    body: { message: "You have reached the maximum number of concurrent asynchronous invocations for this model." },
  },
  // dd-trace-py and openllmetry recordings: a signature made with a wrong or revoked access key.
  UnrecognizedClientException: {
    name: "invalidSecurityToken",
    summary: "Credentials the service does not recognise",
    body: { message: "The security token included in the request is invalid." },
  },
  // otel-python-contrib recordings: temporary credentials used after they expired.
  ExpiredTokenException: {
    name: "expiredSecurityToken",
    summary: "Temporary credentials past their expiry",
    body: { message: "The security token included in the request is expired" },
  },
  // openllmetry recordings: a request signed more than five minutes before it arrived.
  InvalidSignatureException: {
    name: "signatureExpired",
    summary: "A SigV4 signature older than five minutes",
    body: {
      message: "Signature expired: 20250808T105739Z is now earlier than 20250808T130125Z (20250808T130625Z - 5 min.)",
    },
  },
  // No recording shows the following; their bodies follow the error shapes, the wording is ours.
  ResourceNotFoundException: {
    name: "resourceNotFound",
    summary: "The model, profile, guardrail or job named does not exist here",
    body: { message: "The requested resource could not be found in this account and Region." },
  },
  ModelTimeoutException: {
    name: "modelTimedOut",
    summary: "The model took too long to answer; retry or shorten the request",
    body: { message: "The model did not respond in time." },
  },
  ModelErrorException: {
    name: "modelFailed",
    summary: "The model failed while processing the request",
    body: {
      message: "The model could not process the request.",
      originalStatusCode: 500,
      resourceName: "anthropic.claude-3-haiku-20240307-v1:0",
    },
  },
  ModelNotReadyException: {
    name: "modelNotReady",
    summary: "The model is still being loaded; the SDK retries",
    body: { message: "The model is not ready to serve requests yet." },
  },
  InternalServerException: {
    name: "internalError",
    summary: "An unexpected server-side failure; retry",
    body: { message: "The service encountered an internal error." },
  },
  ServiceUnavailableException: {
    name: "serviceUnavailable",
    summary: "The service is briefly unavailable; retry later",
    body: { message: "The service is temporarily unavailable." },
  },
  ConflictException: {
    name: "conflict",
    summary: "The request conflicts with the current state of the resource",
    body: { message: "A request with this client token is already being processed." },
  },
};

/** openinference-py/007-Converse.json: a plain question to an Amazon Nova model, reply cut at maxTokens. */
export const novaCapitalQuestion = {
  modelId: "amazon.nova-micro-v1:0",
  request: {
    messages: [{ role: "user", content: [{ text: "What is the capital of France?" }] }],
    inferenceConfig: { maxTokens: 64, temperature: 0.1 },
  },
  response: {
    output: {
      message: {
        role: "assistant",
        content: [
          {
            text: "The capital of France is Paris. Paris is not only the capital city but also the most populous city in France, and it serves as a major cultural, economic, and political center both within the country and internationally. Known for its historical and architectural landmarks such as the Eiffel Tower, the Louvre Museum, Notre-Dame Cathedral",
          },
        ],
      },
    },
    stopReason: "max_tokens",
    usage: { inputTokens: 7, outputTokens: 64, totalTokens: 71 },
    metrics: { latencyMs: 377 },
  },
} as const;

/** openinference-py/014-ApplyGuardrail.json, trimmed to one assessment's content and topic policies: input that passes. */
export const guardrailPassedInput = {
  parameters: { guardrailIdentifier: "274u1upxm897", guardrailVersion: "1" },
  request: { source: "INPUT", content: [{ text: { text: "Who is the president of USA?" } }] },
  response: {
    action: "NONE",
    actionReason: "No action.",
    outputs: [],
    assessments: [
      {
        contentPolicy: {
          filters: [
            { type: "PROMPT_ATTACK", confidence: "NONE", filterStrength: "HIGH", action: "NONE", detected: false },
          ],
        },
        topicPolicy: { topics: [{ name: "InvestmentObjectives", type: "DENY", action: "NONE", detected: false }] },
        invocationMetrics: {
          guardrailProcessingLatency: 352,
          usage: {
            topicPolicyUnits: 1,
            contentPolicyUnits: 1,
            wordPolicyUnits: 0,
            sensitiveInformationPolicyUnits: 1,
            sensitiveInformationPolicyFreeUnits: 0,
            contextualGroundingPolicyUnits: 0,
          },
          guardrailCoverage: { textCharacters: { guarded: 28, total: 28 } },
        },
      },
    ],
    usage: {
      topicPolicyUnits: 1,
      contentPolicyUnits: 1,
      wordPolicyUnits: 0,
      sensitiveInformationPolicyUnits: 1,
      sensitiveInformationPolicyFreeUnits: 0,
      contextualGroundingPolicyUnits: 0,
    },
    guardrailCoverage: { textCharacters: { guarded: 28, total: 28 } },
  },
} as const;

/**
 * ruby-llm/078-InvokeModel.json: Titan Text Embeddings V2 (the recorded vector has 1024 numbers;
 * the first eight are kept). The headers are ours, set to show each one in use.
 */
export const titanEmbeddings = {
  modelId: "amazon.titan-embed-text-v2:0",
  headers: {
    performanceConfigLatency: "standard",
    serviceTier: "default",
    requestMetadata: '{"team":"search","feature":"product-index"}',
    trace: "DISABLED",
  },
  request: { inputText: "Ruby is a programmer's best friend", normalize: true },
  response: {
    embedding: [
      -0.061209455132484436, 0.025703920051455498, 0.010120469145476818, -0.030969711020588875, -0.009046325460076332,
      -0.003102579154074192, 0.019556652754545212, -0.03000456467270851,
    ],
    inputTextTokenCount: 8,
  },
} as const;
