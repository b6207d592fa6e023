/**
 * Validates one recorded interaction against the emitted spec, and only the spec: route,
 * parameters, request body, status, declared response headers, response body and, for event
 * streams, every frame. Every failure is a Problem naming the recording file, a JSON pointer
 * into the recording (`/response/frames/3/payload/delta` for stream frames) and the rule.
 */
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";
import { lookup, resolve, SCHEMA_REF_PREFIX, type Located } from "../generator/core/pointer.js";
import { findRuleBreaks, readRules } from "../validators/cross-field-rules.js";
import { describeError } from "../validators/schema-errors.js";
import type { SchemaError } from "../validators/schemas.js";
import { Scope, type ContractContext, type ContractProblem } from "./contract-scope.js";
import type { OpenAPIV3_1 } from "openapi-types";
import { strippedHeaders, type RecordedRequest, type RecordedResponse, type RecordingFile } from "./recording.js";
import { operationOf, routeRequest, type Route, type RouteResult } from "./router.js";
import { coerce, essence, EVENT_STREAM, isJsonMediaType, matchMediaType, schemaTypes } from "./spec-lookup.js";
import { findHeader, findHeaderEntry, HTTP_METHODS } from "../generator/core/http.js";
import { childPointer } from "../generator/core/pointer.js";
import { validateEventStream } from "./validate-stream.js";
import { selectFamily, specFamilies } from "./model-families.js";
import { errorMessage } from "../generator/core/errors.js";

export { createContractContext, type ContractContext, type ContractProblem } from "./contract-scope.js";

export type Verdict = "passed" | "failed" | "set-aside";

export interface InteractionResult {
  readonly file: string;
  /** The operation the request routed to, or the recording's own label when it did not route. */
  readonly operation: string;
  readonly verdict: Verdict;
  /** Errors when failed; the set-aside reason (a warning) when set aside. */
  readonly problems: readonly ContractProblem[];
  /**
   * On an operation the spec lists provider families for: the family the model id selected, or
   * null when it matches none (its bodies are then any JSON). Absent on other operations.
   */
  readonly modelFamily?: string | null;
}

export function validateInteraction({ file, recording }: RecordingFile, context: ContractContext): InteractionResult {
  const routed = routeRequest(context.document, recording.request.method, recording.request.url);
  if (recording.setAside !== undefined) return setAside(file, recording.setAside, recording.operation, routed);
  const scope = new Scope(context, file, recording.operation);
  if (!routed.ok) {
    scope.problems.push(atUrl(file, routed.problem));
    return finish(scope);
  }
  const route = routed.route;
  scope.operation = route.operationId;
  if (route.operationId !== recording.operation) {
    scope.report(
      "contract/operation-mismatch",
      { recorded: recording.operation, routed: route.operationId },
      "/operation",
    );
  }
  const operationPointer = childPointer("/paths", route.pathTemplate, route.method.toLowerCase());
  const pathItem = context.document.paths?.[route.pathTemplate];
  const operation = operationOf(pathItem, route.method.toLowerCase());
  if (operation === undefined) return finish(scope);

  selectModelFamily(scope, route.operationId, route.pathParams["modelId"]);
  const stripped = strippedHeaders(recording);
  scope.requestRejection = rejectionOf(recording.response);
  checkRequest(scope, route, operationPointer, recording.request, stripped.request);
  scope.requestRejection = undefined;
  checkResponse(scope, operationPointer, recording.response, stripped.response);
  return finish(scope);
}

/**
 * On an operation the spec lists provider families for (InvokeModel and its stream), the family
 * the model id selects: its schemas then hold the request body, the 200 body and stream chunks.
 */
export function selectModelFamily(scope: Scope, operationId: string, modelId: string | undefined): void {
  const families = specFamilies(scope.context.document, operationId);
  if (families.length === 0 || modelId === undefined) return;
  scope.family = selectFamily(families, modelId);
  scope.familyChecked = true;
}

/**
 * The request half alone: parameters (path, query, headers) and body, for a request already
 * routed to `route`. The conformance library calls it without a response.
 */
export function checkRequest(
  scope: Scope,
  route: Route,
  operationPointer: string,
  request: RecordedRequest,
  headersStripped: boolean,
): void {
  checkParameters(scope, route, operationPointer, request.headers, headersStripped);
  checkRequestBody(scope, operationPointer, request);
}

