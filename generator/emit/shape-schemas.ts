/**
 * Shape → JSON Schema: one function per shape kind, chosen by an exhaustive switch, so a new
 * kind does not compile until it is emitted. Knows nothing of HTTP; the protocol layer decides
 * which members of an input or output structure reach the body.
 */
import {
  assertNever,
  isErrorShape,
  type BlobShape,
  type ElementConstraints,
  type EnumShape,
  type IntEnumShape,
  type LengthConstraint,
  type ListShape,
  type MapShape,
  type Member,
  type Members,
  type NumberShape,
  type RangeConstraint,
  type Shape,
  type StringShape,
  type StructureShape,
  type TimestampShape,
  type UnionShape,
} from "../shapes.js";
import { compact, schemaRef, type JsonSchema } from "./json-schema.js";

export interface SchemaContext {
  /**
   * Shapes that appear in requests. They reject unknown properties; shapes seen only in
   * responses stay open because the live service sends fields the model omits.
   */
  readonly strictShapes: ReadonlySet<Shape>;
  /**
   * Structures whose optional members the service sends as `null` (see `outputSendsNulls`),
   * with the operations whose responses do so. A structure shared with other responses is one
   * component, so the allowance reaches them too; its description names the operations.
   */
  readonly nullableShapes?: ReadonlyMap<Shape, readonly string[]>;
}

/** Where a union's members travel as event-stream frames, recorded on the union's schema. */
export const EVENT_STREAM_EXTENSION = "x-amazon-eventstream";
export const UNION_EXTENSION = "x-smithy-union";
export const ERROR_EXTENSION = "x-smithy-error";
export const SENSITIVE_EXTENSION = "x-smithy-sensitive";

/** A reference to a component, or the inline schema of a prelude shape. */
export function referenceTo(shape: Shape, ctx: SchemaContext): JsonSchema {
  return shape.prelude ? shapeSchema(shape, ctx) : { $ref: schemaRef(shape.name) };
}

/** The component schema of a named shape (or the inline schema of a prelude shape). */
export function shapeSchema(shape: Shape, ctx: SchemaContext): JsonSchema {
  switch (shape.kind) {
    case "structure":
      return structureSchema(shape, shape.members, ctx);
    case "union":
      return unionSchema(shape, ctx);
    case "list":
      return listSchema(shape, ctx);
    case "map":
      return mapSchema(shape, ctx);
    case "enum":
      return enumSchema(shape);
    case "intEnum":
      return intEnumSchema(shape);
    case "string":
      return stringSchema(shape);
    case "blob":
      return blobSchema(shape);
    case "boolean":
      return named(shape, { type: "boolean" });
    case "integer":
    case "long":
    case "float":
    case "double":
      return numberSchema(shape);
    case "timestamp":
      return timestampSchema(shape);
    case "document":
      // Any JSON value: no `type`, so objects, arrays, strings, numbers, booleans and null all pass.
      return named(shape, {});
    default:
      return assertNever(shape);
  }
}

/** A structure's schema limited to `members` (the protocol layer passes the body members). */
export function structureSchema(shape: StructureShape, members: Members, ctx: SchemaContext): JsonSchema {
  const entries = Object.entries(members);
  const required = entries.filter(([, m]) => m.required).map(([name]) => name);
  const errorProperties: Record<string, JsonSchema> = shape.error
    ? {
        __type: {
          type: "string",
          description:
            "The error's name, sometimes qualified with a namespace. The service sends it in some error bodies; the `X-Amzn-ErrorType` header always names the error.",
        },
      }
    : {};
  const nullIn = ctx.nullableShapes?.get(shape);
  const propertySchema = (m: Member): JsonSchema =>
    nullIn && !m.required ? orNull(memberSchema(m, ctx), nullIn) : memberSchema(m, ctx);
  return named(shape, {
    type: "object",
    properties: { ...Object.fromEntries(entries.map(([name, m]) => [name, propertySchema(m)])), ...errorProperties },
    required: required.length > 0 ? required : undefined,
    additionalProperties: ctx.strictShapes.has(shape) ? false : undefined,
    [ERROR_EXTENSION]: shape.error
      ? { fault: shape.error.fault, status: shape.error.status, ...(shape.error.retryable ? { retryable: true } : {}) }
      : undefined,
  });
}

