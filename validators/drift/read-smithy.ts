/**
 * Reader B: a Smithy 2.0 JSON AST (the official model AWS publishes), reduced to the
 * comparable model. Starts at the service, follows its operations and resources, and keeps
 * the shapes those operations reach.
 *
 * Every trait on a reached shape or member is either read, deliberately ignored (listed in
 * `ignoredTraits`, with the reason) or reported as "unmodeled", so a trait AWS adds later
 * cannot slip past the check unseen.
 */
import type { JsonValue, LengthConstraint, RangeConstraint, TimestampFormat } from "../../generator/shapes.js";
import type { Pagination } from "../../generator/operations.js";
import {
  fullCoverage,
  UnreadableModelError,
  type Constraints,
  type DriftModel,
  type ElementFacts,
  type FactKind,
  type MemberFacts,
  type OperationFacts,
  type ShapeFacts,
  type TargetFacts,
} from "./model.js";
import { isObject } from "../../generator/core/json.js";

type Json = JsonValue;
type JsonObject = { readonly [key: string]: Json };

const T = "smithy.api#";

/** Traits with no counterpart to compare: prose, markers for code generators, the endpoint rules. */
const ignoredTraits = new Set([
  `${T}documentation`, // prose: our descriptions are our own words
  `${T}input`, // marks an operation's input structure; where it is used says the same
  `${T}output`,
  `${T}addedDefault`, // says a default was added after release; the default itself is compared
  `${T}enumValue`, // read as the enum value
  `${T}examples`,
  `${T}suppress`,
  `${T}references`,
]);

/** Prelude shapes are not in the file; members target them by id. */
const preludeKinds: Readonly<Record<string, FactKind>> = {
  String: "string",
  Blob: "blob",
  Boolean: "boolean",
  PrimitiveBoolean: "boolean",
  Byte: "byte",
  PrimitiveByte: "byte",
  Short: "short",
  PrimitiveShort: "short",
  Integer: "integer",
  PrimitiveInteger: "integer",
  Long: "long",
  PrimitiveLong: "long",
  Float: "float",
  PrimitiveFloat: "float",
  Double: "double",
  PrimitiveDouble: "double",
  BigInteger: "bigInteger",
  BigDecimal: "bigDecimal",
  Timestamp: "timestamp",
  Document: "document",
  // A union member with no value; our vocabulary has no such target, so it shows as a type mismatch.
  Unit: "structure",
};

const simpleKinds = new Set<string>([
  "string",
  "blob",
  "boolean",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
]);

export function readSmithyModel(ast: unknown): DriftModel {
  const root = object(ast, "$");
  const version = root["smithy"];
  if (typeof version !== "string" || !version.startsWith("2."))
    throw new UnreadableModelError("$.smithy", `expected a Smithy 2.x JSON AST, found ${describe(version)}`);
  const shapes = object(root["shapes"], "$.shapes");
  return new SmithyReader(shapes).read();
}

class SmithyReader {
  private readonly facts = new Map<string, ShapeFacts>();
  private readonly operations = new Map<string, OperationFacts>();

  constructor(private readonly shapes: JsonObject) {}

  read(): DriftModel {
    const services = Object.entries(this.shapes).filter(([, s]) => isObject(s) && s["type"] === "service");
    if (services.length !== 1)
      throw new UnreadableModelError("$.shapes", `expected exactly one service shape, found ${services.length}`);
    const [serviceId, service] = services[0]!;
    for (const id of this.operationIds(serviceId, object(service, serviceId))) this.readOperation(id);
    return { operations: this.operations, shapes: this.facts, coverage: fullCoverage };
  }

  /** Operations bound to the service directly or through (nested) resources, in model order. */
  private operationIds(id: string, shape: JsonObject): string[] {
    const ids: string[] = [];
    for (const key of ["operations", "collectionOperations"])
      for (const ref of targets(shape[key], `${id}.${key}`)) ids.push(ref);
    for (const key of ["create", "put", "read", "update", "delete", "list"])
      if (shape[key] !== undefined) ids.push(target(shape[key], `${id}.${key}`));
    for (const ref of targets(shape["resources"], `${id}.resources`))
      ids.push(...this.operationIds(ref, this.shape(ref, `${id}.resources`)));
    return ids;
  }