/** Where the spec describes an operation: `/paths/<template>/<method>`, found by operationId. */
export function operationPointerOf(document: OpenAPIV3_1.Document, operationId: string): string | undefined {
  for (const [template, pathItem] of Object.entries(document.paths ?? {})) {
    const method = HTTP_METHODS.find((m) => operationOf(pathItem, m)?.operationId === operationId);
    if (method !== undefined) return childPointer("/paths", template, method);
  }
  return undefined;
}

/**
 * Set aside for what its recorder altered (status, headers, body), not for where the request
 * went: one that routes to no operation of the spec still fails, so an operation cannot go
 * missing from the spec behind recordings that are set aside.
 */
function setAside(file: string, reason: string, recorded: string, routed: RouteResult): InteractionResult {
  const note = problem("recording/set-aside", { reason }, { file });
  if (routed.ok) return { file, operation: routed.route.operationId, verdict: "set-aside", problems: [note] };
  return { file, operation: recorded, verdict: "failed", problems: [note, atUrl(file, routed.problem)] };
}

/** A routing problem, placed at the recording's URL. */
function atUrl(file: string, found: Problem): ContractProblem {
  return { ...found, file, pointer: "/request/url" };
}

/** The error name X-Amzn-ErrorType carries (`Name` or `Name:docs-url`), and the header as recorded. */
function errorTypeOf(response: RecordedResponse): { readonly header: string; readonly name: string } | undefined {
  const entry = findHeaderEntry(response.headers, "x-amzn-errortype");
  return entry === undefined ? undefined : { header: entry[0], name: entry[1].split(":")[0]!.trim() };
}

/**
 * A 400 ValidationException says the service found the request invalid: the spec rejecting it
 * too is agreement. No other reply says that. ServiceQuotaExceededException and ConflictException
 * share status 400 but judge the account's state, not the request; and a 400 without
 * X-Amzn-ErrorType (headers the recorder dropped) cannot say which of them it is, so its request
 * findings stay errors rather than be excused on a guess.
 */
function rejectionOf(response: RecordedResponse): string | undefined {
  const errorType = errorTypeOf(response)?.name;
  return response.status === 400 && errorType === "ValidationException" ? `${response.status} ${errorType}` : undefined;
}

