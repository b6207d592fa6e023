import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { repoRoot, vendoredSmithyModelPath } from "../../generator/core/paths.js";
import { vendoredModelMismatch } from "./vendored-model.js";

const sourceFile = resolve(repoRoot, "reference/SOURCE.md");

describe("vendored Smithy model", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "vendored-model-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("has the SHA-256 that reference/SOURCE.md records", () => {
    assert.equal(vendoredModelMismatch(vendoredSmithyModelPath, sourceFile), undefined);
  });

  it("fails when one byte of the model changes", () => {
    const bytes = readFileSync(vendoredSmithyModelPath);
    bytes[100] = bytes[100] === 0x20 ? 0x09 : 0x20;
    const edited = join(dir, "edited.smithy.json");
    writeFileSync(edited, bytes);
    assert.match(
      vendoredModelMismatch(edited, sourceFile) ?? "",
      /edited\.smithy\.json: sha256 [0-9a-f]{64}, but .*SOURCE\.md records 50aab19b/,
    );
  });

  it("fails when SOURCE.md records no hash", () => {
    const source = join(dir, "SOURCE.md");
    writeFileSync(source, readFileSync(sourceFile, "utf8").replace(/^\| sha256 .*$/m, ""));
    copyFileSync(vendoredSmithyModelPath, join(dir, "model.json"));
    assert.match(vendoredModelMismatch(join(dir, "model.json"), source) ?? "", /no "\| sha256 \|/);
  });
});
