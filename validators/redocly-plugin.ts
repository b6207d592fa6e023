/**
 * The project's own Redocly rules. Each rule is a small visitor object, as in
 * openapi-core's built-in rules; messages come from diagnostics.ts and carry their code
 * (`[lint/operation-id-mismatch] …`) so lint.ts can turn Redocly's results back into
 * typed problems, and someone running `redocly lint` with this plugin sees the code too.
 */
import type { Location, Oas3Rule, Plugin, UserContext } from "@redocly/openapi-core";
import { diagnostics, problem, type DiagnosticCode, type Problem } from "../generator/core/diagnostics.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { escapeToken, SCHEMA_REF_PREFIX, tokensOf } from "../generator/core/pointer.js";
import { HTTP_METHODS } from "../generator/core/http.js";
import { findUndescribed } from "./descriptions.js";
import { findExampleProblems } from "./examples.js";

// ── messages that carry their code ────────────────────────────────────────────

function report(ctx: UserContext, found: Problem, location: Location): void {
  ctx.report({ message: `[${found.code}] ${found.message}`, location });
}

/** The inverse of `report`: the code and message of a problem one of our rules reported. */
export function decodeRuleMessage(message: string): { code: DiagnosticCode; message: string } | undefined {
  const match = /^\[([^\]]+)\] ([\s\S]*)$/.exec(message);
  if (!match || !Object.hasOwn(diagnostics, match[1]!)) return undefined;
  return { code: match[1] as DiagnosticCode, message: match[2]! };
}

// ── naming what a rule looks at ──────────────────────────────────────────────

