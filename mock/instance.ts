/**
 * A minimal instance of a JSON Schema from the emitted document: required members only, the
 * first branch of a union, the first enum value, the smallest lengths and counts. It answers
 * when neither a recording nor an example does; callers check what it made against the schema,
 * since a `pattern` can only be met by trying likely strings.
 */
import type { JsonValue } from "../generator/core/json.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { resolve } from "../generator/core/pointer.js";

/** Strings that satisfy the patterns Bedrock's identifiers use (ARNs, S3 URIs, plain names). */
const PATTERN_CANDIDATES: readonly string[] = [
  "a",
  "mock",
  "1",
  "arn:aws:bedrock:us-east-1:123456789012:async-invoke/mockinvoke01",
  "arn:aws:bedrock:us-east-1::foundation-model/mock.model-v1:0",
  "s3://mock-bucket/output",
  "mock.model-v1:0",
  "2025-01-01T00:00:00Z",
];

const MAX_DEPTH = 24;

export function minimalInstance(document: unknown, pointer: string): JsonValue {
  const located = resolve(document, pointer);
  return located === undefined ? {} : fromSchema(document, located.value, 0);
}

function fromSchema(document: unknown, schema: JsonObject, depth: number): JsonValue {
  if (depth > MAX_DEPTH) return {};
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    const target = resolve(document, ref.slice(1));
    return target === undefined ? {} : fromSchema(document, target.value, depth + 1);
  }
  if (schema["default"] !== undefined) return schema["default"] as JsonValue;
  if (schema["const"] !== undefined) return schema["const"] as JsonValue;
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0] as JsonValue;
  for (const union of ["oneOf", "anyOf"] as const) {
    const branches = schema[union];
    if (Array.isArray(branches) && isObject(branches[0])) return fromSchema(document, branches[0], depth + 1);
  }
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  switch (type) {
    case "object":
      return objectOf(document, schema, depth);
    case "array": {
      const count = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
      const items = isObject(schema["items"]) ? schema["items"] : {};
      return Array.from({ length: count }, () => fromSchema(document, items, depth + 1));
    }
    case "string":
      return stringOf(schema);
    case "integer":
    case "number":
      return typeof schema["minimum"] === "number" ? schema["minimum"] : 0;
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      // No type: a document member (any JSON); properties alone still describe an object.
      return isObject(schema["properties"]) ? objectOf(document, schema, depth) : {};
  }
}

function objectOf(document: unknown, schema: JsonObject, depth: number): JsonValue {
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const required = Array.isArray(schema["required"])
    ? schema["required"].filter((r): r is string => typeof r === "string")
    : [];
  const result: Record<string, JsonValue> = {};
  for (const name of required) {
    const member = properties[name];
    result[name] = isObject(member) ? fromSchema(document, member, depth + 1) : {};
  }
  const minProperties = typeof schema["minProperties"] === "number" ? schema["minProperties"] : 0;
  const values = isObject(schema["additionalProperties"]) ? schema["additionalProperties"] : {};
  for (let i = Object.keys(result).length; i < minProperties; i++)
    result[`key${i}`] = fromSchema(document, values, depth + 1);
  return result;
}

function stringOf(schema: JsonObject): string {
  const minLength = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
  const maxLength = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Number.POSITIVE_INFINITY;
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
  if (schema["contentEncoding"] === "base64") return "bW9jaw==";
  if (schema["format"] === "date-time") return "2025-01-01T00:00:00Z";
  if (typeof schema["pattern"] === "string") {
    const pattern = new RegExp(schema["pattern"], "u");
    const found = PATTERN_CANDIDATES.find((s) => fits(s) && pattern.test(s));
    if (found !== undefined) return found;
  }
  return "m".repeat(Math.max(minLength, Math.min(4, maxLength)));
}
