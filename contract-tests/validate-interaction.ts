/**
 * Validates one recorded interaction against the emitted spec, and only the spec: route,
 * parameters, request body, status, declared response headers, response body and, for event
 * streams, every frame. Every failure is a Problem naming the recording file, a JSON pointer
 * into the recording (`/response/frames/3/payload/delta` for stream frames) and the rule.
 */
import { problem } from "../generator/diagnostics.js";
import { describeError } from "../validators/schema-errors.js";
import { Scope, type ContractContext, type ContractProblem } from "./contract-scope.js";
import { strippedHeaders, type RecordedResponse, type RecordingFile } from "./recording.js";
import { operationOf, routeRequest, type Route } from "./router.js";
import {
  childPointer,
  coerce,
  essence,
  EVENT_STREAM,
  findHeader,
  findHeaderEntry,
  isJsonMediaType,
  isObject,
  lookup,
  matchMediaType,
  resolve,
  schemaTypes,
  type Located,
} from "./spec-lookup.js";
import { validateEventStream } from "./validate-stream.js";

export { createContractContext, type ContractContext, type ContractProblem } from "./contract-scope.js";

export type Verdict = "passed" | "failed" | "set-aside";

export interface InteractionResult {
  readonly file: string;
  /** The operation the request routed to, or the recording's own label when it did not route. */
  readonly operation: string;
  readonly verdict: Verdict;
  /** Errors when failed; the set-aside reason (a warning) when set aside. */
  readonly problems: readonly ContractProblem[];
}

export function validateInteraction({ file, recording }: RecordingFile, context: ContractContext): InteractionResult {
  if (recording.setAside !== undefined) {
    const reason = problem("recording/set-aside", { reason: recording.setAside }, { file });
    return { file, operation: recording.operation, verdict: "set-aside", problems: [reason] };
  }
  const scope = new Scope(context, file, recording.operation);
  const routed = routeRequest(context.document, recording.request.method, recording.request.url);
  if (!routed.ok) {
    scope.problems.push({ ...routed.problem, file, pointer: "/request/url" });
    return finish(scope);
  }
  const route = routed.route;
  scope.operation = route.operationId;
  if (route.operationId !== recording.operation) {
    scope.report("contract/operation-mismatch", { recorded: recording.operation, routed: route.operationId }, "/operation");
  }
  const operationPointer = childPointer("/paths", route.pathTemplate, route.method.toLowerCase());
  const pathItem = context.document.paths?.[route.pathTemplate];
  const operation = operationOf(pathItem, route.method.toLowerCase());
  if (operation === undefined) return finish(scope);

  const stripped = strippedHeaders(recording);
  scope.requestRejection = rejectionOf(recording.response);
  checkParameters(scope, route, operationPointer, recording.request.headers, stripped.request);
  checkRequestBody(scope, operationPointer, recording.request);
  scope.requestRejection = undefined;
  checkResponse(scope, operationPointer, recording.response, stripped.response);
  return finish(scope);
}

/** A 400 reply says the service found the request invalid; the spec may rightly agree. */
function rejectionOf(response: RecordedResponse): string | undefined {
  if (response.status !== 400) return undefined;
  const errorType = findHeader(response.headers, "x-amzn-errortype")?.split(":")[0];
  return `${response.status}${errorType === undefined ? "" : ` ${errorType}`}`;
}

function finish(scope: Scope): InteractionResult {
  const failed = scope.problems.some((p) => p.severity === "error");
  return { file: scope.file, operation: scope.operation, verdict: failed ? "failed" : "passed", problems: scope.problems };
}

// ── parameters ──────────────────────────────────────────────────────────────

function checkParameters(
  scope: Scope,
  route: Route,
  operationPointer: string,
  headers: Readonly<Record<string, string>>,
  headersStripped: boolean,
): void {
  const document = scope.context.document;
  const pathItemPointer = operationPointer.slice(0, operationPointer.lastIndexOf("/"));
  // Operation-level parameters override path-level ones with the same name and location.
  const byKey = new Map<string, Located>();
  for (const listPointer of [childPointer(pathItemPointer, "parameters"), childPointer(operationPointer, "parameters")]) {
    const list = lookup(document, listPointer);
    (Array.isArray(list) ? list : []).forEach((_, i) => {
      const parameter = resolve(document, childPointer(listPointer, i));
      if (parameter === undefined) return;
      byKey.set(`${String(parameter.value["in"])}:${String(parameter.value["name"]).toLowerCase()}`, parameter);
    });
  }
  for (const parameter of byKey.values()) {
    const name = String(parameter.value["name"]);
    const location = String(parameter.value["in"]);
    const required = parameter.value["required"] === true;
    let raw: string | readonly string[] | undefined;
    let at: string;
    if (location === "path") {
      raw = route.pathParams[name];
      at = "/request/url";
    } else if (location === "query") {
      raw = route.query[name];
      at = "/request/url";
    } else if (location === "header") {
      const entry = findHeaderEntry(headers, name);
      raw = entry?.[1];
      at = childPointer("/request/headers", entry?.[0] ?? name);
    } else {
      continue; // cookies: Bedrock declares none, recorders do not keep them
    }
    if (raw === undefined) {
      const unknowable = location === "header" && headersStripped;
      if (required && !unknowable) scope.report("contract/missing-parameter", { operation: scope.operation, location, name }, at);
      continue;
    }
    checkParameterValue(scope, parameter, location, name, raw, at);
  }
}

