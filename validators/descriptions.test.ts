import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { specJsonPath } from "../generator/core/paths.js";
import { countUndescribed, findUndescribed, type Undescribed } from "./descriptions.js";
import { CONVERSE, editedSpec, fixtureSpec, withEdits } from "./test-fixtures.js";

const ROUTE = "/paths/~1model~1{modelId}~1converse";

function where(found: readonly Undescribed[]): string[] {
  return found.map((u) => `${u.kind}.${u.field} ${u.pointer}`);
}

describe("validators/descriptions findUndescribed", () => {
  it("finds nothing undescribed in the emitted spec", () => {
    const spec: unknown = JSON.parse(readFileSync(specJsonPath, "utf8"));
    const found = findUndescribed(spec);
    assert.deepEqual(countUndescribed(found), {}, where(found).slice(0, 20).join("\n"));
  });

  it("finds nothing undescribed in the fixture", () => {
    assert.deepEqual(where(findUndescribed(fixtureSpec())), []);
  });

  it("fails when one description is removed from the emitted spec", () => {
    const spec = JSON.parse(readFileSync(specJsonPath, "utf8")) as Record<string, unknown>;
    withEdits(spec, { "/components/schemas/InferenceConfiguration/properties/maxTokens/description": undefined });
    assert.deepEqual(where(findUndescribed(spec)), [
      "property.description /components/schemas/InferenceConfiguration/properties/maxTokens",
    ]);
  });

  it("names each kind of part that lacks its words", () => {
    const found = findUndescribed(
      editedSpec({
        "/info/contact": undefined,
        "/externalDocs": undefined,
        "/servers/0/description": "",
        "/servers/0/variables/region/description": undefined,
        "/tags/0/description": " ",
        [`${ROUTE}/summary`]: undefined,
        [`${CONVERSE}/description`]: undefined,
        [`${CONVERSE}/parameters/0/description`]: undefined,
        [`${CONVERSE}/requestBody/description`]: undefined,
        [`${CONVERSE}/responses/403/description`]: undefined,
        "/components/schemas/ImageBlock/description": undefined,
        "/components/schemas/ImageBlock/properties/bytes/description": undefined,
        "/components/securitySchemes/bearer/description": undefined,
      }),
    );
    assert.deepEqual(where(found), [
      "info.contact /info",
      "info.externalDocs ",
      "server.description /servers/0",
      "server variable.description /servers/0/variables/region",
      "tag.description /tags/0",
      `path item.summary ${ROUTE}`,
      `operation.description ${CONVERSE}`,
      `parameter.description ${CONVERSE}/parameters/0`,
      `request body.description ${CONVERSE}/requestBody`,
      `response.description ${CONVERSE}/responses/403`,
      "schema.description /components/schemas/ImageBlock",
      "property.description /components/schemas/ImageBlock/properties/bytes",
      "security scheme.description /components/securitySchemes/bearer",
    ]);
  });

  it("looks into union branches, response headers and inline schemas", () => {
    const found = findUndescribed(
      editedSpec({
        "/components/schemas/ContentBlock/oneOf/0/title": "ContentBlock.text",
        "/components/schemas/ContentBlock/oneOf/1/properties/image/description": undefined,
        [`${CONVERSE}/responses/200/headers`]: { "x-amzn-RequestId": { schema: { type: "string" } } },
        [`${CONVERSE}/responses/500/content/application~1json/schema`]: {
          type: "object",
          properties: { code: { type: "integer" } },
        },
      }),
    );
    assert.deepEqual(where(found), [
      `header.description ${CONVERSE}/responses/200/headers/x-amzn-RequestId`,
      `property.description ${CONVERSE}/responses/500/content/application~1json/schema/properties/code`,
      "schema.description /components/schemas/ContentBlock/oneOf/0",
      "property.description /components/schemas/ContentBlock/oneOf/1/properties/image",
    ]);
  });

  it("accepts a $ref where a parameter, response or header may be one", () => {
    const found = findUndescribed(
      editedSpec({
        [`${CONVERSE}/responses/403`]: { $ref: "#/components/responses/Denied" },
        "/components/responses": { Denied: { description: "Not allowed." } },
      }),
    );
    assert.deepEqual(where(found), []);
  });
});
