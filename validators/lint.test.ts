import assert from "node:assert/strict";
import { createConfig, lintDocument, Source } from "@redocly/openapi-core";
import type { Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";
import { checkLint } from "./lint.js";
import { lookup } from "../generator/core/pointer.js";
import { bedrockPlugin, decodeRuleMessage, sigv4EncodeSegment } from "./redocly-plugin.js";
import { CONVERSE, editedSpec, fixtureSpec, placed } from "./test-fixtures.js";

const file = "fixture.json";
const UNION = "/components/schemas/ContentBlock";
const ERRORS = "/components/schemas";

/**
 * Lints the fixture with edits. A planted defect often lacks words too (a new property without
 * a description); those findings belong to bedrock/descriptions, tested on its own with `lintAll`.
 */
async function lint(edits: Readonly<Record<string, unknown>>): Promise<Problem[]> {
  return (await lintAll(edits)).filter((p) => p.code !== "lint/missing-description");
}

async function lintAll(edits: Readonly<Record<string, unknown>>): Promise<Problem[]> {
  return checkLint({ file, document: editedSpec(edits) });
}

/** Our rules' problems only: some breakages also trip a Redocly built-in, asserted separately. */
function ours(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.code !== "lint/redocly");
}

function redocly(problems: readonly Problem[]): [string | undefined, string | undefined][] {
  return problems
    .filter((p) => p.code === "lint/redocly")
    .map((p) => [/Redocly ([\w-]+)/.exec(p.message)?.[1], p.pointer]);
}

