/**
 * Reader A: the schemas the AWS SDK for JavaScript ships for Bedrock Runtime
 * (`@aws-sdk/client-bedrock-runtime`), reduced to the comparable model. The SDK is generated
 * from a newer model than the published Smithy file, so it is the check for the newest
 * additions. It is read, never copied: the package's exports are decoded at run time.
 *
 * The encoding, as the package (dist-es/schemas/schemas_0.js) and @smithy/core's
 * schema module (schemas/translateTraits.js, schemas/sentinels.js) define it:
 *
 * - A schema reference is a simple type code (a number), a schema array, or a function that
 *   returns one (lazy, so schemas can refer forward).
 * - Simple type codes: 0 string, 1 number (any width), 2 boolean, 4 timestamp in the
 *   protocol's default format, 5 date-time, 6 http-date, 7 epoch-seconds, 15 document,
 *   17 bigInteger, 19 bigDecimal, 21 blob, 42 streaming blob; `64 | c` is an unnamed list of
 *   c and `128 | c` an unnamed map from string to c.
 * - Schema arrays, by their first element:
 *     [0, ns, name, traits, ref]                                      a named simple shape
 *     [1, ns, name, traits, memberRef]                                list
 *     [2, ns, name, traits, keyRef, valueRef]                         map
 *     [3, ns, name, traits, memberNames, memberRefs, requiredCount?]  structure
 *     [4, …as 3]                                                      union
 *     [-3, …as 3]                                                     error structure
 *     [9, ns, name, traits, inputRef, outputRef]                      operation
 * - Members are listed required first: the first `requiredCount` are @required.
 * - A member reference is a plain reference or `[ref, traits]`.
 * - Traits are an object (trait name → value: httpHeader, httpQuery, error, httpError,
 *   streaming, http = [method, uri, status]) or a bit set: 1 httpLabel, 2 idempotent,
 *   4 idempotencyToken, 8 sensitive, 16 httpPayload, 32 httpResponseCode, 64 httpQueryParams.
 * - Enums are exported as plain objects named after the enum shape: member name → value.
 *
 * What the SDK does not carry (length, range, pattern, defaults, @retryable, each operation's
 * error list, @readonly/@idempotent/@paginated, the name of a non-sensitive simple shape) is
 * declared in `sdkCoverage` and never compared.
 */
import type { Binding, TimestampFormat } from "../../generator/shapes.js";
import {
  UnreadableModelError,
  type Coverage,
  type DriftModel,
  type ElementFacts,
  type FactKind,
  type MemberFacts,
  type OperationFacts,
  type ShapeFacts,
  type TargetFacts,
} from "./model.js";
import { errorMessage } from "../../generator/core/errors.js";

const sdkCoverage: Coverage = {
  constraints: false,
  defaults: false,
  retryable: false,
  operationErrors: false,
  operationTraits: false,
  exactTargets: false,
};

const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;

interface SimpleType {
  readonly kind: FactKind;
  readonly timestampFormat?: TimestampFormat;
  readonly streaming?: true;
}

const simpleTypes: ReadonlyMap<number, SimpleType> = new Map<number, SimpleType>([
  [0, { kind: "string" }],
  [1, { kind: "number" }],
  [2, { kind: "boolean" }],
  [4, { kind: "timestamp" }],
  [5, { kind: "timestamp", timestampFormat: "date-time" }],
  [6, { kind: "timestamp", timestampFormat: "http-date" }],
  [7, { kind: "timestamp", timestampFormat: "epoch-seconds" }],
  [15, { kind: "document" }],
  [17, { kind: "bigInteger" }],
  [19, { kind: "bigDecimal" }],
  [21, { kind: "blob" }],
  [42, { kind: "blob", streaming: true }],
]);

/** Trait bits, lowest first, as @smithy/core's translateTraits lists them. */
const traitBits = [
  "httpLabel",
  "idempotent",
  "idempotencyToken",
  "sensitive",
  "httpPayload",
  "httpResponseCode",
  "httpQueryParams",
] as const;

