/**
 * The HTTP side of the mock: each request is routed against the spec, authenticated, validated,
 * possibly struck by a fault, and answered from a scenario, a recording or the spec. Event-stream
 * replies go out one frame at a time, with a delay before the first frame and between frames.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tokensOf } from "../generator/core/pointer.js";
import { errorMessage } from "../generator/core/errors.js";
import { checkAuth, type AuthOptions } from "./auth.js";
import type { Contract } from "./contract.js";
import { ERROR_FAULTS, type FaultPlan, type FaultRule } from "./faults.js";
import { modelIdOf, type RecordingIndex } from "./recording-index.js";
import {
  encodeFrames,
  errorReply,
  EVENT_STREAM,
  generatedReply,
  inlineReply,
  jsonReply,
  replyFromRecording,
  successShape,
  type Reply,
} from "./replies.js";
import { matchScenario, SCENARIO_HEADER, type Scenario } from "./scenarios.js";

export interface ServerSettings {
  readonly contract: Contract;
  readonly recordings: RecordingIndex;
  readonly scenarios: readonly Scenario[];
  readonly faults: FaultPlan;
  readonly auth: AuthOptions;
  /** Milliseconds between two frames of a stream. */
  readonly latencyMs: number;
  /** Milliseconds before a stream's first frame (time to first token). */
  readonly firstFrameDelayMs: number;
}

export const BIDIRECTIONAL = "InvokeModelWithBidirectionalStream";

export function createMockServer(settings: ServerSettings): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      handle(settings, req, Buffer.concat(chunks)).then(
        (reply) => send(res, reply, settings),
        (error: unknown) =>
          send(res, errorReply(500, "InternalServerException", `mock failure: ${errorMessage(error)}`), settings),
      );
    });
  });
}

async function handle(settings: ServerSettings, req: IncomingMessage, body: Buffer): Promise<Reply> {
  const { contract } = settings;
  const rawUrl = req.url ?? "/";
  const method = req.method ?? "GET";
  const headers = flatHeaders(req);
  const routed = contract.route(method, `http://${headers["host"] ?? "127.0.0.1"}${rawUrl}`);
  if (!routed.ok) return errorReply(404, "UnknownOperationException", routed.problem.message);
  const route = routed.route;

  const auth = await checkAuth({ method, rawUrl, headers, body }, settings.auth);
  if (!auth.ok) return errorReply(403, auth.errorType, auth.message);

  if (route.operationId === BIDIRECTIONAL) {
    return errorReply(
      501,
      "NotImplemented",
      `${BIDIRECTIONAL} needs one HTTP/2 stream carrying request and response events at once; this mock serves HTTP/1.1 ` +
        "only, so it cannot hold that conversation. Every other operation is served.",
    );
  }

  const verdict = contract.validateRequest(route.operationId, {
    method,
    url: `http://127.0.0.1${rawUrl}`,
    headers,
    body,
  });
  if (!verdict.ok) return errorReply(400, "ValidationException", validationMessage(verdict.pointer, verdict.message));

  const modelId = modelIdOf(route.pathParams);
  const shape = successShape(contract, route.pathTemplate, method);
  const streaming = shape?.mediaType === EVENT_STREAM;
  const fault = settings.faults.pick(route.operationId, modelId, streaming);
  if (fault !== undefined && fault.kind !== "stream-exception") {
    const error = ERROR_FAULTS[fault.kind];
    return errorReply(error.status, error.errorType, fault.message ?? error.message);
  }

  const parsedBody = parseBody(body, headers["content-type"]);
  const scenarioHeader = headers[SCENARIO_HEADER];
  const scenario = matchScenario(settings.scenarios, {
    operation: route.operationId,
    body: parsedBody,
    ...(modelId === undefined ? {} : { modelId }),
    ...(scenarioHeader === undefined ? {} : { scenarioHeader }),
  });
  if (scenarioHeader !== undefined && scenario === undefined) {
    return errorReply(
      400,
      "ValidationException",
      `no scenario named "${scenarioHeader}" matches this ${route.operationId} request (${SCENARIO_HEADER})`,
    );
  }
  let reply: Reply | undefined;
  if (scenario !== undefined) {
    const respond = scenario.respond;
    if (respond.kind === "recording") reply = replyFromRecording(respond.recording.response);
    else if (respond.kind === "inline")
      reply = inlineReply(respond.status, respond.headers, respond.body, respond.frames);
    else reply = shape === undefined ? undefined : generatedReply(contract, shape, respond.example);
    if (reply === undefined)
      return errorReply(
        500,
        "InternalServerException",
        `scenario "${scenario.name}": the spec has no example of that name for ${route.operationId}`,
      );
  } else {
    const recorded = settings.recordings.find(route.operationId, modelId, parsedBody, route.query);
    reply =
      recorded !== undefined
        ? replyFromRecording(recorded.recording.response)
        : shape === undefined
          ? undefined
          : generatedReply(contract, shape);
  }
  if (reply === undefined) return jsonReply(200, {});
  return fault?.kind === "stream-exception" && reply.frames !== undefined ? interrupt(reply, fault) : reply;
}

/** The stream cut after `after` frames and ended by an exception frame. */
function interrupt(reply: Reply, fault: FaultRule): Reply {
  const payload: Record<string, string | number> = {
    message: fault.message ?? "The stream was interrupted by an injected fault.",
  };
  if (fault.exception === "modelStreamErrorException") {
    payload["originalStatusCode"] = 500;
    payload["originalMessage"] = "The model failed while streaming (injected).";
  }
  const exception = encodeFrames([
    {
      headers: {
        ":message-type": "exception",
        ":exception-type": fault.exception,
        ":content-type": "application/json",
      },
      payload,
    },
  ]);
  return { ...reply, frames: [...reply.frames!.slice(0, fault.after), ...exception] };
}

/** Service-style wording, naming where in the request the problem is as a JSON path. */
function validationMessage(pointer: string, detail: string): string {
  const [root, ...tokens] = tokensOf(pointer);
  const path = tokens.reduce((acc, token) => (/^\d+$/.test(token) ? `${acc}[${token}]` : `${acc}.${token}`), "$");
  const where =
    root === "body" ? `request body at ${path}` : root === "headers" ? `header ${tokens[0] ?? ""}` : "request URL";
  return `1 validation error detected: ${where}: ${detail}`;
}

function parseBody(body: Buffer, contentType: string | undefined): unknown {
  if (body.byteLength === 0) return null;
  if (contentType === undefined || /json/i.test(contentType)) {
    try {
      return JSON.parse(body.toString("utf8"));
    } catch {
      return null;
    }
  }
  return { base64: body.toString("base64") };
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function send(res: ServerResponse, reply: Reply, settings: ServerSettings): void {
  if (reply.frames === undefined) {
    const body = reply.body ?? new Uint8Array();
    res.writeHead(reply.status, { ...reply.headers, "Content-Length": String(body.byteLength) });
    res.end(body);
    return;
  }
  res.writeHead(reply.status, reply.headers);
  res.flushHeaders();
  void streamFrames(res, reply.frames, settings);
}

async function streamFrames(
  res: ServerResponse,
  frames: readonly Uint8Array[],
  settings: ServerSettings,
): Promise<void> {
  let closed = false;
  res.on("close", () => (closed = true));
  for (const [i, frame] of frames.entries()) {
    const wait = i === 0 ? settings.firstFrameDelayMs : settings.latencyMs;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (closed) return;
    res.write(frame);
  }
  res.end();
}