function finish(scope: Scope): InteractionResult {
  const failed = scope.problems.some((p) => p.severity === "error");
  const family = scope.familyChecked ? { modelFamily: scope.family?.family ?? null } : {};
  return {
    file: scope.file,
    operation: scope.operation,
    verdict: failed ? "failed" : "passed",
    problems: scope.problems,
    ...family,
  };
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
  for (const listPointer of [
    childPointer(pathItemPointer, "parameters"),
    childPointer(operationPointer, "parameters"),
  ]) {
    const list = lookup(document, listPointer);
    (list.found && Array.isArray(list.value) ? list.value : []).forEach((_, i) => {
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
      if (required && !unknowable)
        scope.report("contract/missing-parameter", { operation: scope.operation, location, name }, at);
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

type ParsedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** The JSON value of a body: parsed already, or decoded from its bytes. Reports nothing (checkBody does, once). */
function jsonValueOf(message: RecordedBody): ParsedBody {
  if (message.body !== null) return { ok: true, value: message.body };
  try {
    return { ok: true, value: JSON.parse(Buffer.from(message.bodyBase64 ?? "", "base64").toString("utf8")) };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}

/** As jsonValueOf, and a body that is not JSON is reported. */
function jsonBody(scope: Scope, message: RecordedBody, subject: string, at: string): ParsedBody {
  const parsed = jsonValueOf(message);
  if (!parsed.ok)
    scope.report("contract/body-not-json", { operation: scope.operation, subject, detail: parsed.reason }, at);
  return parsed;
}

function checkRequestBody(scope: Scope, operationPointer: string, request: RecordedBody): void {
  const document = scope.context.document;
  const requestBody = resolve(document, childPointer(operationPointer, "requestBody"));
  const subject = "request body";
  if (!hasBody(request)) {
    if (requestBody?.value["required"] === true)
      scope.report("contract/missing-body", { operation: scope.operation, subject }, "/request/body");
    return;
  }
  if (requestBody === undefined) {
    scope.report("contract/undeclared-body", { operation: scope.operation, subject }, "/request/body");
    return;
  }
  const selected = selectContent(scope, requestBody, request, subject, "/request/body");
  if (selected === undefined) return;
  // InvokeModelWithBidirectionalStream sends events too: its frames are checked like a response stream's.
  if (
    essence(selected.key) === EVENT_STREAM &&
    selected.schemaPointer !== undefined &&
    request.bodyBase64 !== undefined
  ) {
    validateEventStream(scope, {
      side: "request",
      schemaPointer: selected.schemaPointer,
      bodyBase64: request.bodyBase64,
      decodeChunks: false,
    });
    return;
  }
  checkBody(scope, selected, request, subject, "/request/body");
  checkFamilyBody(scope, scope.family?.request, selected, request, "request body", "/request/body");
  checkRules(scope, operationPointer, selected, request);
}

/** The operation's x-bedrock-rules on a JSON request body. */
function checkRules(scope: Scope, operationPointer: string, selected: SelectedContent, request: RecordedBody): void {
  const operation = resolve(scope.context.document, operationPointer);
  if (operation === undefined || !isJsonMediaType(selected.mediaType)) return;
  const { rules, malformed } = readRules(operation.value, operationPointer);
  for (const m of malformed)
    scope.report("contract/malformed-rule", { operation: scope.operation, ...m }, "/request/body");
  if (rules.length === 0) return;
  const parsed = jsonValueOf(request);
  if (!parsed.ok) return;
  const validate = (pointer: string, value: unknown): SchemaError[] => scope.schemaErrors(pointer, value) ?? [];
  for (const found of findRuleBreaks(rules, parsed.value, validate)) {
    const params = {
      operation: scope.operation,
      rule: found.rule,
      detail: found.detail,
      rejectedWith: found.rejectedWith,
    };
    scope.report("contract/rule-violation", params, `/request/body${found.at}`);
  }
}

/**
 * The selected provider family's schema for a JSON body. The media-type schema alone admits any
 * JSON (models no family covers), so this is where a provider body is really held to its shape.
 */
function checkFamilyBody(
  scope: Scope,
  schemaPointer: string | undefined,
  selected: SelectedContent,
  message: RecordedBody,
  subject: string,
  at: string,
): void {
  if (schemaPointer === undefined || scope.family === undefined || !isJsonMediaType(selected.mediaType)) return;
  const parsed = jsonValueOf(message);
  if (parsed.ok) scope.checkSchema(schemaPointer, parsed.value, `${subject} (model family ${scope.family.family})`, at);
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
function selectContent(
  scope: Scope,
  owner: Located,
  message: RecordedBody,
  subject: string,
  at: string,
): SelectedContent | undefined {
  const content = isObject(owner.value["content"]) ? owner.value["content"] : {};
  const declared = Object.keys(content);
  const mediaType = mediaTypeOf(message, declared);
  const key = matchMediaType(declared, mediaType);
  if (key === undefined) {
    scope.report(
      "contract/undeclared-media-type",
      { operation: scope.operation, subject, mediaType, declared: declared.join(", ") || "none" },
      at,
    );
    return undefined;
  }
  const media = content[key];
  const hasSchema = isObject(media) && media["schema"] !== undefined;
  return {
    mediaType,
    key,
    ...(hasSchema ? { schemaPointer: childPointer(owner.pointer, "content", key, "schema") } : {}),
  };
}

/** Validates a JSON body; other bodies (a raw model payload declared as a binary string) are bytes. */
function checkBody(scope: Scope, selected: SelectedContent, message: RecordedBody, subject: string, at: string): void {
  if (selected.schemaPointer === undefined || !isJsonMediaType(selected.mediaType)) return;
  const parsed = jsonBody(scope, message, subject, at);
  if (parsed.ok) scope.checkSchema(selected.schemaPointer, parsed.value, subject, at);
}

// ── response ────────────────────────────────────────────────────────────────

/** The response half alone: status, declared headers, error type and body (stream frames included). */
export function checkResponse(
  scope: Scope,
  operationPointer: string,
  response: RecordedResponse,
  headersStripped: boolean,
): void {
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
  const errorType = checkErrorType(scope, declared, response);

  const subject = `response body (status ${response.status})`;
  if (!hasBody(response)) {
    if (isObject(declared.value["content"]))
      scope.report("contract/missing-body", { operation: scope.operation, subject }, "/response/body");
    return;
  }
  if (!isObject(declared.value["content"])) {
    scope.report("contract/undeclared-body", { operation: scope.operation, subject }, "/response/body");
    return;
  }
  const selected = selectContent(scope, declared, response, subject, "/response/body");
  if (selected === undefined) return;
  if (
    essence(selected.key) === EVENT_STREAM &&
    selected.schemaPointer !== undefined &&
    response.bodyBase64 !== undefined
  ) {
    const chunkMediaType = findHeader(response.headers, "x-amzn-bedrock-content-type");
    validateEventStream(scope, {
      side: "response",
      schemaPointer: selected.schemaPointer,
      bodyBase64: response.bodyBase64,
      decodeChunks: scope.operation === "InvokeModelWithResponseStream",
      ...(scope.family?.streamChunk === undefined ? {} : { chunkSchemaPointer: scope.family.streamChunk }),
      ...(chunkMediaType === undefined ? {} : { chunkMediaType }),
    });
    return;
  }
  checkBody(
    scope,
    errorType === undefined ? selected : errorBody(scope, selected, errorType),
    response,
    subject,
    "/response/body",
  );
  if (response.status === 200)
    checkFamilyBody(scope, scope.family?.response, selected, response, subject, "/response/body");
}

/**
 * Where a status admits several errors (anyOf), the body is held to the error X-Amzn-ErrorType
 * names: those schemas are open to extra members and mostly just `{message}`, so their union
 * accepts nearly any object. A name the status does not declare was reported already; the body
 * then meets the status's schema.
 */
function errorBody(scope: Scope, selected: SelectedContent, errorType: string): SelectedContent {
  if (selected.schemaPointer === undefined) return selected;
  const named = errorSchemas(scope.context.document, selected.schemaPointer).find((e) => e.name === errorType);
  return named === undefined ? selected : { ...selected, schemaPointer: named.pointer };
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
        scope.report(
          "contract/missing-parameter",
          { operation: scope.operation, location: "response header", name },
          at,
        );
      }
      continue;
    }
    checkParameterValue(scope, header, "response header", name, raw, at);
  }
}

/**
 * The error's name travels in X-Amzn-ErrorType (`Name` or `Name:docs-url`); it must be one of
 * the error schemas the spec declares for that status. Bodies alone cannot tell: most error
 * bodies are just `{message}`. Returns the name, for the body check.
 */
function checkErrorType(scope: Scope, declared: Located, response: RecordedResponse): string | undefined {
  const errorType = errorTypeOf(response);
  if (errorType === undefined) return undefined;
  const names = errorSchemas(
    scope.context.document,
    childPointer(declared.pointer, "content", "application/json", "schema"),
  ).map((e) => e.name);
  if (names.length > 0 && !names.includes(errorType.name)) {
    scope.report(
      "contract/undeclared-error",
      { operation: scope.operation, status: response.status, errorType: errorType.name, declared: names.join(", ") },
      childPointer("/response/headers", errorType.header),
    );
  }
  return errorType.name;
}

/** The named error schemas a JSON body schema admits: itself when it is a `$ref`, or each `$ref` of its anyOf/oneOf. */
function errorSchemas(document: unknown, schemaPointer: string): { readonly name: string; readonly pointer: string }[] {
  const valueAt = (pointer: string): unknown => {
    const found = lookup(document, pointer);
    return found.found ? found.value : undefined;
  };
  const schema = valueAt(schemaPointer);
  if (!isObject(schema)) return [];
  const branches = (["anyOf", "oneOf"] as const).flatMap((k) =>
    Array.isArray(schema[k]) ? (schema[k] as unknown[]).map((_, i) => childPointer(schemaPointer, k, i)) : [],
  );
  return [schemaPointer, ...branches].flatMap((pointer) => {
    const candidate = valueAt(pointer);
    const ref = isObject(candidate) ? candidate["$ref"] : undefined;
    if (typeof ref !== "string" || !ref.startsWith(SCHEMA_REF_PREFIX)) return [];
    return [{ name: decodeURIComponent(ref.slice(SCHEMA_REF_PREFIX.length)), pointer }];
  });
}
