import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, specJsonPath } from "../../generator/core/paths.js";
import type { JsonObject } from "../../generator/core/json.js";
import { withEdits } from "../test-fixtures.js";
import { changeKinds, diffSpecs, type Change, type ChangeCode } from "./diff-specs.js";

const emitted = readFileSync(specJsonPath, "utf8");
const realSpec = (): JsonObject => JSON.parse(emitted) as JsonObject;
const S = "/components/schemas";
const CONVERSE = "/paths/~1model~1{modelId}~1converse/post";
const LIST_ASYNC = "/paths/~1async-invoke/get";

/** A copy of the real spec with `mutate` applied, diffed against the untouched spec. */
function diffAfter(mutate: (spec: JsonObject) => void): Change[] {
  const changed = realSpec();
  mutate(changed);
  return [...diffSpecs(realSpec(), changed).changes];
}

function edited(edits: Record<string, unknown>): Change[] {
  return diffAfter((spec) => withEdits(spec, edits));
}

function find(changes: readonly Change[], code: ChangeCode, pointer: string): Change {
  const hit = changes.find((c) => c.code === code && c.pointer === pointer);
  assert.ok(hit, `expected ${code} at ${pointer}; got:\n${changes.map((c) => `  ${c.code} ${c.pointer}`).join("\n")}`);
  return hit;
}

function schemaAt(spec: JsonObject, name: string): JsonObject {
  return (spec.components as { schemas: Record<string, JsonObject> }).schemas[name]!;
}

function parameterIndex(spec: JsonObject, path: string, method: string, name: string): number {
  const op = (spec.paths as Record<string, Record<string, { parameters: { name: string }[] }>>)[path]![method]!;
  return op.parameters.findIndex((p) => p.name === name);
}

