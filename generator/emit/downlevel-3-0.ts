/**
 * OpenAPI 3.1 → 3.0.3, for client generators that read only 3.0. Pure: returns a new document
 * and leaves its input alone.
 *
 * 3.0 cannot say everything 3.1 says. Each rule below names what 3.0 lacks and where the lost
 * fact goes instead (a 3.0 keyword that means the same, an `x-` key, or a sentence appended to
 * the schema's description), so nothing disappears silently. A 3.1 construct without a rule
 * here is an `artifact/downlevel-unsupported` problem, never an invalid or quietly weaker 3.0
 * file: add a rule when the emitter starts writing one.
 */
import type { OpenAPIV3, OpenAPIV3_1 } from "openapi-types";
import { problem, ProblemsError } from "../core/diagnostics.js";
import type { JsonValue } from "../shapes.js";
import { isObject, type JsonValueObject } from "../core/json.js";
import { HTTP_METHODS } from "../core/http.js";
import { pointerOf, SCHEMA_REF_PREFIX } from "../core/pointer.js";

const OPENAPI_3_0_VERSION = "3.0.3";

type JsonObject = JsonValueObject;
type Pointer = readonly string[];
type Rewrite = (node: JsonValue, at: Pointer, ctx: Context) => JsonValue;

interface Context {
  /** Component schemas of the 3.1 input, to learn the type a `$ref` points at. */
  readonly schemas: JsonObject;
}

/** The schema keywords OpenAPI 3.0 knows; anything else left after the rules is unsupported. */
const SCHEMA_KEYWORDS_3_0 = new Set([
  "$ref",
  "title",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "enum",
  "type",
  "not",
  "allOf",
  "oneOf",
  "anyOf",
  "items",
  "properties",
  "additionalProperties",
  "description",
  "format",
  "default",
  "nullable",
  "discriminator",
  "readOnly",
  "writeOnly",
  "example",
  "externalDocs",
  "deprecated",
  "xml",
]);

/** Top-level fields of a 3.0 document (besides `x-` keys). */
const DOCUMENT_FIELDS_3_0 = new Set([
  "openapi",
  "info",
  "servers",
  "paths",
  "components",
  "security",
  "tags",
  "externalDocs",
]);
const SPDX_LICENSE_URL = (id: string): string => `https://spdx.org/licenses/${id}.html`;

export function downlevelTo30(document: OpenAPIV3_1.Document): OpenAPIV3.Document {
  // openapi-types' interfaces are not indexable as JSON; the walk below treats the document as plain JSON.
  const doc = document as unknown as JsonObject;
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const ctx: Context = { schemas: isObject(components["schemas"]) ? components["schemas"] : {} };
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(doc)) {
    switch (key) {
      case "openapi":
        out[key] = OPENAPI_3_0_VERSION;
        break;
      case "info":
        out[key] = downlevelInfo(value);
        break;
      case "jsonSchemaDialect":
        // 3.0 has one fixed schema dialect; keep the 3.1 declaration for the record.
        out["x-jsonSchemaDialect"] = value;
        break;
      case "webhooks":
        // 3.0 has no webhooks; `x-webhooks` is the name 3.0 tooling (Redocly) reads them under.
        out["x-webhooks"] = mapValues(value, ["webhooks"], ctx, pathItem);
        break;
      case "paths":
        out[key] = mapValues(value, ["paths"], ctx, pathItem, true);
        break;
      case "components":
        out[key] = downlevelComponents(value, ctx);
        break;
      default:
        if (!DOCUMENT_FIELDS_3_0.has(key) && !key.startsWith("x-")) unsupported(`the document field "${key}"`, [key]);
        out[key] = value;
    }
  }
  out["paths"] ??= {}; // required in 3.0, optional in 3.1
  return out as unknown as OpenAPIV3.Document;
}

function downlevelInfo(info: JsonValue): JsonValue {
  if (!isObject(info)) return info;
  const { summary, license, ...rest } = info;
  return compactObject({
    ...rest,
    // 3.0's Info has no summary; keep it as an extension rather than rewrite the description.
    "x-summary": summary,
    license: isObject(license) ? downlevelLicense(license) : license,
  });
}

/** 3.0's License has no SPDX `identifier`: point `url` at the SPDX page and keep the id. */
function downlevelLicense(license: JsonObject): JsonObject {
  const { identifier, ...rest } = license;
  if (typeof identifier !== "string") return license;
  return { ...rest, url: rest["url"] ?? SPDX_LICENSE_URL(identifier), "x-spdx-identifier": identifier };
}

