import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { SPEC_BASENAME } from "../../generator/generate.js";
import type { CommandIO } from "../command.js";
import { specDir, specJsonPath } from "../../generator/core/paths.js";
import { checkCommand } from "./check.js";
import { contractCommand } from "./contract.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await checkCommand.run(argv, io);
  return { code, out, err };
}

// The edits poke at arbitrary places of the document; typing each path would only restate it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** A copy of the real spec (both twins) in a temp folder, after `edit`. */
async function copyOfSpec(edit: (doc: Doc) => void, twinsAgree = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "check-"));
  const doc = JSON.parse(await readFile(specJsonPath, "utf8")) as Doc;
  edit(doc);
  const file = join(dir, `${SPEC_BASENAME}.json`);
  await writeFile(file, JSON.stringify(doc, null, 2));
  await writeFile(join(dir, `${SPEC_BASENAME}.yaml`), YAML.stringify(twinsAgree ? doc : { ...doc, openapi: "3.0.3" }));
  return file;
}

describe("bedrock-openapi check", () => {
  const temps: string[] = [];
  after(async () => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("the repository's spec has no problems", async () => {
    const r = await run();
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /No problems\./);
  });

  it("a spec with an operation missing its summary and operationId fails with exit 1, naming the place", async () => {
    const file = await copyOfSpec((doc) => {
      delete doc.paths["/model/{modelId}/converse"].post.summary;
      delete doc.paths["/model/{modelId}/converse"].post.operationId;
    });
    const r = await run("--spec", file);
    assert.equal(r.code, 1);
    assert.match(r.out, /paths\/~1model~1\{modelId\}~1converse\/post/);
  });

  it("YAML and JSON twins that disagree are a problem", async () => {
    const file = await copyOfSpec(() => undefined, false);
    const r = await run("--spec", file, "--format", "json");
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out) as { checks: { files: { code: string }[] } };
    assert.deepEqual(
      report.checks.files.map((p) => p.code),
      ["spec/twins-differ"],
    );
  });

  it("--format json reports every check, machine-readably", async () => {
    const r = await run("--format", "json");
    const report = JSON.parse(r.out) as { problemCount: number; checks: Record<string, unknown[]> };
    assert.equal(report.problemCount, 0);
    assert.deepEqual(Object.keys(report.checks).sort(), [
      "examples",
      "files",
      "lint",
      "load",
      "schemas",
      "spectral",
      "structure",
    ]);
  });

  it("an example that does not fit its schema fails the examples check, named in the text report", async () => {
    const file = await copyOfSpec((doc) => {
      doc.paths["/model/{modelId}/converse"].post.requestBody.content[
        "application/json"
      ].examples.toolUse.value.messages[0].role = "customer";
    });
    const r = await run("--spec", file);
    assert.equal(r.code, 1);
    assert.match(r.out, /examples\s+1 problem\(s\)\n\s+.*\[examples\/invalid-value\] example "toolUse"/);
  });

  it("--fresh compares the spec's folder with a fresh generation and names each stale file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "check-fresh-"));
    await cp(specDir, dir, { recursive: true });
    const clean = await run("--spec", join(dir, `${SPEC_BASENAME}.json`), "--fresh");
    assert.equal(clean.code, 0, clean.out);
    await writeFile(join(dir, "bedrock-runtime.d.ts"), "// edited by hand\n");
    const stale = await run("--spec", join(dir, `${SPEC_BASENAME}.json`), "--fresh", "--format", "json");
    assert.equal(stale.code, 1);
    const report = JSON.parse(stale.out) as { checks: { files: { code: string; file: string }[] } };
    assert.deepEqual(
      report.checks.files.map((p) => [p.code, p.file]),
      [["spec/stale", join(dir, "bedrock-runtime.d.ts")]],
    );
  });

  it("without --fresh, a copy elsewhere is not compared with the definitions", async () => {
    const dir = await mkdtemp(join(tmpdir(), "check-fresh-"));
    await cp(specDir, dir, { recursive: true });
    await writeFile(join(dir, "bedrock-runtime.d.ts"), "// edited by hand\n");
    assert.equal((await run("--spec", join(dir, `${SPEC_BASENAME}.json`))).code, 0);
  });

  it("a missing YAML twin is reported against the YAML file, and the rest still runs", async () => {
    const dir = await mkdtemp(join(tmpdir(), "check-read-"));
    await cp(specDir, dir, { recursive: true });
    const file = join(dir, `${SPEC_BASENAME}.json`);
    await rm(join(dir, `${SPEC_BASENAME}.yaml`));
    const r = await run("--spec", file, "--format", "json");
    const report = JSON.parse(r.out) as { checks: { files: { code: string; file: string }[] } };
    assert.deepEqual(
      report.checks.files.map((p) => [p.code, p.file]),
      [["io/read-failed", join(dir, `${SPEC_BASENAME}.yaml`)]],
    );
  });

  it("a missing --spec file is reported, not thrown, with the same exit code (2) as in contract", async () => {
    const missing = join(tmpdir(), "does-not-exist.json");
    const r = await run("--spec", missing);
    assert.equal(r.code, 2);
    assert.match(r.out, /io\/read-failed/);
    let err = "";
    const contract = await contractCommand.run(["--spec", missing], { out: () => undefined, err: (t) => (err += t) });
    assert.equal(contract, 2);
    assert.match(err, /io\/read-failed/);
  });

  it("a spec that does not load is counted once, and the checks that never ran say so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "check-load-"));
    temps.push(dir);
    const file = join(dir, `${SPEC_BASENAME}.json`);
    await writeFile(file, '{"openapi": "3.1.0",');
    const json = await run("--spec", file, "--format", "json");
    assert.equal(json.code, 2);
    const report = JSON.parse(json.out) as {
      problemCount: number;
      notRun: string[];
      checks: { load: { code: string }[] };
    };
    assert.equal(report.problemCount, 1);
    assert.deepEqual(
      report.checks.load.map((p) => p.code),
      ["io/parse-failed"],
    );
    assert.deepEqual(report.notRun, ["structure", "lint", "spectral", "schemas", "examples", "files"]);
    const text = await run("--spec", file);
    for (const name of ["structure", "lint", "spectral", "schemas", "examples", "files"])
      assert.match(text.out, new RegExp(`\\n {2}${name} +not run\\n`));
    assert.doesNotMatch(text.out, / ok\n/);
    assert.match(text.out, /\n1 problem\(s\)\.\n$/);
  });

  it("a positional argument is a usage error, not a silent check of spec/", async () => {
    await assert.rejects(run("foo.json"), /unexpected argument foo\.json/);
  });

  it("a bad --format is a usage error", async () => {
    await assert.rejects(run("--format", "xml"), /--format must be text or json/);
  });
});
