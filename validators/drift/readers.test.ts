/** The two AWS readers on small hand-made inputs: what they decode, and what they refuse. */
import assert from "node:assert/strict";
import { UnreadableModelError } from "./model.js";
import { readSdkSchemas } from "./read-sdk.js";
import { readSmithyModel } from "./read-smithy.js";

const ns = "com.example";

/** A tiny SDK export set in the package's encoding (see read-sdk.ts). */
function sdkExports(extraMemberTraits: unknown = 0) {
  const Secret = [0, ns, "Secret", 8, 0];
  const Tags = [1, ns, "Tags", 0, () => Tag$];
  const Tag$ = [3, ns, "Tag", 0, ["key"], [0], 1];
  const Events$ = [4, ns, "Events", { streaming: 1 }, ["tick", "oops"], [() => Tag$, [() => Oops$, 0]]];
  const Oops$ = [-3, ns, "Oops", { error: "server", httpError: 503 }, ["message"], [0]];
  const Input$ = [
    3,
    ns,
    "Input",
    0,
    ["id", "when", "token", "secret", "tags", "names", "kind", "count", "page"],
    [
      [0, 1],
      [5, { httpQuery: "when" }],
      [0, 4],
      [() => Secret, { httpHeader: "X-Secret" }],
      () => Tags,
      64 | 0,
      [0, extraMemberTraits],
      1,
      [1, { httpQuery: "page" }],
    ],
    1,
  ];
  const Output$ = [3, ns, "Output", 0, ["events"], [[() => Events$, 16]], 1];
  const Op$ = [9, ns, "Op", { http: ["POST", "/things/{id}", 201] }, () => Input$, () => Output$];
  return { Op$, Input$, Output$, Tag$, Events$, Oops$, Kind: { A: "a", B: "b" } };
}

describe("drift: reading the SDK schemas", () => {
  const model = readSdkSchemas(sdkExports());

  it("decodes the operation's route and status", () => {
    assert.deepEqual(model.operations.get("Op"), {
      name: "Op",
      method: "POST",
      uri: "/things/{id}",
      status: 201,
      input: "Input",
      output: "Output",
      errors: [],
      readonly: false,
      idempotent: false,
      unmodeled: [],
    });
  });

  it("decodes members: required count, label bit, query, header, idempotency bit, payload bit", () => {
    const members = model.shapes.get("Input")!.members!;
    assert.equal(members.get("id")!.required, true);
    assert.equal(members.get("when")!.required, false);
    assert.deepEqual(members.get("id")!.binding, { in: "label" });
    assert.deepEqual(members.get("when")!.binding, { in: "query", name: "when" });
    assert.deepEqual(members.get("when")!.target, {
      kind: "timestamp",
      sensitive: false,
      timestampFormat: "date-time",
    });
    assert.equal(members.get("token")!.idempotencyToken, true);
    assert.deepEqual(members.get("secret")!.binding, { in: "header", name: "X-Secret" });
    assert.deepEqual(members.get("secret")!.target, { name: "Secret", kind: "string", sensitive: true });
    assert.deepEqual(members.get("tags")!.target, { name: "Tags", kind: "list", sensitive: false });
    assert.deepEqual(members.get("names")!.target, { kind: "list", sensitive: false });
    assert.deepEqual(members.get("count")!.target, { kind: "number", sensitive: false });
    assert.deepEqual(model.shapes.get("Output")!.members!.get("events")!.binding, { in: "payload" });
  });

  it("decodes streaming unions, errors, named lists and enum objects", () => {
    assert.equal(model.shapes.get("Events")!.streaming, true);
    assert.deepEqual(model.shapes.get("Oops")!.error, { fault: "server", status: 503, retryable: false });
    assert.equal(model.shapes.get("Tags")!.listMember!.target.name, "Tag");
    assert.equal(model.shapes.get("Secret")!.sensitive, true);
    assert.deepEqual(
      [...model.shapes.get("Kind")!.enumValues!],
      [
        ["A", "a"],
        ["B", "b"],
      ],
    );
  });

  it("keeps traits it cannot express as unmodeled, so they are reported", () => {
    const odd = readSdkSchemas(sdkExports({ jsonName: "Kind" }));
    assert.deepEqual(odd.shapes.get("Input")!.members!.get("kind")!.unmodeled, ["jsonName"]);
    const bits = readSdkSchemas(sdkExports(32));
    assert.deepEqual(bits.shapes.get("Input")!.members!.get("kind")!.unmodeled, ["httpResponseCode"]);
  });

  it("refuses an encoding it does not know, naming the place", () => {
    const exports = sdkExports();
    const Output$ = [3, ns, "Output", 0, ["events"], [35], 0];
    const broken = {
      ...exports,
      Output$,
      Op$: [9, ns, "Op", { http: ["POST", "/x", 200] }, () => exports.Input$, () => Output$],
    };
    assert.throws(
      () => readSdkSchemas(broken),
      (e: unknown) =>
        e instanceof UnreadableModelError &&
        e.place === "Output.events" &&
        /unknown simple type code 35/.test(e.detail),
    );
    const listOfUnknown = [3, ns, "Output", 0, ["events"], [64 | 35], 0];
    assert.throws(
      () =>
        readSdkSchemas({
          ...exports,
          Output$: listOfUnknown,
          Op$: [9, ns, "Op", { http: ["POST", "/x", 200] }, () => exports.Input$, () => listOfUnknown],
        }),
      /code 35/,
    );
    assert.throws(
      () =>
        readSdkSchemas({
          ...exports,
          Op$: [9, ns, "Op", { http: "POST /x" }, () => exports.Input$, () => exports.Output$],
        }),
      /traits\.http/,
    );
  });
});