/** Trait names the comparable model can hold; anything else is reported as unmodeled. */
const readTraits = new Set([
  "httpLabel",
  "idempotencyToken",
  "sensitive",
  "httpPayload",
  "httpHeader",
  "httpQuery",
  "error",
  "httpError",
  "streaming",
  "http",
]);

type Traits = Readonly<Record<string, unknown>>;

/** A decoded schema array. */
interface StaticSchema {
  readonly kind: number;
  readonly namespace: string;
  readonly name: string;
  readonly traits: Traits;
  readonly rest: readonly unknown[];
}

export function readSdkSchemas(exports: Readonly<Record<string, unknown>>): DriftModel {
  return new SdkReader(exports).read();
}

class SdkReader {
  private readonly shapes = new Map<string, ShapeFacts>();
  private readonly operations = new Map<string, OperationFacts>();

  constructor(private readonly exports: Readonly<Record<string, unknown>>) {}

  read(): DriftModel {
    const schemas = Object.entries(this.exports)
      .filter(([name, value]) => name.endsWith("$") && Array.isArray(value))
      .map(([name, value]) => decodeSchema(value, name));
    const operations = schemas.filter((s) => s.kind === 9);
    const namespaces = new Set(operations.map((s) => s.namespace));
    if (namespaces.size !== 1)
      throw new UnreadableModelError(
        "exports",
        `expected the operations to share one namespace, found ${[...namespaces].join(", ") || "none"}`,
      );
    const [namespace] = namespaces;
    for (const op of operations) this.readOperation(op);
    // Operation schemas do not list their errors; the error schemas are exported on their own
    // (next to the SDK's synthetic base exception, which lives in another namespace).
    for (const error of schemas.filter((s) => s.kind === -3 && s.namespace === namespace)) this.visit(error);
    for (const [name, value] of Object.entries(this.exports)) this.readEnum(name, value);
    return { operations: this.operations, shapes: this.shapes, coverage: sdkCoverage };
  }

  private readOperation(op: StaticSchema): void {
    const place = `${op.name}$`;
    const { traits, unmodeled } = readTraitSet(op.traits, place);
    const http = traits["http"];
    if (
      !Array.isArray(http) ||
      http.length !== 3 ||
      typeof http[0] !== "string" ||
      typeof http[1] !== "string" ||
      typeof http[2] !== "number"
    )
      throw new UnreadableModelError(`${place} traits.http`, `expected [method, uri, status], found ${describe(http)}`);
    const [input, output] = [0, 1].map((i) => {
      const schema = decodeSchema(deref(op.rest[i], `${place}[${4 + i}]`), `${place}[${4 + i}]`);
      this.visit(schema);
      return schema.name;
    });
    this.operations.set(op.name, {
      name: op.name,
      method: http[0],
      uri: http[1],
      status: http[2],
      input: input!,
      output: output!,
      errors: [],
      readonly: false,
      idempotent: false,
      unmodeled,
    });
  }

  private visit(schema: StaticSchema): void {
    if (this.shapes.has(schema.name)) return;
    const place = `${schema.name}$`;
    const { traits, unmodeled } = readTraitSet(schema.traits, place);
    const base = {
      name: schema.name,
      sensitive: "sensitive" in traits,
      streaming: "streaming" in traits,
      constraints: {},
      unmodeled,
    };
    switch (schema.kind) {
      case 0: {
        const simple = simpleType(deref(schema.rest[0], place), place);
        this.shapes.set(schema.name, {
          ...base,
          kind: simple.kind,
          streaming: base.streaming || simple.streaming === true,
          ...(simple.timestampFormat ? { timestampFormat: simple.timestampFormat } : {}),
        });
        return;
      }
      case 1:
        this.shapes.set(schema.name, {
          ...base,
          kind: "list",
          listMember: this.element(schema.rest[0], `${place} member`),
        });
        return;
      case 2:
        this.shapes.set(schema.name, {
          ...base,
          kind: "map",
          mapKey: this.element(schema.rest[0], `${place} key`),
          mapValue: this.element(schema.rest[1], `${place} value`),
        });
        return;
      case 3:
      case 4:
      case -3: {
        // Registered before its members are read, so a recursive reference ends here.
        const members = new Map<string, MemberFacts>();
        const facts: ShapeFacts = {
          ...base,
          kind: schema.kind === 4 ? "union" : "structure",
          members,
          ...errorFacts(schema, place),
        };
        this.shapes.set(schema.name, facts);
        this.readMembers(schema, members, place);
        return;
      }
      default:
        throw new UnreadableModelError(place, `schema kind ${schema.kind} cannot be the target of a member`);
    }
  }

