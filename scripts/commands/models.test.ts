import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { ModelsReport } from "../../contract-tests/model-families.js";
import { repoRoot } from "../../generator/core/paths.js";

const cli = resolve(repoRoot, "dist/scripts/cli.js");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, "models", ...args], {
      maxBuffer: 1 << 24,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string };
    return { code: failure.code, out: failure.stdout, err: failure.stderr };
  }
}

describe("bedrock-openapi models", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "models-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("--format json lists every family with patterns, operations and recording counts, and unmatched ids", async () => {
    const { code, out } = await run("--format", "json");
    assert.equal(code, 0);
    const report = JSON.parse(out) as ModelsReport;
    const messages = report.families.find((f) => f.family === "anthropic-messages");
    assert.deepEqual(messages?.operations, ["InvokeModel", "InvokeModelWithResponseStream"]);
    assert.ok((messages?.recordings["InvokeModel"] ?? 0) > 100);
    assert.deepEqual(report.families.find((f) => f.family === "amazon-titan-embed-image")?.recordings, {
      InvokeModel: 0,
    });
    assert.ok(report.unmatched.some((u) => u.modelId === "does-not-exist"));
    assert.ok(!report.unmatched.some((u) => u.modelId.includes("anthropic.claude")));
  });

  it("text output names each family and says when none covers it", async () => {
    const { code, out } = await run();
    assert.equal(code, 0);
    assert.match(out, /^anthropic-text-completions — /m);
    assert.match(out, /amazon-titan-embed-image[\s\S]*no recording covers this family yet/);
    assert.match(out, /Model ids no family matches/);
  });

  it("an unreadable spec is a usage error naming the file; an unknown flag too", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const r = await run("--spec", bad);
    assert.equal(r.code, 2);
    assert.ok(r.err.includes(bad), r.err);
    assert.equal((await run("--frobnicate")).code, 2);
  });

  it("a spec without families lists none and every recorded model as unmatched", async () => {
    const spec = join(dir, "spec.json");
    writeFileSync(spec, JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} }));
    const { code, out } = await run("--spec", spec, "--format", "json");
    assert.equal(code, 0);
    const report = JSON.parse(out) as ModelsReport;
    assert.deepEqual(report.families, []);
    assert.ok(
      report.unmatched.some((u) => u.modelId === "anthropic.claude-3-haiku-20240307-v1:0"),
      "with no family every model is unmatched",
    );
  });
});
