import assert from "node:assert/strict";
import { ProblemsError } from "../generator/core/diagnostics.js";
import { checkSchemas, createSchemaValidator, type SchemaError } from "./schemas.js";
import { CONVERSE, editedSpec, fixtureSpec, placed } from "./test-fixtures.js";

const file = "fixture.json";
const SCHEMAS = "/components/schemas";

/** The parts of a SchemaError a test pins down. */
function where(errors: readonly SchemaError[]): [string, string, string][] {
  return errors.map((e) => [e.instancePath, e.keyword, e.schemaPath]);
}

describe("validators/schemas (AJV 2020-12, strict)", () => {
  describe("checkSchemas", () => {
    it("accepts the fixture, OpenAPI's `example` and `x-*` keywords included", async () => {
      assert.deepEqual(await checkSchemas({ file, document: fixtureSpec() }), []);
    });

    it("rejects a keyword AJV strict mode does not know, blaming the schema that has it", async () => {
      // ImageBlock is reached from ContentBlock and ConverseRequest; only ImageBlock is at fault.
      const document = editedSpec({ [`${SCHEMAS}/ImageBlock/properties/bytes/maxLenght`]: 10 });
      const problems = await checkSchemas({ file, document });
      assert.deepEqual(placed(problems), [["schemas/compile-failed", `${SCHEMAS}/ImageBlock`]]);
      assert.match(problems[0]!.message, /unknown keyword: "maxLenght"/);
    });

    it("rejects a format no validator implements", async () => {
      const document = editedSpec({ [`${SCHEMAS}/ConverseResponse/properties/output/format`]: "prose" });
      const problems = await checkSchemas({ file, document });
      assert.deepEqual(placed(problems), [["schemas/compile-failed", `${SCHEMAS}/ConverseResponse`]]);
      assert.match(problems[0]!.message, /unknown format "prose"/);
    });

    it("rejects an array keyword beside a $ref without a type (strictTypes)", async () => {
      const document = editedSpec({
        [`${SCHEMAS}/ConverseRequest/properties/tags`]: { $ref: "#/components/schemas/TagList", maxItems: 3 },
        [`${SCHEMAS}/TagList`]: { type: "array", items: { type: "string" } },
      });
      const problems = await checkSchemas({ file, document });
      assert.deepEqual(placed(problems), [["schemas/compile-failed", `${SCHEMAS}/ConverseRequest`]]);
      assert.match(problems[0]!.message, /missing type "array" for keyword "maxItems"/);
    });

    it("rejects a schema that is not valid JSON Schema, at the offending keyword", async () => {
      const document = editedSpec({ [`${SCHEMAS}/ConverseResponse/properties/output/type`]: "text" });
      const problems = await checkSchemas({ file, document });
      assert.ok(problems.length > 0);
      assert.ok(
        problems.every(
          (p) =>
            p.code === "schemas/invalid-schema" && p.pointer === `${SCHEMAS}/ConverseResponse/properties/output/type`,
        ),
        JSON.stringify(placed(problems)),
      );
    });

    it("rejects a $ref that points nowhere, at the $ref, and blames nothing else", async () => {
      const document = editedSpec({
        [`${SCHEMAS}/ConverseRequest/properties/content/$ref`]: "#/components/schemas/Nope",
      });
      const problems = await checkSchemas({ file, document });
      assert.deepEqual(placed(problems), [
        ["schemas/unresolved-ref", `${SCHEMAS}/ConverseRequest/properties/content/$ref`],
      ]);
    });

    it("rejects a $ref outside #/components/schemas", async () => {
      const document = editedSpec({
        [`${SCHEMAS}/ConverseRequest/properties/content/$ref`]: "#/components/responses/Thing",
      });
      assert.deepEqual(placed(await checkSchemas({ file, document })), [
        ["schemas/unresolved-ref", `${SCHEMAS}/ConverseRequest/properties/content/$ref`],
      ]);
    });

    it("rejects a base64 blob that nothing would check", async () => {
      const document = editedSpec({ [`${SCHEMAS}/ImageBlock/properties/bytes/format`]: undefined });
      assert.deepEqual(placed(await checkSchemas({ file, document })), [
        ["schemas/base64-unchecked", `${SCHEMAS}/ImageBlock/properties/bytes`],
      ]);
    });

    it("strips OpenAPI keywords but not properties that share their names", async () => {
      const document = editedSpec({
        [`${SCHEMAS}/Annotated`]: {
          type: "object",
          xml: { name: "annotated" },
          externalDocs: { url: "https://docs.aws.amazon.com/bedrock/" },
          example: { example: "e", "x-note": "n" },
          "x-smithy-id": "com.example#Annotated",
          required: ["example", "x-note"],
          properties: { example: { type: "string" }, "x-note": { type: "string", enum: ["x-a", "example"] } },
        },
      });
      assert.deepEqual(await checkSchemas({ file, document }), []);
      const validator = createSchemaValidator(document, file);
      assert.deepEqual(validator.validate("#/components/schemas/Annotated", { example: "e", "x-note": "example" }), []);
      assert.deepEqual(where(validator.validate("#/components/schemas/Annotated", { example: "e" })), [
        ["", "required", "#/components/schemas/Annotated/required"],
      ]);
    });

    it("reports, rather than throws, on documents without schemas or with junk in them", async () => {
      assert.deepEqual(await checkSchemas({ file, document: null }), []);
      const junk = editedSpec({ [`${SCHEMAS}/Junk`]: "not a schema" });
      assert.deepEqual(placed(await checkSchemas({ file, document: junk })), [
        ["schemas/invalid-schema", `${SCHEMAS}/Junk`],
      ]);
    });
  });

  describe("createSchemaValidator", () => {
    const validator = createSchemaValidator(fixtureSpec(), file);
    const image = "#/components/schemas/ImageBlock";

    it("accepts base64 blobs", () => {
      for (const bytes of ["", "aGk=", "aGVsbG8=", "AAAA", "+/+/"])
        assert.deepEqual(validator.validate(image, { bytes }), [], bytes);
    });

    it("rejects blobs that are not base64, multi-line junk included (ajv-formats' own `byte` lets that through)", () => {
      for (const bytes of ["not base64!", "aGVsbG8", "aGVsbG8=\n", "garbage!\n", "!!!\nAAAA", "aGk=aGk="]) {
        assert.deepEqual(
          where(validator.validate(image, { bytes })),
          [["/bytes", "format", "#/components/schemas/ImageBlock/properties/bytes/format"]],
          JSON.stringify(bytes),
        );
      }
    });

    it("places errors in the schema that failed, through $refs", () => {
      const errors = validator.validate("#/components/schemas/ConverseRequest", {
        content: { image: { bytes: "%%" } },
        extra: 1,
      });
      assert.deepEqual(where(errors), [
        ["", "additionalProperties", "#/components/schemas/ConverseRequest/additionalProperties"],
        ["/content", "required", "#/components/schemas/ContentBlock/oneOf/0/required"],
        ["/content", "additionalProperties", "#/components/schemas/ContentBlock/oneOf/0/additionalProperties"],
        ["/content/image/bytes", "format", "#/components/schemas/ImageBlock/properties/bytes/format"],
        ["/content", "oneOf", "#/components/schemas/ContentBlock/oneOf"],
      ]);
      assert.deepEqual(errors[0]!.params, { additionalProperty: "extra" });
    });

    it("holds unions to exactly one member", () => {
      const union = "#/components/schemas/ContentBlock";
      assert.deepEqual(validator.validate(union, { text: "hi" }), []);
      assert.ok(validator.validate(union, {}).some((e) => e.keyword === "oneOf"));
      assert.ok(validator.validate(union, { text: "hi", image: { bytes: "" } }).some((e) => e.keyword === "oneOf"));
    });

    it("validates against any schema in the document by ref, e.g. an error response's anyOf", () => {
      const errors = `#${CONVERSE.replaceAll("{", "%7B").replaceAll("}", "%7D")}/responses/400/content/application~1json/schema`;
      assert.deepEqual(validator.validate(errors, { message: "bad" }), []);
      assert.deepEqual(where(validator.validate(errors, { message: 1 })), [
        ["/message", "type", "#/components/schemas/ValidationException/properties/message/type"],
        ["/message", "type", "#/components/schemas/ServiceQuotaExceededException/properties/message/type"],
        ["", "anyOf", `#${CONVERSE}/responses/400/content/application~1json/schema/anyOf`],
      ]);
    });

    it("validates against a schema object that refers to components", () => {
      const list = { type: "array", items: { $ref: "#/components/schemas/ImageBlock" } };
      assert.deepEqual(validator.validate(list, [{ bytes: "AAAA" }]), []);
      assert.deepEqual(where(validator.validate(list, [{ bytes: "A" }])), [
        ["/0/bytes", "format", "#/components/schemas/ImageBlock/properties/bytes/format"],
      ]);
    });

    it("throws a ProblemsError for a target that is not there", () => {
      assert.throws(
        () => validator.validate("#/components/schemas/Nope", {}),
        (error: unknown) => error instanceof ProblemsError && error.problems[0]?.code === "schemas/unknown-target",
      );
      assert.throws(
        () => validator.validate("ImageBlock", {}),
        (error: unknown) => error instanceof ProblemsError && error.problems[0]?.code === "schemas/unknown-target",
      );
    });

    it("throws a ProblemsError naming the place for a schema that does not compile, every time", () => {
      const broken = createSchemaValidator(
        editedSpec({ [`${SCHEMAS}/ImageBlock/properties/bytes/maxLenght`]: 1 }),
        file,
      );
      for (let i = 0; i < 2; i++) {
        assert.throws(
          () => broken.validate(image, {}),
          (error: unknown) =>
            error instanceof ProblemsError &&
            error.problems[0]?.code === "schemas/compile-failed" &&
            error.problems[0].pointer === `${SCHEMAS}/ImageBlock`,
        );
      }
    });
  });
});
