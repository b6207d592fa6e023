/**
 * Shared by the validator tests: a small spec that follows the emitter's conventions and
 * passes every check (tests break one thing in a fresh copy and assert the exact problem),
 * and a way to compare problems by code and pointer. Written out in full, not emitted, so
 * validator tests do not depend on the generator.
 */
import type { Problem } from "../generator/core/diagnostics.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { tokensOf } from "../generator/core/pointer.js";

/** `[code, pointer]` pairs, the part of a problem a test pins down. */
export function placed(problems: readonly Problem[]): [string, string | undefined][] {
  return problems.map((p) => [p.code, p.pointer]);
}

/**
 * A fresh fixture with edits applied: each key is a JSON pointer, each value what to put
 * there; `undefined` removes the member (JSON has no undefined, so it cannot mean a value).
 */
export function editedSpec(edits: Readonly<Record<string, unknown>>): JsonObject {
  return withEdits(fixtureSpec(), edits);
}

/** `spec` (changed in place) with the same kind of edits; for tests that edit the real emitted spec. */
export function withEdits(spec: JsonObject, edits: Readonly<Record<string, unknown>>): JsonObject {
  for (const [pointer, value] of Object.entries(edits)) {
    const tokens = tokensOf(pointer);
    const last = tokens.pop()!;
    let parent: unknown = spec;
    for (const token of tokens)
      parent = Array.isArray(parent) ? parent[Number(token)] : isObject(parent) ? parent[token] : undefined;
    if (Array.isArray(parent)) parent[Number(last)] = value;
    else if (!isObject(parent)) throw new Error(`test edit ${pointer}: no object or array at its parent`);
    else if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return spec;
}

export const CONVERSE = "/paths/~1model~1{modelId}~1converse/post";

const errorSchema = (description: string, fault: "client" | "server", status: number): JsonObject => ({
  type: "object",
  description,
  "x-smithy-error": { fault, status },
  properties: { message: { type: "string", description: "What went wrong." } },
});

const jsonBody = (schema: JsonObject): JsonObject => ({ "application/json": { schema } });
const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

export function fixtureSpec(): JsonObject {
  return {
    openapi: "3.1.0",
    info: {
      title: "Fixture Runtime",
      version: "2023-09-30",
      summary: "A fixture for the validator tests.",
      description: "A one-operation service shaped like Bedrock Runtime.",
      contact: { name: "Fixture maintainers", url: "https://example.invalid/issues" },
      license: { name: "Apache 2.0", identifier: "Apache-2.0" },
    },
    externalDocs: { url: "https://example.invalid/docs", description: "Where the fixture service is documented." },
    servers: [
      {
        url: "https://bedrock-runtime.{region}.amazonaws.com",
        description: "Regional endpoint.",
        variables: {
          region: { default: "us-east-1", enum: ["us-east-1", "us-west-2"], description: "The AWS Region to call." },
        },
      },
    ],
    security: [{ sigv4: [] }, { bearer: [] }],
    tags: [{ name: "Conversation", description: "Talking to a model." }],
    paths: {
      "/model/{modelId}/converse": {
        summary: "Chat with a model",
        description: "The conversation endpoint of one model.",
        post: {
          operationId: "Converse",
          summary: "Send messages to a model",
          description: "Sends one message and returns the model's reply.",
          tags: ["Conversation"],
          "x-smithy-id": "com.amazonaws.bedrockruntime#Converse",
          "x-aws-iam-action": "bedrock:InvokeModel",
          "x-smithy-errors": [
            "AccessDeniedException",
            "ValidationException",
            "ServiceQuotaExceededException",
            "InternalServerException",
          ],
          parameters: [
            {
              name: "modelId",
              in: "path",
              required: true,
              description: "The model to call.",
              schema: { type: "string", minLength: 1 },
              "x-aws-path-encoding": {
                rule: "One percent-encoded segment; SigV4 encodes it again.",
                vectors: [{ value: "model:1", pathSegment: "model%3A1", canonicalSegment: "model%253A1" }],
              },
            },
          ],
          requestBody: {
            description: "The message to send.",
            required: true,
            content: jsonBody(ref("ConverseRequest")),
          },
          responses: {
            "200": { description: "The model's reply.", content: jsonBody(ref("ConverseResponse")) },
            "400": {
              description: "The request is invalid or over a quota.",
              content: jsonBody({ anyOf: [ref("ValidationException"), ref("ServiceQuotaExceededException")] }),
            },
            "403": {
              description: "The caller may not call this model.",
              content: jsonBody(ref("AccessDeniedException")),
            },
            "500": { description: "The service failed.", content: jsonBody(ref("InternalServerException")) },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        sigv4: {
          type: "apiKey",
          name: "Authorization",
          in: "header",
          description: "AWS Signature Version 4.",
          "x-amazon-apigateway-authtype": "awsSigv4",
        },
        bearer: { type: "http", scheme: "bearer", description: "A Bedrock API key." },
      },
      schemas: {
        ConverseRequest: {
          type: "object",
          description: "What to send.",
          additionalProperties: false,
          required: ["content"],
          properties: { content: { ...ref("ContentBlock"), description: "The message's one block." } },
        },
        ContentBlock: {
          type: "object",
          description: "One piece of a message.",
          "x-smithy-union": true,
          oneOf: [
            {
              type: "object",
              required: ["text"],
              properties: { text: { type: "string", description: "Text." } },
              additionalProperties: false,
            },
            {
              type: "object",
              required: ["image"],
              properties: { image: { ...ref("ImageBlock"), description: "An image block." } },
              additionalProperties: false,
            },
          ],
        },
        ImageBlock: {
          type: "object",
          description: "An image.",
          additionalProperties: false,
          required: ["bytes"],
          properties: {
            bytes: { type: "string", description: "The image bytes.", contentEncoding: "base64", format: "byte" },
          },
        },
        ConverseResponse: {
          type: "object",
          description: "What the model said.",
          required: ["output"],
          properties: { output: { type: "string", description: "The reply.", example: "Hello." } },
        },
        AccessDeniedException: errorSchema("The caller lacks permission.", "client", 403),
        ValidationException: errorSchema("The input fails a constraint.", "client", 400),
        ServiceQuotaExceededException: errorSchema("A quota is exhausted.", "client", 400),
        InternalServerException: errorSchema("The service failed.", "server", 500),
      },
    },
  };
}
