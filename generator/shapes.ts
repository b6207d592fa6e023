/**
 * The shape vocabulary: what a Bedrock Runtime shape *is*, independent of how restJson1 puts
 * it on the wire (that lives in the emitter's protocol layer). It mirrors Smithy's shape
 * kinds so that the drift check can compare our definitions with the official model like
 * with like.
 *
 * Shapes reference each other directly (no string names), so a dangling reference is a
 * compile error. The official model has no recursive shapes, so no lazy references exist.
 */

import type { JsonValue } from "./core/json.js";

export type { JsonValue };

export interface LengthConstraint {
  readonly min?: number;
  readonly max?: number;
}

export interface RangeConstraint {
  readonly min?: number;
  readonly max?: number;
}

interface NamedShape {
  /** The Smithy shape name; also the component schema name. */
  readonly name: string;
  readonly description: string;
  /** Marks values that must not be logged (Smithy `@sensitive`). */
  readonly sensitive?: boolean;
  /** Smithy prelude shapes (String, Integer, …) are inlined instead of becoming components. */
  readonly prelude?: boolean;
}

export interface StringShape extends NamedShape {
  readonly kind: "string";
  readonly length?: LengthConstraint;
  readonly pattern?: string;
}

export interface BlobShape extends NamedShape {
  readonly kind: "blob";
  readonly length?: LengthConstraint;
}

export interface BooleanShape extends NamedShape {
  readonly kind: "boolean";
}

export type NumberKind = "integer" | "long" | "float" | "double";

export interface NumberShape extends NamedShape {
  readonly kind: NumberKind;
  readonly range?: RangeConstraint;
}

export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

export interface TimestampShape extends NamedShape {
  readonly kind: "timestamp";
  /** How the value travels; restJson1 bodies default to epoch seconds. */
  readonly format?: TimestampFormat;
}

export interface DocumentShape extends NamedShape {
  readonly kind: "document";
}

export interface EnumShape extends NamedShape {
  readonly kind: "enum";
  /** Smithy member name → wire value, in model order. */
  readonly values: Readonly<Record<string, string>>;
}

export interface IntEnumShape extends NamedShape {
  readonly kind: "intEnum";
  readonly values: Readonly<Record<string, number>>;
}

/** Constraints Smithy puts on a list member or a map key/value rather than on its target. */
export interface ElementConstraints {
  readonly length?: LengthConstraint;
  readonly pattern?: string;
}

export interface ListShape extends NamedShape {
  readonly kind: "list";
  readonly member: Shape;
  readonly memberConstraints?: ElementConstraints;
  readonly length?: LengthConstraint;
}

export interface MapShape extends NamedShape {
  readonly kind: "map";
  readonly key: StringShape | EnumShape;
  readonly keyConstraints?: ElementConstraints;
  readonly value: Shape;
  readonly valueConstraints?: ElementConstraints;
  readonly length?: LengthConstraint;
}

/** Where an input or output member travels in the HTTP message. */
export type Binding =
  | { readonly in: "label" }
  | { readonly in: "header"; readonly name: string }
  | { readonly in: "query"; readonly name: string }
  | { readonly in: "payload" };

export interface Member {
  readonly target: Shape;
  readonly description: string;
  readonly required?: boolean;
  readonly default?: JsonValue;
  /** Member-level constraints narrow the target's own. */
  readonly length?: LengthConstraint;
  readonly range?: RangeConstraint;
  readonly binding?: Binding;
  /** Smithy `@idempotencyToken`: SDKs fill it with a fresh UUID when the caller leaves it out. */
  readonly idempotencyToken?: boolean;
}

export type Members = Readonly<Record<string, Member>>;

export interface ErrorTrait {
  readonly fault: "client" | "server";
  readonly status: number;
  readonly retryable?: boolean;
}

export interface StructureShape<M extends Members = Members> extends NamedShape {
  readonly kind: "structure";
  readonly members: M;
  /** Present on error shapes only. */
  readonly error?: ErrorTrait;
}

export interface UnionShape extends NamedShape {
  readonly kind: "union";
  readonly members: Members;
  /** An event stream: each member is an event (or a modeled exception) sent as its own frame. */
  readonly streaming?: boolean;
}

export type ErrorShape = StructureShape & { readonly error: ErrorTrait };

export type Shape =
  | StructureShape
  | UnionShape
  | ListShape
  | MapShape
  | EnumShape
  | IntEnumShape
  | StringShape
  | BlobShape
  | BooleanShape
  | NumberShape
  | TimestampShape
  | DocumentShape;

export type ShapeKind = Shape["kind"];

// ── constructors ────────────────────────────────────────────────────────────
// Each takes the shape without its `kind`, so definitions read as data and stay typed.

