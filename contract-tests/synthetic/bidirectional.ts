/**
 * Synthetic recordings of InvokeModelWithBidirectionalStream, composed directly rather than
 * through the SDK: the operation exists only over HTTP/2 with a streaming request body, and
 * neither the recorder's NodeHttpHandler (HTTP/1.1) nor nock can carry that.
 *
 * Both directions are `application/vnd.amazon.eventstream`. Each `chunk` event's payload is
 * `{"bytes": "<base64>"}` (BidirectionalInputPayloadPart / BidirectionalOutputPayloadPart),
 * and the bytes are Amazon Nova Sonic model events in JSON. Exceptions travel as frames with
 * `:message-type: exception` and the union member's name in `:exception-type`.
 */
import type { JsonValue } from "../../generator/shapes.js";
import { encodeEventStream, type FrameToEncode } from "../event-stream.js";
import type { Recording } from "../recording.js";
import { SYNTHETIC_NOW, SYNTHETIC_REGION } from "./exchanges.js";
import { normalizeRequestHeaders, SYNTHETIC_AMZ_DATE, syntheticAuthorization } from "./signing.js";

const MODEL_ID = "amazon.nova-sonic-v1:0";
const REQUEST_URL = `https://bedrock-runtime.${SYNTHETIC_REGION}.amazonaws.com/model/${encodeURIComponent(MODEL_ID)}/invoke-with-bidirectional-stream`;
const PROMPT = "prompt-7f2c";
const SESSION = "3f9d2b71-5c0e-4a8b-9d6f-1e2a3b4c5d6e";
const COMPLETION = "a1c3e5f7-2b4d-4f60-8e9a-0b1c2d3e4f5a";
const CONTENT = "c8e1f0a2-6d3b-4c59-b7e4-9f0a1b2c3d4e";

/** SigV4 over HTTP/2, as the SDK's event-stream middleware sets it up. */
const SIGNED_HEADERS = [
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "content-type",
  "host",
  "x-amz-content-sha256",
  "x-amz-date",
  "x-amz-user-agent",
];

export const BIDIRECTIONAL_SHAPES = [
  "InvokeModelWithBidirectionalStreamRequest",
  "InvokeModelWithBidirectionalStreamInput",
  "BidirectionalInputPayloadPart",
  "InvokeModelWithBidirectionalStreamResponse",
  "InvokeModelWithBidirectionalStreamOutput",
  "BidirectionalOutputPayloadPart",
];

const NOTES = [
  "composed directly, not through the SDK: InvokeModelWithBidirectionalStream exists only over HTTP/2 with a streaming request body, which neither NodeHttpHandler (HTTP/1.1, what the recorder captures) nor nock can carry",
  "the live SDK wraps each request event in a SigV4 event-signing envelope frame (headers :date and :chunk-signature, payload = the event frame); this recording holds the event frames themselves, as the spec's request union describes them",
  "chunk bytes are base64 Amazon Nova Sonic model events (JSON); a text-only turn keeps the recording small",
  "request headers are those the SDK sends over HTTP/2 with a fixed x-amz-date and the signature replaced by REDACTED; amz-sdk-invocation-id and the user-agent headers are left out as in the other synthetic recordings",
];

function chunk(event: JsonValue): FrameToEncode {
  const bytes = Buffer.from(JSON.stringify({ event })).toString("base64");
  return {
    headers: { ":message-type": "event", ":event-type": "chunk", ":content-type": "application/json" },
    payload: JSON.stringify({ bytes }),
  };
}

function exception(member: string, body: JsonValue): FrameToEncode {
  return {
    headers: { ":message-type": "exception", ":exception-type": member, ":content-type": "application/json" },
    payload: JSON.stringify(body),
  };
}

const base64Stream = (frames: readonly FrameToEncode[]): string =>
  Buffer.from(encodeEventStream(frames)).toString("base64");

const opening: readonly FrameToEncode[] = [
  chunk({ sessionStart: { inferenceConfiguration: { maxTokens: 1024, topP: 0.9, temperature: 0.7 } } }),
  chunk({
    promptStart: {
      promptName: PROMPT,
      textOutputConfiguration: { mediaType: "text/plain" },
      audioOutputConfiguration: {
        mediaType: "audio/lpcm",
        sampleRateHertz: 24000,
        sampleSizeBits: 16,
        channelCount: 1,
        voiceId: "matthew",
        encoding: "base64",
        audioType: "SPEECH",
      },
    },
  }),
  ...textContent("system-1", "SYSTEM", "You are a friendly assistant. Keep answers to one sentence."),
];

