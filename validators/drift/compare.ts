/**
 * Compares what AWS says (one source, reduced to the comparable model) with what the
 * definitions say, fact by fact, and names every difference with a stable code and a path:
 * `operation InvokeModel`, `operation InvokeModel.errors.ThrottlingException`, `ConverseRequest`,
 * `ConverseRequest.messages`, `RequestMetadata.key`, `StopReason.END_TURN` (enum member).
 * A fact that either side does not carry (see `Coverage`) is not compared.
 */
import { compareCodeUnits } from "../../generator/core/compare.js";
import type { DiagnosticCode } from "../../generator/core/diagnostics.js";
import type { Pagination } from "../../generator/operations.js";
import type { Binding, JsonValue, LengthConstraint, RangeConstraint } from "../../generator/shapes.js";
import type {
  Constraints,
  Coverage,
  DriftModel,
  DriftSource,
  ElementFacts,
  FactKind,
  MemberFacts,
  OperationFacts,
  ShapeFacts,
  TargetFacts,
} from "./model.js";

/** The drift codes that name a difference (the catalogue's other drift codes report on the check itself). */
export type DifferenceCode = Exclude<
  Extract<DiagnosticCode, `drift/${string}`>,
  "drift/stale-allow-entry" | "drift/unreadable-model"
>;

export interface Difference {
  readonly code: DifferenceCode;
  readonly source: DriftSource;
  /** Where: `operation X`, `operation X.errors.E`, `Shape` or `Shape.member`. */
  readonly path: string;
  /** What AWS says, or `(absent)`. */
  readonly aws: string;
  /** What the definitions say, or `(absent)`. */
  readonly ours: string;
}

const ABSENT = "(absent)";

/** Kinds the SDK always names and always lists, so one missing from it is really missing. */
const alwaysListed = new Set<FactKind>(["structure", "union", "enum", "intEnum"]);

export function compareModels(aws: DriftModel, ours: DriftModel, source: DriftSource): Difference[] {
  const coverage = meet(aws.coverage, ours.coverage);
  const out: Difference[] = [];
  const report = (code: DifferenceCode, path: string, awsSays: string, oursSays: string) =>
    out.push({ code, source, path, aws: awsSays, ours: oursSays });
  const ctx: Context = { coverage, report };

  for (const name of union(aws.operations.keys(), ours.operations.keys())) {
    const a = aws.operations.get(name);
    const o = ours.operations.get(name);
    const path = `operation ${name}`;
    if (!o) report("drift/missing-operation", path, route(a!), ABSENT);
    else if (!a) report("drift/extra-operation", path, ABSENT, route(o));
    else compareOperation(ctx, path, a, o, aws, ours);
  }

  for (const name of union(aws.shapes.keys(), ours.shapes.keys())) {
    const a = aws.shapes.get(name);
    const o = ours.shapes.get(name);
    if (!o) report("drift/missing-shape", name, a!.kind, ABSENT);
    else if (!a) {
      if (coverage.exactTargets || alwaysListed.has(o.kind)) report("drift/extra-shape", name, ABSENT, o.kind);
    } else compareShape(ctx, a, o);
  }
  return out.sort(
    (x, y) => compareCodeUnits(x.path, y.path) || compareCodeUnits(x.code, y.code) || compareCodeUnits(x.aws, y.aws),
  );
}

interface Context {
  readonly coverage: Coverage;
  readonly report: (code: DifferenceCode, path: string, aws: string, ours: string) => void;
}

function compareOperation(
  ctx: Context,
  path: string,
  a: OperationFacts,
  o: OperationFacts,
  aws: DriftModel,
  ours: DriftModel,
): void {
  const { report, coverage } = ctx;
  if (route(a) !== route(o)) report("drift/route-mismatch", path, route(a), route(o));
  if (a.status !== o.status) report("drift/status-mismatch", path, String(a.status), String(o.status));
  for (const side of ["input", "output"] as const) {
    if (a[side] !== o[side]) report("drift/type-mismatch", `${path}.${side}`, a[side], o[side]);
    const streamA = eventStreamOf(aws, a[side]);
    const streamO = eventStreamOf(ours, o[side]);
    if (streamA !== streamO)
      report("drift/streaming-mismatch", `${path}.${side}`, describeStream(streamA), describeStream(streamO));
  }
  if (coverage.operationErrors) {
    for (const error of a.errors)
      if (!o.errors.includes(error)) report("drift/missing-error", `${path}.errors.${error}`, error, ABSENT);
    for (const error of o.errors)
      if (!a.errors.includes(error)) report("drift/extra-error", `${path}.errors.${error}`, ABSENT, error);
  }
  if (coverage.operationTraits) {
    const traits = (op: OperationFacts) =>
      [op.readonly ? "readonly" : "", op.idempotent ? "idempotent" : "", op.pagination ? paginated(op.pagination) : ""]
        .filter(Boolean)
        .join(", ") || "none";
    if (traits(a) !== traits(o)) report("drift/operation-trait-mismatch", path, traits(a), traits(o));
  }
  compareUnmodeled(ctx, path, a.unmodeled, o.unmodeled);
}

