/**
 * Finds the operation a recorded request was sent to, reading only the emitted spec's `paths`
 * (what users get), never the definitions.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { compareCodeUnits } from "../generator/core/compare.js";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { HTTP_METHODS } from "../generator/core/http.js";
import { errorMessage } from "../generator/core/errors.js";

export interface Route {
  readonly operationId: string;
  readonly method: string;
  readonly pathTemplate: string;
  /** Label values, percent-decoded: model ARNs arrive as `arn%3Aaws%3A…%2F…`. */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Query parameters as sent (repeated names keep every value, in order). */
  readonly query: Readonly<Record<string, readonly string[]>>;
  /** The raw path, still percent-encoded, for messages. */
  readonly path: string;
}

export type RouteResult =
  | { readonly ok: true; readonly route: Route }
  | { readonly ok: false; readonly problem: Problem };

interface Segment {
  readonly literal: boolean;
  readonly pattern: RegExp;
  readonly labels: readonly string[];
}

interface Candidate {
  readonly template: string;
  readonly segments: readonly Segment[];
}

export function routeRequest(document: OpenAPIV3_1.Document, method: string, url: string): RouteResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    return { ok: false, problem: problem("route/bad-url", { url, reason: errorMessage(error) }) };
  }
  const upper = method.toUpperCase();
  // Split before decoding: an encoded slash (%2F) inside an ARN is part of the label, not a separator.
  const rawSegments = parsed.pathname.split("/").slice(1);
  const matches: { candidate: Candidate; params: Record<string, string> }[] = [];
  for (const candidate of compile(document)) {
    const params = matchSegments(candidate.segments, rawSegments);
    if (params !== undefined) matches.push({ candidate, params });
  }
  if (matches.length === 0) {
    return { ok: false, problem: problem("route/unknown-path", { method: upper, path: parsed.pathname }) };
  }
  matches.sort((a, b) => compareSpecificity(a.candidate, b.candidate));
  const best = matches[0]!;
  const pathItem = document.paths?.[best.candidate.template];
  const operation = operationOf(pathItem, upper.toLowerCase());
  if (operation === undefined) {
    const declared = HTTP_METHODS.filter((m) => operationOf(pathItem, m) !== undefined).map((m) => m.toUpperCase());
    return {
      ok: false,
      problem: problem("route/unknown-method", {
        method: upper,
        path: parsed.pathname,
        template: best.candidate.template,
        declared: declared.join(", ") || "none",
      }),
    };
  }
  const query: Record<string, string[]> = {};
  for (const [name, value] of parsed.searchParams) (query[name] ??= []).push(value);
  return {
    ok: true,
    route: {
      operationId: operation.operationId ?? `${upper} ${best.candidate.template}`,
      method: upper,
      pathTemplate: best.candidate.template,
      pathParams: best.params,
      query,
      path: parsed.pathname,
    },
  };
}

/** The operation under a lower-case method name; path items also hold non-operation keys. */
export function operationOf(
  pathItem: OpenAPIV3_1.PathItemObject | undefined,
  method: string,
): OpenAPIV3_1.OperationObject | undefined {
  if (typeof pathItem !== "object" || pathItem === null || !(HTTP_METHODS as readonly string[]).includes(method))
    return undefined;
  const operation = (pathItem as Record<string, OpenAPIV3_1.OperationObject | undefined>)[method];
  return typeof operation === "object" && operation !== null ? operation : undefined;
}

/** Compiled once per document (replay routes every recording against the same one). */
const compiled = new WeakMap<OpenAPIV3_1.Document, Candidate[]>();

function compile(document: OpenAPIV3_1.Document): Candidate[] {
  let candidates = compiled.get(document);
  if (candidates === undefined) {
    candidates = Object.keys(document.paths ?? {}).map((template) => ({
      template,
      segments: template.split("/").slice(1).map(compileSegment),
    }));
    compiled.set(document, candidates);
  }
  return candidates;
}

function compileSegment(segment: string): Segment {
  const labels: string[] = [];
  let source = "";
  let last = 0;
  for (const match of segment.matchAll(/\{([^}]+)\}/g)) {
    source += escapeRegExp(segment.slice(last, match.index));
    source += "([^/]+)";
    labels.push(match[1]!);
    last = match.index + match[0].length;
  }
  source += escapeRegExp(segment.slice(last));
  return { literal: labels.length === 0, pattern: new RegExp(`^${source}$`), labels };
}

function matchSegments(segments: readonly Segment[], raw: readonly string[]): Record<string, string> | undefined {
  if (segments.length !== raw.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const match = segment.pattern.exec(raw[i]!);
    if (match === null) return undefined;
    segment.labels.forEach((label, j) => {
      params[label] = safeDecode(match[j + 1]!);
    });
  }
  return params;
}

/** Literal segments win over labels at the first position where two templates differ. */
function compareSpecificity(a: Candidate, b: Candidate): number {
  for (let i = 0; i < a.segments.length; i++) {
    const left = a.segments[i]!.literal;
    const right = b.segments[i]!.literal;
    if (left !== right) return left ? -1 : 1;
  }
  return compareCodeUnits(a.template, b.template);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A stray % that starts no escape: keep the segment as sent rather than fail the route.
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
