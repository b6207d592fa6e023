import assert from "node:assert/strict";
import type { OpenAPIV3, OpenAPIV3_1 } from "openapi-types";
import { checkDownlevel } from "../../validators/downlevel.js";
import { ProblemsError } from "../core/diagnostics.js";
import { generateDocument } from "../generate.js";
import { downlevelTo30 } from "./downlevel-3-0.js";

type Json = Record<string, unknown>;

/** A minimal 3.1 document holding `schemas`, plus `extra` top-level fields. */
function document31(schemas: Json, extra: Json = {}): OpenAPIV3_1.Document {
  return {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths: {},
    components: { schemas },
    ...extra,
  } as unknown as OpenAPIV3_1.Document;
}

/** The 3.0 form of schema `S`, next to a string component `Str` and a list component `List` it may reference. */
function downlevelOf(schema: Json): unknown {
  const targets = { Str: { type: "string" }, List: { type: "array", items: { type: "string" } } };
  return downlevelTo30(document31({ ...targets, S: schema })).components!.schemas!["S"];
}

describe("OpenAPI 3.1 → 3.0 downlevel", () => {
  describe("one rule each", () => {
    it("anyOf [$ref, null] → allOf [$ref] + nullable, keeping the description", () => {
      assert.deepEqual(
        downlevelOf({ description: "D.", anyOf: [{ $ref: "#/components/schemas/Str" }, { type: "null" }] }),
        {
          description: "D.",
          allOf: [{ $ref: "#/components/schemas/Str" }],
          nullable: true,
        },
      );
    });

    it("anyOf [inline, null] → the inline schema + nullable; an enum gains null, as 3.0.3 requires", () => {
      assert.deepEqual(downlevelOf({ anyOf: [{ type: "boolean" }, { type: "null" }] }), {
        type: "boolean",
        nullable: true,
      });
      assert.deepEqual(downlevelOf({ anyOf: [{ type: "string", enum: ["a"] }, { type: "null" }] }), {
        type: "string",
        enum: ["a", null],
        nullable: true,
      });
    });

    it("contentEncoding base64 → format byte; an octet-stream string → format binary; another media type → x-contentMediaType", () => {
      assert.deepEqual(downlevelOf({ type: "string", contentEncoding: "base64" }), { type: "string", format: "byte" });
      assert.deepEqual(downlevelOf({ type: "string", contentMediaType: "application/octet-stream" }), {
        type: "string",
        format: "binary",
      });
      assert.deepEqual(downlevelOf({ type: "string", contentMediaType: "application/json" }), {
        type: "string",
        "x-contentMediaType": "application/json",
      });
    });

    it("type arrays → one type + nullable, or an anyOf of types", () => {
      assert.deepEqual(downlevelOf({ type: ["string", "null"], maxLength: 3 }), {
        type: "string",
        maxLength: 3,
        nullable: true,
      });
      assert.deepEqual(downlevelOf({ type: ["string", "integer"] }), {
        anyOf: [{ type: "string" }, { type: "integer" }],
      });
    });

    it("$ref with a description, default or constraint → wrapped in allOf; a type that repeats the target's is dropped", () => {
      assert.deepEqual(downlevelOf({ $ref: "#/components/schemas/Str", description: "D.", default: "x" }), {
        allOf: [{ $ref: "#/components/schemas/Str" }],
        description: "D.",
        default: "x",
      });
      assert.deepEqual(downlevelOf({ $ref: "#/components/schemas/List", type: "array", maxItems: 10 }), {
        allOf: [{ $ref: "#/components/schemas/List" }],
        maxItems: 10,
      });
    });

    it("$ref with only x- siblings stays a plain reference", () => {
      assert.deepEqual(downlevelOf({ $ref: "#/components/schemas/Str", "x-note": 1 }), {
        $ref: "#/components/schemas/Str",
        "x-note": 1,
      });
    });

    it("const → a one-value enum", () => {
      assert.deepEqual(downlevelOf({ type: "string", const: "on" }), { type: "string", enum: ["on"] });
    });

    it("examples → example (the first), and x-examples when there are more", () => {
      assert.deepEqual(downlevelOf({ type: "integer", examples: [1] }), { type: "integer", example: 1 });
      assert.deepEqual(downlevelOf({ type: "integer", examples: [1, 2] }), {
        type: "integer",
        example: 1,
        "x-examples": [1, 2],
      });
    });

    it("propertyNames → dropped, said in the description and kept in x-propertyNames", () => {
      const keys = { minLength: 1, maxLength: 64, pattern: "^[a-z]+$" };
      const out = downlevelOf({
        type: "object",
        description: "A map.",
        additionalProperties: { type: "string" },
        propertyNames: keys,
      }) as Json;
      assert.equal(out["propertyNames"], undefined);
      assert.deepEqual(out["x-propertyNames"], keys);
      assert.equal(
        out["description"],
        "A map. Each key must be 1 to 64 characters long and match `^[a-z]+$` (OpenAPI 3.0 cannot constrain map keys; x-propertyNames holds the rule).",
      );
    });

    it("numeric exclusiveMinimum → minimum + exclusiveMinimum: true", () => {
      assert.deepEqual(downlevelOf({ type: "number", exclusiveMinimum: 0 }), {
        type: "number",
        exclusiveMinimum: true,
        minimum: 0,
      });
    });

    it("rewrites nested schemas: properties, items, additionalProperties, oneOf branches", () => {
      const nullableText = { anyOf: [{ type: "string" }, { type: "null" }] };
      const out = downlevelOf({
        type: "object",
        properties: { p: nullableText },
        additionalProperties: { type: "array", items: nullableText },
        oneOf: [{ type: "object", properties: { b: { type: "string", contentEncoding: "base64" } } }],
      }) as Json;
      const text30 = { type: "string", nullable: true };
      assert.deepEqual(out["properties"], { p: text30 });
      assert.deepEqual(out["additionalProperties"], { type: "array", items: text30 });
      assert.deepEqual(out["oneOf"], [{ type: "object", properties: { b: { type: "string", format: "byte" } } }]);
    });
  });

  describe("document fields", () => {
    const input = document31(
      {},
      {
        jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
        info: {
          title: "T",
          version: "1",
          summary: "Short.",
          license: { name: "Apache 2.0", identifier: "Apache-2.0" },
        },
        webhooks: {
          ping: {
            post: {
              requestBody: { content: { "application/json": { schema: { type: ["string", "null"] } } } },
              responses: { "200": { description: "ok" } },
            },
          },
        },
        paths: {
          "/p": {
            get: {
              responses: {
                "200": {
                  description: "ok",
                  // A header whose name starts with x- is a header, not an extension: its schema is rewritten.
                  headers: { "x-amzn-RequestId": { schema: { type: "string", const: "id" } } },
                  content: { "*/*": { schema: { type: "string", contentMediaType: "application/octet-stream" } } },
                },
              },
            },
          },
        },
      },
    );
    const out = downlevelTo30(input) as unknown as Json;

    it("openapi 3.0.3; jsonSchemaDialect, info.summary and webhooks move to x- fields; license.identifier becomes the SPDX url", () => {
      assert.equal(out["openapi"], "3.0.3");
      assert.equal(out["jsonSchemaDialect"], undefined);
      assert.equal(out["x-jsonSchemaDialect"], "https://spec.openapis.org/oas/3.1/dialect/base");
      assert.deepEqual(out["info"], {
        title: "T",
        version: "1",
        "x-summary": "Short.",
        license: {
          name: "Apache 2.0",
          url: "https://spdx.org/licenses/Apache-2.0.html",
          "x-spdx-identifier": "Apache-2.0",
        },
      });
      assert.equal(out["webhooks"], undefined);
      const ping = (out["x-webhooks"] as Json)["ping"] as OpenAPIV3.PathItemObject;
      assert.deepEqual((ping.post!.requestBody as OpenAPIV3.RequestBodyObject).content["application/json"]!.schema, {
        type: "string",
        nullable: true,
      });
    });

    it("schemas in parameters, headers and media types are rewritten", () => {
      const response = (out["paths"] as Json)["/p"] as OpenAPIV3.PathItemObject;
      const ok = response.get!.responses["200"] as OpenAPIV3.ResponseObject;
      assert.deepEqual((ok.headers!["x-amzn-RequestId"] as OpenAPIV3.HeaderObject).schema, {
        type: "string",
        enum: ["id"],
      });
      assert.deepEqual(ok.content!["*/*"]!.schema, { type: "string", format: "binary" });
    });

    it("leaves its input untouched", () => {
      assert.equal(input.openapi, "3.1.0");
      assert.equal(input.info.summary, "Short.");
    });
  });

  it("a 3.1 construct without a rule is a problem naming the place, not an invalid 3.0 file", () => {
    assert.throws(
      () => downlevelOf({ type: "array", prefixItems: [{ type: "string" }] }),
      (e: unknown) =>
        e instanceof ProblemsError &&
        e.problems[0]!.code === "artifact/downlevel-unsupported" &&
        e.problems[0]!.pointer === "/components/schemas/S/prefixItems",
    );
    assert.throws(() => downlevelOf({ oneOf: [{ type: "string" }, { type: "null" }] }), ProblemsError);
  });

  it("the real document's downlevel is valid OpenAPI 3.0 for swagger-parser and holds no 3.1-only keyword", async () => {
    const downlevel = downlevelTo30(generateDocument());
    assert.deepEqual(await checkDownlevel(downlevel, "downlevel"), []);
    const text = JSON.stringify(downlevel);
    for (const keyword of [
      '"contentEncoding"',
      '"contentMediaType"',
      '"contentSchema"',
      '"propertyNames"',
      '"const"',
      '"type":"null"',
      '"type":[',
    ]) {
      assert.ok(!text.includes(keyword), `${keyword} left in the 3.0 document`);
    }
    // 3.0 has `examples` maps on media types and parameters; only the schema keyword (a list) is 3.1-only.
    let schemaExamples = 0;
    JSON.stringify(downlevel, (key, value: unknown) =>
      key === "examples" && Array.isArray(value) ? (schemaExamples++, value) : value,
    );
    assert.equal(schemaExamples, 0, "a schema `examples` list left in the 3.0 document");
    assert.ok(text.includes('"examples":{'), "the operation examples are kept");
  });
});