/** An optional member the service may send as null instead of leaving it out. */
function orNull(schema: JsonSchema, operations: readonly string[]): JsonSchema {
  const { description, ...rest } = schema;
  return {
    description:
      `${description ?? ""} In ${operations.join(" and ")} responses the service sends null here instead of leaving it out.`.trim(),
    anyOf: [rest, { type: "null" }],
  };
}

/** The schema of one member: its target plus what the member itself adds. */
export function memberSchema(member: Member, ctx: SchemaContext): JsonSchema {
  const target = referenceTo(member.target, ctx);
  const narrows = member.length !== undefined || member.range !== undefined;
  const type = target.$ref !== undefined && narrows ? jsonTypeOf(member.target) : target.type;
  return compact({
    ...target,
    // Strict validators want the type beside keywords that only apply to one type.
    type,
    // A list narrowed here is an array schema of its own: it states its items too (Spectral array-items).
    items:
      type === "array" && member.target.kind === "list"
        ? elementSchema(member.target.member, member.target.memberConstraints, ctx)
        : undefined,
    description: member.description,
    default: member.default,
    ...lengthKeywords(member.target, member.length),
    ...rangeKeywords(member.range),
    "x-smithy-idempotency-token": member.idempotencyToken ? true : undefined,
  });
}

function unionSchema(shape: UnionShape, ctx: SchemaContext): JsonSchema {
  const branches = Object.entries(shape.members).map(([name, m]) => ({
    type: "object" as const,
    // Unique across the document: generators name inline types after titles.
    title: `${shape.name}.${name}`,
    // Generators turn each branch into a type of its own; it reads best with the member's words.
    description: m.description,
    properties: { [name]: memberSchema(m, ctx) },
    required: [name],
    additionalProperties: false,
  }));
  // A one-branch oneOf is illogical to linters; a single-member union is just that branch.
  const [only] = branches;
  const body: JsonSchema =
    branches.length === 1 && only
      ? { ...only, title: undefined, description: undefined }
      : { type: "object", oneOf: branches };
  return named(shape, {
    ...body,
    [UNION_EXTENSION]: true,
    [EVENT_STREAM_EXTENSION]: shape.streaming ? eventStreamFrames(shape) : undefined,
  });
}

/** The frame headers each member of an event stream travels with. */
function eventStreamFrames(shape: UnionShape): JsonSchema["x-amazon-eventstream"] {
  return {
    frames: Object.fromEntries(Object.entries(shape.members).map(([name, m]) => [name, eventFrameHeaders(name, m)])),
  };
}

/** The headers of the frame that carries union member `name`: an event, or a modeled exception. */
export function eventFrameHeaders(name: string, m: Member): Record<string, string> {
  const isException = isErrorShape(m.target);
  return isException
    ? { ":message-type": "exception", ":exception-type": name, ":content-type": "application/json" }
    : { ":message-type": "event", ":event-type": name, ":content-type": "application/json" };
}

function listSchema(shape: ListShape, ctx: SchemaContext): JsonSchema {
  return named(shape, {
    type: "array",
    items: elementSchema(shape.member, shape.memberConstraints, ctx),
    ...lengthKeywords(shape, shape.length),
  });
}

function mapSchema(shape: MapShape, ctx: SchemaContext): JsonSchema {
  const keySchema = { ...propertyNamesOf(shape.key), ...elementConstraintKeywords(shape.keyConstraints) };
  return named(shape, {
    type: "object",
    additionalProperties: elementSchema(shape.value, shape.valueConstraints, ctx),
    propertyNames: Object.keys(keySchema).length > 0 ? keySchema : undefined,
    minProperties: shape.length?.min,
    maxProperties: shape.length?.max,
  });
}

/** A list item or map value: its target, narrowed by constraints on the element itself. */
function elementSchema(target: Shape, constraints: ElementConstraints | undefined, ctx: SchemaContext): JsonSchema {
  return { ...referenceTo(target, ctx), ...elementConstraintKeywords(constraints) };
}

