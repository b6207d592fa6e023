// Definitions: invoke. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { titanEmbeddings } from "./recorded-examples.js";
import { blob, enumeration, header, label, member, payload, string, structure, union } from "../shapes.js";
import { base64Json, operation, type ExampleFrame } from "../operations.js";
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
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "./errors.js";
import { GuardrailIdentifier, GuardrailVersion } from "./guardrail.js";

export const Body = blob({
  name: "Body",
  description:
    "Raw, model-specific request or response document, up to 25,000,000 bytes, usually JSON whose schema depends on the model provider. As an HTTP payload it is sent as-is; inside a JSON document (as in CountTokens) it is base64-encoded.",
  sensitive: true,
  length: { max: 25000000 },
});

export const MimeType = string({
  name: "MimeType",
  description: "A media type such as application/json that names the format of a body.",
});

export const InvokeModelIdentifier = string({
  name: "InvokeModelIdentifier",
  description:
    "Identifies what to invoke: a foundation model ID, an inference profile ID, or the ARN of a foundation model, custom model, custom model deployment, imported model, provisioned model, inference profile, application inference profile, prompt, prompt router or SageMaker endpoint. 1 to 2048 characters.",
  length: { min: 1, max: 2048 },
  pattern:
    "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)$|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$",
});

export const Trace = enumeration({
  name: "Trace",
  description:
    "Controls Bedrock trace output, such as guardrail assessments, in the response. DISABLED returns no trace, ENABLED returns the trace, and ENABLED_FULL returns the complete trace, including checks that did not trigger.",
  values: {
    ENABLED: "ENABLED",
    DISABLED: "DISABLED",
    ENABLED_FULL: "ENABLED_FULL",
  },
});

export const PerformanceConfigLatency = enumeration({
  name: "PerformanceConfigLatency",
  description:
    "Latency profile for inference. standard uses normal processing; optimized requests latency-optimized inference, which only some models support and only in some Regions.",
  values: {
    STANDARD: "standard",
    OPTIMIZED: "optimized",
  },
});

export const ServiceTierType = enumeration({
  name: "ServiceTierType",
  description:
    "Processing tier that serves a request. priority gets preferential, faster processing at a higher price; default is standard on-demand processing; flex accepts slower, lower-priority processing at a lower price; reserved runs on capacity reserved in advance.",
  values: {
    PRIORITY: "priority",
    DEFAULT: "default",
    FLEX: "flex",
    RESERVED: "reserved",
  },
});

export const RequestMetadataJson = string({
  name: "RequestMetadataJson",
  description:
    "A JSON object of string key-value pairs, serialized as text of at most 8500 characters, attached to an invocation for filtering model invocation logs.",
  sensitive: true,
  length: { max: 8500 },
});

/** The raw body and its media type, shared by InvokeModel and InvokeModelWithResponseStream. */
const invokePayloadMembers = {
  body: member(Body, {
    description:
      "The model-specific request document (prompt and inference parameters), sent as the raw HTTP body. It is usually JSON whose schema depends on the model provider.",
    binding: payload(),
  }),
  contentType: member(MimeType, {
    description: "Media type of the request body. Use application/json; guardrails require it.",
    binding: header("Content-Type"),
  }),
};

/** The Bedrock settings headers shared by InvokeModel and InvokeModelWithResponseStream. */
const invokeSettingsMembers = {
  trace: member(Trace, {
    description:
      "Whether the response includes Bedrock trace data such as guardrail results. Leaving it out means no trace is returned.",
    binding: header("X-Amzn-Bedrock-Trace"),
  }),
  guardrailIdentifier: member(GuardrailIdentifier, {
    description:
      "ID or ARN of the guardrail to apply to this invocation. Leave it out to run without a guardrail; when set, guardrailVersion is also required and the content type must be application/json.",
    binding: header("X-Amzn-Bedrock-GuardrailIdentifier"),
  }),
  guardrailVersion: member(GuardrailVersion, {
    description:
      "Guardrail version to apply: a version number, or DRAFT for the working draft. Required whenever guardrailIdentifier is set.",
    binding: header("X-Amzn-Bedrock-GuardrailVersion"),
  }),
  performanceConfigLatency: member(PerformanceConfigLatency, {
    description: "Latency profile to request. When omitted, the service uses standard.",
    default: "standard",
    binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency"),
  }),
  serviceTier: member(ServiceTierType, {
    description: "Processing tier to request for this call. When omitted, the service uses its default tier.",
    binding: header("X-Amzn-Bedrock-Service-Tier"),
  }),
  requestMetadata: member(RequestMetadataJson, {
    description:
      "A JSON object of string key-value pairs (serialized into the header) that is recorded with the invocation so you can filter model invocation logs by it.",
    binding: header("X-Amzn-Bedrock-Request-Metadata"),
  }),
};

