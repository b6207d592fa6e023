/**
 * The recording format as a JSON Schema (draft 2020-12). Kept in code so that the loader needs
 * no file beside it (an installed package ships only dist/); `contract-tests/recording.schema.json`
 * is the same schema for other tools, and a test keeps the two equal.
 */
export const recordingSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/bedrock-runtime-openapi/recording.schema.json",
  title: "Bedrock Runtime contract-test recording",
  description:
    "One HTTP interaction with the Bedrock Runtime service, as stored under contract-tests/recordings/<source>/<nnn>-<Operation>.json.",
  type: "object",
  required: ["operation", "provenance", "request", "response", "notes", "meta"],
  additionalProperties: false,
  properties: {
    operation: { type: "string", pattern: "^[A-Z][A-Za-z0-9]*$" },
    provenance: {
      type: "object",
      required: ["kind"],
      properties: { kind: { enum: ["imported", "recorded", "synthetic"] } },
      allOf: [
        {
          if: { properties: { kind: { const: "imported" } } },
          then: {
            required: ["repo", "path", "commit", "index", "format", "license"],
            additionalProperties: false,
            properties: {
              kind: true,
              repo: { $ref: "#/$defs/text" },
              path: { $ref: "#/$defs/text" },
              commit: { $ref: "#/$defs/text" },
              index: { type: "integer", minimum: 0 },
              format: { $ref: "#/$defs/text" },
              license: { $ref: "#/$defs/text" },
            },
          },
        },
        {
          if: { properties: { kind: { const: "recorded" } } },
          then: {
            required: ["scenario", "recordedAt", "endpoint", "tool"],
            additionalProperties: false,
            properties: {
              kind: true,
              scenario: { $ref: "#/$defs/text" },
              recordedAt: { $ref: "#/$defs/text" },
              endpoint: { $ref: "#/$defs/text" },
              tool: { $ref: "#/$defs/text" },
            },
          },
        },
        {
          if: { properties: { kind: { const: "synthetic" } } },
          then: {
            required: ["basis"],
            additionalProperties: false,
            properties: { kind: true, basis: { $ref: "#/$defs/text" } },
          },
        },
      ],
    },
    request: {
      type: "object",
      required: ["method", "url", "headers", "body"],
      additionalProperties: false,
      properties: {
        method: { type: "string", pattern: "^[A-Z]+$" },
        url: { $ref: "#/$defs/text" },
        headers: { $ref: "#/$defs/headers" },
        body: true,
        bodyBase64: { $ref: "#/$defs/base64" },
      },
    },
    response: {
      type: "object",
      required: ["status", "headers", "body"],
      additionalProperties: false,
      properties: {
        status: { type: "integer", minimum: 100, maximum: 599 },
        headers: { $ref: "#/$defs/headers" },
        body: true,
        bodyBase64: { $ref: "#/$defs/base64" },
      },
    },
    notes: { type: "array", items: { type: "string" } },
    setAside: { $ref: "#/$defs/text" },
    meta: { type: "object" },
  },
  $defs: {
    text: { type: "string", minLength: 1 },
    headers: { type: "object", additionalProperties: { type: "string" } },
    base64: {
      type: "string",
      pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
    },
  },
} as const;
