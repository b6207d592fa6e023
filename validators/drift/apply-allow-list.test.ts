import assert from "node:assert/strict";
import { bedrockRuntime } from "../../generator/definitions/index.js";
import { allowList } from "./allow-list.js";
import { applyAllowList, type AllowEntry } from "./apply-allow-list.js";
import { checkDrift, staleProblem } from "./check-drift.js";
import type { Difference } from "./compare.js";
import { awsModels } from "./edit-definitions.test-helper.js";

const difference = (path: string, source: Difference["source"] = "smithy"): Difference => ({
  code: "drift/extra-member",
  source,
  path,
  aws: "(absent)",
  ours: "String",
});
const entry = (path: string, sources: AllowEntry["sources"] = ["smithy"]): AllowEntry => ({
  code: "drift/extra-member",
  path,
  sources,
  reason: "kept on purpose in this test",
});

describe("drift: the allow-list", () => {
  it("an entry that matches nothing is reported as stale", () => {
    const stale = entry("ConverseRequest.notAMember");
    const report = checkDrift(bedrockRuntime, [{ source: "smithy", model: awsModels().smithy }], [...allowList, stale]);
    assert.deepEqual(report.unexplained, []);
    assert.deepEqual(report.stale, [{ entry: stale, source: "smithy" }]);
    const p = staleProblem(report.stale[0]!);
    assert.equal(p.code, "drift/stale-allow-entry");
    assert.equal(p.file, "validators/drift/allow-list.ts");
    assert.match(p.message, /ConverseRequest\.notAMember \(smithy\) matches no difference/);
  });

  it("an entry goes stale once the definitions stop differing", () => {
    const result = applyAllowList([], [entry("OutputConfig.effort")], ["smithy"]);
    assert.equal(result.stale.length, 1);
  });

  it("an entry is stale for each compared source it names but does not match", () => {
    const both = entry("OutputConfig.effort", ["sdk", "smithy"]);
    const result = applyAllowList([difference("OutputConfig.effort")], [both], ["sdk", "smithy"]);
    assert.deepEqual(result.stale, [{ entry: both, source: "sdk" }]);
  });

  it("an entry for a source that was not compared is idle, not stale", () => {
    const result = applyAllowList([], [entry("OutputConfig.effort")], ["sdk"]);
    assert.deepEqual(result.stale, []);
  });

  it("matches code, source and path exactly; `*` spans one dotted segment", () => {
    const entries = [{ ...entry("operation *.errors.Oops"), code: "drift/extra-error" as const }];
    const oops = (path: string): Difference => ({ ...difference(path), code: "drift/extra-error" });
    const result = applyAllowList(
      [
        oops("operation Converse.errors.Oops"),
        oops("operation Converse.errors.OopsToo"),
        oops("operation A.B.errors.Oops"),
        difference("operation Converse.errors.Oops"),
      ],
      entries,
      ["smithy"],
    );
    assert.deepEqual(
      result.allowed.map((a) => a.difference.path),
      ["operation Converse.errors.Oops"],
    );
    assert.equal(result.unexplained.length, 3);
  });

  it("does not explain the same difference from another source", () => {
    const result = applyAllowList(
      [difference("OutputConfig.effort", "sdk")],
      [entry("OutputConfig.effort")],
      ["sdk", "smithy"],
    );
    assert.equal(result.unexplained.length, 1);
  });
});
