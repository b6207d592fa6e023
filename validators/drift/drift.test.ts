import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../generator/core/paths.js";
import { bedrockRuntime, shapeSources } from "../../generator/definitions/index.js";
import { allowList } from "./allow-list.js";
import { checkDrift, definitionLocator, differenceProblem } from "./check-drift.js";
import { compareModels } from "./compare.js";
import { awsModels, smithyFile } from "./edit-definitions.test-helper.js";
import type { DriftModel, DriftSource } from "./model.js";
import { readDefinitions } from "./read-definitions.js";

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
    assert.deepEqual(
      allowList.filter((entry) => !used.has(entry)),
      [],
    );
  });

  it("allow-list entries give a reason, and their evidence recordings exist", () => {
    for (const entry of allowList) {
      assert.ok(entry.reason.trim().length > 20, `${entry.code} ${entry.path}: the reason should say why`);
      for (const file of entry.evidence ?? [])
        assert.ok(existsSync(join(repoRoot, file)), `${entry.code} ${entry.path}: evidence ${file} does not exist`);
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

  describe("readers see the whole API", () => {
    const sorted = (names: Iterable<string>) => [...names].sort();
    /** Shapes the allow-list says we define although `source` does not. */
    const extraShapes = (source: DriftSource) =>
      allowList.filter((e) => e.code === "drift/extra-shape" && e.sources.includes(source)).map((e) => e.path);
    /** Kinds the SDK names wherever they occur (it leaves plain strings, numbers and lists of them unnamed). */
    const alwaysNamed = (model: DriftModel) =>
      [...model.shapes.values()]
        .filter((s) => ["structure", "union", "enum", "intEnum"].includes(s.kind))
        .map((s) => s.name);

    it("both readers list the operations the definitions define", () => {
      const { sdk, smithy } = awsModels();
      for (const model of [sdk, smithy])
        assert.deepEqual(sorted(model.operations.keys()), sorted(bedrockRuntime.operations.map((op) => op.name)));
    });

    it("the Smithy reader reaches every shape the model file defines", () => {
      // The published file holds exactly the service's closure, so a shape left out means the reader stopped following a reference.
      const ast = JSON.parse(readFileSync(smithyFile, "utf8")) as { shapes: Record<string, { type: string }> };
      const defined = Object.entries(ast.shapes)
        .filter(([, shape]) => !["service", "resource", "operation"].includes(shape.type))
        .map(([id]) => id.slice(id.indexOf("#") + 1));
      assert.deepEqual(sorted(awsModels().smithy.shapes.keys()), sorted(defined));
    });

    it("every shape the definitions reach is found by both readers, or allow-listed", () => {
      const { sdk, smithy } = awsModels();
      const ours = readDefinitions(bedrockRuntime);
      assert.deepEqual(sorted(ours.shapes.keys()), sorted([...smithy.shapes.keys(), ...extraShapes("smithy")]));
      assert.deepEqual(sorted(alwaysNamed(ours)), sorted([...alwaysNamed(sdk), ...extraShapes("sdk")]));
      assert.deepEqual(
        [...sdk.shapes.keys()].filter((name) => !ours.shapes.has(name)),
        [],
        "every shape the SDK names is one we define",
      );
    });

    it("the SDK and the Smithy reader find the same shapes, apart from the SDK's allow-listed newer additions", () => {
      const { sdk, smithy } = awsModels();
      const sdkOnly = extraShapes("smithy").filter((name) => !extraShapes("sdk").includes(name));
      assert.deepEqual(sorted([...sdk.shapes.keys()].filter((name) => !smithy.shapes.has(name))), sorted(sdkOnly));
      assert.deepEqual(sorted(alwaysNamed(sdk)), sorted([...alwaysNamed(smithy), ...sdkOnly]));
      const enums = (model: DriftModel) =>
        [...model.shapes.values()].filter((s) => s.kind === "enum" || s.kind === "intEnum").map((s) => s.name);
      assert.deepEqual(sorted(enums(sdk)), sorted(enums(smithy)), "the SDK exports exactly the Smithy model's enums");
    });
  });

  it("a difference is placed in the definition module that holds our side", () => {
    const locate = definitionLocator(bedrockRuntime, shapeSources);
    const p = differenceProblem(
      {
        code: "drift/required-mismatch",
        source: "smithy",
        path: "ConverseRequest.messages",
        aws: "required",
        ours: "optional",
      },
      locate,
    );
    assert.equal(p.file, "generator/definitions/converse.ts");
    assert.equal(p.pointer, "ConverseRequest.messages");
    assert.match(p.message, /required flag differs: smithy says required; the definitions say optional/);
    assert.equal(locate("operation InvokeModel.errors.ThrottlingException"), "generator/definitions/invoke.ts");
  });
});
