import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../scripts/paths.js";
import { bedrockRuntime, shapeSources } from "../definitions/index.js";
import { allowList } from "./allow-list.js";
import { checkDrift, definitionLocator, differenceProblem } from "./check-drift.js";
import { compareModels } from "./compare.js";
import { awsModels } from "./edit-definitions.test-helper.js";


const summary = (d: { source: string; code: string; path: string }) => `${d.source} ${d.code} ${d.path}`;

describe("drift: the real definitions", () => {
  it("match the installed SDK schemas, apart from the allow-list", () => {
    const report = checkDrift(bedrockRuntime, [{ source: "sdk", model: awsModels().sdk }], allowList);
    assert.deepEqual(report.unexplained.map(summary), []);
    assert.deepEqual(report.stale, []);
  });

  it("match the official Smithy model, apart from the allow-list", () => {
    const report = checkDrift(bedrockRuntime, [{ source: "smithy", model: awsModels().smithy }], allowList);
    assert.deepEqual(report.unexplained.map(summary), []);
    assert.deepEqual(report.stale, []);
  });

  it("match both at once, and every allow-list entry is used", () => {
    const { sdk, smithy } = awsModels();
    const report = checkDrift(
      bedrockRuntime,
      [
        { source: "sdk", model: sdk },
        { source: "smithy", model: smithy },
      ],
      allowList,
    );
    assert.deepEqual(report.unexplained.map(summary), []);
    assert.deepEqual(report.stale, []);
    const used = new Set(report.allowed.map((a) => a.entry));
    assert.deepEqual(allowList.filter((entry) => !used.has(entry)), []);
  });

  it("allow-list entries give a reason, and their evidence recordings exist", () => {
    for (const entry of allowList) {
      assert.ok(entry.reason.trim().length > 20, `${entry.code} ${entry.path}: the reason should say why`);
      for (const file of entry.evidence ?? []) assert.ok(existsSync(join(repoRoot, file)), `${entry.code} ${entry.path}: evidence ${file} does not exist`);
    }
  });

  it("the two AWS readers agree, apart from the SDK's documented additions", () => {
    // Reads the SDK as "AWS" and the Smithy model in place of our definitions: a reader that
    // missed or invented facts would show up here as well as in the comparisons above.
    const { sdk, smithy } = awsModels();
    assert.deepEqual(compareModels(sdk, smithy, "sdk").map(summary), [
      "sdk drift/missing-member ContentBlock.toolAddition",
      "sdk drift/missing-member ContentBlock.toolRemoval",
      "sdk drift/missing-member OutputConfig.effort",
      "sdk drift/missing-shape ToolAdditionBlock",
      "sdk drift/missing-shape ToolReference",
      "sdk drift/missing-shape ToolRemovalBlock",
    ]);
  });

  it("readers see the whole API", () => {
    const { sdk, smithy } = awsModels();
    for (const model of [sdk, smithy]) assert.deepEqual([...model.operations.keys()].sort(), bedrockRuntime.operations.map((op) => op.name).sort());
    assert.equal(smithy.shapes.size, 338, "every non-prelude shape the Smithy operations reach");
    assert.equal([...sdk.shapes.values()].filter((s) => s.kind === "enum").length, 45, "every enum the SDK exports");
  });

  it("a difference is placed in the definition module that holds our side", () => {
    const locate = definitionLocator(bedrockRuntime, shapeSources);
    const p = differenceProblem({ code: "drift/required-mismatch", source: "smithy", path: "ConverseRequest.messages", aws: "required", ours: "optional" }, locate);
    assert.equal(p.file, "generator/definitions/converse.ts");
    assert.equal(p.pointer, "ConverseRequest.messages");
    assert.match(p.message, /required flag differs: smithy says required; the definitions say optional/);
    assert.equal(locate("operation InvokeModel.errors.ThrottlingException"), "generator/definitions/invoke.ts");
  });
});
