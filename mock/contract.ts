/**
 * The mock's one door to the contract validator: routing, request checks and stream framing go
 * through here and nowhere else, so the library the validator will become can replace these
 * calls without touching the server. Today it drives the contract tests' functions with a
 * request dressed as a recording; only the request's findings count.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import type { Problem } from "../generator/core/diagnostics.js";
import type { JsonValue } from "../generator/core/json.js";
import type { SchemaError } from "../validators/schemas.js";
import { readFrameRules, type FrameRule } from "../validators/stream-frames.js";
import { decodeEventStream, encodeEventStream } from "../contract-tests/event-stream.js";
import type { RecordingFile } from "../contract-tests/recording.js";
import { routeRequest, type Route } from "../contract-tests/router.js";
import { fragmentOf, isJsonMediaType } from "../contract-tests/spec-lookup.js";
import {
  createContractContext,
  validateInteraction,
  type ContractContext,
} from "../contract-tests/validate-interaction.js";

export { decodeEventStream, encodeEventStream, type FrameRule, type Route };
export { loadRecordings, recordingsDir, specJsonFile } from "../contract-tests/load-recordings.js";

export interface IncomingCall {
  readonly method: string;
  /** Absolute URL, path still percent-encoded as sent. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export type RouteOutcome =
  | { readonly ok: true; readonly route: Route }
  | { readonly ok: false; readonly problem: Problem };

export type RequestVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly pointer: string; readonly message: string };

export interface Contract {
  readonly document: OpenAPIV3_1.Document;
  route(method: string, url: string): RouteOutcome;
  /** The request's first finding, its pointer into the request (`/body/messages/0/role`). */
  validateRequest(operation: string, call: IncomingCall): RequestVerdict;
  /** Schema errors of `value` against the schema at a pointer into the document (`/components/schemas/X`). */
  schemaErrors(pointer: string, value: unknown): readonly SchemaError[];
  /** How the event union at `pointer` travels as frames; undefined when it is not one. */
  frameRules(pointer: string): readonly FrameRule[] | undefined;
}

const SUBJECT = "mock request";

export function createContract(document: OpenAPIV3_1.Document): Contract {
  const context: ContractContext = createContractContext(document);
  return {
    document,
    route: (method, url) => routeRequest(document, method, url),
    validateRequest: (operation, call) => validateCall(context, operation, call),
    schemaErrors: (pointer, value) => context.schemas.validate(fragmentOf(pointer), value),
    frameRules: (pointer) => readFrameRules(document, pointer)?.rules,
  };
}

function validateCall(context: ContractContext, operation: string, call: IncomingCall): RequestVerdict {
  const body = bodyOf(call);
  if (body === "not-json") return { ok: false, pointer: "/body", message: "the request body is not valid JSON" };
  const recording: RecordingFile = {
    file: SUBJECT,
    recording: {
      operation,
      provenance: { kind: "synthetic", basis: SUBJECT },
      request: { method: call.method, url: call.url, headers: call.headers, ...body },
      // A placeholder reply: only findings about the request are read back.
      response: { status: 200, headers: {}, body: null },
      notes: [],
      meta: {},
    },
  };
  const finding = validateInteraction(recording, context).problems.find(
    (p) => p.severity === "error" && p.pointer?.startsWith("/request") === true,
  );
  if (finding === undefined) return { ok: true };
  return { ok: false, pointer: finding.pointer!.slice("/request".length), message: finding.message };
}

function bodyOf(call: IncomingCall): { body: JsonValue | null; bodyBase64?: string } | "not-json" {
  if (call.body.byteLength === 0) return { body: null };
  const contentType = Object.entries(call.headers).find(([name]) => name.toLowerCase() === "content-type")?.[1];
  if (contentType === undefined || !isJsonMediaType(contentType))
    return { body: null, bodyBase64: Buffer.from(call.body).toString("base64") };
  try {
    return { body: JSON.parse(Buffer.from(call.body).toString("utf8")) as JsonValue };
  } catch {
    return "not-json";
  }
}
