/**
 * Turns OpenAPI 3.1 schema objects into plain JSON Schema 2020-12 that AJV accepts in strict
 * mode: `#/components/schemas/X` refs become `#/$defs/X`, and the keywords OpenAPI adds
 * (`example`, `xml`, `externalDocs`, `discriminator`, `x-*`) are dropped. The walk knows
 * which keywords hold subschemas, so a property *named* `example` or `x-foo`, or an enum
 * value, is left alone.
 */
import { isObject, type JsonObject } from "../generator/core/json.js";
import { escapeToken, SCHEMA_REF_PREFIX } from "../generator/core/pointer.js";

/** The `$id` of the `$defs` document; a name only, never fetched. */
export const COMPONENTS_ID = "https://bedrock-runtime-openapi.invalid/components.json";

const OPENAPI_ONLY = new Set(["example", "xml", "externalDocs", "discriminator"]);
const SUBSCHEMA = new Set([
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "contentSchema",
]);
const SUBSCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA_MAP = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/** A `$ref` met on the way, where it is (OpenAPI pointer) and what it says. */
export interface RefSite {
  readonly pointer: string;
  readonly ref: string;
}

export interface CopyNotes {
  readonly refs: RefSite[];
  /** Where each copied schema object came from (OpenAPI pointer), to place AJV's errors. */
  readonly origins: WeakMap<object, string>;
  /** Pointers of schemas with `contentEncoding: base64` but no `format: byte` to enforce it. */
  readonly base64Unchecked: string[];
}

/**
 * Copies one OpenAPI schema. `pointer` is where it sits in the OpenAPI document (for notes);
 * `refBase` is what component refs are rewritten against: `""` inside the `$defs` document,
 * `COMPONENTS_ID` for a schema compiled on its own.
 */
export function toJsonSchema(schema: unknown, pointer: string, refBase: string, notes: CopyNotes): unknown {
  if (!isObject(schema)) return schema; // a boolean schema, or something AJV will reject by name
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith("x-")) continue;
    const at = `${pointer}/${escapeToken(key)}`;
    if (key === "$ref" && typeof value === "string") {
      notes.refs.push({ pointer: at, ref: value });
      copy[key] = value.startsWith(SCHEMA_REF_PREFIX)
        ? `${refBase}#/$defs/${value.slice(SCHEMA_REF_PREFIX.length)}`
        : value;
    } else if (SUBSCHEMA.has(key)) {
      copy[key] = toJsonSchema(value, at, refBase, notes);
    } else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) {
      copy[key] = value.map((item: unknown, i) => toJsonSchema(item, `${at}/${i}`, refBase, notes));
    } else if (SUBSCHEMA_MAP.has(key) && isObject(value)) {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          toJsonSchema(item, `${at}/${escapeToken(name)}`, refBase, notes),
        ]),
      );
    } else {
      copy[key] = value; // keyword values that are data: type, required, enum, const, default, examples…
    }
  }
  if (copy["contentEncoding"] === "base64" && copy["format"] !== "byte") notes.base64Unchecked.push(pointer);
  notes.origins.set(copy, pointer);
  return copy;
}

/** The same schema with every `$ref` removed: what it demands by itself, for blame. */
export function withoutRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRefs);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === "$ref" && typeof value === "string"))
      .map(([key, value]) => [
        key,
        SUBSCHEMA.has(key) || SUBSCHEMA_LIST.has(key) || SUBSCHEMA_MAP.has(key) ? withoutRefsIn(key, value) : value,
      ]),
  );
}

function withoutRefsIn(key: string, value: unknown): unknown {
  if (!SUBSCHEMA_MAP.has(key) || !isObject(value)) return withoutRefs(value);
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, withoutRefs(item)]));
}
