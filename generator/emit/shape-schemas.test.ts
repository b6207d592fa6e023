import assert from "node:assert/strict";
import {
  blob,
  boolean,
  document,
  double,
  enumeration,
  error,
  float,
  intEnum,
  integer,
  list,
  long,
  map,
  member,
  prelude,
  string,
  structure,
  timestamp,
  union,
  type Shape,
} from "../shapes.js";
import { memberSchema, shapeSchema, type SchemaContext } from "./shape-schemas.js";

const open: SchemaContext = { strictShapes: new Set() };
const strictFor = (...shapes: Shape[]): SchemaContext => ({ strictShapes: new Set(shapes) });

describe("shape → JSON Schema", () => {
  it("string: length and pattern", () => {
    const s = string({ name: "Id", description: "An id.", length: { min: 1, max: 8 }, pattern: "^[a-z]+$" });
    assert.deepEqual(shapeSchema(s, open), {
      type: "string",
      minLength: 1,
      maxLength: 8,
      pattern: "^[a-z]+$",
      description: "An id.",
    });
  });

  it("blob: base64 text whose length bounds are converted from bytes", () => {
    const b = blob({ name: "Bytes", description: "Raw.", length: { min: 1, max: 10 } });
    assert.deepEqual(shapeSchema(b, open), {
      type: "string",
      contentEncoding: "base64",
      format: "byte",
      minLength: 4,
      maxLength: 16,
      description: "Raw.",
    });
  });

  it("numbers: JSON type, format and range", () => {
    assert.deepEqual(shapeSchema(integer({ name: "N", description: "n", range: { min: 0, max: 5 } }), open), {
      type: "integer",
      format: "int32",
      minimum: 0,
      maximum: 5,
      description: "n",
    });
    assert.equal(shapeSchema(long({ name: "L", description: "l" }), open).format, "int64");
    assert.deepEqual(shapeSchema(float({ name: "F", description: "f" }), open), {
      type: "number",
      format: "float",
      description: "f",
    });
    assert.equal(shapeSchema(double({ name: "D", description: "d" }), open).format, "double");
    assert.equal(shapeSchema(boolean({ name: "B", description: "b" }), open).type, "boolean");
  });

  it("timestamp: date-time strings, epoch seconds by default", () => {
    assert.deepEqual(shapeSchema(timestamp({ name: "T", description: "t", format: "date-time" }), open), {
      type: "string",
      format: "date-time",
      description: "t",
    });
    assert.equal(shapeSchema(timestamp({ name: "E", description: "e" }), open).type, "number");
  });

  it("document: any JSON value (no type)", () => {
    assert.deepEqual(shapeSchema(document({ name: "Doc", description: "any" }), open), { description: "any" });
  });

  it("enum and intEnum: every value, with variable names for codegen", () => {
    const e = enumeration({ name: "Role", description: "r", values: { USER: "user", ASSISTANT: "assistant" } });
    assert.deepEqual(shapeSchema(e, open), {
      type: "string",
      enum: ["user", "assistant"],
      "x-enum-varnames": ["USER", "ASSISTANT"],
      description: "r",
    });
    const i = intEnum({ name: "Level", description: "l", values: { LOW: 1, HIGH: 2 } });
    assert.deepEqual(shapeSchema(i, open).enum, [1, 2]);
  });

  it("list: items, item count and element constraints", () => {
    const l = list({
      name: "Paths",
      description: "p",
      member: prelude.String,
      memberConstraints: { length: { min: 1 } },
      length: { max: 3 },
    });
    assert.deepEqual(shapeSchema(l, open), {
      type: "array",
      items: { type: "string", minLength: 1 },
      maxItems: 3,
      description: "p",
    });
  });

  it("map: value schema, key constraints and entry count", () => {
    const m = map({
      name: "Meta",
      description: "m",
      key: prelude.String,
      keyConstraints: { pattern: "^[a-z]+$" },
      value: prelude.Integer,
      length: { min: 1, max: 2 },
    });
    assert.deepEqual(shapeSchema(m, open), {
      type: "object",
      additionalProperties: { type: "integer", format: "int32" },
      propertyNames: { pattern: "^[a-z]+$" },
      minProperties: 1,
      maxProperties: 2,
      description: "m",
    });
  });

  it("structure: required members; strict only where requests use it", () => {
    const s = structure({
      name: "Req",
      description: "r",
      members: {
        a: member(prelude.String, { description: "A.", required: true }),
        b: member(prelude.Integer, { description: "B.", default: 3 }),
      },
    });
    const strict = shapeSchema(s, strictFor(s));
    assert.deepEqual(strict.required, ["a"]);
    assert.equal(strict.additionalProperties, false);
    assert.deepEqual(strict.properties?.b, { type: "integer", format: "int32", description: "B.", default: 3 });
    assert.equal(shapeSchema(s, open).additionalProperties, undefined);
  });

  it("member narrowing a named target keeps the $ref and adds constraints; a narrowed list repeats its items", () => {
    const items = list({
      name: "Items",
      description: "i",
      member: prelude.String,
      memberConstraints: { length: { min: 1 } },
    });
    assert.deepEqual(memberSchema(member(items, { description: "at most 2", length: { max: 2 } }), open), {
      $ref: "#/components/schemas/Items",
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "at most 2",
      maxItems: 2,
    });
    const word = string({ name: "Word", description: "w" });
    assert.equal(memberSchema(member(word, { description: "short", length: { max: 5 } }), open).items, undefined);
  });

  it("union: exactly one member, each branch closed", () => {
    const u = union({
      name: "Block",
      description: "b",
      members: { text: member(prelude.String, { description: "t" }), n: member(prelude.Integer, { description: "n" }) },
    });
    const schema = shapeSchema(u, open);
    assert.equal(schema["x-smithy-union"], true);
    assert.equal(schema.oneOf?.length, 2);
    for (const branch of schema.oneOf ?? []) {
      assert.equal(branch.additionalProperties, false);
      assert.equal(branch.required?.length, 1);
      assert.deepEqual(Object.keys(branch.properties ?? {}), branch.required);
    }
  });

  it("event-stream union: frame headers for events and exceptions", () => {
    const event = structure({ name: "Chunk", description: "c", members: {} });
    const failure = error({ name: "Boom", description: "b", error: { fault: "server", status: 500 }, members: {} });
    const u = union({
      name: "Stream",
      description: "s",
      streaming: true,
      members: { chunk: member(event, { description: "c" }), boom: member(failure, { description: "b" }) },
    });
    assert.deepEqual(shapeSchema(u, open)["x-amazon-eventstream"], {
      frames: {
        chunk: { ":message-type": "event", ":event-type": "chunk", ":content-type": "application/json" },
        boom: { ":message-type": "exception", ":exception-type": "boom", ":content-type": "application/json" },
      },
    });
  });

  it("error: status extension and the optional __type field", () => {
    const e = error({
      name: "Nope",
      description: "n",
      error: { fault: "client", status: 429, retryable: true },
      members: { message: member(prelude.String, { description: "m" }) },
    });
    const schema = shapeSchema(e, open);
    assert.deepEqual(schema["x-smithy-error"], { fault: "client", status: 429, retryable: true });
    assert.ok(schema.properties?.__type);
    assert.equal(schema.required, undefined);
  });

  it("sensitive shapes are marked", () => {
    assert.equal(
      shapeSchema(string({ name: "S", description: "s", sensitive: true }), open)["x-smithy-sensitive"],
      true,
    );
  });
});