/** Runs one plugin rule alone through Redocly, as `redocly lint` with the plugin would; `[code, pointer]` pairs. */
async function lintWithRule(rule: string, document: unknown): Promise<[string, string][]> {
  const config = await createConfig({ plugins: [bedrockPlugin], rules: { [rule]: "error" } });
  const source = new Source("/fixture.json", JSON.stringify(document), "application/json");
  const results = await lintDocument({
    document: { source, parsed: document },
    config,
    externalRefResolver: undefined as never,
  });
  return results.map((r) => [
    decodeRuleMessage(r.message)?.code ?? r.ruleId,
    (r.location[0]?.pointer ?? "").replace(/^#/, ""),
  ]);
}

describe("validators/lint (Redocly recommended-strict + bedrock plugin)", () => {
  it("accepts the fixture", async () => {
    assert.deepEqual(await checkLint({ file, document: fixtureSpec() }), []);
  });

  describe("bedrock/operation-metadata", () => {
    it("rejects a missing operationId (and so does Redocly)", async () => {
      const problems = await lint({ [`${CONVERSE}/operationId`]: undefined });
      assert.deepEqual(placed(ours(problems)), [["lint/operation-missing-field", CONVERSE]]);
      assert.match(ours(problems)[0]!.message, /POST \/model\/\{modelId\}\/converse has no operationId/);
      assert.deepEqual(redocly(problems), [["operation-operationId", `${CONVERSE}/operationId`]]);
    });

    it("rejects a missing summary and an empty description", async () => {
      const problems = ours(await lint({ [`${CONVERSE}/summary`]: undefined, [`${CONVERSE}/description`]: " " }));
      assert.deepEqual(placed(problems), [
        ["lint/operation-missing-field", CONVERSE],
        ["lint/operation-missing-field", CONVERSE],
      ]);
      assert.match(problems[0]!.message, /has no summary$/);
      assert.match(problems[1]!.message, /has no description$/);
    });

    it("rejects an operation without tags", async () => {
      const problems = ours(await lint({ [`${CONVERSE}/tags`]: [] }));
      assert.deepEqual(placed(problems), [["lint/operation-missing-field", CONVERSE]]);
      assert.match(problems[0]!.message, /has no tag$/);
    });

    it("rejects an operationId that is not the AWS operation name", async () => {
      const problems = await lint({ [`${CONVERSE}/operationId`]: "converse" });
      assert.deepEqual(placed(problems), [["lint/operation-id-mismatch", `${CONVERSE}/operationId`]]);
      assert.match(problems[0]!.message, /"converse" must be the AWS operation name "Converse"/);
    });

    it("rejects an operation without a well-formed x-smithy-id", async () => {
      for (const id of [undefined, "Converse", "com.amazonaws.bedrockruntime#"]) {
        const problems = await lint({ [`${CONVERSE}/x-smithy-id`]: id });
        assert.deepEqual(placed(problems), [["lint/operation-missing-extension", CONVERSE]], `x-smithy-id ${id}`);
      }
    });
  });

  describe("bedrock/declared-statuses", () => {
    it("rejects an error whose status has no response", async () => {
      const problems = await lint({
        [`${CONVERSE}/x-smithy-errors/4`]: "ThrottlingException",
        [`${ERRORS}/ThrottlingException`]: {
          type: "object",
          description: "Too many requests.",
          "x-smithy-error": { fault: "client", status: 429 },
          properties: { message: { type: "string" } },
        },
      });
      assert.deepEqual(placed(ours(problems)), [["lint/undeclared-error-status", `${CONVERSE}/responses`]]);
      assert.match(ours(problems)[0]!.message, /ThrottlingException with status 429, but declares no 429 response/);
    });

    it("rejects a response whose schema leaves out an error of its status", async () => {
      const problems = await lint({
        [`${CONVERSE}/responses/400/content/application~1json/schema`]: {
          $ref: "#/components/schemas/ValidationException",
        },
      });
      assert.deepEqual(placed(ours(problems)), [["lint/error-not-in-response", `${CONVERSE}/responses/400`]]);
      assert.match(ours(problems)[0]!.message, /ServiceQuotaExceededException/);
    });

    it("rejects an error name without a schema", async () => {
      const problems = await lint({ [`${CONVERSE}/x-smithy-errors/4`]: "NoSuchException" });
      assert.deepEqual(placed(problems), [["lint/unknown-error-schema", `${CONVERSE}/x-smithy-errors/4`]]);
    });

    it("rejects an error schema whose status contradicts its fault, once however many operations list it", async () => {
      const converse = lookup(fixtureSpec(), CONVERSE);
      assert.ok(converse.found && isObject(converse.value));
      const problems = await lint({
        [`${ERRORS}/AccessDeniedException/x-smithy-error`]: { fault: "server", status: 403 },
        "/paths/~1model~1{modelId}~1converse-again": {
          post: {
            ...converse.value,
            operationId: "ConverseAgain",
            "x-smithy-id": "com.amazonaws.bedrockruntime#ConverseAgain",
          },
        },
      });
      assert.deepEqual(placed(problems), [["lint/invalid-error-schema", `${ERRORS}/AccessDeniedException`]]);
      assert.match(problems[0]!.message, /a server fault cannot have status 403/);
    });

    it("rejects an operation with two success responses, or none", async () => {
      const two = await lint({ [`${CONVERSE}/responses/202`]: { description: "Accepted." } });
      assert.deepEqual(placed(two), [["lint/success-response-count", `${CONVERSE}/responses`]]);
      assert.match(two[0]!.message, /declares: 200, 202/);
      const none = await lint({ [`${CONVERSE}/responses/200`]: undefined });
      assert.deepEqual(placed(ours(none)), [["lint/success-response-count", `${CONVERSE}/responses`]]);
    });

    it("rejects an operation without x-smithy-errors", async () => {
      assert.deepEqual(placed(await lint({ [`${CONVERSE}/x-smithy-errors`]: undefined })), [
        ["lint/operation-missing-extension", CONVERSE],
      ]);
    });
  });

  describe("bedrock/union-exactly-one", () => {
    it("rejects a branch with two properties", async () => {
      const problems = await lint({ [`${UNION}/oneOf/0/properties/extra`]: { type: "string" } });
      assert.deepEqual(placed(problems), [["lint/union-branch-not-single-property", `${UNION}/oneOf/0`]]);
      assert.match(problems[0]!.message, /branch 0 .* found 2 properties \(text, extra\)/);
    });

    it("rejects a branch without additionalProperties: false", async () => {
      for (const open of [undefined, true, {}]) {
        const problems = await lint({ [`${UNION}/oneOf/1/additionalProperties`]: open });
        assert.deepEqual(
          placed(problems),
          [["lint/union-branch-open", `${UNION}/oneOf/1`]],
          `additionalProperties ${JSON.stringify(open)}`,
        );
      }
    });

    it("rejects a union {} satisfies", async () => {
      const problems = await lint({ [`${UNION}/oneOf/0/required`]: undefined });
      assert.deepEqual(placed(problems), [["lint/union-accepts-empty", `${UNION}/oneOf/0`]]);
    });

    it("rejects a branch that requires something other than its member", async () => {
      const problems = await lint({ [`${UNION}/oneOf/0/required`]: ["text", "image"] });
      assert.deepEqual(placed(ours(problems)), [["lint/union-member-not-required", `${UNION}/oneOf/0/required`]]);
      assert.deepEqual(redocly(problems), [["no-required-schema-properties-undefined", `${UNION}/oneOf/0/required/1`]]);
    });

    it("rejects two branches with the same member", async () => {
      const problems = await lint({
        [`${UNION}/oneOf/1`]: {
          type: "object",
          required: ["text"],
          properties: { text: { type: "string" } },
          additionalProperties: false,
        },
        [`${UNION}/oneOf/2`]: {
          type: "object",
          required: ["image"],
          properties: { image: { $ref: "#/components/schemas/ImageBlock" } },
          additionalProperties: false,
        },
      });
      assert.deepEqual(placed(ours(problems)), [["lint/union-duplicate-member", `${UNION}/oneOf/1/properties/text`]]);
      assert.match(problems[0]!.message, /"text" appears in branch 0 and in branch 1/);
      assert.deepEqual(redocly(problems), [["no-illogical-composition-keywords", `${UNION}/oneOf`]]);
    });

    it("rejects a union without branches", async () => {
      const problems = await lint({
        [`${UNION}/oneOf`]: undefined,
        "/components/schemas/ConverseRequest/properties/image": { $ref: "#/components/schemas/ImageBlock" },
      });
      assert.deepEqual(placed(problems), [["lint/union-without-oneof", UNION]]);
    });

    it("accepts a one-member union written as its branch, and checks it like one", async () => {
      const single = {
        type: "object",
        "x-smithy-union": true,
        description: "One member.",
        required: ["text"],
        properties: { text: { type: "string" } },
      };
      const edits = {
        [UNION]: { ...single, additionalProperties: false },
        "/components/schemas/ConverseRequest/properties/image": { $ref: "#/components/schemas/ImageBlock" },
      };
      assert.deepEqual(await lint(edits), []);
      assert.deepEqual(placed(await lint({ ...edits, [UNION]: single })), [["lint/union-branch-open", UNION]]);
    });

    it("follows a branch given as a $ref and reports it where it lives, once", async () => {
      const problems = await lint({
        [`${UNION}/oneOf/1`]: { $ref: "#/components/schemas/ImageMember" },
        "/components/schemas/ImageMember": {
          type: "object",
          required: ["image"],
          properties: { image: { $ref: "#/components/schemas/ImageBlock" } },
        },
        "/components/schemas/ConverseRequest/properties/again": { $ref: "#/components/schemas/ContentBlock" },
      });
      assert.deepEqual(placed(problems), [["lint/union-branch-open", "/components/schemas/ImageMember"]]);
    });
  });

  describe("Redocly's own rules", () => {
    it("reports a built-in rule's finding with its rule id and pointer", async () => {
      const problems = await lint({ "/tags/0/description": undefined });
      assert.deepEqual(placed(problems), [["lint/redocly", "/tags/0/description"]]);
      assert.match(problems[0]!.message, /Redocly tag-description/);
    });

    it("reports an unused component", async () => {
      const problems = await lint({ "/components/schemas/Unused": { type: "string" } });
      assert.deepEqual(redocly(problems), [["no-unused-components", "/components/schemas/Unused"]]);
    });

    it("reports an external $ref as unresolved without fetching it", async () => {
      const problems = await lint({
        "/components/schemas/ConverseResponse/properties/output": {
          $ref: "https://example.invalid/schemas.json#/Output",
        },
      });
      assert.deepEqual(redocly(problems), [
        ["no-unresolved-refs", "/components/schemas/ConverseResponse/properties/output"],
      ]);
    });

    it("reports, rather than throws, on something that is not an OpenAPI document", async () => {
      const problems = await checkLint({ file, document: { hello: "world" } });
      assert.ok(problems.length > 0);
      assert.ok(
        problems.every((p) => p.file === file && typeof p.pointer === "string"),
        JSON.stringify(problems),
      );
    });
  });

  describe("bedrock/descriptions", () => {
    it("rejects a parameter, a schema property and a response without a description", async () => {
      const problems = await lintAll({
        [`${CONVERSE}/parameters/0/description`]: undefined,
        "/components/schemas/ImageBlock/properties/bytes/description": undefined,
        [`${CONVERSE}/responses/403/description`]: undefined,
      });
      assert.deepEqual(placed(problems.filter((p) => p.code === "lint/missing-description")), [
        ["lint/missing-description", `${CONVERSE}/parameters/0`],
        ["lint/missing-description", `${CONVERSE}/responses/403`],
        ["lint/missing-description", "/components/schemas/ImageBlock/properties/bytes"],
      ]);
      assert.match(
        problems.find((p) => p.code === "lint/missing-description")!.message,
        /^parameter \/paths\/.+ has no description/,
      );
    });

    it("rejects an operation and a path item without summary", async () => {
      const problems = await lintAll({
        [`${CONVERSE}/summary`]: undefined,
        "/paths/~1model~1{modelId}~1converse/summary": undefined,
      });
      assert.deepEqual(placed(problems.filter((p) => p.code === "lint/missing-description")), [
        ["lint/missing-description", "/paths/~1model~1{modelId}~1converse"],
        ["lint/missing-description", CONVERSE],
      ]);
    });
  });

  describe("bedrock/iam-action", () => {
    it("rejects an operation without x-aws-iam-action", async () => {
      const problems = await lint({ [`${CONVERSE}/x-aws-iam-action`]: undefined });
      assert.deepEqual(placed(problems), [["lint/operation-missing-extension", CONVERSE]]);
      assert.match(problems[0]!.message, /has no valid x-aws-iam-action/);
    });

    it("rejects a malformed action or an empty list, and accepts a list of actions", async () => {
      for (const value of ["InvokeModel", "bedrock:", [], ["bedrock:InvokeModel", 7]]) {
        const problems = await lint({ [`${CONVERSE}/x-aws-iam-action`]: value });
        assert.deepEqual(
          placed(problems),
          [["lint/operation-missing-extension", `${CONVERSE}/x-aws-iam-action`]],
          JSON.stringify(value),
        );
      }
      assert.deepEqual(
        await lint({ [`${CONVERSE}/x-aws-iam-action`]: ["bedrock:InvokeModel", "bedrock:CallWithBearerToken"] }),
        [],
      );
    });
  });

  describe("bedrock/examples-match-schema (off in check, which runs the examples check instead)", () => {
    const RESPONSE = `${CONVERSE}/responses/200/content/application~1json`;

    it("accepts the fixture's examples", async () => {
      const document = editedSpec({ [`${RESPONSE}/examples`]: { hello: { value: { output: "Hi." } } } });
      assert.deepEqual(await lintWithRule("bedrock/examples-match-schema", document), []);
    });

    it("rejects an example that fails its schema, where the bad value is", async () => {
      const document = editedSpec({ [`${RESPONSE}/examples`]: { hello: { value: { output: 42 } } } });
      assert.deepEqual(await lintWithRule("bedrock/examples-match-schema", document), [
        ["examples/invalid-value", `${RESPONSE}/examples/hello/value/output`],
      ]);
    });

    it("is switched off in check: lint adds nothing of ours to what Redocly and the examples check say", async () => {
      const problems = await lint({ [`${RESPONSE}/examples`]: { hello: { value: { output: 42 } } } });
      assert.deepEqual(placed(problems), [["lint/redocly", `${RESPONSE}/examples/hello/value/output`]]);
    });
  });

  describe("bedrock/encoding-vectors", () => {
    const ENCODING = `${CONVERSE}/parameters/0/x-aws-path-encoding`;

    it("encodes segments for SigV4 canonical paths as RFC 3986 does", () => {
      assert.equal(sigv4EncodeSegment("arn%3Aaws%2Fx"), "arn%253Aaws%252Fx");
      assert.equal(sigv4EncodeSegment("a!b*(c)'"), "a%21b%2A%28c%29%27");
      assert.equal(sigv4EncodeSegment("A-z_0.9~"), "A-z_0.9~");
    });

    it("rejects a wrong path segment and a wrong canonical segment", async () => {
      const problems = await lint({
        [`${ENCODING}/vectors/0`]: { value: "model:1", pathSegment: "model:1", canonicalSegment: "model%3A1" },
      });
      assert.deepEqual(placed(problems), [
        ["lint/encoding-vector-mismatch", `${ENCODING}/vectors/0/pathSegment`],
        ["lint/encoding-vector-mismatch", `${ENCODING}/vectors/0/canonicalSegment`],
      ]);
      assert.match(problems[0]!.message, /encodeURIComponent\) gives "model%3A1", but the vector says "model:1"/);
    });

    it("rejects a path parameter without the rule and its vectors", async () => {
      for (const value of [undefined, { rule: "Encode it.", vectors: [] }]) {
        const problems = await lint({ [ENCODING]: value });
        assert.deepEqual(placed(problems), [["lint/operation-missing-extension", `${CONVERSE}/parameters/0`]]);
      }
    });

    it("rejects an X-Amzn-ErrorType vector that does not parse to its name", async () => {
      const header = {
        description: "The error's name.",
        schema: { type: "string" },
        "x-amzn-errortype-grammar": {
          pattern: "^(?:[^#:]*#)?([^#:]+)(?::.*)?$",
          nameGroup: 1,
          rule: "Cut at the first colon, keep what follows the last hash.",
          vectors: [
            { value: "aws.protocols#ThrottlingException:http://x/", name: "ThrottlingException" },
            { value: "ns#ValidationException", name: "ns#ValidationException" },
          ],
        },
      };
      const problems = await lint({
        "/components/headers": { ErrorType: header },
        [`${CONVERSE}/responses/403/headers`]: { "X-Amzn-ErrorType": { $ref: "#/components/headers/ErrorType" } },
      });
      const at = "/components/headers/ErrorType/x-amzn-errortype-grammar/vectors/1/name";
      assert.deepEqual(placed(problems), [
        ["lint/encoding-vector-mismatch", at],
        ["lint/encoding-vector-mismatch", at],
      ]);
    });
  });
});