function downlevelComponents(components: JsonValue, ctx: Context): JsonValue {
  if (!isObject(components)) return components;
  const rewrites: Record<string, Rewrite> = {
    schemas: downlevelSchema,
    responses: response,
    parameters: parameterOrHeader,
    headers: parameterOrHeader,
    requestBodies: requestBody,
    callbacks: (node, at) => mapValues(node, at, ctx, pathItem, true), // each one maps expressions to path items
  };
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(components)) {
    const rewrite = rewrites[key];
    if (rewrite) out[key] = mapValues(value, ["components", key], ctx, rewrite);
    else if (["examples", "securitySchemes", "links"].includes(key) || key.startsWith("x-")) out[key] = value;
    else unsupported(`components.${key}`, ["components", key]); // e.g. 3.1's pathItems
  }
  return out;
}

// ── the OpenAPI objects that hold schemas ────────────────────────────────────
// Walked by structure, not by key name: a header called `x-amzn-RequestId` is a header, not an extension.

const pathItem: Rewrite = (node, at, ctx) =>
  withFields(node, at, ctx, {
    parameters: (list, here) => mapItems(list, here, ctx, parameterOrHeader),
    ...Object.fromEntries(HTTP_METHODS.map((m) => [m, operation])),
  });

const operation: Rewrite = (node, at, ctx) =>
  withFields(node, at, ctx, {
    parameters: (list, here) => mapItems(list, here, ctx, parameterOrHeader),
    requestBody,
    responses: (map, here) => mapValues(map, here, ctx, response, true),
    callbacks: (map, here) => mapValues(map, here, ctx, (cb, there) => mapValues(cb, there, ctx, pathItem, true)),
  });

const parameterOrHeader: Rewrite = (node, at, ctx) =>
  withFields(node, at, ctx, { schema: downlevelSchema, content: (map, here) => mapValues(map, here, ctx, mediaType) });

const requestBody: Rewrite = (node, at, ctx) =>
  withFields(node, at, ctx, { content: (map, here) => mapValues(map, here, ctx, mediaType) });

const response: Rewrite = (node, at, ctx) =>
  withFields(node, at, ctx, {
    headers: (map, here) => mapValues(map, here, ctx, parameterOrHeader),
    content: (map, here) => mapValues(map, here, ctx, mediaType),
  });

const mediaType: Rewrite = (node, at, ctx) =>
  withFields(node, at, ctx, {
    schema: downlevelSchema,
    encoding: (map, here) =>
      mapValues(map, here, ctx, (enc, there) =>
        withFields(enc, there, ctx, { headers: (h, p) => mapValues(h, p, ctx, parameterOrHeader) }),
      ),
  });

// ── schemas ──────────────────────────────────────────────────────────────────

/** One schema, its subschemas first, then each rule in turn, then a check that only 3.0 keywords remain. */
const downlevelSchema: Rewrite = (node, at, ctx) => {
  // 3.0 has no boolean schemas (3.1 `true`/`false`) and no tuple `items`; a boolean
  // `additionalProperties` is valid 3.0 and never reaches here.
  if (!isObject(node))
    return unsupported(`a schema that is ${Array.isArray(node) ? "an array" : JSON.stringify(node)}`, at);
  let schema = downlevelSubschemas(node, at, ctx);
  for (const rule of SCHEMA_RULES) schema = rule(schema, at, ctx);
  for (const key of Object.keys(schema)) {
    if (!SCHEMA_KEYWORDS_3_0.has(key) && !key.startsWith("x-"))
      unsupported(`the schema keyword "${key}"`, [...at, key]);
  }
  if (schema["type"] === "null") unsupported('a schema of type "null" outside a nullable anyOf', [...at, "type"]);
  return schema;
};

function downlevelSubschemas(schema: JsonObject, at: Pointer, ctx: Context): JsonObject {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(schema)) {
    const here = [...at, key];
    if (key === "properties") out[key] = mapValues(value, here, ctx, downlevelSchema);
    // A `{type: "null"}` branch of anyOf is left for the nullable rule, which removes it.
    else if (key === "anyOf")
      out[key] = mapItems(value, here, ctx, (b, p) => (isNullSchema(b) ? b : downlevelSchema(b, p, ctx)));
    else if (key === "allOf" || key === "oneOf") out[key] = mapItems(value, here, ctx, downlevelSchema);
    else if (key === "items" || key === "not" || (key === "additionalProperties" && isObject(value)))
      out[key] = downlevelSchema(value, here, ctx);
    else out[key] = value; // propertyNames stays 3.1 on purpose: its rule records it verbatim
  }
  return out;
}

type SchemaRule = (schema: JsonObject, at: Pointer, ctx: Context) => JsonObject;

/**
 * `anyOf: [X, {type: "null"}]` → X with `nullable: true`. A referenced X becomes
 * `allOf: [{$ref}]` beside `nullable`: 3.0 ignores keywords next to `$ref`, and this is the form
 * 3.0 generators read as "X or null" (3.0.3's strict text ties `nullable` to a `type` in the same
 * object, which a reference cannot carry without repeating the target).
 */
