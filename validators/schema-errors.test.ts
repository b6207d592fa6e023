import assert from "node:assert/strict";
import { condenseUnionErrors } from "./schema-errors.js";
import type { SchemaError } from "./schemas.js";

const tooLong: SchemaError = {
  instancePath: "/tools/0/toolSpec/name",
  schemaPath: "#/components/schemas/ToolName/maxLength",
  keyword: "maxLength",
  message: "must NOT have more than 64 characters",
  params: { limit: 64 },
};

describe("validators/schema-errors condenseUnionErrors", () => {
  it("keeps one error for one fault reached by two routes (a list's $ref and its repeated items)", () => {
    assert.deepEqual(condenseUnionErrors([tooLong, { ...tooLong }]), [tooLong]);
  });

  it("keeps errors at the same place that differ in what they name", () => {
    const extra = (name: string): SchemaError => ({
      instancePath: "",
      schemaPath: "#/additionalProperties",
      keyword: "additionalProperties",
      message: "must NOT have additional properties",
      params: { additionalProperty: name },
    });
    assert.deepEqual(condenseUnionErrors([extra("top_k"), extra("top_p")]), [extra("top_k"), extra("top_p")]);
  });
});
