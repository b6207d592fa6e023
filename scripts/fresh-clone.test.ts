/**
 * A fresh clone must stand alone: nothing beside the checkout may be needed. The repository's
 * HEAD is cloned into an empty temporary folder (no `shared` sibling), and the tests that once
 * read outside the checkout — drift against the Smithy model, the vendored model's hash, the
 * contract run over the recordings — run there in a child process. To stay cheap on a busy
 * machine the clone reuses this checkout's node_modules and its freshly built dist/ (the compiled
 * code finds the repository from its own location, so it reads the clone's files).
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../generator/core/paths.js";

describe("a fresh clone with nothing beside it", function () {
  this.timeout(120_000);
  let parent: string;
  before(() => {
    parent = mkdtempSync(join(tmpdir(), "fresh-clone-"));
  });
  after(() => rmSync(parent, { recursive: true, force: true }));

  it("passes the drift, vendored-model and contract tests", () => {
    const clone = join(parent, "repo");
    const head = execFileSync("git", ["-C", repoRoot, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    execFileSync("git", ["clone", "--quiet", "--shared", "--no-checkout", repoRoot, clone]);
    execFileSync("git", ["-C", clone, "checkout", "--quiet", head]);
    assert.deepEqual(readdirSync(parent), ["repo"]);
    assert.ok(!existsSync(join(parent, "shared")));
    symlinkSync(join(repoRoot, "node_modules"), join(clone, "node_modules"), "dir");
    cpSync(join(repoRoot, "dist"), join(clone, "dist"), { recursive: true });
    const env = { ...process.env };
    delete env["BEDROCK_SMITHY_MODEL"];
    const specs = [
      "validators/drift/drift.test.js",
      "validators/drift/vendored-model.test.js",
      "contract-tests/run-contract.test.js",
    ];
    const mocha = join(clone, "node_modules", ".bin", "mocha");
    const run = spawnSync(
      mocha,
      ["--no-config", "--timeout", "60000", "--reporter", "dot", ...specs.map((s) => join("dist", s))],
      {
        cwd: clone,
        env,
        encoding: "utf8",
      },
    );
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /\d+ passing/);
    assert.doesNotMatch(run.stdout, /failing|pending/);
  });
});