export const InvokeModelRequest = structure({
  name: "InvokeModelRequest",
  description:
    "Input to InvokeModel: the target model in the path, the model-specific request document as the raw HTTP body, and optional Bedrock settings in headers.",
  members: {
    ...invokePayloadMembers,
    accept: member(MimeType, {
      description: "Media type wanted for the response body. When omitted, the service returns application/json.",
      binding: header("Accept"),
    }),
    modelId: member(InvokeModelIdentifier, {
      description:
        "The model to run: a model ID or inference profile ID, or the ARN of a foundation model, inference profile, provisioned model, custom model deployment, imported model or similar resource. Percent-encode ARNs in the path.",
      required: true,
      binding: label(),
    }),
    ...invokeSettingsMembers,
  },
});

export const InvokeModelResponse = structure({
  name: "InvokeModelResponse",
  description:
    "Result of InvokeModel: the model's complete response document as the raw HTTP body, with its media type and the settings that were applied in headers.",
  members: {
    body: member(Body, {
      description:
        "The model-specific response document, returned as the raw HTTP body. It is usually JSON whose schema depends on the model provider.",
      required: true,
      binding: payload(),
    }),
    contentType: member(MimeType, {
      description: "Media type of the response body, normally application/json.",
      required: true,
      binding: header("Content-Type"),
    }),
    performanceConfigLatency: member(PerformanceConfigLatency, {
      description: "Latency profile that was applied to the request.",
      binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency"),
    }),
    serviceTier: member(ServiceTierType, {
      description: "Processing tier that served the request.",
      binding: header("X-Amzn-Bedrock-Service-Tier"),
    }),
  },
});

export const InvokeModelWithResponseStreamRequest = structure({
  name: "InvokeModelWithResponseStreamRequest",
  description:
    "Input to InvokeModelWithResponseStream: the same model, body and Bedrock headers as InvokeModel, except that the wanted output media type travels in X-Amzn-Bedrock-Accept.",
  members: {
    ...invokePayloadMembers,
    accept: member(MimeType, {
      description:
        "Media type wanted for the payload of each streamed chunk; application/json when omitted. It uses a Bedrock header because the HTTP response itself is an event stream.",
      binding: header("X-Amzn-Bedrock-Accept"),
    }),
    modelId: member(InvokeModelIdentifier, {
      description:
        "The model to run: a model ID or inference profile ID, or the ARN of a foundation model, inference profile, provisioned model, custom model deployment, imported model or similar resource. Percent-encode ARNs in the path. The model must support response streaming.",
      required: true,
      binding: label(),
    }),
    ...invokeSettingsMembers,
  },
});
export const PartBody = blob({
  name: "PartBody",
  description:
    "Raw bytes of one streamed payload part, at most 1,000,000 bytes. Base64-encoded when carried in a JSON event payload.",
  sensitive: true,
  length: { max: 1000000 },
});

export const PayloadPart = structure({
  name: "PayloadPart",
  description: "One piece of the model's streamed output, delivered in a chunk event.",
  sensitive: true,
  members: {
    bytes: member(PartBody, {
      description:
        "Base64-encoded in the event's JSON payload; decoded, it is a model-specific JSON chunk such as a text delta. The final chunk commonly also carries an amazon-bedrock-invocationMetrics object with token counts and latencies.",
    }),
  },
});

