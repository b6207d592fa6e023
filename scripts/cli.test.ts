import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../generator/core/paths.js";

const cli = resolve(repoRoot, "dist/scripts/cli.js");

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("bedrock-openapi CLI", () => {
  it("no command: usage and exit 2", async () => {
    const r = await run();
    assert.equal(r.code, 2);
    assert.match(r.stdout, /Commands:/);
  });

  it("--help lists the commands and exits 0", async () => {
    const r = await run("--help");
    assert.equal(r.code, 0);
    assert.match(r.stdout, /generate/);
  });

  it("an unknown command exits 2", async () => {
    const r = await run("frobnicate");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command: frobnicate/);
  });

  it("an unknown flag exits 2 and names the flag", async () => {
    const r = await run("generate", "--bogus");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option --bogus/);
  });

  it("a flag without its value exits 2", async () => {
    const r = await run("generate", "--out");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--out needs a value/);
  });

  it("generate --help exits 0", async () => {
    const r = await run("generate", "--help");
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--out DIR/);
  });

  it("generate --out writes the spec and exits 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cli-"));
    const r = await run("generate", "--out", dir);
    assert.equal(r.code, 0, r.stderr);
    // 3.1 JSON + YAML, 3.0 JSON + YAML, .d.ts, .html, and the manifest that lets the next run skip them
    assert.equal((await readdir(dir)).length, 7);
    assert.equal((r.stdout.match(/^wrote /gm) ?? []).length, 6);
    const again = await run("generate", "--out", dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /every file is current \(inputs unchanged\), nothing written/);
  });
});