  private readMembers(schema: StaticSchema, into: Map<string, MemberFacts>, place: string): void {
    const [names, refs, requiredCount = 0] = schema.rest;
    if (
      !Array.isArray(names) ||
      !Array.isArray(refs) ||
      names.length !== refs.length ||
      typeof requiredCount !== "number"
    )
      throw new UnreadableModelError(
        place,
        "expected member names and member schemas of the same length, then a required count",
      );
    names.forEach((name, i) => {
      if (typeof name !== "string")
        throw new UnreadableModelError(`${place} members[${i}]`, `expected a member name, found ${describe(name)}`);
      const memberPlace = `${schema.name}.${name}`;
      const { ref, traits } = splitMemberRef(refs[i]);
      const { traits: memberTraits, unmodeled } = readTraitSet(traits, memberPlace);
      const target = this.target(ref, memberPlace);
      into.set(name, {
        target: target.facts,
        required: i < requiredCount,
        constraints: {},
        ...bindingOf(memberTraits),
        idempotencyToken: "idempotencyToken" in memberTraits,
        unmodeled: target.streamingBlob ? [...unmodeled, "streaming"] : unmodeled,
      });
    });
  }

  private element(raw: unknown, place: string): ElementFacts {
    const { ref, traits } = splitMemberRef(raw);
    const { unmodeled } = readTraitSet(traits, place);
    const target = this.target(ref, place);
    return {
      target: target.facts,
      constraints: {},
      unmodeled: target.streamingBlob ? [...unmodeled, "streaming"] : unmodeled,
    };
  }

  /** Decodes a member's target; named schemas are visited so that they enter the shape table. */
  private target(raw: unknown, place: string): { facts: TargetFacts; streamingBlob: boolean } {
    const ref = deref(raw, place);
    if (typeof ref === "number") {
      // An unnamed list or map of a simple type; its element type must still be one we know.
      const collection = ref >= MAP_MODIFIER ? "map" : ref >= LIST_MODIFIER ? "list" : undefined;
      if (collection) {
        simpleType(ref - (collection === "map" ? MAP_MODIFIER : LIST_MODIFIER), place);
        return { facts: { kind: collection, sensitive: false }, streamingBlob: false };
      }
      const simple = simpleType(ref, place);
      return { facts: simpleTarget(simple), streamingBlob: simple.streaming === true };
    }
    const schema = decodeSchema(ref, place);
    this.visit(schema);
    const shape = this.shapes.get(schema.name)!;
    return {
      facts: {
        name: shape.name,
        kind: shape.kind,
        sensitive: shape.sensitive,
        ...(shape.timestampFormat ? { timestampFormat: shape.timestampFormat } : {}),
      },
      streamingBlob: false,
    };
  }

  private readEnum(name: string, value: unknown): void {
    if (
      typeof value !== "object" ||
      value === null ||
      Array.isArray(value) ||
      Object.getPrototypeOf(value) !== Object.prototype
    )
      return;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return;
    const strings = entries.every(([, v]) => typeof v === "string");
    const numbers = entries.every(([, v]) => typeof v === "number");
    if (!strings && !numbers) return;
    // A sensitive enum is also a named simple schema (a string with trait bits); keep its traits.
    const schema = this.shapes.get(name);
    if (schema && schema.kind !== (strings ? "string" : "number"))
      throw new UnreadableModelError(name, `exported as enum values but its schema is a ${schema.kind}`);
    this.shapes.set(name, {
      name,
      kind: strings ? "enum" : "intEnum",
      sensitive: schema?.sensitive ?? false,
      streaming: false,
      constraints: {},
      enumValues: new Map(entries as [string, string | number][]),
      unmodeled: schema?.unmodeled ?? [],
    });
  }
}

