import assert from "node:assert/strict";
import type { OpenAPIV3_1 } from "openapi-types";
import type { Operation } from "../operations.js";
import { blob, error, header, label, member, payload, prelude, query, structure } from "../shapes.js";
import { emitOperation } from "./rest-json.js";

const notFound = error({ name: "Missing", description: "Gone.", error: { fault: "client", status: 404 }, members: {} });
const invalid = error({ name: "Invalid", description: "Bad.", error: { fault: "client", status: 400 }, members: {} });
const quota = error({ name: "Quota", description: "Over.", error: { fault: "client", status: 400 }, members: {} });

const input = structure({
  name: "RunInput",
  description: "In.",
  members: {
    id: member(prelude.String, { description: "Which.", required: true, binding: label() }),
    limit: member(prelude.Integer, { description: "How many.", binding: query("max") }),
    mediaType: member(prelude.String, { description: "Body media type.", binding: header("Content-Type") }),
    trace: member(prelude.String, { description: "Trace switch.", binding: header("X-Trace") }),
    body: member(blob({ name: "Raw", description: "Raw." }), { description: "The body.", binding: payload() }),
  },
});
const output = structure({
  name: "RunOutput",
  description: "Out.",
  members: {
    mediaType: member(prelude.String, {
      description: "Reply media type.",
      required: true,
      binding: header("content-type"),
    }),
    tier: member(prelude.String, { description: "Tier used.", binding: header("X-Tier") }),
    body: member(blob({ name: "RawOut", description: "Raw." }), {
      description: "The reply.",
      required: true,
      binding: payload(),
    }),
  },
});
const op: Operation = {
  name: "Run",
  method: "POST",
  uri: "/run/{id}",
  status: 200,
  input,
  output,
  errors: [notFound, invalid, quota],
  iamAction: "svc:Run",
  tags: ["T"],
  summary: "Run it",
  description: "Runs it.",
};

describe("restJson1 bindings → operation", () => {
  const emitted = emitOperation(op, { strictShapes: new Set() });
  const params = (emitted.parameters ?? []) as OpenAPIV3_1.ParameterObject[];

  it("labels, query and header members become parameters under their wire names", () => {
    assert.deepEqual(
      params.map((p) => [p.name, p.in, p.required ?? false]),
      [
        ["id", "path", true],
        ["max", "query", false],
        ["X-Trace", "header", false],
      ],
    );
  });

  it("Content-Type is not a parameter or response header (OpenAPI ignores those) but is listed with its member", () => {
    const response = emitted.responses?.["200"] as OpenAPIV3_1.ResponseObject;
    assert.deepEqual(Object.keys(response.headers ?? {}), ["x-amzn-RequestId", "X-Tier"]);
    assert.deepEqual(emitted["x-smithy-media-type-headers"], {
      request: { "Content-Type": { member: "mediaType", required: false, description: "Body media type." } },
      response: { "content-type": { member: "mediaType", required: true, description: "Reply media type." } },
    });
  });

  it("a blob payload is the raw body, JSON or any media type", () => {
    const body = emitted.requestBody as OpenAPIV3_1.RequestBodyObject;
    assert.deepEqual(Object.keys(body.content), ["application/json", "*/*"]);
    assert.equal(body.required, undefined);
  });

  it("errors sharing a status are alternatives; a lone error is referenced directly", () => {
    const bad = emitted.responses?.["400"] as OpenAPIV3_1.ResponseObject;
    assert.deepEqual(bad.content?.["application/json"]?.schema, {
      anyOf: [{ $ref: "#/components/schemas/Invalid" }, { $ref: "#/components/schemas/Quota" }],
    });
    const missing = emitted.responses?.["404"] as OpenAPIV3_1.ResponseObject;
    assert.deepEqual(missing.content?.["application/json"]?.schema, { $ref: "#/components/schemas/Missing" });
    assert.deepEqual(emitted["x-smithy-errors"], ["Invalid", "Missing", "Quota"]);
  });
});
