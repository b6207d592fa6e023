import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CommandIO } from "../command.js";

/** A capture in the shared format whose request header carries an access key id. */
function leakyCapture(keyId: string): unknown {
  return {
    source: { repo: "o/r", path: "a.yml", commit: "0123456789abcdef0123456789abcdef01234567", index: 0 },
    operation: "Converse",
    request: {
      method: "POST",
      url: "https://h/model/m/converse",
      headers: { Authorization: `AWS4-HMAC-SHA256 Credential=${keyId}/x` },
      body: {},
    },
    response: { status: 200, headers: { "Content-Type": "application/json" }, body: {} },
    meta: { format: "vcr-yaml", license: "MIT" },
  };
}
import { main } from "../cli.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(["import-recordings", ...argv], io);
  return { code, out, err };
}

describe("bedrock-openapi import-recordings: command line", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "import-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("requires --from: a usage error (exit 2) that says so", async () => {
    const { code, err } = await run("--to", join(dir, "out"));
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /--from DIR is required/);
  });

  it("names a --from folder that does not exist (exit 2) and writes nothing", async () => {
    const { code, err } = await run("--from", join(dir, "missing"), "--to", join(dir, "out"));
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /--from .*missing: no such folder/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it("refuses an empty --from folder (exit 2) and writes nothing", async () => {
    mkdirSync(join(dir, "empty"));
    const { code, err } = await run("--from", join(dir, "empty"), "--to", join(dir, "out"));
    assert.equal(code, EXIT_USAGE, err);
    assert.match(err, /holds no <source>\/ folder/);
    assert.deepEqual(readdirSync(dir), ["empty"]);
  });

  it("--dry-run prints what would change and writes nothing; a planted secret is printed masked (exit 1)", async () => {
    const from = join(dir, "from");
    mkdirSync(join(from, "src"), { recursive: true });
    const keyId = "ASIA" + "Q7LMZ3XW4PTRNB2Y";
    writeFileSync(join(from, "src", "001-Converse.json"), "{}");
    let result = await run("--from", from, "--to", join(dir, "out"), "--dry-run");
    assert.equal(result.code, EXIT_PROBLEMS, result.err);
    assert.match(result.out, /would import 0 recordings[\s\S]*would be added: 1\n {2}EXCLUDED\.md/);
    assert.ok(!existsSync(join(dir, "out")));
    writeFileSync(join(from, "src", "001-Converse.json"), JSON.stringify({ note: keyId }));
    writeFileSync(join(from, "src", "002-Converse.json"), JSON.stringify(leakyCapture(keyId)));
    result = await run("--from", from, "--to", join(dir, "out"));
    assert.equal(result.code, EXIT_PROBLEMS);
    assert.match(result.out, /\[secret\/access-key-id\].*ASIA\*{16}[\s\S]*nothing was written/);
    assert.ok(!result.out.includes(keyId) && !result.err.includes(keyId));
    assert.ok(!existsSync(join(dir, "out")));
  });

  it("--help shows that --from is required", async () => {
    const { code, out } = await run("--help");
    assert.equal(code, EXIT_OK);
    assert.match(out, /--from DIR .*required/);
  });
});
