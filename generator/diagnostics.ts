/**
 * Every problem the toolchain can report, declared once: a stable code, a severity and a
 * message template. Generator, validators, contract tests and the drift check all report
 * through `problem()`, so a code's wording lives in exactly one place and machine-readable
 * output (`--format json`) stays stable across releases.
 */

export type Severity = "error" | "warning";

interface DiagnosticDefinition<P> {
  readonly severity: Severity;
  readonly message: (params: P) => string;
}

function define<P>(severity: Severity, message: (params: P) => string): DiagnosticDefinition<P> {
  return { severity, message };
}

export const diagnostics = {
  // ── generator: broken definitions ──────────────────────────────────────────
  "definition/missing-description": define<{ subject: string }>(
    "error",
    (p) => `${p.subject} has no description; every shape, member and operation must say what it is`,
  ),
  "definition/duplicate-shape-name": define<{ name: string }>(
    "error",
    (p) => `two different shapes are named "${p.name}"; component names must be unique`,
  ),
  "definition/invalid-uri-label": define<{ operation: string; label: string }>(
    "error",
    (p) => `operation ${p.operation}: URI label {${p.label}} has no input member bound to it with label()`,
  ),
  "definition/unbound-label-member": define<{ operation: string; member: string }>(
    "error",
    (p) => `operation ${p.operation}: input member "${p.member}" is bound as a label but the URI has no {${p.member}}`,
  ),
  "definition/label-not-required": define<{ operation: string; member: string }>(
    "error",
    (p) => `operation ${p.operation}: label member "${p.member}" must be required`,
  ),
  "definition/several-payloads": define<{ shape: string }>(
    "error",
    (p) => `structure ${p.shape} binds more than one member to the HTTP payload`,
  ),
  "definition/payload-with-body-members": define<{ shape: string; member: string }>(
    "error",
    (p) => `structure ${p.shape} has a payload member, so member "${p.member}" must be bound to a label, header or query`,
  ),
  "definition/invalid-constraint": define<{ subject: string; detail: string }>(
    "error",
    (p) => `${p.subject}: ${p.detail}`,
  ),
  "definition/invalid-pattern": define<{ subject: string; pattern: string; reason: string }>(
    "error",
    (p) => `${p.subject}: pattern ${JSON.stringify(p.pattern)} is not a valid regular expression (${p.reason})`,
  ),
  "definition/empty-enum": define<{ shape: string }>("error", (p) => `enum ${p.shape} has no values`),
  "definition/duplicate-enum-value": define<{ shape: string; value: string }>(
    "error",
    (p) => `enum ${p.shape} lists the value ${JSON.stringify(p.value)} more than once`,
  ),
  "definition/empty-union": define<{ shape: string }>("error", (p) => `union ${p.shape} has no members`),
  "definition/union-member-required": define<{ shape: string; member: string }>(
    "error",
    (p) => `union ${p.shape}: member "${p.member}" cannot be required; exactly one member is always present`,
  ),
  "definition/event-stream-member": define<{ shape: string; member: string }>(
    "error",
    (p) => `event stream ${p.shape}: member "${p.member}" must target a structure (an event or an error)`,
  ),
  "definition/error-without-status": define<{ shape: string }>(
    "error",
    (p) => `error ${p.shape} has no HTTP status`,
  ),
  "definition/duplicate-operation": define<{ name: string }>(
    "error",
    (p) => `operation ${p.name} is defined twice`,
  ),
  "definition/duplicate-route": define<{ route: string; first: string; second: string }>(
    "error",
    (p) => `operations ${p.first} and ${p.second} both claim ${p.route}`,
  ),

  // ── writing files ──────────────────────────────────────────────────────────
  "io/write-failed": define<{ file: string; reason: string }>(
    "error",
    (p) => `could not write ${p.file}: ${p.reason}`,
  ),
  "io/read-failed": define<{ file: string; reason: string }>(
    "error",
    (p) => `could not read ${p.file}: ${p.reason}`,
  ),
  "io/parse-failed": define<{ file: string; reason: string }>(
    "error",
    (p) => `could not parse ${p.file}: ${p.reason}`,
  ),
} as const;

export type DiagnosticCode = keyof typeof diagnostics;
type ParamsOf<C extends DiagnosticCode> = Parameters<(typeof diagnostics)[C]["message"]>[0];

/** One reported problem. `file` and `pointer` say where; `code` says which rule. */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** The file the problem is in (a definition module, the emitted spec, a recording). */
  readonly file?: string;
  /** Where inside it: a JSON pointer, a shape path or a frame index. */
  readonly pointer?: string;
}

export interface Where {
  readonly file?: string;
  readonly pointer?: string;
}

export function problem<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, where: Where = {}): Problem {
  const definition = diagnostics[code] as DiagnosticDefinition<ParamsOf<C>>;
  return { code, severity: definition.severity, message: definition.message(params), ...where };
}

/** One line per problem: `file#pointer: [code] message`. */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.pointer].filter(Boolean).join("#");
  return `${place ? `${place}: ` : ""}${p.severity} [${p.code}] ${p.message}`;
}

/** Thrown when a stage cannot go on; carries every problem found so far. */
export class ProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ProblemsError";
  }
}