type Def<S extends Shape> = Omit<S, "kind">;

export const string = (def: Def<StringShape>): StringShape => ({ kind: "string", ...def });
export const blob = (def: Def<BlobShape>): BlobShape => ({ kind: "blob", ...def });
export const boolean = (def: Def<BooleanShape>): BooleanShape => ({ kind: "boolean", ...def });
export const integer = (def: Omit<NumberShape, "kind">): NumberShape => ({ kind: "integer", ...def });
export const long = (def: Omit<NumberShape, "kind">): NumberShape => ({ kind: "long", ...def });
export const float = (def: Omit<NumberShape, "kind">): NumberShape => ({ kind: "float", ...def });
export const double = (def: Omit<NumberShape, "kind">): NumberShape => ({ kind: "double", ...def });
export const timestamp = (def: Def<TimestampShape>): TimestampShape => ({ kind: "timestamp", ...def });
export const document = (def: Def<DocumentShape>): DocumentShape => ({ kind: "document", ...def });
export const enumeration = (def: Def<EnumShape>): EnumShape => ({ kind: "enum", ...def });
export const intEnum = (def: Def<IntEnumShape>): IntEnumShape => ({ kind: "intEnum", ...def });
export const list = (def: Def<ListShape>): ListShape => ({ kind: "list", ...def });
export const map = (def: Def<MapShape>): MapShape => ({ kind: "map", ...def });
export const union = (def: Def<UnionShape>): UnionShape => ({ kind: "union", ...def });

export function structure<const M extends Members>(def: Omit<StructureShape<M>, "kind">): StructureShape<M> {
  return { kind: "structure", ...def };
}

export function error<const M extends Members>(
  def: Omit<StructureShape<M>, "kind" | "error"> & { readonly error: ErrorTrait },
): StructureShape<M> & { readonly error: ErrorTrait } {
  return { kind: "structure", ...def };
}

export type MemberOptions = Omit<Member, "target">;

/**
 * `O` stays generic so that literal option types (`required: true`) survive into the shape's
 * type, but a bare type parameter switches off TypeScript's excess-property check, which would
 * let `requried: true` or `bindng: label()` compile and silently drop the option. Mapping every
 * unknown key to `never` brings the check back.
 */
type OnlyKnownKeys<O, Known> = O & { readonly [K in Exclude<keyof O, keyof Known>]: never };

export function member<const T extends Shape, const O extends MemberOptions>(
  target: T,
  options: OnlyKnownKeys<O, MemberOptions>,
): { readonly target: T } & O {
  return { target, ...options };
}

// ── HTTP bindings ───────────────────────────────────────────────────────────

export const label = () => ({ in: "label" }) as const;
export const header = <const N extends string>(name: N) => ({ in: "header", name }) as const;
export const query = <const N extends string>(name: N) => ({ in: "query", name }) as const;
export const payload = () => ({ in: "payload" }) as const;

// ── Smithy prelude ──────────────────────────────────────────────────────────

export const prelude = {
  String: string({ name: "String", prelude: true, description: "A UTF-8 string." }),
  Boolean: boolean({ name: "Boolean", prelude: true, description: "true or false." }),
  Integer: integer({ name: "Integer", prelude: true, description: "A 32-bit signed integer." }),
  Long: long({ name: "Long", prelude: true, description: "A 64-bit signed integer." }),
  Float: float({ name: "Float", prelude: true, description: "A single-precision floating point number." }),
  Double: double({ name: "Double", prelude: true, description: "A double-precision floating point number." }),
  Blob: blob({ name: "Blob", prelude: true, description: "Binary data." }),
  Document: document({ name: "Document", prelude: true, description: "Any JSON value." }),
} as const;

/** Visits every shape reachable from `roots` once, dependencies before dependants. */
export function reachableShapes(roots: readonly Shape[]): Shape[] {
  const seen = new Set<Shape>();
  const order: Shape[] = [];
  const visit = (shape: Shape): void => {
    if (seen.has(shape)) return;
    seen.add(shape);
    for (const child of childShapes(shape)) visit(child);
    order.push(shape);
  };
  roots.forEach(visit);
  return order;
}

export function childShapes(shape: Shape): Shape[] {
  switch (shape.kind) {
    case "structure":
    case "union":
      return Object.values(shape.members).map((m) => m.target);
    case "list":
      return [shape.member];
    case "map":
      return [shape.key, shape.value];
    case "enum":
    case "intEnum":
    case "string":
    case "blob":
    case "boolean":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "timestamp":
    case "document":
      return [];
    default:
      return assertNever(shape);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unhandled shape kind: ${JSON.stringify(value)}`);
}

export function isErrorShape(shape: Shape): shape is ErrorShape {
  return shape.kind === "structure" && shape.error !== undefined;
}