const nullableAnyOf: SchemaRule = (schema, at) => {
  const branches = schema["anyOf"];
  if (!Array.isArray(branches) || !branches.some(isNullSchema)) return schema;
  const rest: JsonValue[] = branches.filter((b: JsonValue) => !isNullSchema(b));
  if (rest.length === 0) return unsupported("an anyOf that allows only null", [...at, "anyOf"]);
  const { anyOf: _, ...outer } = schema;
  const [only] = rest;
  if (rest.length !== 1 || !isObject(only)) return { ...outer, anyOf: rest, nullable: true };
  const clashes = Object.keys(only).some((k) => k in outer && !sameJson(outer[k]!, only[k]!));
  if ("$ref" in only || clashes) return { ...outer, allOf: [only], nullable: true };
  return withNullInEnum({ ...only, ...outer, nullable: true });
};

/** `type: ["string", "null"]` → `type: string, nullable: true`; several types → an anyOf of them. */
const typeArray: SchemaRule = (schema, at) => {
  const type = schema["type"];
  if (!Array.isArray(type)) return schema;
  const types = type.filter((t) => t !== "null");
  const nullable: JsonObject = types.length < type.length ? { nullable: true } : {};
  const [only] = types;
  if (types.length === 1) return withNullInEnum({ ...schema, type: only!, ...nullable });
  if (types.length === 0 || "anyOf" in schema) return unsupported(`type ${JSON.stringify(type)}`, [...at, "type"]);
  const { type: _, ...rest } = schema;
  return { ...rest, anyOf: types.map((t): JsonValue => ({ type: t })), ...nullable };
};

/** `const: v` → `enum: [v]`, the same constraint in 3.0's words. */
const constToEnum: SchemaRule = (schema, at) => {
  if (!("const" in schema)) return schema;
  if ("enum" in schema) return unsupported("const together with enum", [...at, "const"]);
  const { const: value, ...rest } = schema;
  return { ...rest, enum: [value!] };
};

/** Schema `examples` (a list) → 3.0's single `example`; the full list stays in `x-examples`. */
const examplesToExample: SchemaRule = (schema) => {
  const examples = schema["examples"];
  if (!Array.isArray(examples)) return schema;
  const { examples: _, ...rest } = schema;
  return compactObject({
    ...rest,
    example: rest["example"] ?? examples[0],
    "x-examples": examples.length > 1 ? examples : undefined,
  });
};

/**
 * `contentEncoding: base64` → `format: byte` (3.0's word for base64 text); an unencoded
 * `contentMediaType: application/octet-stream` string is raw bytes → `format: binary`. Any other
 * media type has no 3.0 keyword (a string holding JSON is not binary) and is kept in
 * `x-contentMediaType`.
 */
const contentKeywords: SchemaRule = (schema, at) => {
  const encoding = schema["contentEncoding"];
  const mediaType = schema["contentMediaType"];
  if (encoding === undefined && mediaType === undefined) return schema;
  if (encoding !== undefined && encoding !== "base64")
    return unsupported(`contentEncoding ${JSON.stringify(encoding)}`, [...at, "contentEncoding"]);
  const { contentEncoding: _, contentMediaType: __, contentSchema, ...rest } = schema;
  return compactObject({
    ...rest,
    format:
      encoding === "base64"
        ? "byte"
        : mediaType === "application/octet-stream"
          ? (rest["format"] ?? "binary")
          : rest["format"],
    "x-contentMediaType": mediaType === "application/octet-stream" ? undefined : mediaType,
    // The schema of the decoded content (a stream chunk's JSON) has no 3.0 keyword either.
    "x-contentSchema": contentSchema,
  });
};

/** 3.1's numeric `exclusiveMinimum: n` → 3.0's `minimum: n, exclusiveMinimum: true` (same for maximum). */
const exclusiveBounds: SchemaRule = (schema, at) => {
  let out: JsonObject = schema;
  for (const [exclusive, inclusive] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const bound = out[exclusive];
    if (typeof bound !== "number") continue;
    if (inclusive in out) return unsupported(`${exclusive} together with ${inclusive}`, [...at, exclusive]);
    out = { ...out, [inclusive]: bound, [exclusive]: true };
  }
  return out;
};

/**
 * `propertyNames` (constraints on map keys) has no 3.0 equivalent and is dropped: the schema's
 * description says what keys must look like, and `x-propertyNames` keeps the original schema.
 */
const propertyNamesToDescription: SchemaRule = (schema) => {
  const keys = schema["propertyNames"];
  if (keys === undefined) return schema;
  const { propertyNames: _, ...rest } = schema;
  const note = `Each key must ${describeKeyConstraints(keys)} (OpenAPI 3.0 cannot constrain map keys; x-propertyNames holds the rule).`;
  const description = typeof rest["description"] === "string" ? `${rest["description"]} ${note}` : note;
  return { ...rest, description, "x-propertyNames": keys };
};

