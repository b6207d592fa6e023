/** Bad user data is a problem report (exit 1 or 2), never a crash; secrets stop `contract`. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordingSchemaPath, recordingsDir } from "../../contract-tests/load-recordings.js";
import { recordingSchema } from "../../contract-tests/recording-schema.js";
import type { Recording } from "../../contract-tests/recording.js";
import { EXIT_PROBLEMS, EXIT_USAGE, type CommandIO } from "../command.js";
import { main } from "../cli.js";
import { specJsonPath } from "../../generator/core/paths.js";
import { MAX_SPEC_BYTES } from "../../generator/core/limits.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(argv, io);
  return { code, out, err };
}

const real = JSON.parse(readFileSync(join(recordingsDir, "openllmetry", "001-InvokeModel.json"), "utf8")) as Recording;

describe("hardening: bad data is a problem report, secrets stop the contract", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "hardening-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A recordings folder with one source holding `files` (name → JSON value or raw text). */
  function folder(files: Readonly<Record<string, unknown>>): string {
    const dir = join(root, "recordings");
    mkdirSync(join(dir, "src"), { recursive: true });
    for (const [name, value] of Object.entries(files)) {
      writeFileSync(join(dir, "src", name), typeof value === "string" ? value : JSON.stringify(value));
    }
    return dir;
  }

  async function contract(dir: string): Promise<{ code: number; out: string; err: string }> {
    return run("contract", "--recordings", dir);
  }

  it("contract: a recording carrying a SigV4 header, a security token and an account id fails, printed masked", async () => {
    const keyId = "AKIA" + "Q7LMZ3XW4PTRNB2Y";
    const token = "IQoJb3JpZ2lu" + "X2VjEGMaCXVzLWVhc3QtMSJHMEUCIQ".repeat(5);
    const headers = {
      ...real.request.headers,
      Authorization: `AWS4-HMAC-SHA256 Credential=${keyId}/x`,
      "X-Amz-Security-Token": token,
    };
    const leaky = { ...real, request: { ...real.request, headers }, meta: { ...real.meta, owner: "493817265021" } };
    const { code, out } = await contract(folder({ "001-InvokeModel.json": leaky }));
    assert.equal(code, EXIT_PROBLEMS, out);
    assert.match(
      out,
      /001-InvokeModel\.json#\/request\/headers\/Authorization: error \[secret\/access-key-id\] .*AKIA\*{16}/,
    );
    assert.match(out, /#\/request\/headers\/X-Amz-Security-Token: error \[secret\/session-token\]/);
    assert.match(out, /#\/meta\/owner: error \[secret\/account-id\] .*4938\*{8}/);
    for (const secret of [keyId, token, "493817265021"]) assert.ok(!out.includes(secret), "never the secret itself");
  });

  it("contract: malformed recordings are problems naming file and rule (exit 1), never a crash", async () => {
    const cases: Record<string, unknown> = {
      "001-InvokeModel.json": { ...real, request: { ...real.request, headers: { a: null } } },
      "002-InvokeModel.json": { ...real, response: { ...real.response, headers: { a: 5, b: ["x"] } } },
      "003-InvokeModel.json": { ...real, response: { ...real.response, bodyBase64: 12 } },
      "004-InvokeModel.json": { ...real, response: { ...real.response, bodyBase64: "QUJD!!" } },
      "005-InvokeModel.json": { ...real, response: { ...real.response, bodyBase64: "QUJDRA==junk" } },
      "006-InvokeModel.json": { ...real, setAside: false },
      "007-InvokeModel.json": { ...real, setAside: "" },
      "008-InvokeModel.json": { ...real, setAside: 123 },
      "009-InvokeModel.json": { ...real, provenance: { kind: "borrowed" } },
      "010-InvokeModelWithResponseStream.json": {
        ...real,
        operation: "InvokeModelWithResponseStream",
        response: {
          status: 200,
          headers: { "Content-Type": "application/vnd.amazon.eventstream" },
          body: null,
          bodyBase64: "",
        },
      },
      "011-Converse.json": real,
      "notes.txt": "stray",
    };
    const dir = folder(cases);
    symlinkSync(join(root, "nowhere.json"), join(dir, "src", "012-InvokeModel.json"));
    writeFileSync(join(dir, "stray.json"), "{}");
    const { code, out, err } = await contract(dir);
    assert.equal(code, EXIT_PROBLEMS, err);
    assert.doesNotMatch(err, /\n\s+at /, "no stack trace");
    const malformed = (name: string, rule: RegExp) =>
      assert.match(
        out,
        new RegExp(`${name.replace(".", "\\.")}: error \\[recording/malformed\\] [^\\n]*${rule.source}`),
        name,
      );
    malformed("001-InvokeModel.json", /request\/headers\/a must be string/);
    malformed("002-InvokeModel.json", /response\/headers\/a must be string/);
    malformed("003-InvokeModel.json", /response\/bodyBase64 must be string/);
    malformed("004-InvokeModel.json", /response\/bodyBase64 must match pattern/);
    malformed("005-InvokeModel.json", /response\/bodyBase64 must match pattern/);
    for (const n of ["006", "007", "008"]) malformed(`${n}-InvokeModel.json`, /setAside must/);
    malformed("009-InvokeModel.json", /provenance\/kind must be one of \["imported","recorded","synthetic"\]/);
    malformed("010-InvokeModelWithResponseStream.json", /a 200 event stream with no bytes/);
    malformed("011-Converse.json", /file name says Converse but the recording's operation is InvokeModel/);
    malformed("notes.txt", /not part of the recordings layout/);
    malformed("012-InvokeModel.json", /symbolic link/);
    malformed("stray.json", /not part of the recordings layout/);
  });

  it("the recording schema file and the one the loader uses are the same", () => {
    assert.deepEqual(JSON.parse(readFileSync(recordingSchemaPath, "utf8")), recordingSchema);
  });

  it("contract: an empty recordings folder is an error, not a contract that holds over 0 recordings", async () => {
    const dir = join(root, "empty");
    mkdirSync(dir);
    const { code, out } = await contract(dir);
    assert.equal(code, EXIT_PROBLEMS);
    assert.match(out, /holds no recording/);
    assert.doesNotMatch(out, /Contract holds/);
  });

  it("contract: a recording past the size limit is refused before it is read", async () => {
    const dir = folder({ "001-InvokeModel.json": real });
    truncateSync(join(dir, "src", "001-InvokeModel.json"), 21 * 1024 * 1024);
    const { code, out } = await contract(dir);
    assert.equal(code, EXIT_PROBLEMS);
    assert.match(out, /001-InvokeModel\.json: error \[recording\/malformed\] .*larger than the 20971520 bytes/);
  });

  it("contract: a spec whose path item is null, or past the size limit, is a usage problem (exit 2)", async () => {
    const spec = JSON.parse(readFileSync(specJsonPath, "utf8")) as { paths: Record<string, unknown> };
    const first = Object.keys(spec.paths)[0]!;
    spec.paths[first] = null;
    const file = join(root, "spec.json");
    writeFileSync(file, JSON.stringify(spec));
    let result = await run("contract", "--spec", file);
    assert.equal(result.code, EXIT_USAGE, result.err);
    assert.match(result.err, /must be a path item object, not null/);
    truncateSync(file, MAX_SPEC_BYTES + 1);
    result = await run("contract", "--spec", file);
    assert.equal(result.code, EXIT_USAGE);
    assert.match(result.err, /larger than the 20971520 bytes allowed/);
  });

  it("check: a malformed YAML twin and a YAML alias bomb are problems (exit 1); an oversized spec exit 2", async () => {
    const dir = join(root, "spec");
    mkdirSync(dir);
    const json = join(dir, "bedrock-runtime.openapi.json");
    writeFileSync(json, readFileSync(specJsonPath));
    const yaml = join(dir, "bedrock-runtime.openapi.yaml");
    writeFileSync(yaml, "openapi: [unclosed\n  - : :");
    let result = await run("check", "--spec", json);
    assert.equal(result.code, EXIT_PROBLEMS, result.err);
    assert.match(result.out, /bedrock-runtime\.openapi\.yaml: error \[io\/parse-failed\]/);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${"b" + String(i)}: &b${i} [${Array(9)
          .fill(i === 0 ? "*a" : `*b${i - 1}`)
          .join(", ")}]`,
      );
    writeFileSync(
      yaml,
      bomb
        .join("\n")
        .replace(/&b(\d+)/g, "&c$1")
        .replace(/\*b(\d+)/g, "*c$1"),
    );
    result = await run("check", "--spec", json);
    assert.equal(result.code, EXIT_PROBLEMS, result.err);
    assert.match(result.out, /\[io\/parse-failed\] .*[Ee]xcessive alias count/);
    // An unloadable spec is a usage error (exit 2), as in `contract`.
    truncateSync(json, MAX_SPEC_BYTES + 1);
    result = await run("check", "--spec", json);
    assert.equal(result.code, EXIT_USAGE, result.err);
    assert.match(result.out + result.err, /larger than the 20971520 bytes allowed/);
  });
});