function checkParameterValue(
  scope: Scope,
  parameter: Located,
  location: string,
  name: string,
  raw: string | readonly string[],
  at: string,
): void {
  const schemaPointer = childPointer(parameter.pointer, "schema");
  if (parameter.value["schema"] === undefined) return;
  const types = schemaTypes(scope.context.document, schemaPointer);
  const values = typeof raw === "string" ? [raw] : raw;
  const value = types.includes("array") ? values : coerce(values[0] ?? "", types);
  const errors = scope.schemaErrors(schemaPointer, value) ?? [];
  for (const e of errors) {
    const detail = `${JSON.stringify(typeof raw === "string" ? raw : raw.join(","))}${e.instancePath} ${describeError(e)}`;
    scope.report("contract/invalid-parameter", { operation: scope.operation, location, name, detail }, at);
  }
}

// ── bodies ──────────────────────────────────────────────────────────────────

interface RecordedBody {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly bodyBase64?: string;
}

function hasBody(message: RecordedBody): boolean {
  return message.body !== null || message.bodyBase64 !== undefined;
}

/** The recorded media type, or one inferred from the body when the recorder dropped the header. */
function mediaTypeOf(message: RecordedBody, declared: readonly string[]): string {
  const recorded = findHeader(message.headers, "content-type");
  if (recorded !== undefined) return recorded;
  if (message.body !== null) return "application/json";
  return declared.includes(EVENT_STREAM) ? EVENT_STREAM : "application/octet-stream";
}