function compareShape(ctx: Context, a: ShapeFacts, o: ShapeFacts): void {
  const { report, coverage } = ctx;
  const path = a.name;
  if (!kindsAgree(a.kind, o.kind, coverage.exactTargets)) {
    report("drift/type-mismatch", path, a.kind, o.kind);
    return;
  }
  if (a.sensitive !== o.sensitive)
    report("drift/sensitive-mismatch", path, sensitive(a.sensitive), sensitive(o.sensitive));
  if (a.streaming !== o.streaming)
    report("drift/streaming-mismatch", path, streaming(a.streaming), streaming(o.streaming));
  if ((a.timestampFormat ?? "") !== (o.timestampFormat ?? ""))
    report("drift/timestamp-format-mismatch", path, a.timestampFormat ?? "default", o.timestampFormat ?? "default");
  compareConstraints(ctx, path, a.constraints, o.constraints);
  compareUnmodeled(ctx, path, a.unmodeled, o.unmodeled);
  if (a.error || o.error) compareError(ctx, path, a, o);
  if (a.members && o.members) compareMembers(ctx, path, a.members, o.members);
  if (a.enumValues && o.enumValues) compareEnum(ctx, path, a.enumValues, o.enumValues);
  if (a.listMember && o.listMember) compareElement(ctx, `${path}.member`, a.listMember, o.listMember);
  if (a.mapKey && o.mapKey) compareElement(ctx, `${path}.key`, a.mapKey, o.mapKey);
  if (a.mapValue && o.mapValue) compareElement(ctx, `${path}.value`, a.mapValue, o.mapValue);
}

function compareError(ctx: Context, path: string, a: ShapeFacts, o: ShapeFacts): void {
  const { report, coverage } = ctx;
  const describe = (s: ShapeFacts, withRetryable: boolean) =>
    s.error
      ? [`${s.error.fault} fault`, ...(withRetryable && s.error.retryable ? ["retryable"] : [])].join(", ")
      : "not an error";
  if (a.error?.status !== o.error?.status)
    report("drift/status-mismatch", path, String(a.error?.status ?? ABSENT), String(o.error?.status ?? ABSENT));
  const withRetryable = coverage.retryable;
  if (describe(a, withRetryable) !== describe(o, withRetryable))
    report("drift/error-trait-mismatch", path, describe(a, withRetryable), describe(o, withRetryable));
}

function compareMembers(
  ctx: Context,
  shape: string,
  a: ReadonlyMap<string, MemberFacts>,
  o: ReadonlyMap<string, MemberFacts>,
): void {
  const { report, coverage } = ctx;
  for (const name of union(a.keys(), o.keys())) {
    const path = `${shape}.${name}`;
    const ma = a.get(name);
    const mo = o.get(name);
    if (!mo) report("drift/missing-member", path, describeMember(ma!), ABSENT);
    else if (!ma) report("drift/extra-member", path, ABSENT, describeMember(mo));
    else {
      compareTarget(ctx, path, ma.target, mo.target);
      if (ma.required !== mo.required)
        report("drift/required-mismatch", path, required(ma.required), required(mo.required));
      if (coverage.defaults && describeDefault(ma.default) !== describeDefault(mo.default))
        report("drift/default-mismatch", path, describeDefault(ma.default), describeDefault(mo.default));
      compareConstraints(ctx, path, ma.constraints, mo.constraints);
      if (describeBinding(ma.binding) !== describeBinding(mo.binding))
        report("drift/binding-mismatch", path, describeBinding(ma.binding), describeBinding(mo.binding));
      if (ma.idempotencyToken !== mo.idempotencyToken)
        report(
          "drift/idempotency-token-mismatch",
          path,
          idempotencyToken(ma.idempotencyToken),
          idempotencyToken(mo.idempotencyToken),
        );
      compareUnmodeled(ctx, path, ma.unmodeled, mo.unmodeled);
    }
  }
}

function compareElement(ctx: Context, path: string, a: ElementFacts, o: ElementFacts): void {
  compareTarget(ctx, path, a.target, o.target);
  compareConstraints(ctx, path, a.constraints, o.constraints);
  compareUnmodeled(ctx, path, a.unmodeled, o.unmodeled);
}

/**
 * Named targets are compared by name (the shape table compares the shapes themselves).
 * Where the source leaves a target unnamed, what it does say is compared instead.
 */
function compareTarget(ctx: Context, path: string, a: TargetFacts, o: TargetFacts): void {
  const { report, coverage } = ctx;
  if (a.name !== undefined && o.name !== undefined) {
    if (a.name !== o.name) report("drift/type-mismatch", path, describeTarget(a), describeTarget(o));
    return;
  }
  if (!kindsAgree(a.kind, o.kind, coverage.exactTargets)) {
    report("drift/type-mismatch", path, describeTarget(a), describeTarget(o));
    return;
  }
  if (a.sensitive !== o.sensitive)
    report("drift/sensitive-mismatch", path, sensitive(a.sensitive), sensitive(o.sensitive));
  if ((a.timestampFormat ?? "") !== (o.timestampFormat ?? ""))
    report("drift/timestamp-format-mismatch", path, a.timestampFormat ?? "default", o.timestampFormat ?? "default");
}