export const ResponseStream = union({
  name: "ResponseStream",
  description:
    "Events of an InvokeModelWithResponseStream response. Each member arrives as its own event-stream frame and exactly one member is set per event: chunk events carry model output, and an exception event reports an error and ends the stream.",
  streaming: true,
  members: {
    chunk: member(PayloadPart, { description: "A piece of the model's output." }),
    internalServerException: member(InternalServerException, {
      description: "The service failed while streaming and the stream ends; retrying the request may succeed.",
    }),
    modelStreamErrorException: member(ModelStreamErrorException, {
      description:
        "The model failed mid-stream; carries the model's original status code and message. Retrying the request is reasonable.",
    }),
    validationException: member(ValidationException, {
      description: "The request was found invalid after streaming began; fix it before retrying.",
    }),
    throttlingException: member(ThrottlingException, {
      description: "The stream was stopped because rate or token quotas were exceeded; retry later with backoff.",
    }),
    modelTimeoutException: member(ModelTimeoutException, {
      description: "The model ran past its processing time limit while streaming.",
    }),
    serviceUnavailableException: member(ServiceUnavailableException, {
      description: "The service became temporarily unavailable during the stream; retry later.",
    }),
  },
});

export const InvokeModelWithResponseStreamResponse = structure({
  name: "InvokeModelWithResponseStreamResponse",
  description:
    "Result of InvokeModelWithResponseStream: an application/vnd.amazon.eventstream body of output events, with the chunk media type and the applied settings in headers.",
  members: {
    body: member(ResponseStream, {
      description:
        "Event stream of ResponseStream events; read frames until the stream closes or an exception event arrives.",
      required: true,
      binding: payload(),
    }),
    contentType: member(MimeType, {
      description:
        "Media type of each chunk's decoded payload, normally application/json. It uses a Bedrock header because Content-Type describes the event stream itself.",
      required: true,
      binding: header("X-Amzn-Bedrock-Content-Type"),
    }),
    performanceConfigLatency: member(PerformanceConfigLatency, {
      description: "Latency profile that was applied to the request.",
      binding: header("X-Amzn-Bedrock-PerformanceConfig-Latency"),
    }),
    serviceTier: member(ServiceTierType, {
      description: "Processing tier that served the request.",
      binding: header("X-Amzn-Bedrock-Service-Tier"),
    }),
  },
});

export const BidirectionalInputPayloadPart = structure({
  name: "BidirectionalInputPayloadPart",
  description:
    "One input event sent by the client on a bidirectional stream. For speech models such as Amazon Nova Sonic it holds a JSON event, for example session or prompt setup, or a piece of audio.",
  sensitive: true,
  members: {
    bytes: member(PartBody, {
      description:
        "Base64-encoded in the event's JSON payload; decoded, it is a model-specific JSON input event, which may itself carry base64 audio.",
    }),
  },
});

export const InvokeModelWithBidirectionalStreamInput = union({
  name: "InvokeModelWithBidirectionalStreamInput",
  description:
    "Events the client sends on the request side of a bidirectional stream. Each member arrives as its own event-stream frame and exactly one member is set per event; chunk is currently the only member.",
  streaming: true,
  members: {
    chunk: member(BidirectionalInputPayloadPart, {
      description: "An input payload part for the model, such as audio or a control message.",
    }),
  },
});

export const InvokeModelWithBidirectionalStreamRequest = structure({
  name: "InvokeModelWithBidirectionalStreamRequest",
  description:
    "Input to InvokeModelWithBidirectionalStream: the model in the path and a request body that is itself an event stream the client keeps writing to for the whole session.",
  members: {
    modelId: member(InvokeModelIdentifier, {
      description:
        "ID or ARN of a model that supports bidirectional streaming, such as amazon.nova-sonic-v1:0. Percent-encode ARNs in the path.",
      required: true,
      binding: label(),
    }),
    body: member(InvokeModelWithBidirectionalStreamInput, {
      description: "Event stream of input events, written by the client while the session is open.",
      required: true,
      binding: payload(),
    }),
  },
});

export const BidirectionalOutputPayloadPart = structure({
  name: "BidirectionalOutputPayloadPart",
  description:
    "One output event from the model on a bidirectional stream, such as generated speech or a text transcript.",
  sensitive: true,
  members: {
    bytes: member(PartBody, {
      description:
        "Base64-encoded in the event's JSON payload; decoded, it is a model-specific JSON output event, such as text or base64 audio.",
    }),
  },
});

