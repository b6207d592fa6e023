/**
 * The contract checks as a library for gateways, proxies and translators: the same routing,
 * parameter, body, status, header and event-stream checks the replayed recordings go through
 * (validate-interaction.ts), over one request, one response or an exchange of both.
 */
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import { parse as parseYaml } from "yaml";
import { problem, type DiagnosticCode, type Severity } from "../../generator/core/diagnostics.js";
import { errorMessage } from "../../generator/core/errors.js";
import { specJsonPath } from "../../generator/core/paths.js";
import { childPointer } from "../../generator/core/pointer.js";
import { createContractContext, Scope, type ContractProblem } from "../contract-scope.js";
import { routeRequest as routeInDocument, type Route } from "../router.js";
import { specOperations } from "../run-contract.js";
import { checkRequest, checkResponse, operationPointerOf, selectModelFamily } from "../validate-interaction.js";
import { toRecordedRequest, toRecordedResponse, type HttpRequest, type HttpResponse } from "./messages.js";

/** Where a problem is: a JSON pointer into the message checked (`/body/messages/0/content`). */
export interface ConformanceProblem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /**
   * Into the request or response given: `/url`, `/headers/<name>`, `/body/…`, `/status`, and for
   * event streams `/frames/<n>/headers/<name>` or `/frames/<n>/payload/…`. An exchange prefixes
   * `/request` or `/response`. A fault of the spec itself points into the spec.
   */
  readonly pointer: string;
  /** The rule broken, in words. */
  readonly message: string;
}

export interface ValidationResult {
  /** No problem of severity error. */
  readonly ok: boolean;
  /** The operation checked against (for an exchange, the one its request routed to, if any). */
  readonly operation: string;
  readonly problems: readonly ConformanceProblem[];
  /**
   * InvokeModel and its stream: the provider family (`x-bedrock-model-families`) the model id
   * selected, whose schemas the body and stream chunks were held to; null when it matched none
   * (the body is then any JSON). Absent on other operations, and on a response checked without
   * a model id.
   */
  readonly modelFamily?: string | null;
}

export interface ResponseOptions {
  /**
   * The model id the request addressed (percent-decoded), for InvokeModel and its stream: it
   * selects the provider family the body or chunks are held to. Without it they are any JSON.
   */
  readonly modelId?: string;
}

export type RouteResult =
  | { readonly ok: true; readonly route: Route }
  | { readonly ok: false; readonly problem: ConformanceProblem };

export interface ValidatorOptions {
  /** The OpenAPI document (parsed), or a path to it (JSON or YAML). Defaults to the packaged spec. */
  readonly spec?: OpenAPIV3_1.Document | string;
}

export interface ConformanceValidator {
  /** The operationIds the spec describes. */
  readonly operations: readonly string[];
  routeRequest(method: string, url: string): RouteResult;
  validateRequest(operation: string, request: HttpRequest): ValidationResult;
  validateResponse(operation: string, response: HttpResponse, options?: ResponseOptions): ValidationResult;
  /**
   * A request and its response (when there is one); the operation is the one the request routes
   * to. Pointers start with `/request` or `/response`.
   */
  validateExchange(request: HttpRequest, response?: HttpResponse): ValidationResult;
}

/** Thrown for an operation name the spec does not describe: a caller's mistake, not a finding. */
export class UnknownOperationError extends Error {
  override readonly name = "UnknownOperationError";
}

/** Problems name no file: the caller knows what it passed. */
const SOURCE = "";

export function createValidator(options: ValidatorOptions = {}): ConformanceValidator {
  const document = typeof options.spec === "object" ? options.spec : readSpec(options.spec ?? specJsonPath);
  const context = createContractContext(
    document,
    typeof options.spec === "string" ? options.spec : "bedrock-runtime.openapi.json",
  );
  const operations = specOperations(document);
  const pointerOf = (operation: string): string => {
    const pointer = operationPointerOf(document, operation);
    if (pointer !== undefined) return pointer;
    throw new UnknownOperationError(
      problem("conformance/unknown-operation", { operation, known: operations.join(", ") }).message,
    );
  };
  return {
    operations,
    routeRequest(method, url) {
      const routed = routeInDocument(document, method, url);
      return routed.ok ? routed : { ok: false, problem: publicProblem({ ...routed.problem, pointer: "/url" }, "") };
    },
    validateRequest(operation, request) {
      pointerOf(operation);
      const scope = new Scope(context, SOURCE, operation);
      const route = routeChecked(scope, request);
      if (route !== undefined && route.operationId !== operation) {
        scope.report(
          "conformance/operation-mismatch",
          { expected: operation, routed: route.operationId },
          "/request/url",
        );
      } else if (route !== undefined) {
        selectModelFamily(scope, operation, route.pathParams["modelId"]);
        checkRequest(scope, route, operationPointer(route), toRecordedRequest(request), false);
      }
      return result(scope, "/request");
    },
    validateResponse(operation, response, options = {}) {
      const scope = new Scope(context, SOURCE, operation);
      const pointer = pointerOf(operation);
      selectModelFamily(scope, operation, options.modelId);
      checkResponse(scope, pointer, toRecordedResponse(response), false);
      return result(scope, "/response");
    },
    validateExchange(request, response) {
      const scope = new Scope(context, SOURCE, "(unrouted)");
      const route = routeChecked(scope, request);
      if (route !== undefined) {
        scope.operation = route.operationId;
        selectModelFamily(scope, route.operationId, route.pathParams["modelId"]);
        const pointer = operationPointer(route);
        checkRequest(scope, route, pointer, toRecordedRequest(request), false);
        if (response !== undefined) checkResponse(scope, pointer, toRecordedResponse(response), false);
      }
      return result(scope, "");
    },
  };

  /** The route of the request, or undefined with the routing problem reported at its URL. */
  function routeChecked(scope: Scope, request: HttpRequest): Route | undefined {
    const routed = routeInDocument(context.document, request.method, request.url);
    if (routed.ok) return routed.route;
    scope.problems.push({ ...routed.problem, file: SOURCE, pointer: "/request/url" });
    return undefined;
  }
}

function operationPointer(route: Route): string {
  return childPointer("/paths", route.pathTemplate, route.method.toLowerCase());
}

function result(scope: Scope, side: "/request" | "/response" | ""): ValidationResult {
  const problems = scope.problems.map((p) => publicProblem(p, side));
  const family = scope.familyChecked ? { modelFamily: scope.family?.family ?? null } : {};
  return { ok: !problems.some((p) => p.severity === "error"), operation: scope.operation, problems, ...family };
}

/**
 * The contract checks point into a recording (`/request/body/…`, `/response/bodyBase64`); here
 * pointers are into the message given: the side's prefix goes, and raw bytes are its `body`.
 */
function publicProblem(found: ContractProblem, side: "/request" | "/response" | ""): ConformanceProblem {
  let pointer = (found.pointer ?? "").replace(/^(\/request|\/response)\/bodyBase64(?=\/|$)/, "$1/body");
  if (side !== "" && (pointer === side || pointer.startsWith(`${side}/`))) pointer = pointer.slice(side.length);
  return { code: found.code, severity: found.severity, pointer, message: found.message };
}

function readSpec(path: string): OpenAPIV3_1.Document {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the spec ${path}: ${errorMessage(error)}`);
  }
  try {
    return (/\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text)) as OpenAPIV3_1.Document;
  } catch (error) {
    throw new Error(`the spec ${path} is not ${/\.ya?ml$/i.test(path) ? "YAML" : "JSON"}: ${errorMessage(error)}`);
  }
}
