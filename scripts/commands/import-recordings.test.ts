import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_OK, EXIT_USAGE, type CommandIO } from "../command.js";
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

  it("imports from an existing (here empty) folder into --to", async () => {
    mkdirSync(join(dir, "empty"));
    const { code, out } = await run("--from", join(dir, "empty"), "--to", join(dir, "out"));
    assert.equal(code, EXIT_OK, out);
    assert.match(out, /imported 0 recordings/);
    assert.deepEqual(readdirSync(join(dir, "out")), ["EXCLUDED.md"]);
  });

  it("--help shows that --from is required", async () => {
    const { code, out } = await run("--help");
    assert.equal(code, EXIT_OK);
    assert.match(out, /--from DIR .*required/);
  });
});