export const InvokeModelWithBidirectionalStreamOutput = union({
  name: "InvokeModelWithBidirectionalStreamOutput",
  description:
    "Events the service sends on the response side of a bidirectional stream. Each member arrives as its own event-stream frame and exactly one member is set per event; an exception event reports an error and ends the session.",
  streaming: true,
  members: {
    chunk: member(BidirectionalOutputPayloadPart, {
      description: "A piece of model output, such as audio or transcribed text.",
    }),
    internalServerException: member(InternalServerException, {
      description: "The service failed during the session and the stream ends.",
    }),
    modelStreamErrorException: member(ModelStreamErrorException, {
      description: "The model failed while streaming; carries the model's original status code and message.",
    }),
    validationException: member(ValidationException, {
      description: "An input event or the session configuration was invalid.",
    }),
    throttlingException: member(ThrottlingException, {
      description: "The session was throttled because rate or token quotas were exceeded.",
    }),
    modelTimeoutException: member(ModelTimeoutException, {
      description: "The session timed out, for example because no input arrived within the allowed time.",
    }),
    serviceUnavailableException: member(ServiceUnavailableException, {
      description: "The service was temporarily unavailable; start a new session later.",
    }),
  },
});

export const InvokeModelWithBidirectionalStreamResponse = structure({
  name: "InvokeModelWithBidirectionalStreamResponse",
  description:
    "Result of InvokeModelWithBidirectionalStream: an event stream of model output that stays open for the life of the session.",
  members: {
    body: member(InvokeModelWithBidirectionalStreamOutput, {
      description: "Event stream of output events, read while input events are still being written.",
      required: true,
      binding: payload(),
    }),
  },
});

// ── examples ────────────────────────────────────────────────────────────────
// An Anthropic Messages API call, whole and streamed, and a text turn with Amazon Nova Sonic.

const claudeHaiku = "anthropic.claude-3-5-haiku-20241022-v1:0";

const blurbRequest: JsonValue = {
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 300,
  temperature: 0.7,
  system: "You write short, friendly product blurbs for a bookshop.",
  messages: [
    {
      role: "user",
      content: [{ type: "text", text: "Write a two-sentence blurb for a pocket field guide to garden birds." }],
    },
  ],
};

const blurbText = [
  "Meet the robins, wrens and finches that share your garden,",
  " with clear photos and tips for telling look-alikes apart.",
  " Small enough for a coat pocket, it turns every glance at the feeder into a sighting.",
];

/** An event-stream frame carrying one model event as base64 JSON, as `chunk` frames do. */
const chunk = (modelEvent: JsonValue): ExampleFrame => ({ event: "chunk", payload: { bytes: base64Json(modelEvent) } });

const anthropicMessage = {
  id: "msg_bdrk_01HcVq7tYb2XnE9sKd4mWf3R",
  type: "message",
  role: "assistant",
  model: "claude-3-5-haiku-20241022",
};

/** Amazon Nova Sonic wraps every input and output event in `{"event": {...}}`. */
const sonic = (event: JsonValue): ExampleFrame => chunk({ event });
const sonicPrompt = "5f0d8c1e-3b7a-4e29-9c64-2a8e1f7b4d30";
const sonicIds = {
  sessionId: "c2a47e91-6d38-4f0b-8e15-93b7d0a6c5f2",
  promptName: sonicPrompt,
  completionId: "8e3f6a20-1c9d-47b5-a0e4-5d72c9b18f63",
};

