/**
 * Provider families → the `x-bedrock-model-families` extension of InvokeModel and
 * InvokeModelWithResponseStream, their component schemas, and media-type schemas that name the
 * families' bodies for code generators. Validation by family reads the extension, never the
 * media-type `anyOf`, whose any-JSON branch keeps models no family covers valid.
 */
import type { ModelFamily } from "../operations.js";
import type { JsonValue } from "../shapes.js";
import { schemaRef } from "./json-schema.js";

export const MODEL_FAMILIES_EXTENSION = "x-bedrock-model-families";

type JsonObject = { readonly [key: string]: JsonValue };

/** Every family's component schemas; a name two families share holds the same schema (checked beforehand). */
export function familySchemas(families: readonly ModelFamily[]): Map<string, JsonObject> {
  const schemas = new Map<string, JsonObject>();
  for (const family of families)
    for (const [name, schema] of Object.entries(family.schemas)) if (!schemas.has(name)) schemas.set(name, schema);
  return schemas;
}

/** The families serving an operation, in match order. */
export function familiesFor(families: readonly ModelFamily[], operation: string): ModelFamily[] {
  return families.filter((f) => (f.operations as readonly string[]).includes(operation));
}

/** The extension's entries for one operation: response refs on InvokeModel, stream-chunk refs on the stream. */
export function familyExtension(families: readonly ModelFamily[], operation: string): JsonObject[] {
  const stream = operation === "InvokeModelWithResponseStream";
  return familiesFor(families, operation).map((f) => {
    const second = stream ? f.streamChunk : f.response;
    return {
      family: f.family,
      title: f.title,
      modelIdPatterns: [...f.modelIdPatterns],
      request: { $ref: schemaRef(f.request) },
      ...(second === undefined ? {} : { [stream ? "streamChunk" : "response"]: { $ref: schemaRef(second) } }),
    };
  });
}

const ANY_JSON: JsonObject = {
  description:
    "Any JSON value: the body of a model no family matches (custom, imported or provisioned models, or a provider not yet described).",
};

/**
 * A media-type schema naming each family's body (deduplicated, in match order) beside the
 * any-JSON fallback: code generators get the named types, and any body stays valid here.
 */
export function familyBodySchema(names: readonly (string | undefined)[], description: string): JsonObject | undefined {
  const unique = [...new Set(names.filter((n): n is string => n !== undefined))];
  if (unique.length === 0) return undefined;
  return {
    description: `${description} The \`${MODEL_FAMILIES_EXTENSION}\` list says which of these schemas applies to a model id; models it does not list send any JSON.`,
    anyOf: [...unique.map((name) => ({ $ref: schemaRef(name) })), ANY_JSON],
  };
}
