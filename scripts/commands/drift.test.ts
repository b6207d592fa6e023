import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { EXIT_OK, EXIT_USAGE, type CommandIO } from "../command.js";
import { main } from "../cli.js";
import { smithyModelPath } from "../../generator/core/paths.js";

const smithyFile = smithyModelPath;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(["drift", ...argv], io);
  return { code, out, err };
}

describe("bedrock-openapi drift", () => {
  it("exits 0 on the real definitions against the SDK and the Smithy model", async () => {
    const { code, out } = await run("--smithy", smithyFile);
    assert.equal(code, EXIT_OK, out);
    assert.match(out, /No unexplained differences\./);
    assert.match(out, /Kept on purpose/);
  });

  it("--format json gives a machine-readable report", async () => {
    const { code, out } = await run("--format", "json", "--smithy", smithyFile);
    assert.equal(code, EXIT_OK);
    const report = JSON.parse(out) as {
      ok: boolean;
      compared: { source: string }[];
      differences: unknown[];
      stale: unknown[];
      allowed: { code: string; reason: string }[];
    };
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.compared.map((c) => c.source),
      ["sdk", "smithy"],
    );
    assert.deepEqual(report.differences, []);
    assert.ok(report.allowed.every((a) => a.code.startsWith("drift/") && a.reason.length > 0));
  });

  it("without --smithy compares with the SDK and the vendored Smithy model", async () => {
    const { code, out } = await run("--format", "json");
    assert.equal(code, EXIT_OK, out);
    const compared = (JSON.parse(out) as { compared: { source: string; label?: string }[] }).compared;
    assert.deepEqual(
      compared.map((c) => c.source),
      ["sdk", "smithy"],
    );
    assert.match(JSON.stringify(compared[1]), /bedrock-runtime\.smithy\.json/);
  });

  it("usage errors exit 2: unknown flag, bad format, stray argument, unreadable or non-Smithy file", async () => {
    for (const argv of [
      ["--bogus"],
      ["--format", "xml"],
      ["extra"],
      ["--smithy"],
      ["--smithy", "/no/such/file.json"],
      ["--smithy", fileURLToPath(new URL("../../../package.json", import.meta.url))],
    ]) {
      const { code, err } = await run(...argv);
      assert.equal(code, EXIT_USAGE, `${argv.join(" ")}: ${err}`);
      assert.ok(err.length > 0);
    }
  });

  it("--help prints the options", async () => {
    const { code, out } = await run("--help");
    assert.equal(code, EXIT_OK);
    assert.match(out, /--smithy FILE/);
  });
});