export const InvokeModel = operation({
  name: "InvokeModel",
  method: "POST",
  uri: "/model/{modelId}/invoke",
  status: 200,
  input: InvokeModelRequest,
  output: InvokeModelResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ModelErrorException,
    ModelNotReadyException,
    ModelTimeoutException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeModel",
  tags: ["Model invocation"],
  summary: "Run inference on a model with a model-specific request body",
  description:
    "Sends a model-specific request document (usually JSON in the provider's own schema) to the model, inference profile or other resource named in the path, and returns the model's complete response document as the raw body. Use it when you need provider-specific parameters or outputs such as embeddings or images; Converse offers a uniform message format instead. Optional headers apply a guardrail, request trace output, pick the latency profile and service tier, and attach metadata for invocation logs. Authorized by the IAM action bedrock:InvokeModel; denying it together with bedrock:InvokeModelWithResponseStream on a resource also blocks Converse and ConverseStream for it.",
  examples: [
    {
      name: "anthropicMessages",
      summary: "An Anthropic Messages API request and its response",
      description:
        "The body is Anthropic's own request format (`anthropic_version` `bedrock-2023-05-31`), sent as JSON; the reply is Anthropic's message object, with its stop reason and token usage.",
      parameters: { modelId: claudeHaiku },
      request: { body: blurbRequest },
      response: {
        status: 200,
        body: {
          ...anthropicMessage,
          content: [{ type: "text", text: blurbText.join("") }],
          stop_reason: "end_turn",
          stop_sequence: null,
          usage: { input_tokens: 41, output_tokens: 48 },
        },
      },
    },
    {
      name: "titanEmbeddings",
      summary: "Text embeddings from Amazon Titan, with the optional headers set",
      description:
        "Copied from a recorded call to Titan Text Embeddings V2, trimmed to the first eight numbers of the vector. The optional headers pick the standard latency profile and the default tier, attach metadata for invocation logs and turn trace output off; none of them is needed for embeddings.",
      parameters: { modelId: titanEmbeddings.modelId, ...titanEmbeddings.headers },
      request: { body: titanEmbeddings.request },
      response: { status: 200, body: titanEmbeddings.response },
    },
  ],
});

