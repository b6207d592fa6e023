/**
 * The `x-bedrock-rules` of an operation, read from the emitted spec and applied to a request
 * body. A rule names places in the body with wildcard pointers (a `*` token matches every
 * member or element); when one of its `when` places exists (or it has none), every value at its
 * `select` place must satisfy its `assert` schema. The contract tests apply them to recordings,
 * the examples check to the spec's own request examples.
 */
import { isObject } from "../generator/core/json.js";
import { pointerOf, tokensOf } from "../generator/core/pointer.js";
import type { SchemaError } from "./schemas.js";

export const RULES_EXTENSION = "x-bedrock-rules";

export interface CrossFieldRule {
  readonly id: string;
  readonly when: readonly string[];
  readonly select: string;
  /** Pointer of the rule's `assert` schema in the document, for the schema validator. */
  readonly assertPointer: string;
  readonly rejectedWith: string;
}

export interface RuleBreak {
  readonly rule: string;
  readonly rejectedWith: string;
  /** Pointer into the body of the value that breaks the rule. */
  readonly at: string;
  readonly detail: string;
}

export type ReadRules = { readonly rules: CrossFieldRule[]; readonly malformed: { index: number; detail: string }[] };

/** The rules of the operation at `operationPointer`; entries without the needed fields are reported, not guessed at. */
export function readRules(operation: Readonly<Record<string, unknown>>, operationPointer: string): ReadRules {
  const list = operation[RULES_EXTENSION];
  const found: ReadRules = { rules: [], malformed: [] };
  if (list === undefined) return found;
  if (!Array.isArray(list))
    return { rules: [], malformed: [{ index: 0, detail: `${RULES_EXTENSION} must be a list` }] };
  list.forEach((entry: unknown, index) => {
    const whyNot = malformation(entry);
    if (whyNot !== undefined || !isObject(entry)) {
      found.malformed.push({ index, detail: whyNot ?? "not an object" });
      return;
    }
    found.rules.push({
      id: String(entry["id"]),
      when: (entry["when"] as string[] | undefined) ?? [],
      select: String(entry["select"]),
      assertPointer: `${operationPointer}/${RULES_EXTENSION}/${index}/assert`,
      rejectedWith: String(entry["rejectedWith"]),
    });
  });
  return found;
}

function malformation(entry: unknown): string | undefined {
  if (!isObject(entry)) return "not an object";
  for (const key of ["id", "description", "select", "rejectedWith"]) {
    if (typeof entry[key] !== "string") return `"${key}" must be a string`;
  }
  if (!isObject(entry["assert"]) && typeof entry["assert"] !== "boolean") return `"assert" must be a JSON Schema`;
  const when = entry["when"];
  if (when !== undefined && !(Array.isArray(when) && when.every((w) => typeof w === "string")))
    return `"when" must be a list of pointers`;
  const pointers = [entry["select"] as string, ...((when as string[] | undefined) ?? [])];
  const bad = pointers.find((p) => p !== "" && !p.startsWith("/"));
  return bad === undefined ? undefined : `${JSON.stringify(bad)} is not a JSON pointer`;
}

/** Every value at a wildcard pointer, with its concrete pointer. */
export function matchAll(root: unknown, pattern: string): { pointer: string; value: unknown }[] {
  let found: { tokens: (string | number)[]; value: unknown }[] = [{ tokens: [], value: root }];
  for (const token of tokensOf(pattern)) {
    found = found.flatMap(({ tokens, value }) => {
      if (Array.isArray(value)) {
        if (token === "*") return value.map((v, i) => ({ tokens: [...tokens, i], value: v as unknown }));
        const i = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
        return i >= 0 && i < value.length ? [{ tokens: [...tokens, i], value: value[i] as unknown }] : [];
      }
      if (!isObject(value)) return [];
      if (token === "*") return Object.entries(value).map(([k, v]) => ({ tokens: [...tokens, k], value: v }));
      return Object.hasOwn(value, token) ? [{ tokens: [...tokens, token], value: value[token] }] : [];
    });
  }
  return found.map(({ tokens, value }) => ({ pointer: pointerOf(tokens), value }));
}

/** The ways `body` breaks `rules`; `validate` checks a value against the schema at a document pointer. */
export function findRuleBreaks(
  rules: readonly CrossFieldRule[],
  body: unknown,
  validate: (schemaPointer: string, value: unknown) => SchemaError[],
): RuleBreak[] {
  return rules.flatMap((rule) => {
    const applies = rule.when.length === 0 || rule.when.some((w) => matchAll(body, w).length > 0);
    if (!applies) return [];
    return matchAll(body, rule.select).flatMap(({ pointer, value }) =>
      validate(rule.assertPointer, value).map((e) => ({
        rule: rule.id,
        rejectedWith: rule.rejectedWith,
        at: `${pointer}${e.instancePath}`,
        detail: `${pointer === "" ? "the body" : pointer}${e.instancePath} ${e.message}${trigger(rule, body)}`,
      })),
    );
  });
}

/** Names the place that made a conditional rule apply, so the problem explains itself. */
function trigger(rule: CrossFieldRule, body: unknown): string {
  for (const w of rule.when) {
    const hit = matchAll(body, w)[0];
    if (hit !== undefined) return ` (because ${hit.pointer} is present)`;
  }
  return "";
}
