import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../../generator/core/paths.js";

const cli = resolve(repoRoot, "dist/scripts/cli.js");

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, "mock", ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("bedrock-openapi mock", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "mock-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints its URL, serves, and stops cleanly on SIGTERM with exit 0", async () => {
    const child = spawn(process.execPath, [
      cli,
      "mock",
      "--port",
      "0",
      "--no-auth",
      "--latency",
      "0",
      "--first-frame-delay",
      "0",
      "--recordings",
      dir,
    ]);
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no URL printed: ${stdout}`)), 30_000);
        child.stdout.on("data", () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match !== null) {
            clearTimeout(timer);
            done(match[1]!);
          }
        });
      });
      const response = await fetch(`${url}/async-invoke`);
      assert.equal(response.status, 200);
      assert.match(stdout, /auth off/);
    } finally {
      child.kill("SIGTERM");
    }
    assert.equal(await exited, 0);
    assert.match(stdout, /stopped/);
  });

  it("--help documents the default test credentials and exits 0", async () => {
    const r = await run("--help");
    assert.equal(r.code, 0);
    assert.match(r.stdout, /MOCK-ACCESS-KEY-ID/);
    assert.match(r.stdout, /mock-bedrock-api-key/);
  });

  it("a broken fault rule exits 1 naming the rule and the place", async () => {
    const r = await run("--faults", "throttling,rate=7");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--faults#\/faults\/0\/rate: error \[mock\/invalid-fault\] fault rule #0 \(throttling\)/);
  });

  it("an invalid scenarios file exits 1 naming the file, the place and the rule; an unreadable one exits 2", async () => {
    const invalid = join(dir, "invalid.json");
    writeFileSync(
      invalid,
      JSON.stringify({ scenarios: [{ name: "x", when: { operation: "Dance" }, respond: { status: 200 } }] }),
    );
    const bad = await run("--scenarios", invalid);
    assert.equal(bad.code, 1);
    assert.ok(bad.stderr.includes(`${invalid}#/scenarios/0/when/operation`), bad.stderr);
    assert.match(bad.stderr, /scenario #0 "x"/);
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "scenarios:");
    const unreadable = await run("--scenarios", notJson);
    assert.equal(unreadable.code, 2);
    assert.ok(unreadable.stderr.includes(notJson));
  });

  it("bad option values are usage errors (exit 2)", async () => {
    for (const args of [["--port", "http"], ["--latency", "-5"], ["--port", "70000"], ["stray"]]) {
      const r = await run(...args);
      assert.equal(r.code, 2, args.join(" "));
    }
  });
});