  private readOperation(id: string): void {
    const op = this.shape(id, "operation");
    const traits = traitsOf(op, id);
    const http = object(traits[`${T}http`], `${id} trait http`);
    const input = this.structureRef(op["input"], `${id}.input`);
    const output = this.structureRef(op["output"], `${id}.output`);
    const errors = targets(op["errors"], `${id}.errors`);
    for (const ref of [input, output, ...errors]) this.visit(ref);
    const pagination = traits[`${T}paginated`];
    const read = new Set([`${T}http`, `${T}readonly`, `${T}idempotent`, `${T}paginated`]);
    this.operations.set(nameOf(id), {
      name: nameOf(id),
      method: string(http["method"], `${id} trait http.method`),
      uri: string(http["uri"], `${id} trait http.uri`),
      status: http["code"] === undefined ? 200 : number(http["code"], `${id} trait http.code`),
      input: nameOf(input),
      output: nameOf(output),
      errors: errors.map(nameOf),
      readonly: `${T}readonly` in traits,
      idempotent: `${T}idempotent` in traits,
      ...(pagination !== undefined
        ? { pagination: paginationOf(object(pagination, `${id} trait paginated`), id) }
        : {}),
      unmodeled: unmodeledTraits(traits, read),
    });
  }

  /** Smithy operations without input or output target `smithy.api#Unit`; restJson1 sends an empty body. */
  private structureRef(ref: Json | undefined, place: string): string {
    return ref === undefined ? `${T}Unit` : target(ref, place);
  }

  private visit(id: string): void {
    if (id.startsWith(T) || this.facts.has(nameOf(id))) return;
    const shape = this.shape(id, "shape");
    this.facts.set(nameOf(id), this.shapeFacts(id, shape));
    for (const child of childTargets(shape, id)) this.visit(child);
  }

  private shapeFacts(id: string, shape: JsonObject): ShapeFacts {
    const type = string(shape["type"], `${id}.type`);
    const traits = traitsOf(shape, id);
    const read = new Set<string>([`${T}sensitive`, `${T}streaming`]);
    const base = {
      name: nameOf(id),
      kind: type as FactKind,
      sensitive: `${T}sensitive` in traits,
      streaming: `${T}streaming` in traits,
    };
    const constraints = readConstraints(traits, id, read);
    const finish = (facts: Omit<ShapeFacts, "unmodeled" | "constraints">): ShapeFacts => ({
      ...facts,
      constraints,
      unmodeled: unmodeledTraits(traits, read),
    });
    switch (type) {
      case "structure":
      case "union": {
        const members = this.memberFacts(id, object(shape["members"] ?? {}, `${id}.members`));
        const error = traits[`${T}error`];
        if (error === undefined) return finish({ ...base, members });
        read.add(`${T}error`).add(`${T}httpError`).add(`${T}retryable`);
        const fault = string(error, `${id} trait error`);
        if (fault !== "client" && fault !== "server")
          throw new UnreadableModelError(
            `${id} trait error`,
            `expected "client" or "server", found ${JSON.stringify(fault)}`,
          );
        const status =
          traits[`${T}httpError`] === undefined
            ? fault === "client"
              ? 400
              : 500
            : number(traits[`${T}httpError`], `${id} trait httpError`);
        return finish({ ...base, members, error: { fault, status, retryable: `${T}retryable` in traits } });
      }
      case "list":
      case "set":
        return finish({ ...base, kind: "list", listMember: this.elementFacts(shape["member"], `${id}.member`) });
      case "map":
        return finish({
          ...base,
          mapKey: this.elementFacts(shape["key"], `${id}.key`),
          mapValue: this.elementFacts(shape["value"], `${id}.value`),
        });
      case "enum":
      case "intEnum":
        return finish({ ...base, enumValues: enumValues(id, type, object(shape["members"] ?? {}, `${id}.members`)) });
      case "timestamp": {
        read.add(`${T}timestampFormat`);
        const format = traits[`${T}timestampFormat`];
        return finish({
          ...base,
          ...(format !== undefined ? { timestampFormat: timestampFormat(format, `${id} trait timestampFormat`) } : {}),
        });
      }
      default:
        if (!simpleKinds.has(type))
          throw new UnreadableModelError(
            `${id}.type`,
            `shape type ${JSON.stringify(type)} cannot be the target of a member`,
          );
        return finish(base);
    }
  }