/** `#/paths/~1model~1{modelId}~1converse/post` → `POST /model/{modelId}/converse`. */
function operationName(ctx: UserContext): string {
  const tokens = tokensOf(ctx.location.pointer.replace(/^#/, ""));
  const method = tokens.at(-1) ?? "";
  return `${method.toUpperCase()} ${tokens.at(-2) ?? ""}`;
}

function schemaName(location: Location): string {
  const pointer = location.pointer;
  return pointer.startsWith(SCHEMA_REF_PREFIX) && !pointer.slice(SCHEMA_REF_PREFIX.length).includes("/")
    ? pointer.slice(SCHEMA_REF_PREFIX.length)
    : pointer;
}

function componentRef(name: string): string {
  return `${SCHEMA_REF_PREFIX}${escapeToken(name)}`;
}

/** Follows a `$ref` to the node it names and the place that node lives; other nodes stay put. */
function follow(ctx: UserContext, node: unknown, location: Location): { node: unknown; location: Location } {
  if (!isObject(node) || typeof node["$ref"] !== "string") return { node, location };
  const resolved = ctx.resolve<JsonObject>({ $ref: node["$ref"] });
  return resolved.node === undefined ? { node: undefined, location } : resolved;
}

// ── bedrock/operation-metadata ───────────────────────────────────────────────

/** Summary, description, a tag, and an operationId equal to the Smithy operation name. */
const OperationMetadata: Oas3Rule = () => ({
  Operation: {
    enter(node: unknown, ctx: UserContext) {
      if (!isObject(node)) return;
      const operation = operationName(ctx);
      for (const field of ["summary", "description", "operationId"] as const) {
        const value = node[field];
        if (typeof value !== "string" || value.trim() === "") {
          report(ctx, problem("lint/operation-missing-field", { operation, field }), ctx.location);
        }
      }
      const tags = node["tags"];
      if (!Array.isArray(tags) || tags.length === 0) {
        report(ctx, problem("lint/operation-missing-field", { operation, field: "tag" }), ctx.location);
      }
      const smithyId = node["x-smithy-id"];
      const name = typeof smithyId === "string" ? /^[\w.]+#(\w+)$/.exec(smithyId)?.[1] : undefined;
      if (name === undefined) {
        const expected = `"namespace#OperationName"`;
        report(
          ctx,
          problem("lint/operation-missing-extension", { operation, extension: "x-smithy-id", expected }),
          ctx.location,
        );
        return;
      }
      const operationId = node["operationId"];
      if (typeof operationId === "string" && operationId.trim() !== "" && operationId !== name) {
        report(
          ctx,
          problem("lint/operation-id-mismatch", { operation, operationId, expected: name }),
          ctx.location.child("operationId"),
        );
      }
    },
  },
});

// ── bedrock/declared-statuses ────────────────────────────────────────────────

/** The HTTP status an error schema declares in `x-smithy-error`, or why it declares none. */
function errorStatus(schema: JsonObject): { status: number } | { detail: string } {
  const extension = schema["x-smithy-error"];
  if (!isObject(extension)) return { detail: "x-smithy-error is missing" };
  const { fault, status } = extension;
  if (fault !== "client" && fault !== "server") return { detail: `fault is ${JSON.stringify(fault)}` };
  if (typeof status !== "number" || !Number.isInteger(status)) return { detail: `status is ${JSON.stringify(status)}` };
  const range = fault === "client" ? [400, 499] : [500, 599];
  if (status < range[0]! || status > range[1]!) return { detail: `a ${fault} fault cannot have status ${status}` };
  return { status };
}

/** Whether a media type schema is `{$ref: target}` or an `anyOf` with `{$ref: target}` in it. */
function referencesSchema(schema: unknown, target: string): boolean {
  if (!isObject(schema)) return false;
  if (schema["$ref"] === target) return true;
  const anyOf = schema["anyOf"];
  return Array.isArray(anyOf) && anyOf.some((branch) => isObject(branch) && branch["$ref"] === target);
}

function jsonSchemas(response: unknown): unknown[] {
  const content = isObject(response) ? response["content"] : undefined;
  if (!isObject(content)) return [];
  return Object.entries(content)
    .filter(([mediaType]) => /^application\/(.+\+)?json\b/.test(mediaType))
    .map(([, media]) => (isObject(media) ? media["schema"] : undefined));
}

/**
 * Every error an operation lists can actually be returned as declared: its schema exists,
 * carries a status, that status is a response of the operation, and that response's JSON
 * body admits the error. Plus exactly one success response.
 */
const DeclaredStatuses: Oas3Rule = () => {
  // Error schemas are looked up by name in the root document: Redocly's ctx.resolve only
  // knows refs that appear in the document, and an error no response uses appears in none.
  let schemas: JsonObject = {};
  let root: Location | undefined;
  // An error schema is shared by many operations: report a broken one once, where it lives.
  const reported = new Set<string>();
  return {
    Root: {
      enter(node: unknown, ctx: UserContext) {
        const components = isObject(node) ? node["components"] : undefined;
        schemas = isObject(components) && isObject(components["schemas"]) ? components["schemas"] : {};
        root = ctx.location;
      },
    },
    Operation: {
      enter(node: unknown, ctx: UserContext) {
        if (!isObject(node)) return;
        const operation = operationName(ctx);
        const responses = isObject(node["responses"]) ? node["responses"] : {};
        const successes = Object.keys(responses).filter((status) => /^2(\d\d|XX)$/.test(status));
        if (successes.length !== 1) {
          report(
            ctx,
            problem("lint/success-response-count", { operation, statuses: successes.join(", ") }),
            ctx.location.child("responses"),
          );
        }
        const errors = node["x-smithy-errors"];
        if (!Array.isArray(errors) || !errors.every((e) => typeof e === "string")) {
          const expected = "a list of error schema names";
          report(
            ctx,
            problem("lint/operation-missing-extension", { operation, extension: "x-smithy-errors", expected }),
            ctx.location,
          );
          return;
        }
        errors.forEach((error: string, i) => {
          const schema = Object.hasOwn(schemas, error) ? schemas[error] : undefined;
          if (!isObject(schema) || root === undefined) {
            report(
              ctx,
              problem("lint/unknown-error-schema", { operation, error }),
              ctx.location.child(["x-smithy-errors", i]),
            );
            return;
          }
          const declared = errorStatus(schema);
          if ("detail" in declared) {
            if (!reported.has(error)) {
              report(
                ctx,
                problem("lint/invalid-error-schema", { error, detail: declared.detail }),
                root.child(["components", "schemas", error]),
              );
            }
            reported.add(error);
            return;
          }
          const key = String(declared.status);
          if (!Object.hasOwn(responses, key)) {
            const found = problem("lint/undeclared-error-status", { operation, error, status: declared.status });
            report(ctx, found, ctx.location.child("responses"));
            return;
          }
          const at = ctx.location.child(["responses", key]);
          const response = follow(ctx, responses[key], at);
          if (!jsonSchemas(response.node).some((s) => referencesSchema(s, componentRef(error)))) {
            report(ctx, problem("lint/error-not-in-response", { operation, error, status: declared.status }), at);
          }
        });
      },
    },
  };
};

// ── bedrock/union-exactly-one ────────────────────────────────────────────────

interface Branch {
  readonly node: unknown;
  readonly location: Location;
  /** How messages name it: `branch 2`, or the union itself. */
  readonly label: string;
}

/**
 * A Smithy union holds exactly one member: each oneOf branch is a closed object with one
 * required property, no two branches share a property, and `{}` matches no branch. A
 * one-member union may be written as its only branch, without oneOf: recommended-strict
 * (no-illogical-composition-keywords) refuses a oneOf of one, and the two mean the same.
 */
const UnionExactlyOne: Oas3Rule = () => ({
  Schema: {
    enter(node: unknown, ctx: UserContext) {
      if (!isObject(node) || node["x-smithy-union"] !== true) return;
      const schema = schemaName(ctx.location);
      const branches = node["oneOf"];
      if (branches === undefined && isObject(node["properties"]) && Object.keys(node["properties"]).length > 0) {
        checkBranches(ctx, schema, [
          { node, location: ctx.location, label: "the union itself (written without oneOf)" },
        ]);
      } else if (!Array.isArray(branches) || branches.length === 0) {
        report(ctx, problem("lint/union-without-oneof", { schema }), ctx.location);
      } else {
        const located = branches.map((raw: unknown, i) => ({
          ...follow(ctx, raw, ctx.location.child(["oneOf", i])),
          label: `branch ${i}`,
        }));
        checkBranches(ctx, schema, located);
      }
    },
  },
});

function checkBranches(ctx: UserContext, schema: string, branches: readonly Branch[]): void {
  const firstBranchWith = new Map<string, string>();
  for (const { node, location, label: branch } of branches) {
    const properties = isObject(node) && isObject(node["properties"]) ? Object.keys(node["properties"]) : [];
    if (!isObject(node) || node["type"] !== "object" || properties.length !== 1) {
      const found = !isObject(node)
        ? "no schema"
        : node["type"] !== "object"
          ? `type ${JSON.stringify(node["type"])}`
          : `${properties.length} properties${properties.length ? ` (${properties.join(", ")})` : ""}`;
      report(ctx, problem("lint/union-branch-not-single-property", { schema, branch, found }), location);
    }
    if (!isObject(node)) continue;
    const required = Array.isArray(node["required"]) ? node["required"] : [];
    const minProperties = node["minProperties"];
    if (required.length === 0 && !(typeof minProperties === "number" && minProperties >= 1)) {
      report(ctx, problem("lint/union-accepts-empty", { schema, branch }), location);
    } else if (properties.length === 1 && (required.length !== 1 || required[0] !== properties[0])) {
      report(
        ctx,
        problem("lint/union-member-not-required", { schema, branch, member: properties[0]! }),
        location.child("required"),
      );
    }
    if (node["additionalProperties"] !== false) {
      report(ctx, problem("lint/union-branch-open", { schema, branch }), location);
    }
    for (const member of properties) {
      const first = firstBranchWith.get(member);
      if (first === undefined) firstBranchWith.set(member, branch);
      else
        report(
          ctx,
          problem("lint/union-duplicate-member", { schema, member, first, second: branch }),
          location.child(["properties", member]),
        );
    }
  }
}

// ── bedrock/descriptions ─────────────────────────────────────────────────────

/** Every part a reader chooses by its words has them (see descriptions.ts for the list). */
const Descriptions: Oas3Rule = () => ({
  Root: {
    enter(node: unknown, ctx: UserContext) {
      for (const missing of findUndescribed(node)) {
        const kind = `${missing.kind} ${missing.pointer || "/"}`;
        report(
          ctx,
          problem("lint/missing-description", { kind, field: missing.field }),
          ctx.location.child(tokensOf(missing.pointer)),
        );
      }
    },
  },
});

// ── bedrock/iam-action ───────────────────────────────────────────────────────

const IAM_ACTION = /^[a-z0-9-]+:[A-Za-z0-9]+$/;

/** `x-aws-iam-action`: the action (or list of actions) a policy must allow for the call. */
const IamAction: Oas3Rule = () => ({
  Operation: {
    enter(node: unknown, ctx: UserContext) {
      if (!isObject(node)) return;
      const value = node["x-aws-iam-action"];
      const actions = Array.isArray(value) ? value : [value];
      if (actions.length > 0 && actions.every((a) => typeof a === "string" && IAM_ACTION.test(a))) return;
      const expected = `"service:Action" (for example "bedrock:InvokeModel") or a non-empty list of them`;
      const found = problem("lint/operation-missing-extension", {
        operation: operationName(ctx),
        extension: "x-aws-iam-action",
        expected,
      });
      report(ctx, found, value === undefined ? ctx.location : ctx.location.child("x-aws-iam-action"));
    },
  },
});

// ── bedrock/examples-match-schema ────────────────────────────────────────────

/**
 * Every example fits the schema beside it: the examples check's walk, run as a rule so that
 * `redocly lint` with this plugin catches it too. `check` switches it off in lint.ts because
 * its own examples check reports the same problems.
 */
const ExamplesMatchSchema: Oas3Rule = () => ({
  Root: {
    enter(node: unknown, ctx: UserContext) {
      let found: Problem[];
      try {
        found = findExampleProblems(node, ctx.location.source.absoluteRef);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        found = [
          problem("validators/check-crashed", { check: "bedrock/examples-match-schema", reason }, { pointer: "" }),
        ];
      }
      for (const p of found) report(ctx, p, ctx.location.child(tokensOf(p.pointer ?? "")));
    },
  },
});

// ── bedrock/encoding-vectors ─────────────────────────────────────────────────

/** RFC 3986 encoding of one segment as SigV4 canonical paths use it: only unreserved characters stay. */
export function sigv4EncodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function vectorsOf(extension: unknown): JsonObject[] {
  const vectors = isObject(extension) ? extension["vectors"] : undefined;
  return Array.isArray(vectors) ? vectors.filter(isObject) : [];
}

/**
 * The test vectors the spec publishes are right: every path parameter states the encoding rule
 * with at least one vector, each vector's segment is what encodeURIComponent gives and its
 * canonical segment what SigV4 gives; each `X-Amzn-ErrorType` vector parses to its name both by
 * the published pattern and by the written rule (cut at `:`, keep what follows the last `#`).
 */
const EncodingVectors: Oas3Rule = () => ({
  Root: {
    enter(node: unknown, ctx: UserContext) {
      if (!isObject(node)) return;
      const mismatch = (
        subject: string,
        value: string,
        step: string,
        expected: unknown,
        found: string,
        at: (string | number)[],
      ) => {
        if (expected === found) return;
        report(
          ctx,
          problem("lint/encoding-vector-mismatch", { subject, value, step, expected: String(expected), found }),
          ctx.location.child(at),
        );
      };
      const paths = isObject(node["paths"]) ? node["paths"] : {};
      for (const [route, item] of Object.entries(paths)) {
        for (const method of HTTP_METHODS) {
          const op = isObject(item) ? item[method] : undefined;
          const parameters = isObject(op) && Array.isArray(op["parameters"]) ? op["parameters"] : [];
          parameters.forEach((p: unknown, i) => {
            if (!isObject(p) || p["in"] !== "path") return;
            const at = ["paths", route, method, "parameters", i];
            const subject = `path parameter ${String(p["name"])} of ${method.toUpperCase()} ${route}`;
            const vectors = vectorsOf(p["x-aws-path-encoding"]);
            if (vectors.length === 0) {
              const expected = "{rule, vectors: [{value, pathSegment, canonicalSegment}, …]} with at least one vector";
              const operation = `${method.toUpperCase()} ${route} (${String(p["name"])})`;
              report(
                ctx,
                problem("lint/operation-missing-extension", { operation, extension: "x-aws-path-encoding", expected }),
                ctx.location.child(at),
              );
              return;
            }
            vectors.forEach((v, j) => {
              const value = String(v["value"]);
              const segment = encodeURIComponent(value);
              const vAt = [...at, "x-aws-path-encoding", "vectors", j];
              mismatch(subject, value, "path encoding (encodeURIComponent)", v["pathSegment"], segment, [
                ...vAt,
                "pathSegment",
              ]);
              mismatch(subject, value, "SigV4 canonical encoding", v["canonicalSegment"], sigv4EncodeSegment(segment), [
                ...vAt,
                "canonicalSegment",
              ]);
            });
          });
        }
      }
      const components = isObject(node["components"]) ? node["components"] : {};
      const headers = isObject(components["headers"]) ? components["headers"] : {};
      for (const [name, header] of Object.entries(headers)) {
        const grammar = isObject(header) ? header["x-amzn-errortype-grammar"] : undefined;
        if (!isObject(grammar)) continue;
        const pattern = new RegExp(String(grammar["pattern"]));
        const group = typeof grammar["nameGroup"] === "number" ? grammar["nameGroup"] : 1;
        vectorsOf(grammar).forEach((v, j) => {
          const value = String(v["value"]);
          const at = ["components", "headers", name, "x-amzn-errortype-grammar", "vectors", j, "name"];
          mismatch(
            `header ${name}`,
            value,
            "published pattern",
            v["name"],
            pattern.exec(value)?.[group] ?? "(no match)",
            at,
          );
          mismatch(`header ${name}`, value, "written rule", v["name"], value.split(":")[0]!.split("#").pop()!, at);
        });
      }
    },
  },
});

export const bedrockPlugin: Plugin = {
  id: "bedrock",
  rules: {
    oas3: {
      "operation-metadata": OperationMetadata,
      "declared-statuses": DeclaredStatuses,
      "union-exactly-one": UnionExactlyOne,
      descriptions: Descriptions,
      "iam-action": IamAction,
      "examples-match-schema": ExamplesMatchSchema,
      "encoding-vectors": EncodingVectors,
    },
  },
};

export const bedrockRuleIds = [
  "bedrock/operation-metadata",
  "bedrock/declared-statuses",
  "bedrock/union-exactly-one",
  "bedrock/descriptions",
  "bedrock/iam-action",
  "bedrock/examples-match-schema",
  "bedrock/encoding-vectors",
] as const;