/**
 * 3.0 ignores every keyword beside `$ref`, so a reference carrying a description, a default or a
 * constraint is wrapped: `{allOf: [{$ref}], …siblings}`. `type` is dropped when it only repeats
 * the target's type (3.0 wants `items` beside `type: array`, and the target already says it).
 * Siblings that are only `x-` extensions stay beside the `$ref`.
 */
const refSiblings: SchemaRule = (schema, _at, ctx) => {
  const ref = schema["$ref"];
  if (typeof ref !== "string") return schema;
  const { $ref: _, ...siblings } = schema;
  if (Object.keys(siblings).every((k) => k.startsWith("x-"))) return schema;
  const { type, ...rest } = siblings;
  const keepType = type !== undefined && type !== targetType(ref, ctx);
  return { allOf: [{ $ref: ref }], ...(keepType ? { type } : {}), ...rest };
};

const SCHEMA_RULES: readonly SchemaRule[] = [
  nullableAnyOf,
  typeArray,
  constToEnum,
  examplesToExample,
  contentKeywords,
  exclusiveBounds,
  propertyNamesToDescription,
  refSiblings,
];

/** 3.0.3: with `nullable: true`, an `enum` must list null for null to be allowed. */
function withNullInEnum(schema: JsonObject): JsonObject {
  const values = schema["enum"];
  return Array.isArray(values) && schema["nullable"] === true && !values.includes(null)
    ? { ...schema, enum: [...values, null] }
    : schema;
}

/** Exactly `{type: "null"}`: a null branch that says more (a description) has no 3.0 place and is unsupported. */
/** `{type: "null"}`, perhaps with a description (which says nothing 3.0's `nullable` loses). */
function isNullSchema(node: JsonValue): boolean {
  return (
    isObject(node) && node["type"] === "null" && Object.keys(node).every((k) => k === "type" || k === "description")
  );
}

function targetType(ref: string, ctx: Context): JsonValue | undefined {
  const target = ref.startsWith(SCHEMA_REF_PREFIX) ? ctx.schemas[ref.slice(SCHEMA_REF_PREFIX.length)] : undefined;
  return isObject(target) ? target["type"] : undefined;
}

/** "be 1 to 64 characters long and match `^[a-z]+$`"; keywords without a phrasing are quoted as JSON. */
function describeKeyConstraints(keys: JsonValue): string {
  if (!isObject(keys)) return `satisfy ${JSON.stringify(keys)}`;
  const parts: string[] = [];
  const { minLength, maxLength, pattern, enum: values, ...other } = keys;
  if (minLength !== undefined && maxLength !== undefined)
    parts.push(`be ${String(minLength)} to ${String(maxLength)} characters long`);
  else if (minLength !== undefined) parts.push(`be at least ${String(minLength)} characters long`);
  else if (maxLength !== undefined) parts.push(`be at most ${String(maxLength)} characters long`);
  if (pattern !== undefined) parts.push(`match \`${String(pattern)}\``);
  if (Array.isArray(values)) parts.push(`be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`);
  if (Object.keys(other).length > 0) parts.push(`satisfy ${JSON.stringify(other)}`);
  return parts.length > 0 ? parts.join(" and ") : "be any string";
}

// ── helpers ──────────────────────────────────────────────────────────────────

/** Rewrites the named fields of an OpenAPI object; references and other fields pass through. */
function withFields(node: JsonValue, at: Pointer, ctx: Context, fields: Readonly<Record<string, Rewrite>>): JsonValue {
  if (!isObject(node) || "$ref" in node) return node;
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(node))
    out[key] = Object.hasOwn(fields, key) ? fields[key]!(value, [...at, key], ctx) : value;
  return out;
}

/**
 * Rewrites every value of a map. In the maps OpenAPI lets carry extensions (paths, responses,
 * callbacks) an `x-` key is one and passes through; elsewhere (headers, properties) it is a name.
 */
function mapValues(node: JsonValue, at: Pointer, ctx: Context, rewrite: Rewrite, extensible = false): JsonValue {
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, extensible && k.startsWith("x-") ? v : rewrite(v, [...at, k], ctx)]),
  );
}

function mapItems(node: JsonValue, at: Pointer, ctx: Context, rewrite: Rewrite): JsonValue {
  return Array.isArray(node) ? node.map((v, i) => rewrite(v, [...at, String(i)], ctx)) : node;
}

function compactObject(value: Record<string, JsonValue | undefined>): JsonObject {
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, JsonValue] => entry[1] !== undefined),
  );
}

function sameJson(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function unsupported(construct: string, at: Pointer): never {
  const pointer = pointerOf(at);
  throw new ProblemsError([problem("artifact/downlevel-unsupported", { construct }, { pointer })]);
}
