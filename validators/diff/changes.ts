/**
 * Every kind of change `diff` can report, declared once: a stable code, whether it breaks
 * consumers, the semver level it forces, and a message template. Request-side and
 * response-side codes are separate because the same edit (say, a new enum value) is harmless
 * to a writer and fatal to an exhaustive reader.
 */

export type SemverLevel = "major" | "minor" | "patch";

interface ChangeDefinition<P> {
  readonly level: SemverLevel;
  readonly message: (params: P) => string;
}

function breaking<P>(message: (params: P) => string): ChangeDefinition<P> {
  return { level: "major", message };
}
function addition<P>(message: (params: P) => string): ChangeDefinition<P> {
  return { level: "minor", message };
}
function docs<P>(message: (params: P) => string): ChangeDefinition<P> {
  return { level: "patch", message };
}

type Named = { name: string };
type Keyword = { keyword: string; old: string; new: string };
type Value = { value: string };

export const changeKinds = {
  // ── operations ─────────────────────────────────────────────────────────────
  "operation-removed": breaking<{ route: string }>((p) => `operation removed (was ${p.route})`),
  "operation-route-changed": breaking<{ old: string; new: string }>((p) => `operation moved from ${p.old} to ${p.new}`),
  "operation-added": addition<{ route: string }>((p) => `operation added at ${p.route}`),

  // ── parameters (always written by the client) ──────────────────────────────
  "parameter-removed": breaking<Named>((p) => `parameter ${p.name} removed`),
  "parameter-added-required": breaking<Named>((p) => `new required parameter ${p.name}`),
  "parameter-became-required": breaking<Named>((p) => `parameter ${p.name} became required`),
  "parameter-added-optional": addition<Named>((p) => `new optional parameter ${p.name}`),
  "parameter-became-optional": addition<Named>((p) => `parameter ${p.name} became optional`),

  // ── bodies, media types and statuses ───────────────────────────────────────
  "request-body-became-required": breaking<Record<string, never>>(() => "the request body became required"),
  "request-media-type-removed": breaking<Named>((p) => `request media type ${p.name} removed`),
  "request-media-type-added": addition<Named>((p) => `request media type ${p.name} added`),
  "response-media-type-removed": breaking<Named>((p) => `response media type ${p.name} removed`),
  "response-media-type-added": addition<Named>((p) => `response media type ${p.name} added`),
  "response-status-removed": breaking<Named>((p) => `response status ${p.name} removed`),
  "response-status-added": breaking<Named>(
    (p) => `response status ${p.name} added; clients that handle each status must learn it`,
  ),
  "response-header-removed": breaking<Named>((p) => `response header ${p.name} removed`),
  "response-header-added": addition<Named>((p) => `response header ${p.name} added`),

  // ── request schemas (what clients write) ───────────────────────────────────
  "request-property-removed": breaking<Named>(
    (p) => `request member ${p.name} removed; clients that send it are rejected`,
  ),
  "request-property-added-required": breaking<Named>((p) => `new required request member ${p.name}`),
  "request-property-became-required": breaking<Named>((p) => `request member ${p.name} became required`),
  "request-property-added-optional": addition<Named>((p) => `new optional request member ${p.name}`),
  "request-property-became-optional": addition<Named>((p) => `request member ${p.name} became optional`),
  "request-type-narrowed": breaking<Keyword>((p) => `request type narrowed from ${p.old} to ${p.new}`),
  "request-type-widened": addition<Keyword>((p) => `request type widened from ${p.old} to ${p.new}`),
  "request-constraint-narrowed": breaking<Keyword>((p) => `request ${p.keyword} narrowed from ${p.old} to ${p.new}`),
  "request-constraint-widened": addition<Keyword>((p) => `request ${p.keyword} widened from ${p.old} to ${p.new}`),
  "request-enum-value-removed": breaking<Value>(
    (p) => `request enum value ${p.value} removed; clients that send it are rejected`,
  ),
  "request-enum-value-added": addition<Value>((p) => `request enum value ${p.value} added`),
  "request-union-member-removed": breaking<Named>((p) => `request union member ${p.name} removed`),
  "request-union-member-added": addition<Named>((p) => `request union member ${p.name} added`),
  "request-stream-event-removed": breaking<Named>((p) => `input stream event ${p.name} removed`),
  "request-stream-event-added": addition<Named>((p) => `input stream event ${p.name} added`),

  // ── response schemas (what clients read) ───────────────────────────────────
  "response-property-removed": breaking<Named>(
    (p) => `response member ${p.name} removed; readers that expect it break`,
  ),
  "response-property-became-optional": breaking<Named>((p) => `response member ${p.name} is no longer always present`),
  "response-property-added": addition<Named>((p) => `response member ${p.name} added`),
  "response-property-became-required": addition<Named>((p) => `response member ${p.name} is now always present`),
  "response-type-widened": breaking<Keyword>((p) => `response type widened from ${p.old} to ${p.new}`),
  "response-type-narrowed": addition<Keyword>((p) => `response type narrowed from ${p.old} to ${p.new}`),
  "response-constraint-widened": breaking<Keyword>((p) => `response ${p.keyword} widened from ${p.old} to ${p.new}`),
  "response-constraint-narrowed": addition<Keyword>((p) => `response ${p.keyword} narrowed from ${p.old} to ${p.new}`),
  "response-enum-value-added": breaking<Value>(
    (p) => `response enum value ${p.value} added; exhaustive readers must handle it`,
  ),
  "response-enum-value-removed": breaking<Value>((p) => `response enum value ${p.value} removed`),
  "response-union-member-added": breaking<Named>(
    (p) => `response union member ${p.name} added; exhaustive readers must handle it`,
  ),
  "response-union-member-removed": breaking<Named>((p) => `response union member ${p.name} removed`),
  "response-stream-event-added": breaking<Named>(
    (p) => `stream event ${p.name} added; exhaustive stream readers must handle it`,
  ),
  "response-stream-event-removed": breaking<Named>((p) => `stream event ${p.name} removed`),

  // ── security ───────────────────────────────────────────────────────────────
  "security-scheme-removed": breaking<Named>((p) => `security scheme ${p.name} removed`),
  "security-scheme-changed": breaking<Keyword>((p) => `security scheme ${p.keyword} changed from ${p.old} to ${p.new}`),
  "security-scheme-added": addition<Named>((p) => `security scheme ${p.name} added`),
  "security-requirement-removed": breaking<Named>((p) => `accepted credentials ${p.name} no longer accepted`),
  "security-requirement-added": addition<Named>((p) => `credentials ${p.name} now also accepted`),

  // ── documentation ──────────────────────────────────────────────────────────
  "description-changed": docs<Named>((p) => `${p.name} changed`),
} as const;

export type ChangeCode = keyof typeof changeKinds;
export type ChangeParams<C extends ChangeCode> = Parameters<(typeof changeKinds)[C]["message"]>[0];

/** One change between two documents, as a consumer sees it. */
export interface Change {
  readonly code: ChangeCode;
  readonly breaking: boolean;
  readonly level: SemverLevel;
  /** JSON pointer: into the new document, or the old one for removals. */
  readonly pointer: string;
  readonly message: string;
  /** The operationIds through which the changed place is reached (sorted). */
  readonly operations: readonly string[];
}

export function change<C extends ChangeCode>(
  code: C,
  params: ChangeParams<C>,
  pointer: string,
  operation?: string,
): Change {
  const kind = changeKinds[code] as ChangeDefinition<ChangeParams<C>>;
  return {
    code,
    breaking: kind.level === "major",
    level: kind.level,
    pointer,
    message: kind.message(params),
    operations: operation === undefined ? [] : [operation],
  };
}
