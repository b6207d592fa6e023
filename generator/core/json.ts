/** JSON values as every stage sees them: definitions, the emitted document, recordings. */

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** An object of unknown content, as read from a parsed document. */
export type JsonObject = Record<string, unknown>;

/** An object node of a JsonValue tree. */
export type JsonValueObject = { readonly [key: string]: JsonValue };

/** A plain object: not null, not an array. */
export function isObject(value: JsonValue | undefined): value is JsonValueObject;
export function isObject(value: unknown): value is JsonObject;
export function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