describe("drift: reading a Smithy model", () => {
  const T = "smithy.api#";
  const ast = {
    smithy: "2.0",
    shapes: {
      "ex#Svc": { type: "service", version: "1", resources: [{ target: "ex#Res" }] },
      "ex#Res": { type: "resource", operations: [{ target: "ex#Op" }] },
      "ex#Op": {
        type: "operation",
        input: { target: "ex#In" },
        output: { target: "ex#Out" },
        errors: [{ target: "ex#Oops" }],
        traits: { [`${T}http`]: { method: "GET", uri: "/x/{id}" }, [`${T}readonly`]: {} },
      },
      "ex#In": {
        type: "structure",
        members: {
          id: { target: "ex#Id", traits: { [`${T}httpLabel`]: {}, [`${T}required`]: {} } },
          size: {
            target: `${T}Integer`,
            traits: { [`${T}httpQuery`]: "size", [`${T}range`]: { min: 1 }, [`${T}default`]: 5 },
          },
          odd: { target: `${T}String`, traits: { [`${T}httpPrefixHeaders`]: "X-" } },
        },
      },
      "ex#Out": { type: "structure", members: { kind: { target: "ex#Kind" } } },
      "ex#Id": {
        type: "string",
        traits: { [`${T}length`]: { min: 1, max: 9 }, [`${T}pattern`]: "^[a-z]+$", [`${T}documentation`]: "ignored" },
      },
      "ex#Kind": {
        type: "enum",
        members: { A: { target: `${T}Unit`, traits: { [`${T}enumValue`]: "a" } }, B: { target: `${T}Unit` } },
      },
      "ex#Oops": {
        type: "structure",
        members: {},
        traits: { [`${T}error`]: "client", [`${T}httpError`]: 429, [`${T}retryable`]: {} },
      },
    },
  };
  const model = readSmithyModel(ast);

  it("follows resources to operations, with the http trait's default status", () => {
    const op = model.operations.get("Op")!;
    assert.equal(`${op.method} ${op.uri} ${op.status}`, "GET /x/{id} 200");
    assert.deepEqual(op.errors, ["Oops"]);
    assert.equal(op.readonly, true);
  });

  it("reads constraints, defaults, bindings, enum values and error traits", () => {
    assert.deepEqual(model.shapes.get("Id")!.constraints, { length: { min: 1, max: 9 }, pattern: "^[a-z]+$" });
    const size = model.shapes.get("In")!.members!.get("size")!;
    assert.deepEqual(size.binding, { in: "query", name: "size" });
    assert.deepEqual(size.constraints, { range: { min: 1 } });
    assert.equal(size.default, 5);
    assert.deepEqual(size.target, { name: "Integer", kind: "integer", sensitive: false });
    assert.deepEqual(
      [...model.shapes.get("Kind")!.enumValues!],
      [
        ["A", "a"],
        ["B", "B"],
      ],
    );
    assert.deepEqual(model.shapes.get("Oops")!.error, { fault: "client", status: 429, retryable: true });
  });

  it("reports traits it cannot express instead of dropping them", () => {
    assert.deepEqual(model.shapes.get("In")!.members!.get("odd")!.unmodeled, [`${T}httpPrefixHeaders`]);
    assert.deepEqual(model.shapes.get("Id")!.unmodeled, []);
  });

  it("refuses a broken model, naming the place", () => {
    assert.throws(
      () => readSmithyModel({ smithy: "1.0", shapes: {} }),
      (e: unknown) => e instanceof UnreadableModelError && e.place === "$.smithy",
    );
    const dangling = {
      ...ast,
      shapes: { ...ast.shapes, "ex#Out": { type: "structure", members: { kind: { target: "ex#Nope" } } } },
    };
    assert.throws(
      () => readSmithyModel(dangling),
      (e: unknown) => e instanceof UnreadableModelError && /ex#Nope/.test(e.detail),
    );
  });
});