describe("diff: breaking-change classification", () => {
  it("finds no change between the spec and itself", () => {
    const result = diffSpecs(realSpec(), realSpec());
    assert.deepEqual(result.changes, []);
    assert.equal(result.level, "none");
    assert.equal(result.breakingCount, 0);
  });

  describe("operations", () => {
    it("a removed operation is breaking, pointed at in the old document", () => {
      const changes = diffAfter((spec) => delete (spec.paths as JsonObject)["/model/{modelId}/count-tokens"]);
      const c = find(changes, "operation-removed", "/paths/~1model~1{modelId}~1count-tokens/post");
      assert.equal(c.breaking, true);
      assert.deepEqual(c.operations, ["CountTokens"]);
      assert.equal(changes.length, 1, "nothing else is reported about a removed operation");
    });

    it("an added operation is a minor change", () => {
      const changes = diffAfter((spec) => {
        const paths = spec.paths as Record<string, Record<string, JsonObject>>;
        paths["/model/{modelId}/count-tokens-v2"] = {
          post: { ...paths["/model/{modelId}/count-tokens"]!.post!, operationId: "CountTokensV2" },
        };
      });
      const c = find(changes, "operation-added", "/paths/~1model~1{modelId}~1count-tokens-v2/post");
      assert.equal(c.breaking, false);
      assert.equal(c.level, "minor");
    });

    it("matches by operationId, so a moved route is one breaking change", () => {
      const changes = diffAfter((spec) => {
        const paths = spec.paths as JsonObject;
        paths["/model/{modelId}/tokens"] = paths["/model/{modelId}/count-tokens"];
        delete paths["/model/{modelId}/count-tokens"];
      });
      assert.deepEqual(
        changes.map((c) => c.code),
        ["operation-route-changed"],
      );
      assert.equal(changes[0]!.pointer, "/paths/~1model~1{modelId}~1tokens/post");
      assert.equal(changes[0]!.breaking, true);
    });
  });

  describe("parameters", () => {
    it("a removed parameter is breaking", () => {
      const spec = realSpec();
      const i = parameterIndex(spec, "/async-invoke", "get", "maxResults");
      const changes = diffAfter((s) =>
        (s.paths as Record<string, Record<string, { parameters: unknown[] }>>)["/async-invoke"]!.get!.parameters.splice(
          i,
          1,
        ),
      );
      const c = find(changes, "parameter-removed", `${LIST_ASYNC}/parameters/${i}`);
      assert.equal(c.breaking, true);
      assert.match(c.message, /query maxResults/);
    });

    it("a new required parameter is breaking; a new optional one is not", () => {
      const add = (required: boolean) =>
        diffAfter((s) =>
          (s.paths as Record<string, Record<string, { parameters: unknown[] }>>)[
            "/model/{modelId}/converse"
          ]!.post!.parameters.push({
            name: "X-New-Header",
            in: "header",
            required,
            schema: { type: "string" },
          }),
        );
      assert.equal(find(add(true), "parameter-added-required", `${CONVERSE}/parameters/1`).breaking, true);
      assert.equal(find(add(false), "parameter-added-optional", `${CONVERSE}/parameters/1`).breaking, false);
    });

    it("a parameter that became required is breaking", () => {
      const i = parameterIndex(realSpec(), "/async-invoke", "get", "maxResults");
      const changes = edited({ [`${LIST_ASYNC}/parameters/${i}/required`]: true });
      assert.equal(find(changes, "parameter-became-required", `${LIST_ASYNC}/parameters/${i}`).breaking, true);
    });

    it("a lowered maxLength behind a path parameter's $ref is a breaking narrowing of the request", () => {
      const changes = edited({ [`${S}/ConversationalModelId/maxLength`]: 100 });
      const c = find(changes, "request-constraint-narrowed", `${S}/ConversationalModelId/maxLength`);
      assert.equal(c.breaking, true);
      assert.match(c.message, /maxLength narrowed from 2048 to 100/);
      assert.ok(c.operations.includes("Converse") && c.operations.includes("ConverseStream"), c.operations.join());
    });
  });

  describe("request schemas", () => {
    it("a removed request member is breaking for writers", () => {
      const changes = diffAfter((s) => delete schemaAt(s, "ConverseRequest").properties!["system" as keyof object]);
      const c = find(changes, "request-property-removed", `${S}/ConverseRequest/properties/system`);
      assert.equal(c.breaking, true);
      assert.deepEqual(c.operations, ["Converse"]);
    });

    it("a new required member is breaking; a new optional member is a minor change", () => {
      const required = diffAfter((s) => {
        const request = schemaAt(s, "ConverseRequest");
        (request.properties as JsonObject).tenant = { type: "string" };
        request.required = ["messages", "tenant"];
      });
      // ConverseRequest had no `required` list before: messages becomes required too.
      assert.equal(
        find(required, "request-property-added-required", `${S}/ConverseRequest/properties/tenant`).breaking,
        true,
      );
      assert.equal(
        find(required, "request-property-became-required", `${S}/ConverseRequest/properties/messages`).breaking,
        true,
      );
      const optional = edited({ [`${S}/ConverseRequest/properties/tenant`]: { type: "string" } });
      const c = find(optional, "request-property-added-optional", `${S}/ConverseRequest/properties/tenant`);
      assert.equal(c.breaking, false);
      assert.equal(c.level, "minor");
    });

    it("narrowed numbers, lengths, patterns and types in a request are breaking; widened ones are not", () => {
      const ic = `${S}/InferenceConfiguration/properties`;
      const changes = edited({
        [`${ic}/temperature/maximum`]: 0.5,
        [`${ic}/maxTokens/minimum`]: 16,
        [`${ic}/topP/type`]: "integer",
        [`${S}/ConversationalModelId/pattern`]: "^[a-z]+$",
        [`${ic}/stopSequences/maxItems`]: 5000,
      });
      assert.equal(find(changes, "request-constraint-narrowed", `${ic}/temperature/maximum`).breaking, true);
      assert.equal(find(changes, "request-constraint-narrowed", `${ic}/maxTokens/minimum`).breaking, true);
      assert.equal(find(changes, "request-type-narrowed", `${ic}/topP/type`).breaking, true);
      assert.equal(find(changes, "request-constraint-narrowed", `${S}/ConversationalModelId/pattern`).breaking, true);
      // stopSequences sets maxItems beside its $ref: the sibling keyword is compared where it is written.
      assert.equal(find(changes, "request-constraint-widened", `${ic}/stopSequences/maxItems`).breaking, false);
    });

    it("an enum value removed from a request is breaking; one added is not", () => {
      const removed = diffAfter((s) => (schemaAt(s, "SortOrder").enum as string[]).pop());
      assert.equal(find(removed, "request-enum-value-removed", `${S}/SortOrder/enum/1`).breaking, true);
      const added = diffAfter((s) => (schemaAt(s, "SortOrder").enum as string[]).push("Random"));
      const c = find(added, "request-enum-value-added", `${S}/SortOrder/enum/2`);
      assert.equal(c.breaking, false);
      assert.deepEqual(c.operations, ["ListAsyncInvokes"]);
    });
  });

  describe("response schemas", () => {
    it("a removed response member or one no longer always present is breaking for readers", () => {
      const removed = diffAfter((s) => delete (schemaAt(s, "ConverseResponse").properties as JsonObject).metrics);
      assert.equal(
        find(removed, "response-property-removed", `${S}/ConverseResponse/properties/metrics`).breaking,
        true,
      );
      const optional = edited({ [`${S}/ConverseResponse/required`]: ["output", "stopReason", "usage"] });
      assert.equal(
        find(optional, "response-property-became-optional", `${S}/ConverseResponse/properties/metrics`).breaking,
        true,
      );
      const added = edited({ [`${S}/ConverseResponse/properties/region`]: { type: "string" } });
      assert.equal(find(added, "response-property-added", `${S}/ConverseResponse/properties/region`).breaking, false);
    });

    it("an enum value added to a response is breaking (exhaustive readers)", () => {
      const changes = diffAfter((s) => (schemaAt(s, "StopReason").enum as string[]).push("out_of_coffee"));
      const c = find(changes, "response-enum-value-added", `${S}/StopReason/enum/9`);
      assert.equal(c.breaking, true);
      assert.match(c.message, /"out_of_coffee"/);
    });

    it("a shape read and written is judged both ways", () => {
      const changes = diffAfter((s) => (schemaAt(s, "ConversationRole").enum as string[]).push("narrator"));
      assert.equal(find(changes, "request-enum-value-added", `${S}/ConversationRole/enum/3`).breaking, false);
      assert.equal(find(changes, "response-enum-value-added", `${S}/ConversationRole/enum/3`).breaking, true);
    });

    it("a widened response type or constraint is breaking; a narrowed one is not", () => {
      const changes = edited({
        [`${S}/ConverseMetrics/properties/latencyMs/type`]: ["integer", "null"],
        [`${S}/AsyncInvokeMessage/maxLength`]: 99999,
      });
      assert.equal(
        find(changes, "response-type-widened", `${S}/ConverseMetrics/properties/latencyMs/type`).breaking,
        true,
      );
      assert.equal(find(changes, "response-constraint-widened", `${S}/AsyncInvokeMessage/maxLength`).breaking, true);
      const narrowed = edited({ [`${S}/AsyncInvokeMessage/maxLength`]: 10 });
      assert.equal(find(narrowed, "response-constraint-narrowed", `${S}/AsyncInvokeMessage/maxLength`).breaking, false);
    });

    it("an event added to a stream is breaking for exhaustive stream readers; removing one is too", () => {
      const event = {
        type: "object",
        required: ["heartbeat"],
        properties: { heartbeat: { type: "object" } },
        additionalProperties: false,
      };
      const added = diffAfter((s) => (schemaAt(s, "ConverseStreamOutput").oneOf as unknown[]).push(event));
      const n = (schemaAt(realSpec(), "ConverseStreamOutput").oneOf as unknown[]).length;
      const c = find(added, "response-stream-event-added", `${S}/ConverseStreamOutput/oneOf/${n}`);
      assert.equal(c.breaking, true);
      assert.deepEqual(c.operations, ["ConverseStream"]);
      const removed = diffAfter((s) => (schemaAt(s, "ConverseStreamOutput").oneOf as unknown[]).shift());
      assert.equal(find(removed, "response-stream-event-removed", `${S}/ConverseStreamOutput/oneOf/0`).breaking, true);
    });

    it("a union member added to a shape used both ways is minor for writers and breaking for readers", () => {
      const member = {
        type: "object",
        required: ["hologram"],
        properties: { hologram: { type: "string" } },
        additionalProperties: false,
      };
      const changes = diffAfter((s) => (schemaAt(s, "ContentBlock").oneOf as unknown[]).push(member));
      const n = (schemaAt(realSpec(), "ContentBlock").oneOf as unknown[]).length;
      assert.equal(find(changes, "request-union-member-added", `${S}/ContentBlock/oneOf/${n}`).breaking, false);
      assert.equal(find(changes, "response-union-member-added", `${S}/ContentBlock/oneOf/${n}`).breaking, true);
    });
  });

  describe("statuses, media types, security and docs", () => {
    it("an added or removed status is breaking", () => {
      const changes = diffAfter((s) => {
        const responses = (s.paths as Record<string, Record<string, { responses: JsonObject }>>)[
          "/model/{modelId}/converse"
        ]!.post!.responses;
        responses["409"] = responses["400"];
        delete responses["408"];
      });
      assert.equal(find(changes, "response-status-added", `${CONVERSE}/responses/409`).breaking, true);
      assert.equal(find(changes, "response-status-removed", `${CONVERSE}/responses/408`).breaking, true);
    });

    it("a removed media type is breaking", () => {
      const changes = edited({ [`${CONVERSE}/responses/200/content/application~1json`]: undefined });
      assert.equal(
        find(changes, "response-media-type-removed", `${CONVERSE}/responses/200/content/application~1json`).breaking,
        true,
      );
      const invoke = "/paths/~1model~1{modelId}~1invoke/post";
      const request = edited({ [`${invoke}/requestBody/content/*~1*`]: undefined });
      assert.equal(find(request, "request-media-type-removed", `${invoke}/requestBody/content/*~1*`).breaking, true);
    });

    it("a request body that disappears or becomes required is breaking", () => {
      const gone = edited({ [`${CONVERSE}/requestBody`]: undefined });
      assert.equal(
        find(gone, "request-media-type-removed", `${CONVERSE}/requestBody/content/application~1json`).breaking,
        true,
      );
      const changes = diffSpecs(
        realSpec(),
        withEdits(realSpec(), { [`${CONVERSE}/requestBody/required`]: true }),
      ).changes;
      assert.deepEqual(
        changes.map((c) => [c.code, c.pointer, c.breaking]),
        [["request-body-became-required", `${CONVERSE}/requestBody`, true]],
      );
    });

    it("a removed or changed security scheme is breaking", () => {
      const removed = diffAfter((s) => {
        delete (s.components as { securitySchemes: JsonObject }).securitySchemes.bearer;
        s.security = [{ sigv4: [] }];
      });
      assert.equal(find(removed, "security-scheme-removed", "/components/securitySchemes/bearer").breaking, true);
      const requirement = find(removed, "security-requirement-removed", "/security");
      assert.equal(requirement.breaking, true);
      // Ten: InvokeModelWithBidirectionalStream has its own requirement (SigV4 only), untouched by the global one.
      assert.equal(requirement.operations.length, 10);
      const changed = edited({ "/components/securitySchemes/sigv4/x-aws-signing-name": "bedrock-runtime" });
      assert.equal(
        find(changed, "security-scheme-changed", "/components/securitySchemes/sigv4/x-aws-signing-name").breaking,
        true,
      );
    });

    it("description changes are documentation only (patch)", () => {
      const result = diffSpecs(
        realSpec(),
        withEdits(realSpec(), { [`${S}/StopReason/description`]: "Why it stopped." }),
      );
      assert.deepEqual(
        result.changes.map((c) => [c.code, c.pointer, c.breaking]),
        [["description-changed", `${S}/StopReason/description`, false]],
      );
      assert.equal(result.level, "patch");
    });
  });

  it("follows recursive schemas without looping and reports each place once", () => {
    const recursive = (spec: JsonObject) => {
      const request = schemaAt(spec, "ConverseRequest");
      (request.properties as JsonObject).followUp = { $ref: "#/components/schemas/ConverseRequest" };
      return spec;
    };
    const before = recursive(realSpec());
    const after = recursive(realSpec());
    (schemaAt(after, "ConverseRequest").properties as JsonObject).tenant = { type: "string" };
    const changes = diffSpecs(before, after).changes;
    assert.deepEqual(
      changes.map((c) => [c.code, c.pointer]),
      [["request-property-added-optional", `${S}/ConverseRequest/properties/tenant`]],
    );
  });

  it("tolerates a document that is not an object (nothing to compare)", () => {
    const result = diffSpecs(realSpec(), "not a spec");
    assert.equal(result.changes.filter((c) => c.code === "operation-removed").length, 11);
    assert.equal(result.level, "major");
  });

  it("the README's semver table puts every change code in the row of its level", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    for (const [code, kind] of Object.entries(changeKinds)) {
      const row = readme.split("\n").find((line) => line.startsWith(`| **${kind.level}**`)) ?? "";
      assert.ok(row.includes(`\`${code}\``), `README: ${code} is missing from the ${kind.level} row`);
    }
  });
});
