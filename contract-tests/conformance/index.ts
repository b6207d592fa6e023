/**
 * The package's main entry: check HTTP traffic against the Bedrock Runtime spec.
 *
 *   import { validateRequest } from "bedrock-runtime-openapi";
 *   const { ok, problems } = validateRequest("Converse", { method: "POST", url, headers, body });
 *
 * The top-level functions use the spec shipped in the package, loaded on first use; call
 * `createValidator({ spec })` to check against another copy.
 */
import {
  createValidator,
  type ConformanceValidator,
  type ResponseOptions,
  type RouteResult,
  type ValidationResult,
} from "./validator.js";
import { validateHar as validateHarWith, type HarOptions, type HarReport } from "./har.js";
import type { HttpRequest, HttpResponse } from "./messages.js";

export { createValidator, UnknownOperationError } from "./validator.js";
export type {
  ConformanceProblem,
  ResponseOptions,
  ConformanceValidator,
  RouteResult,
  ValidationResult,
  ValidatorOptions,
} from "./validator.js";
export type { Route } from "../router.js";
export type { BodyInput, HeadersInput, HttpRequest, HttpResponse, JsonValue } from "./messages.js";
export { decodeEventStream, EventStreamError } from "./decode.js";
export type { ByteStream, DecodedFrame, EventStreamMessage, EventStreamSource, MessageHeaderValue } from "./decode.js";
export { HarFormatError, isBedrockRuntimeHost } from "./har.js";
export type { HarEntryReport, HarOptions, HarReport } from "./har.js";

let packaged: ConformanceValidator | undefined;

function defaultValidator(): ConformanceValidator {
  packaged ??= createValidator();
  return packaged;
}

/** Checks a request (method, URL, headers, body) against `operation` in the packaged spec. */
export function validateRequest(operation: string, request: HttpRequest): ValidationResult {
  return defaultValidator().validateRequest(operation, request);
}

/**
 * Checks a response (status, headers, body; an event stream as bytes) against `operation`; for
 * InvokeModel and its stream, `options.modelId` selects the provider family.
 */
export function validateResponse(
  operation: string,
  response: HttpResponse,
  options?: ResponseOptions,
): ValidationResult {
  return defaultValidator().validateResponse(operation, response, options);
}

/** Checks a request and its response; the operation is the one the request routes to. */
export function validateExchange(request: HttpRequest, response?: HttpResponse): ValidationResult {
  return defaultValidator().validateExchange(request, response);
}

/** The operation a method and URL address, with its path labels percent-decoded. */
export function routeRequest(method: string, url: string): RouteResult {
  return defaultValidator().routeRequest(method, url);
}

/** Checks every Bedrock Runtime entry of a parsed HAR capture. */
export function validateHar(har: unknown, options?: HarOptions): HarReport {
  return validateHarWith(defaultValidator(), har, options);
}
