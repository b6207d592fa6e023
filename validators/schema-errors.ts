/**
 * How schema errors are told to a reader, shared by everything that validates values against
 * the spec (the examples check, the contract tests): AJV's raw list is condensed so a failed
 * union names its cause, and each error is rendered with the params a reader needs.
 */
import type { SchemaError } from "./schemas.js";

/**
 * AJV reports every branch of a failed oneOf/anyOf, which buries the cause under "required" and
 * "additionalProperties" noise from branches the value never meant to match. When errors exist
 * deeper inside the value, they are the cause (the branch whose key matched): keep only those.
 * Otherwise keep the union error and name the members it expected.
 */
export function condenseUnionErrors(errors: readonly SchemaError[]): SchemaError[] {
  const drop = new Set<SchemaError>();
  const replace = new Map<SchemaError, SchemaError>();
  for (const union of errors) {
    if (union.keyword !== "oneOf" && union.keyword !== "anyOf") continue;
    const branchNoise = errors.filter(
      (e) => e.schemaPath.startsWith(`${union.schemaPath}/`) && e.instancePath === union.instancePath,
    );
    const deeper = errors.some((e) => e.instancePath.startsWith(`${union.instancePath}/`));
    for (const e of branchNoise) drop.add(e);
    if (deeper) {
      drop.add(union);
      continue;
    }
    const expected = [
      ...new Set(branchNoise.map((e) => e.params["missingProperty"]).filter((m): m is string => typeof m === "string")),
    ];
    if (expected.length > 0) replace.set(union, { ...union, params: { ...union.params, expectedOneOf: expected } });
  }
  // One fault reached by two routes (a `$ref` to a list and the `items` repeated beside it) is one error.
  const seen = new Set<string>();
  return errors
    .filter((e) => !drop.has(e))
    .map((e) => replace.get(e) ?? e)
    .filter((e) => {
      const key = JSON.stringify([e.instancePath, e.schemaPath, e.keyword, e.message, e.params]);
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** AJV's message, the params it leaves out but a reader needs, and the failing schema keyword. */
export function describeError(e: SchemaError): string {
  return `${e.message}${describeParams(e.params)} (schema ${e.schemaPath})`;
}

/** The params AJV's message leaves out but a reader needs (the extra property, the allowed values). */
function describeParams(params: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  if (typeof params["additionalProperty"] === "string") parts.push(`"${params["additionalProperty"]}"`);
  if (Array.isArray(params["allowedValues"]))
    parts.push(`allowed: ${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`);
  if (Array.isArray(params["expectedOneOf"]))
    parts.push(`expected exactly one of: ${params["expectedOneOf"].join(", ")}`);
  if (typeof params["passingSchemas"] === "object" && params["passingSchemas"] !== null) {
    parts.push(`passing branches: ${JSON.stringify(params["passingSchemas"])}`);
  }
  return parts.length === 0 ? "" : ` [${parts.join("; ")}]`;
}