/** The JSON value of a body: parsed already, or decoded from its bytes. */
function jsonBody(scope: Scope, message: RecordedBody, subject: string, at: string): { ok: boolean; value?: unknown } {
  if (message.body !== null) return { ok: true, value: message.body };
  try {
    return { ok: true, value: JSON.parse(Buffer.from(message.bodyBase64 ?? "", "base64").toString("utf8")) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    scope.report("contract/body-not-json", { operation: scope.operation, subject, detail }, at);
    return { ok: false };
  }
}

function checkRequestBody(scope: Scope, operationPointer: string, request: RecordedBody): void {
  const document = scope.context.document;
  const requestBody = resolve(document, childPointer(operationPointer, "requestBody"));
  const subject = "request body";
  if (!hasBody(request)) {
    if (requestBody?.value["required"] === true) scope.report("contract/missing-body", { operation: scope.operation, subject }, "/request/body");
    return;
  }
  if (requestBody === undefined) {
    scope.report("contract/undeclared-body", { operation: scope.operation, subject }, "/request/body");
    return;
  }
  const selected = selectContent(scope, requestBody, request, subject, "/request/body");
  if (selected === undefined) return;
  // InvokeModelWithBidirectionalStream sends events too: its frames are checked like a response stream's.
  if (essence(selected.key) === EVENT_STREAM && selected.schemaPointer !== undefined && request.bodyBase64 !== undefined) {
    validateEventStream(scope, { side: "request", schemaPointer: selected.schemaPointer, bodyBase64: request.bodyBase64, decodeChunks: false });
    return;
  }
  checkBody(scope, selected, request, subject, "/request/body");
}

interface SelectedContent {
  /** The recorded (or inferred) media type. */
  readonly mediaType: string;
  /** The declared media type key it matched. */
  readonly key: string;
  /** Pointer to that media type's schema, when it has one. */
  readonly schemaPointer?: string;
}

/** Picks the declared media type matching the recorded body; reports when none does. */
function selectContent(scope: Scope, owner: Located, message: RecordedBody, subject: string, at: string): SelectedContent | undefined {
  const content = isObject(owner.value["content"]) ? owner.value["content"] : {};
  const declared = Object.keys(content);
  const mediaType = mediaTypeOf(message, declared);
  const key = matchMediaType(declared, mediaType);
  if (key === undefined) {
    scope.report("contract/undeclared-media-type", { operation: scope.operation, subject, mediaType, declared: declared.join(", ") || "none" }, at);
    return undefined;
  }
  const media = content[key];
  const hasSchema = isObject(media) && media["schema"] !== undefined;
  return { mediaType, key, ...(hasSchema ? { schemaPointer: childPointer(owner.pointer, "content", key, "schema") } : {}) };
}

/** Validates a JSON body; other bodies (a raw model payload declared as a binary string) are bytes. */
function checkBody(scope: Scope, selected: SelectedContent, message: RecordedBody, subject: string, at: string): void {
  if (selected.schemaPointer === undefined || !isJsonMediaType(selected.mediaType)) return;
  const parsed = jsonBody(scope, message, subject, at);
  if (parsed.ok) scope.checkSchema(selected.schemaPointer, parsed.value, subject, at);
}

// ── response ────────────────────────────────────────────────────────────────

function checkResponse(scope: Scope, operationPointer: string, response: RecordedResponse, headersStripped: boolean): void {
  const document = scope.context.document;
  const responsesPointer = childPointer(operationPointer, "responses");
  const responses = resolve(document, responsesPointer)?.value ?? {};
  const statusKey = [String(response.status), `${String(response.status)[0]}XX`, "default"].find((k) => k in responses);
  if (statusKey === undefined) {
    scope.report(
      "contract/undeclared-status",
      { operation: scope.operation, status: response.status, declared: Object.keys(responses).join(", ") },
      "/response/status",
    );
    return;
  }
  const declared = resolve(document, childPointer(responsesPointer, statusKey));
  if (declared === undefined) return;
  if (!headersStripped) checkResponseHeaders(scope, declared, response.headers);
  checkErrorType(scope, declared, response);

  const subject = `response body (status ${response.status})`;
  if (!hasBody(response)) {
    if (isObject(declared.value["content"])) scope.report("contract/missing-body", { operation: scope.operation, subject }, "/response/body");
    return;
  }
  if (!isObject(declared.value["content"])) {
    scope.report("contract/undeclared-body", { operation: scope.operation, subject }, "/response/body");
    return;
  }
  const selected = selectContent(scope, declared, response, subject, "/response/body");
  if (selected === undefined) return;
  if (essence(selected.key) === EVENT_STREAM && selected.schemaPointer !== undefined && response.bodyBase64 !== undefined) {
    const chunkMediaType = findHeader(response.headers, "x-amzn-bedrock-content-type");
    validateEventStream(scope, {
      side: "response",
      schemaPointer: selected.schemaPointer,
      bodyBase64: response.bodyBase64,
      decodeChunks: scope.operation === "InvokeModelWithResponseStream",
      ...(chunkMediaType === undefined ? {} : { chunkMediaType }),
    });
    return;
  }
  checkBody(scope, selected, response, subject, "/response/body");
}

function checkResponseHeaders(scope: Scope, declared: Located, headers: Readonly<Record<string, string>>): void {
  const document = scope.context.document;
  const map = declared.value["headers"];
  if (!isObject(map)) return;
  for (const name of Object.keys(map)) {
    const header = resolve(document, childPointer(declared.pointer, "headers", name));
    if (header === undefined) continue;
    const entry = findHeaderEntry(headers, name);
    const raw = entry?.[1];
    const at = childPointer("/response/headers", entry?.[0] ?? name);
    if (raw === undefined) {
      if (header.value["required"] === true) {
        scope.report("contract/missing-parameter", { operation: scope.operation, location: "response header", name }, at);
      }
      continue;
    }
    checkParameterValue(scope, header, "response header", name, raw, at);
  }
}

/**
 * The error's name travels in X-Amzn-ErrorType (`Name` or `Name:docs-url`); it must be one of
 * the error schemas the spec declares for that status. Bodies alone cannot tell: most error
 * bodies are just `{message}`.
 */
function checkErrorType(scope: Scope, declared: Located, response: RecordedResponse): void {
  const entry = findHeaderEntry(response.headers, "x-amzn-errortype");
  if (entry === undefined) return;
  const [header, raw] = entry;
  const name = raw.split(":")[0]!.trim();
  const names = errorNames(declared);
  if (names.length > 0 && !names.includes(name)) {
    scope.report(
      "contract/undeclared-error",
      { operation: scope.operation, status: response.status, errorType: name, declared: names.join(", ") },
      childPointer("/response/headers", header),
    );
  }
}

/** Component names referenced by a response's JSON schema, directly or through anyOf/oneOf. */
function errorNames(declared: Located): string[] {
  const content = declared.value["content"];
  const json = isObject(content) ? content["application/json"] : undefined;
  const schema = isObject(json) ? json["schema"] : undefined;
  if (!isObject(schema)) return [];
  const candidates = [schema, ...(["anyOf", "oneOf"] as const).flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []))];
  return candidates
    .map((c) => (isObject(c) && typeof c["$ref"] === "string" ? c["$ref"] : undefined))
    .filter((ref): ref is string => ref?.startsWith("#/components/schemas/") === true)
    .map((ref) => decodeURIComponent(ref.slice("#/components/schemas/".length)));
}