  private memberFacts(owner: string, members: JsonObject): ReadonlyMap<string, MemberFacts> {
    const result = new Map<string, MemberFacts>();
    for (const [name, raw] of Object.entries(members)) {
      const place = `${owner}$${name}`;
      const m = object(raw, place);
      const traits = traitsOf(m, place);
      const read = new Set<string>([`${T}required`, `${T}default`, `${T}idempotencyToken`]);
      const constraints = readConstraints(traits, place, read);
      const binding = readBinding(traits, place, read);
      result.set(name, {
        target: this.targetFacts(target(m, place), place),
        required: `${T}required` in traits,
        ...(traits[`${T}default`] !== undefined ? { default: traits[`${T}default`] } : {}),
        constraints,
        ...(binding ? { binding } : {}),
        idempotencyToken: `${T}idempotencyToken` in traits,
        unmodeled: unmodeledTraits(traits, read),
      });
    }
    return result;
  }

  private elementFacts(raw: Json | undefined, place: string): ElementFacts {
    const m = object(raw, place);
    const traits = traitsOf(m, place);
    const read = new Set<string>();
    const constraints = readConstraints(traits, place, read);
    return { target: this.targetFacts(target(m, place), place), constraints, unmodeled: unmodeledTraits(traits, read) };
  }

  private targetFacts(id: string, place: string): TargetFacts {
    if (id.startsWith(T)) {
      const name = nameOf(id);
      const kind = preludeKinds[name];
      if (kind === undefined) throw new UnreadableModelError(place, `unknown prelude target ${id}`);
      return { name, kind, sensitive: false };
    }
    const shape = this.shape(id, place);
    const traits = traitsOf(shape, id);
    const type = string(shape["type"], `${id}.type`);
    const format = traits[`${T}timestampFormat`];
    return {
      name: nameOf(id),
      kind: (type === "set" ? "list" : type) as FactKind,
      sensitive: `${T}sensitive` in traits,
      ...(type === "timestamp" && format !== undefined
        ? { timestampFormat: timestampFormat(format, `${id} trait timestampFormat`) }
        : {}),
    };
  }

  private shape(id: string, place: string): JsonObject {
    const shape = this.shapes[id];
    if (shape === undefined) throw new UnreadableModelError(place, `refers to ${id}, which the model does not define`);
    return object(shape, id);
  }
}

/** Shapes a shape refers to; enum members target `smithy.api#Unit` and are not followed. */
function childTargets(shape: JsonObject, id: string): string[] {
  switch (shape["type"]) {
    case "structure":
    case "union":
      return Object.entries(object(shape["members"] ?? {}, `${id}.members`)).map(([name, m]) =>
        target(m, `${id}$${name}`),
      );
    case "list":
    case "set":
      return [target(shape["member"], `${id}.member`)];
    case "map":
      return [target(shape["key"], `${id}.key`), target(shape["value"], `${id}.value`)];
    default:
      return [];
  }
}

function readConstraints(traits: JsonObject, place: string, read: Set<string>): Constraints {
  read.add(`${T}length`).add(`${T}range`).add(`${T}pattern`);
  const length = traits[`${T}length`];
  const range = traits[`${T}range`];
  const pattern = traits[`${T}pattern`];
  return {
    ...(length !== undefined ? { length: bounds(length, `${place} trait length`) } : {}),
    ...(range !== undefined ? { range: bounds(range, `${place} trait range`) } : {}),
    ...(pattern !== undefined ? { pattern: string(pattern, `${place} trait pattern`) } : {}),
  };
}

