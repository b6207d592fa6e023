import assert from "node:assert/strict";
import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPI } from "openapi-types";
import { lookup } from "../generator/core/pointer.js";
import { checkStructure } from "./structure.js";
import { CONVERSE, editedSpec, fixtureSpec, placed } from "./test-fixtures.js";

const file = "fixture.json";

describe("validators/structure (swagger-parser)", () => {
  it("accepts the fixture and leaves its server variable description in place", async () => {
    const document = fixtureSpec();
    assert.deepEqual(await checkStructure({ file, document }), []);
    assert.deepEqual(lookup(document, "/servers/0/variables/region/description"), {
      found: true,
      value: "The AWS Region to call.",
    });
  });

  it("needs its workaround: swagger-parser 13.0 alone rejects a described server variable", async () => {
    // When this starts passing, the false positive is fixed upstream and the workaround can go.
    const api: unknown = fixtureSpec();
    await assert.rejects(
      SwaggerParser.validate(api as OpenAPI.Document),
      /servers\/0\/variables\/region must NOT have unevaluated properties/,
    );
  });

  it("rejects a server variable description that is not a string", async () => {
    const document = editedSpec({ "/servers/0/variables/region/description": 42 });
    assert.deepEqual(placed(await checkStructure({ file, document })), [
      ["structure/invalid", "/servers/0/variables/region/description"],
    ]);
  });

  it("rejects info without a version", async () => {
    const problems = await checkStructure({ file, document: editedSpec({ "/info/version": undefined }) });
    assert.deepEqual(placed(problems), [["structure/invalid", "/info"]]);
    assert.match(problems[0]!.message, /version/);
    assert.equal(problems[0]!.file, file);
  });

  it("rejects a response without a description", async () => {
    const document = editedSpec({ [`${CONVERSE}/responses/200/description`]: undefined });
    assert.deepEqual(placed(await checkStructure({ file, document })), [
      ["structure/invalid", `${CONVERSE}/responses/200`],
    ]);
  });

  it("rejects an unknown field on an operation", async () => {
    const problems = await checkStructure({ file, document: editedSpec({ [`${CONVERSE}/summry`]: "typo" }) });
    assert.deepEqual(placed(problems), [["structure/invalid", CONVERSE]]);
    assert.match(problems[0]!.message, /"summry"/);
  });

  it("rejects a $ref that points nowhere, at the $ref", async () => {
    const document = editedSpec({
      [`${CONVERSE}/requestBody/content/application~1json/schema/$ref`]: "#/components/schemas/Nope",
      [`${CONVERSE}/responses/403/content/application~1json/schema/$ref`]: "#/components/schemas/AlsoNope",
    });
    const problems = await checkStructure({ file, document });
    assert.deepEqual(placed(problems), [
      ["structure/unresolved-ref", `${CONVERSE}/requestBody/content/application~1json/schema`],
      ["structure/unresolved-ref", `${CONVERSE}/responses/403/content/application~1json/schema`],
    ]);
    assert.match(problems[0]!.message, /#\/components\/schemas\/Nope/);
  });

  it("reports, rather than throws, on something that is not an OpenAPI document", async () => {
    for (const document of [[], "openapi", null, { hello: "world" }]) {
      assert.deepEqual(placed(await checkStructure({ file, document })), [["structure/rejected", ""]]);
    }
  });
});
