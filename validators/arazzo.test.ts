import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { specDir } from "../generator/core/paths.js";
import { checkArazzoFile } from "./arazzo.js";

const ARAZZO = "bedrock-runtime.arazzo.yaml";

describe("Arazzo lint (Redocly)", () => {
  const dir = mkdtempSync(join(tmpdir(), "arazzo-lint-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("finds nothing in the generated workflows", async () => {
    assert.deepEqual(await checkArazzoFile(join(specDir, ARAZZO), true), []);
  });

  it("names the file, place and rule of a step output that is never defined, and a missing required file", async () => {
    copyFileSync(join(specDir, "bedrock-runtime.openapi.yaml"), join(dir, "bedrock-runtime.openapi.yaml"));
    const doc = YAML.parse(readFileSync(join(specDir, ARAZZO), "utf8")) as {
      workflows: { outputs?: Record<string, string> }[];
    };
    doc.workflows[0]!.outputs = { reply: "$steps.chatTurn.outputs.noSuchOutput" };
    const file = join(dir, ARAZZO);
    writeFileSync(file, YAML.stringify(doc));
    const problems = await checkArazzoFile(file, true);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.code, "arazzo/lint");
    assert.equal(problems[0]?.file, file);
    assert.equal(problems[0]?.pointer, "/workflows/0/outputs/reply");
    assert.match(problems[0]?.message ?? "", /noSuchOutput|outputs-defined/);
    assert.deepEqual(
      (await checkArazzoFile(join(dir, "none.yaml"), true)).map((p) => p.code),
      ["io/read-failed"],
    );
    assert.deepEqual(await checkArazzoFile(join(dir, "none.yaml"), false), []);
  });
});