function decodeSchema(value: unknown, place: string): StaticSchema {
  if (
    !Array.isArray(value) ||
    typeof value[0] !== "number" ||
    typeof value[1] !== "string" ||
    typeof value[2] !== "string"
  )
    throw new UnreadableModelError(
      place,
      `expected a schema array [kind, namespace, name, traits, …], found ${describe(value)}`,
    );
  const [kind, namespace, name, traits, ...rest] = value as [number, string, string, unknown, ...unknown[]];
  return { kind, namespace, name, traits: decodeTraits(traits, `${name}$ traits`), rest };
}

function decodeTraits(value: unknown, place: string): Traits {
  if (value === undefined || value === 0) return {};
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0 || value >= 1 << traitBits.length)
      throw new UnreadableModelError(place, `unknown trait bits in ${value}`);
    return Object.fromEntries(traitBits.filter((_, bit) => (value >> bit) & 1).map((trait) => [trait, 1]));
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Traits;
  throw new UnreadableModelError(place, `expected a trait bit set or object, found ${describe(value)}`);
}

function deref(value: unknown, place: string): unknown {
  if (typeof value !== "function") return value;
  try {
    return (value as () => unknown)();
  } catch (error) {
    throw new UnreadableModelError(place, `lazy schema reference failed: ${errorMessage(error)}`);
  }
}

/** `[ref, traits]` versus a plain reference: a schema array has its namespace second. */
function splitMemberRef(raw: unknown): { ref: unknown; traits: unknown } {
  if (Array.isArray(raw) && raw.length === 2 && typeof raw[1] !== "string") return { ref: raw[0], traits: raw[1] };
  return { ref: raw, traits: 0 };
}

function simpleType(code: unknown, place: string): SimpleType {
  const simple = typeof code === "number" ? simpleTypes.get(code) : undefined;
  if (!simple) throw new UnreadableModelError(place, `unknown simple type code ${describe(code)}`);
  return simple;
}

function simpleTarget(simple: SimpleType): TargetFacts {
  return {
    kind: simple.kind,
    sensitive: false,
    ...(simple.timestampFormat ? { timestampFormat: simple.timestampFormat } : {}),
  };
}

/** Decodes traits, checks the ones the model holds, and lists the ones it cannot hold. */
function readTraitSet(raw: unknown, place: string): { traits: Traits; unmodeled: string[] } {
  const traits = decodeTraits(raw, `${place} traits`);
  const unmodeled: string[] = [];
  for (const [name, value] of Object.entries(traits)) {
    if (!readTraits.has(name)) unmodeled.push(name);
    else if ((name === "httpHeader" || name === "httpQuery") && typeof value !== "string")
      throw new UnreadableModelError(
        `${place} traits.${name}`,
        `expected a header or query parameter name, found ${describe(value)}`,
      );
  }
  return { traits, unmodeled: unmodeled.sort() };
}

function bindingOf(traits: Traits): { binding?: Binding } {
  if ("httpLabel" in traits) return { binding: { in: "label" } };
  if ("httpPayload" in traits) return { binding: { in: "payload" } };
  if (typeof traits["httpHeader"] === "string") return { binding: { in: "header", name: traits["httpHeader"] } };
  if (typeof traits["httpQuery"] === "string") return { binding: { in: "query", name: traits["httpQuery"] } };
  return {};
}

function errorFacts(schema: StaticSchema, place: string): Pick<ShapeFacts, "error"> {
  if (schema.kind !== -3) return {};
  const fault = schema.traits["error"];
  if (fault !== "client" && fault !== "server")
    throw new UnreadableModelError(`${place} traits.error`, `expected "client" or "server", found ${describe(fault)}`);
  const status = schema.traits["httpError"] ?? (fault === "client" ? 400 : 500);
  if (typeof status !== "number")
    throw new UnreadableModelError(`${place} traits.httpError`, `expected a status code, found ${describe(status)}`);
  return { error: { fault, status, retryable: false } };
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "function") return "a function";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
