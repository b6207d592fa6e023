/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 uses it) subset the emitter writes. Listing the
 * keywords keeps a misspelt keyword a compile error; `x-` keys carry facts JSON Schema has no
 * word for.
 */
import type { JsonValue } from "../shapes.js";

export type Extensions = { readonly [key: `x-${string}`]: JsonValue | undefined };

export interface JsonSchema extends Extensions {
  readonly $ref?: string;
  readonly type?: "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";
  readonly format?: string;
  readonly title?: string;
  readonly description?: string;
  readonly default?: JsonValue;
  readonly enum?: readonly (string | number)[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly contentEncoding?: string;
  readonly contentMediaType?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
}

export const schemaRef = (name: string): string => `#/components/schemas/${name}`;

/** Drops keys whose value is undefined, so emitted objects carry only what was set. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