function textContent(contentName: string, role: string, content: string): FrameToEncode[] {
  return [
    chunk({
      contentStart: {
        promptName: PROMPT,
        contentName,
        type: "TEXT",
        interactive: role !== "SYSTEM",
        role,
        textInputConfiguration: { mediaType: "text/plain" },
      },
    }),
    chunk({ textInput: { promptName: PROMPT, contentName, content } }),
    chunk({ contentEnd: { promptName: PROMPT, contentName } }),
  ];
}

const ids = { sessionId: SESSION, promptName: PROMPT, completionId: COMPLETION };

function recording(
  name: string,
  requestFrames: readonly FrameToEncode[],
  responseFrames: readonly FrameToEncode[],
  requestId: string,
  meta: Record<string, JsonValue>,
): Recording {
  const basis = `official Smithy model com.amazonaws.bedrockruntime (reference/bedrock-runtime.smithy.json): ${BIDIRECTIONAL_SHAPES.join(", ")}; frames encoded with contract-tests/event-stream.ts`;
  return {
    operation: "InvokeModelWithBidirectionalStream",
    provenance: { kind: "synthetic", basis },
    request: {
      method: "POST",
      url: REQUEST_URL,
      headers: normalizeRequestHeaders({
        "amz-sdk-request": "attempt=1; max=1",
        authorization: syntheticAuthorization(SIGNED_HEADERS),
        "content-type": "application/vnd.amazon.eventstream",
        host: `bedrock-runtime.${SYNTHETIC_REGION}.amazonaws.com`,
        "x-amz-content-sha256": "STREAMING-AWS4-HMAC-SHA256-EVENTS",
        "x-amz-date": SYNTHETIC_AMZ_DATE,
      }),
      body: null,
      bodyBase64: base64Stream(requestFrames),
    },
    response: {
      status: 200,
      // HTTP/2 header names are lower case on the wire.
      headers: {
        date: SYNTHETIC_NOW.toUTCString(),
        "content-type": "application/vnd.amazon.eventstream",
        "x-amzn-requestid": requestId,
      },
      body: null,
      bodyBase64: base64Stream(responseFrames),
    },
    notes: [
      "synthetic: composed from the official model because no public recording of InvokeModelWithBidirectionalStream exists; a real HTTP/2 capture replaces it",
      ...NOTES,
    ],
    meta: { modelId: MODEL_ID, scenario: name, ...meta },
  };
}

/** A spoken-assistant turn answered in text, and one cut short by an in-stream model error. */
export function composeBidirectionalRecordings(): Recording[] {
  const answer = "The capital of Australia is Canberra.";
  const turn = recording(
    "bidirectional-text-turn",
    [
      ...opening,
      ...textContent("user-1", "USER", "What is the capital of Australia?"),
      chunk({ promptEnd: { promptName: PROMPT } }),
      chunk({ sessionEnd: {} }),
    ],
    [
      chunk({ completionStart: ids }),
      chunk({
        contentStart: {
          ...ids,
          contentId: CONTENT,
          type: "TEXT",
          role: "ASSISTANT",
          textOutputConfiguration: { mediaType: "text/plain" },
        },
      }),
      chunk({ textOutput: { ...ids, contentId: CONTENT, role: "ASSISTANT", content: answer } }),
      chunk({ contentEnd: { ...ids, contentId: CONTENT, type: "TEXT", stopReason: "END_TURN" } }),
      chunk({ usageEvent: { ...ids, totalInputTokens: 41, totalOutputTokens: 9, totalTokens: 50 } }),
      chunk({ completionEnd: { ...ids, stopReason: "END_TURN" } }),
    ],
    "e2a4c6e8-0b1d-4f3a-9c5e-7a9b1c3d5e01",
    {},
  );
  const failed = recording(
    "bidirectional-model-stream-error",
    [
      ...opening,
      chunk({
        contentStart: { promptName: PROMPT, contentName: "audio-1", type: "AUDIO", interactive: true, role: "USER" },
      }),
    ],
    [
      chunk({ completionStart: ids }),
      exception("modelStreamErrorException", {
        message: "The model encountered an error while processing the input stream.",
        originalStatusCode: 400,
        originalMessage: "audioInputConfiguration is required for AUDIO content.",
      }),
    ],
    "e2a4c6e8-0b1d-4f3a-9c5e-7a9b1c3d5e02",
    { streamException: "modelStreamErrorException" },
  );
  return [turn, failed];
}
