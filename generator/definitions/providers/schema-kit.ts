/**
 * Small builders shared by the provider files, so each family reads as its fields rather than
 * as JSON Schema boilerplate. Everything returned is plain JSON Schema 2020-12.
 */
import type { JsonSchema } from "./family.js";

/** A reference to another component schema (rewritten by whoever compiles the family). */
export function ref(component: string): JsonSchema {
  return { $ref: `#/components/schemas/${component}` };
}

/** `schema` or JSON `null`; union `type` arrays are avoided because AJV strict mode refuses them. */
export function nullable(schema: JsonSchema, description: string): JsonSchema {
  return { description, anyOf: [schema, { type: "null", description: "Not set for this item." }] };
}

/** A model-id pattern anchored at the start, after a cross-region prefix dot, or after an ARN slash. */
export function modelIdPattern(provider: string, rest: string): string {
  return `(^|[./])${provider}\\.${rest}`;
}

/**
 * The `amazon-bedrock-invocationMetrics` object Bedrock adds to the last chunk of every stream,
 * whatever the provider; it is Bedrock's, not the model's, so its members are always camelCase.
 */
export const invocationMetrics: JsonSchema = {
  type: "object",
  description:
    "Added by Bedrock (not by the model) to the final chunk of a stream: token counts and timings for the whole call.",
  required: ["inputTokenCount", "outputTokenCount", "invocationLatency", "firstByteLatency"],
  properties: {
    inputTokenCount: { type: "integer", minimum: 0, description: "Tokens Bedrock counted in the prompt." },
    outputTokenCount: { type: "integer", minimum: 0, description: "Tokens Bedrock counted in the generated output." },
    invocationLatency: {
      type: "integer",
      minimum: 0,
      description: "Milliseconds from receiving the request to sending the last byte.",
    },
    firstByteLatency: {
      type: "integer",
      minimum: 0,
      description: "Milliseconds from receiving the request to sending the first chunk.",
    },
  },
};

/** The property name under which `invocationMetrics` travels. */
export const INVOCATION_METRICS = "amazon-bedrock-invocationMetrics";