function elementConstraintKeywords(constraints: ElementConstraints | undefined): JsonSchema {
  return compact({
    minLength: constraints?.length?.min,
    maxLength: constraints?.length?.max,
    pattern: constraints?.pattern,
  });
}

/** Map keys are strings; copy the key shape's own constraints onto `propertyNames`. */
function propertyNamesOf(key: StringShape | EnumShape): JsonSchema {
  if (key.prelude) return {};
  return key.kind === "enum"
    ? { enum: Object.values(key.values) }
    : compact({ minLength: key.length?.min, maxLength: key.length?.max, pattern: key.pattern });
}

function enumSchema(shape: EnumShape): JsonSchema {
  return named(shape, {
    type: "string",
    enum: Object.values(shape.values),
    "x-enum-varnames": Object.keys(shape.values),
  });
}

function intEnumSchema(shape: IntEnumShape): JsonSchema {
  return named(shape, {
    type: "integer",
    enum: Object.values(shape.values),
    "x-enum-varnames": Object.keys(shape.values),
  });
}

function stringSchema(shape: StringShape): JsonSchema {
  return named(shape, { type: "string", ...lengthKeywords(shape, shape.length), pattern: shape.pattern });
}

/** Blobs in JSON travel as base64 text; `format: byte` makes validators check the alphabet. */
function blobSchema(shape: BlobShape): JsonSchema {
  return named(shape, {
    type: "string",
    contentEncoding: "base64",
    format: "byte",
    ...lengthKeywords(shape, shape.length),
  });
}

const NUMBER_FORMATS = { integer: "int32", long: "int64", float: "float", double: "double" } as const;

function numberSchema(shape: NumberShape): JsonSchema {
  const type = shape.kind === "integer" || shape.kind === "long" ? "integer" : "number";
  return named(shape, { type, format: NUMBER_FORMATS[shape.kind], ...rangeKeywords(shape.range) });
}

function timestampSchema(shape: TimestampShape): JsonSchema {
  switch (shape.format ?? "epoch-seconds") {
    case "date-time":
      return named(shape, { type: "string", format: "date-time" });
    case "http-date":
      return named(shape, { type: "string" });
    case "epoch-seconds":
      return named(shape, { type: "number", format: "double" });
  }
}

/** Length keywords for the kind of value: characters, items, or base64 characters of bytes. */
function lengthKeywords(shape: Shape, length: LengthConstraint | undefined): JsonSchema {
  if (!length) return {};
  switch (shape.kind) {
    case "list":
      return compact({ minItems: length.min, maxItems: length.max });
    case "map":
      return compact({ minProperties: length.min, maxProperties: length.max });
    case "blob":
      // n bytes encode to 4·⌈n/3⌉ base64 characters (with padding).
      return compact({ minLength: base64Length(length.min), maxLength: base64Length(length.max) });
    default:
      return compact({ minLength: length.min, maxLength: length.max });
  }
}

/** The JSON type a shape's values have, where there is exactly one. */
function jsonTypeOf(shape: Shape): JsonSchema["type"] {
  switch (shape.kind) {
    case "structure":
    case "union":
    case "map":
      return "object";
    case "list":
      return "array";
    case "string":
    case "enum":
    case "blob":
      return "string";
    case "integer":
    case "long":
    case "intEnum":
      return "integer";
    case "float":
    case "double":
      return "number";
    case "boolean":
      return "boolean";
    case "timestamp":
      return shape.format === "date-time" || shape.format === "http-date" ? "string" : "number";
    case "document":
      return undefined;
    default:
      return assertNever(shape);
  }
}

function base64Length(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : 4 * Math.ceil(bytes / 3);
}

function rangeKeywords(range: RangeConstraint | undefined): JsonSchema {
  return range ? compact({ minimum: range.min, maximum: range.max }) : {};
}

/** Adds what every named shape carries: its description and sensitivity. */
function named(shape: Shape, schema: JsonSchema): JsonSchema {
  return compact({
    ...schema,
    description: shape.prelude ? undefined : shape.description,
    [SENSITIVE_EXTENSION]: shape.sensitive ? true : undefined,
  });
}