function readBinding(traits: JsonObject, place: string, read: Set<string>): MemberFacts["binding"] {
  read.add(`${T}httpLabel`).add(`${T}httpHeader`).add(`${T}httpQuery`).add(`${T}httpPayload`);
  if (`${T}httpLabel` in traits) return { in: "label" };
  if (`${T}httpPayload` in traits) return { in: "payload" };
  const header = traits[`${T}httpHeader`];
  if (header !== undefined) return { in: "header", name: string(header, `${place} trait httpHeader`) };
  const query = traits[`${T}httpQuery`];
  if (query !== undefined) return { in: "query", name: string(query, `${place} trait httpQuery`) };
  return undefined;
}

function unmodeledTraits(traits: JsonObject, read: ReadonlySet<string>): string[] {
  return Object.keys(traits)
    .filter((t) => !read.has(t) && !ignoredTraits.has(t))
    .sort();
}

function enumValues(id: string, type: "enum" | "intEnum", members: JsonObject): ReadonlyMap<string, string | number> {
  const values = new Map<string, string | number>();
  for (const [name, raw] of Object.entries(members)) {
    const value = traitsOf(object(raw, `${id}$${name}`), `${id}$${name}`)[`${T}enumValue`];
    // A Smithy enum member without @enumValue uses its name as the value; intEnum members must have one.
    if (type === "enum") values.set(name, value === undefined ? name : string(value, `${id}$${name} trait enumValue`));
    else values.set(name, number(value, `${id}$${name} trait enumValue`));
  }
  return values;
}

function paginationOf(p: JsonObject, id: string): Pagination {
  const field = (key: string) => string(p[key], `${id} trait paginated.${key}`);
  return {
    inputToken: field("inputToken"),
    outputToken: field("outputToken"),
    pageSize: field("pageSize"),
    items: field("items"),
  };
}

function timestampFormat(value: Json, place: string): TimestampFormat {
  if (value === "epoch-seconds" || value === "date-time" || value === "http-date") return value;
  throw new UnreadableModelError(place, `unknown timestamp format ${JSON.stringify(value)}`);
}

function bounds(value: Json, place: string): LengthConstraint & RangeConstraint {
  const o = object(value, place);
  return {
    ...(o["min"] !== undefined ? { min: number(o["min"], `${place}.min`) } : {}),
    ...(o["max"] !== undefined ? { max: number(o["max"], `${place}.max`) } : {}),
  };
}

// ── JSON AST access, each failure naming its place ────────────────────────────

function object(value: unknown, place: string): JsonObject {
  if (!isObject(value)) throw new UnreadableModelError(place, `expected an object, found ${describe(value)}`);
  // The AST comes from JSON.parse, so every value inside an object is JSON.
  return value as JsonObject;
}

function string(value: unknown, place: string): string {
  if (typeof value !== "string") throw new UnreadableModelError(place, `expected a string, found ${describe(value)}`);
  return value;
}

function number(value: unknown, place: string): number {
  if (typeof value !== "number") throw new UnreadableModelError(place, `expected a number, found ${describe(value)}`);
  return value;
}

function traitsOf(shape: JsonObject, place: string): JsonObject {
  return object(shape["traits"] ?? {}, `${place}.traits`);
}

/** `{ "target": "ns#Name" }` → the shape id. */
function target(ref: Json | undefined, place: string): string {
  return string(object(ref, place)["target"], `${place}.target`);
}

function targets(refs: Json | undefined, place: string): string[] {
  if (refs === undefined) return [];
  if (!Array.isArray(refs)) throw new UnreadableModelError(place, `expected a list, found ${describe(refs)}`);
  return refs.map((ref, i) => target(ref, `${place}[${i}]`));
}

function nameOf(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

function describe(value: unknown): string {
  return value === undefined ? "nothing" : Array.isArray(value) ? "a list" : JSON.stringify(value);
}
