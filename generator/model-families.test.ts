/**
 * Provider families: the definition checks reject each kind of broken family, and the emitter
 * writes the `x-bedrock-model-families` contract exactly as the issue states it.
 */
import assert from "node:assert/strict";
import { checkModelFamilies } from "./check-model-families.js";
import { bedrockRuntime } from "./definitions/index.js";
import { modelFamilies } from "./definitions/providers/index.js";
import { ProblemsError, type DiagnosticCode } from "./core/diagnostics.js";
import { generateDocument } from "./generate.js";
import type { ModelFamily } from "./operations.js";

const good: ModelFamily = {
  family: "example-chat",
  title: "Example chat",
  description: "A made-up family for tests. Closed.",
  modelIdPatterns: [String.raw`(^|[./])example\.chat-`],
  operations: ["InvokeModel", "InvokeModelWithResponseStream"],
  request: "ExampleChatRequest",
  response: "ExampleChatResponse",
  streamChunk: "ExampleChatChunk",
  schemas: {
    ExampleChatRequest: {
      type: "object",
      description: "Request.",
      properties: { prompt: { $ref: "#/components/schemas/ExamplePrompt" } },
      additionalProperties: false,
    },
    ExamplePrompt: { type: "string", description: "Prompt." },
    ExampleChatResponse: { type: "object", description: "Response." },
    ExampleChatChunk: { type: "object", description: "Chunk." },
  },
};

const codes = (families: readonly ModelFamily[]): DiagnosticCode[] =>
  checkModelFamilies(families, new Set(["Message"])).map((p) => p.code);

describe("provider families", () => {
  describe("definition checks", () => {
    it("the real families and a well-formed one pass", () => {
      assert.deepEqual(codes(modelFamilies), []);
      assert.deepEqual(codes([good]), []);
    });

    it("a pattern that is not a valid u-flag regex", () => {
      // `\-` outside a class is legal without the u flag and a syntax error with it.
      const problems = checkModelFamilies(
        [{ ...good, modelIdPatterns: [String.raw`example\-chat`] }],
        new Set(),
        new Map([["example-chat", "x.ts"]]),
      );
      assert.deepEqual(
        problems.map((p) => [p.code, p.file, p.pointer]),
        [["definition/family-invalid-pattern", "x.ts", "family example-chat.modelIdPatterns[0]"]],
      );
      assert.deepEqual(codes([{ ...good, modelIdPatterns: ["(unclosed"] }]), ["definition/family-invalid-pattern"]);
    });

    it("a family id that is not kebab-case", () => {
      for (const family of ["ExampleChat", "example_chat", "example--chat", "-example", ""])
        assert.deepEqual(codes([{ ...good, family }]), ["definition/family-id"], family);
    });

    it("a duplicate family id", () => {
      assert.deepEqual(codes([good, { ...good }]), ["definition/duplicate-family"]);
    });

    it("a reference to a component the family does not define", () => {
      const { ExamplePrompt: _, ...withoutPrompt } = good.schemas;
      assert.deepEqual(codes([{ ...good, schemas: withoutPrompt }]), ["definition/family-unknown-ref"]);
      assert.deepEqual(codes([{ ...good, response: "Missing" }]), ["definition/family-unknown-ref"]);
      assert.deepEqual(codes([{ ...good, streamChunk: undefined }]), ["definition/family-missing-body"]);
    });

    it("a component name another family or a shape defines differently, and a schema without description", () => {
      const other: ModelFamily = {
        ...good,
        family: "example-other",
        schemas: { ...good.schemas, ExamplePrompt: { type: "integer", description: "Other." } },
      };
      assert.deepEqual(codes([good, other]), ["definition/family-schema-conflict"]);
      assert.deepEqual(codes([good, { ...good, family: "example-same" }]), [], "an identical shared schema is allowed");
      assert.deepEqual(
        codes([{ ...good, schemas: { ...good.schemas, Message: { type: "object", description: "Clash." } } }]),
        ["definition/family-schema-conflict"],
      );
      assert.deepEqual(codes([{ ...good, schemas: { ...good.schemas, ExamplePrompt: { type: "string" } } }]), [
        "definition/missing-description",
      ]);
    });

    it("generation refuses a broken family", () => {
      assert.throws(
        () => generateDocument({ ...bedrockRuntime, modelFamilies: [{ ...good, family: "Bad_Id" }] }),
        (e: unknown) => e instanceof ProblemsError && e.problems.some((p) => p.code === "definition/family-id"),
      );
    });
  });

  describe("emission", () => {
    const document = generateDocument({ ...bedrockRuntime, modelFamilies: [good] });
    const post = (path: string) => (document.paths?.[path] as { post: Record<string, unknown> }).post;

    it("InvokeModel lists the family with request and response refs; the stream with request and streamChunk", () => {
      const entry = {
        family: "example-chat",
        title: "Example chat",
        modelIdPatterns: [String.raw`(^|[./])example\.chat-`],
      };
      assert.deepEqual(post("/model/{modelId}/invoke")["x-bedrock-model-families"], [
        {
          ...entry,
          request: { $ref: "#/components/schemas/ExampleChatRequest" },
          response: { $ref: "#/components/schemas/ExampleChatResponse" },
        },
      ]);
      assert.deepEqual(post("/model/{modelId}/invoke-with-response-stream")["x-bedrock-model-families"], [
        {
          ...entry,
          request: { $ref: "#/components/schemas/ExampleChatRequest" },
          streamChunk: { $ref: "#/components/schemas/ExampleChatChunk" },
        },
      ]);
      assert.equal(post("/model/{modelId}/converse")["x-bedrock-model-families"], undefined);
    });

    it("the family schemas become components and the media types name them beside any JSON", () => {
      const schemas = document.components?.schemas ?? {};
      assert.deepEqual(schemas["ExamplePrompt"], good.schemas["ExamplePrompt"]);
      const requestSchema = (
        post("/model/{modelId}/invoke")["requestBody"] as {
          content: Record<string, { schema: { anyOf: { $ref?: string }[] } }>;
        }
      ).content["application/json"]!.schema;
      assert.deepEqual(
        requestSchema.anyOf.map((b) => b.$ref),
        ["#/components/schemas/ExampleChatRequest", undefined],
      );
      const bytes = (
        schemas["PayloadPart"] as { properties: { bytes: { contentSchema: { anyOf: { $ref?: string }[] } } } }
      ).properties.bytes;
      assert.equal(bytes.contentSchema.anyOf[0]!.$ref, "#/components/schemas/ExampleChatChunk");
    });

    it("an embedding family (InvokeModel only) is absent from the stream", () => {
      const embed: ModelFamily = {
        ...good,
        family: "example-embed",
        operations: ["InvokeModel"],
        streamChunk: undefined,
      };
      const doc = generateDocument({ ...bedrockRuntime, modelFamilies: [embed] });
      const stream = (doc.paths?.["/model/{modelId}/invoke-with-response-stream"] as { post: Record<string, unknown> })
        .post;
      assert.deepEqual(stream["x-bedrock-model-families"], undefined);
    });
  });
});
