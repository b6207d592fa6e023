/**
 * Small builders for the provider families' JSON Schemas, so each body reads as a list of
 * members. Every builder takes the description first: the families promise one on every schema.
 */
import type { JsonValue } from "../../shapes.js";
import type { JsonSchema } from "./family.js";

type Extra = { readonly [keyword: string]: JsonValue };

export const ref = (name: string, description?: string): JsonSchema =>
  description === undefined
    ? { $ref: `#/components/schemas/${name}` }
    : { $ref: `#/components/schemas/${name}`, description };

export const str = (description: string, extra: Extra = {}): JsonSchema => ({ type: "string", description, ...extra });
export const int = (description: string, extra: Extra = {}): JsonSchema => ({ type: "integer", description, ...extra });
export const num = (description: string, extra: Extra = {}): JsonSchema => ({ type: "number", description, ...extra });
export const bool = (description: string): JsonSchema => ({ type: "boolean", description });
export const oneValue = (value: string, description: string): JsonSchema => ({
  type: "string",
  enum: [value],
  description,
});
export const oneOfValues = (values: readonly string[], description: string): JsonSchema => ({
  type: "string",
  enum: values,
  description,
});
export const arr = (description: string, items: JsonSchema, extra: Extra = {}): JsonSchema => ({
  type: "array",
  description,
  items,
  ...extra,
});
/** A string that may also be null (the service writes null for unset members). */
export const nullableStr = (description: string): JsonSchema => ({ type: ["string", "null"], description });
export const nullableInt = (description: string): JsonSchema => ({ type: ["integer", "null"], description });
/** Any JSON object (tool inputs, JSON Schemas supplied by the caller). */
export const anyObject = (description: string): JsonSchema => ({ type: "object", description });
/** Base64 text of binary data. */
export const base64 = (description: string): JsonSchema => ({
  type: "string",
  format: "byte",
  contentEncoding: "base64",
  description,
});

interface ObjectOptions {
  readonly required?: readonly string[];
  /** Request objects the provider validates strictly: unknown members are rejected. */
  readonly closed?: boolean;
  readonly extra?: Extra;
}

export function obj(
  description: string,
  properties: Readonly<Record<string, JsonSchema>>,
  options: ObjectOptions = {},
): JsonSchema {
  return {
    type: "object",
    description,
    ...(options.required !== undefined && options.required.length > 0 ? { required: options.required } : {}),
    properties,
    ...(options.closed === true ? { additionalProperties: false } : {}),
    ...options.extra,
  };
}

/** Exactly one of several shapes; each branch must exclude the others (distinct `type` values or required keys). */
export const oneOf = (description: string, branches: readonly JsonSchema[]): JsonSchema => ({
  description,
  oneOf: branches,
});
export const anyOf = (description: string, branches: readonly JsonSchema[]): JsonSchema => ({
  description,
  anyOf: branches,
});
