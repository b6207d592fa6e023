import assert from "node:assert/strict";
import { checkSpectral } from "./spectral.js";
import { editedSpec, fixtureSpec, placed } from "./test-fixtures.js";

const file = "fixture.json";

describe("validators/spectral (spectral:oas)", () => {
  it("accepts the fixture", async () => {
    assert.deepEqual(await checkSpectral({ file, document: fixtureSpec() }), []);
  });

  it("reports an array schema without items, naming rule and pointer", async () => {
    const pointer = "/components/schemas/ConverseRequest/properties/stop";
    const problems = await checkSpectral({
      file,
      document: editedSpec({ [pointer]: { type: "array", maxItems: 4, description: "Stops." } }),
    });
    assert.deepEqual(placed(problems), [["lint/spectral", pointer]]);
    assert.match(problems[0]!.message, /Spectral array-items, error/);
    assert.equal(problems[0]!.file, file);
  });

  it("reports a missing info.contact, a warning, as a problem too", async () => {
    const problems = await checkSpectral({ file, document: editedSpec({ "/info/contact": undefined }) });
    assert.deepEqual(placed(problems), [["lint/spectral", "/info"]]);
    assert.match(problems[0]!.message, /Spectral info-contact, warn/);
  });

  it("does not fetch an external $ref: it stays unresolved and is reported", async () => {
    const pointer = "/components/schemas/ConverseRequest/properties/content";
    const document = editedSpec({
      [pointer]: { $ref: "http://127.0.0.1:9/remote.json#/Thing", description: "Remote." },
    });
    const problems = await checkSpectral({ file, document });
    assert.ok(problems.length > 0, "an unresolvable reference must be reported");
    assert.ok(problems.every((p) => p.code === "lint/spectral"));
  });
});
