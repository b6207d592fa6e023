/**
 * The one comparable model the drift check reduces every source to: our definitions, the
 * official Smithy model and the schemas shipped in the AWS SDK. Readers fill it; `compare.ts`
 * compares two of them fact by fact. Shapes and targets are referred to by name, because the
 * sources share nothing else.
 *
 * Sources do not all carry the same facts (the SDK has no length or pattern, and names a
 * string shape only when it is sensitive); `Coverage` says what a source carries, so that a
 * fact it does not carry is never compared instead of being taken for "absent".
 */
import type {
  Binding,
  JsonValue,
  LengthConstraint,
  RangeConstraint,
  ShapeKind,
  TimestampFormat,
} from "../../generator/shapes.js";
import type { HttpMethod, Pagination } from "../../generator/operations.js";

/** Where "what AWS says" comes from. */
export type DriftSource = "sdk" | "smithy";

/**
 * A shape kind as a source states it. `number` is the SDK's single numeric type (it does not
 * say integer, long, float or double); the Smithy kinds our vocabulary lacks are kept so that a
 * shape using one shows up as a type mismatch instead of vanishing.
 */
export type FactKind = ShapeKind | "number" | "byte" | "short" | "bigInteger" | "bigDecimal";

export interface Constraints {
  readonly length?: LengthConstraint;
  readonly range?: RangeConstraint;
  readonly pattern?: string;
}

/** What a member, list member or map key/value points at. */
export interface TargetFacts {
  /** Shape name; undefined where the source leaves the target unnamed (SDK simple shapes). */
  readonly name?: string;
  readonly kind: FactKind;
  readonly sensitive: boolean;
  readonly timestampFormat?: TimestampFormat;
}

export interface MemberFacts {
  readonly target: TargetFacts;
  readonly required: boolean;
  readonly default?: JsonValue;
  /** Member-level constraints (Smithy traits on the member, not on its target). */
  readonly constraints: Constraints;
  readonly binding?: Binding;
  readonly idempotencyToken: boolean;
  /** Traits the source put on the member that our shape vocabulary cannot say. */
  readonly unmodeled: readonly string[];
}

export interface ElementFacts {
  readonly target: TargetFacts;
  readonly constraints: Constraints;
  readonly unmodeled: readonly string[];
}

export interface ErrorFacts {
  readonly fault: "client" | "server";
  readonly status: number;
  readonly retryable: boolean;
}

export interface ShapeFacts {
  readonly name: string;
  readonly kind: FactKind;
  readonly sensitive: boolean;
  /** An event stream union (or a streaming blob). */
  readonly streaming: boolean;
  readonly constraints: Constraints;
  /** Structures and unions, in source order. */
  readonly members?: ReadonlyMap<string, MemberFacts>;
  readonly error?: ErrorFacts;
  readonly listMember?: ElementFacts;
  readonly mapKey?: ElementFacts;
  readonly mapValue?: ElementFacts;
  /** Enum member name → wire value. */
  readonly enumValues?: ReadonlyMap<string, string | number>;
  readonly timestampFormat?: TimestampFormat;
  readonly unmodeled: readonly string[];
}

export interface OperationFacts {
  readonly name: string;
  readonly method: HttpMethod | string;
  readonly uri: string;
  readonly status: number;
  readonly input: string;
  readonly output: string;
  readonly errors: readonly string[];
  readonly readonly: boolean;
  readonly idempotent: boolean;
  readonly pagination?: Pagination;
  readonly unmodeled: readonly string[];
}

/** Which facts a source carries; a fact one side does not carry is not compared. */
export interface Coverage {
  /** Length, range and pattern on shapes, members, list members and map keys/values. */
  readonly constraints: boolean;
  readonly defaults: boolean;
  readonly retryable: boolean;
  /** Each operation's error list. */
  readonly operationErrors: boolean;
  /** `@readonly`, `@idempotent`, `@paginated`. */
  readonly operationTraits: boolean;
  /**
   * Every target is named and exactly typed, and every shape is in the table. False for the
   * SDK: it leaves non-sensitive simple shapes (and lists/maps of them) unnamed, types every
   * number as `number` and every enum member as a string.
   */
  readonly exactTargets: boolean;
}

export const fullCoverage: Coverage = {
  constraints: true,
  defaults: true,
  retryable: true,
  operationErrors: true,
  operationTraits: true,
  exactTargets: true,
};

export interface DriftModel {
  readonly operations: ReadonlyMap<string, OperationFacts>;
  /** Every non-prelude shape reachable from the operations (and, for the SDK, every error and enum it ships). */
  readonly shapes: ReadonlyMap<string, ShapeFacts>;
  readonly coverage: Coverage;
}

/** Thrown by a reader that meets input it cannot decode; `place` says where. */
export class UnreadableModelError extends Error {
  override readonly name = "UnreadableModelError";
  constructor(
    readonly place: string,
    readonly detail: string,
  ) {
    super(`${place}: ${detail}`);
  }
}