export const InvokeModelWithResponseStream = operation({
  name: "InvokeModelWithResponseStream",
  method: "POST",
  uri: "/model/{modelId}/invoke-with-response-stream",
  status: 200,
  input: InvokeModelWithResponseStreamRequest,
  output: InvokeModelWithResponseStreamResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ModelErrorException,
    ModelNotReadyException,
    ModelStreamErrorException,
    ModelTimeoutException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeModelWithResponseStream",
  tags: ["Model invocation"],
  summary: "Run inference on a model and stream the output as events",
  description:
    "Works like InvokeModel but returns the output incrementally as an application/vnd.amazon.eventstream body: each chunk event carries a base64-encoded, model-specific JSON fragment, and an exception event can end the stream early. The wanted output type travels in X-Amzn-Bedrock-Accept and the chunk media type comes back in X-Amzn-Bedrock-Content-Type, because the HTTP content type describes the event stream. Only models that support response streaming accept it (GetFoundationModel reports this as responseStreamingSupported). Authorized by the IAM action bedrock:InvokeModelWithResponseStream.",
  examples: [
    {
      name: "anthropicMessages",
      summary: "An Anthropic Messages API request, its response streamed",
      description:
        "The same request as InvokeModel's example. Each `chunk` frame's `bytes` decode to one Anthropic streaming event: `message_start`, `content_block_start`, text deltas, `content_block_stop`, `message_delta` with the stop reason, and `message_stop`, which Bedrock extends with `amazon-bedrock-invocationMetrics` (token counts and latencies).",
      parameters: { modelId: claudeHaiku, accept: "application/json" },
      request: { body: blurbRequest },
      response: {
        status: 200,
        frames: [
          chunk({
            type: "message_start",
            message: {
              ...anthropicMessage,
              content: [],
              stop_reason: null,
              stop_sequence: null,
              usage: { input_tokens: 41, output_tokens: 1 },
            },
          }),
          chunk({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
          ...blurbText.map((text) =>
            chunk({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }),
          ),
          chunk({ type: "content_block_stop", index: 0 }),
          chunk({
            type: "message_delta",
            delta: { stop_reason: "end_turn", stop_sequence: null },
            usage: { output_tokens: 48 },
          }),
          chunk({
            type: "message_stop",
            "amazon-bedrock-invocationMetrics": {
              inputTokenCount: 41,
              outputTokenCount: 48,
              invocationLatency: 1630,
              firstByteLatency: 412,
            },
          }),
        ],
      },
    },
  ],
});

export const InvokeModelWithBidirectionalStream = operation({
  name: "InvokeModelWithBidirectionalStream",
  method: "POST",
  uri: "/model/{modelId}/invoke-with-bidirectional-stream",
  status: 200,
  input: InvokeModelWithBidirectionalStreamRequest,
  output: InvokeModelWithBidirectionalStreamResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ModelErrorException,
    ModelNotReadyException,
    ModelStreamErrorException,
    ModelTimeoutException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeModelWithBidirectionalStream",
  tags: ["Model invocation"],
  summary: "Open a two-way streaming session with a speech model",
  description:
    "Opens a long-lived session in which the client streams input events (audio and control messages) to the model while the model streams output events (speech and transcripts) back. Both the request body and the response body are event streams (application/vnd.amazon.eventstream) carried over HTTP/2, which generic OpenAPI tooling cannot drive; use an AWS SDK with bidirectional streaming support. A session stays open for up to 8 minutes and can span several turns, and new user input can interrupt a reply in progress. Used by speech-to-speech models such as Amazon Nova Sonic. Authorized by the IAM action bedrock:InvokeModelWithBidirectionalStream.",
  examples: [
    {
      name: "novaSonicTextTurn",
      summary: "One typed turn with Amazon Nova Sonic, answered in text and speech",
      description:
        "Both bodies are event streams of `chunk` frames whose `bytes` decode to Nova Sonic events. The client opens the session and the prompt, sends a system instruction and a typed user question, and closes the prompt and the session; the model sends its reply as a text block and then as base64 audio (24 kHz, 16-bit mono PCM; shortened here).",
      parameters: { modelId: "amazon.nova-sonic-v1:0" },
      request: {
        frames: [
          sonic({ sessionStart: { inferenceConfiguration: { maxTokens: 1024, topP: 0.9, temperature: 0.7 } } }),
          sonic({
            promptStart: {
              promptName: sonicPrompt,
              textOutputConfiguration: { mediaType: "text/plain" },
              audioOutputConfiguration: {
                mediaType: "audio/lpcm",
                sampleRateHertz: 24000,
                sampleSizeBits: 16,
                channelCount: 1,
                voiceId: "tiffany",
                encoding: "base64",
                audioType: "SPEECH",
              },
            },
          }),
          sonic({
            contentStart: {
              promptName: sonicPrompt,
              contentName: "system-1",
              type: "TEXT",
              interactive: false,
              role: "SYSTEM",
              textInputConfiguration: { mediaType: "text/plain" },
            },
          }),
          sonic({
            textInput: {
              promptName: sonicPrompt,
              contentName: "system-1",
              content: "You are the voice assistant of a bookshop. Answer in one or two friendly sentences.",
            },
          }),
          sonic({ contentEnd: { promptName: sonicPrompt, contentName: "system-1" } }),
          sonic({
            contentStart: {
              promptName: sonicPrompt,
              contentName: "user-1",
              type: "TEXT",
              interactive: true,
              role: "USER",
              textInputConfiguration: { mediaType: "text/plain" },
            },
          }),
          sonic({
            textInput: {
              promptName: sonicPrompt,
              contentName: "user-1",
              content: "Do you have any books about garden birds?",
            },
          }),
          sonic({ contentEnd: { promptName: sonicPrompt, contentName: "user-1" } }),
          sonic({ promptEnd: { promptName: sonicPrompt } }),
          sonic({ sessionEnd: {} }),
        ],
      },
      response: {
        status: 200,
        frames: [
          sonic({ completionStart: sonicIds }),
          sonic({
            contentStart: {
              ...sonicIds,
              contentId: "text-1",
              type: "TEXT",
              role: "ASSISTANT",
              textOutputConfiguration: { mediaType: "text/plain" },
            },
          }),
          sonic({
            textOutput: {
              ...sonicIds,
              contentId: "text-1",
              role: "ASSISTANT",
              content: "We do! There's a pocket field guide to garden birds with photos of every common visitor.",
            },
          }),
          sonic({ contentEnd: { ...sonicIds, contentId: "text-1", type: "TEXT", stopReason: "END_TURN" } }),
          sonic({
            contentStart: {
              ...sonicIds,
              contentId: "audio-1",
              type: "AUDIO",
              role: "ASSISTANT",
              audioOutputConfiguration: {
                mediaType: "audio/lpcm",
                sampleRateHertz: 24000,
                sampleSizeBits: 16,
                channelCount: 1,
                encoding: "base64",
              },
            },
          }),
          sonic({ audioOutput: { ...sonicIds, contentId: "audio-1", content: "AAABAAIA/v/9/wMABAD8//v/BQAGAA==" } }),
          sonic({ contentEnd: { ...sonicIds, contentId: "audio-1", type: "AUDIO", stopReason: "END_TURN" } }),
          sonic({ completionEnd: { ...sonicIds, stopReason: "END_TURN" } }),
        ],
      },
    },
  ],
});