function compareEnum(
  ctx: Context,
  path: string,
  a: ReadonlyMap<string, string | number>,
  o: ReadonlyMap<string, string | number>,
): void {
  const { report } = ctx;
  const byValue = (values: ReadonlyMap<string, string | number>) =>
    new Map([...values].map(([name, value]) => [value, name]));
  const namesA = byValue(a);
  const namesO = byValue(o);
  for (const [value, name] of namesA) {
    const other = namesO.get(value);
    if (other === undefined) report("drift/enum-value-missing", `${path}.${name}`, enumEntry(name, value), ABSENT);
    else if (other !== name)
      report("drift/enum-name-mismatch", `${path}.${name}`, enumEntry(name, value), enumEntry(other, value));
  }
  for (const [value, name] of namesO)
    if (!namesA.has(value)) report("drift/enum-value-extra", `${path}.${name}`, ABSENT, enumEntry(name, value));
}

function compareConstraints(ctx: Context, path: string, a: Constraints, o: Constraints): void {
  if (!ctx.coverage.constraints) return;
  const facts: ((c: Constraints) => string)[] = [
    (c) => bounds("length", c.length),
    (c) => bounds("range", c.range),
    (c) => (c.pattern === undefined ? "no pattern" : `pattern ${JSON.stringify(c.pattern)}`),
  ];
  for (const describe of facts)
    if (describe(a) !== describe(o)) ctx.report("drift/constraint-mismatch", path, describe(a), describe(o));
}

function compareUnmodeled(ctx: Context, path: string, a: readonly string[], o: readonly string[]): void {
  for (const trait of a) if (!o.includes(trait)) ctx.report("drift/unmodeled-trait", path, trait, ABSENT);
}

// ── the event stream an operation's input or output carries ──────────────────

function eventStreamOf(model: DriftModel, structure: string): string | undefined {
  for (const m of model.shapes.get(structure)?.members?.values() ?? []) {
    if (m.binding?.in !== "payload" || m.target.name === undefined) continue;
    if (model.shapes.get(m.target.name)?.streaming) return m.target.name;
  }
  return undefined;
}

// ── how facts read in a report ───────────────────────────────────────────────

/** A fact is compared only when both sides carry it. */
function meet(a: Coverage, b: Coverage): Coverage {
  return {
    constraints: a.constraints && b.constraints,
    defaults: a.defaults && b.defaults,
    retryable: a.retryable && b.retryable,
    operationErrors: a.operationErrors && b.operationErrors,
    operationTraits: a.operationTraits && b.operationTraits,
    exactTargets: a.exactTargets && b.exactTargets,
  };
}

/** Without exact targets, enums read as strings and every numeric kind as `number`. */
function kindsAgree(a: FactKind, b: FactKind, exact: boolean): boolean {
  return exact ? a === b : coarse(a) === coarse(b);
}

function coarse(kind: FactKind): FactKind {
  switch (kind) {
    case "enum":
      return "string";
    case "intEnum":
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    default:
      return kind;
  }
}

const route = (op: OperationFacts) => `${op.method} ${op.uri}`;
const paginated = (p: Pagination) =>
  `paginated (inputToken ${p.inputToken}, outputToken ${p.outputToken}, pageSize ${p.pageSize}, items ${p.items})`;
const describeTarget = (t: TargetFacts) => t.name ?? t.kind;
const describeMember = (m: MemberFacts) => `${describeTarget(m.target)}${m.required ? " (required)" : ""}`;
const describeStream = (name: string | undefined) => (name === undefined ? "no event stream" : `event stream ${name}`);
const required = (value: boolean) => (value ? "required" : "optional");
const sensitive = (value: boolean) => (value ? "sensitive" : "not sensitive");
const streaming = (value: boolean) => (value ? "streaming" : "not streaming");
const idempotencyToken = (value: boolean) => (value ? "idempotency token" : "no idempotency token");
const enumEntry = (name: string, value: string | number) => `${name} = ${JSON.stringify(value)}`;
const describeDefault = (value: JsonValue | undefined) =>
  value === undefined ? "no default" : `default ${JSON.stringify(value)}`;

function describeBinding(binding: Binding | undefined): string {
  if (!binding) return "body";
  return binding.in === "header" || binding.in === "query"
    ? `${binding.in} ${JSON.stringify(binding.name)}`
    : binding.in;
}

function bounds(name: string, b: LengthConstraint | RangeConstraint | undefined): string {
  return b === undefined ? `no ${name}` : `${name} ${b.min ?? ""}..${b.max ?? ""}`;
}

/** Names from both sides, AWS's order first, each once. */
function union(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])];
}
