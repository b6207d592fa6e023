import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import YAML from "yaml";
import { main } from "../cli.js";
import { repoRoot, specJsonPath } from "../../generator/core/paths.js";

const run = promisify(execFile);
const cli = resolve(repoRoot, "dist/scripts/cli.js");

async function diff(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, "diff", ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** The command in this process (fast); only the git cases, which need a working directory, spawn the CLI. */
async function diffHere(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["diff", ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

type Spec = { components: { schemas: Record<string, { enum?: string[] }> } };

/** The real spec without the `Descending` sort order: one breaking request change. */
function narrowedSpec(): Spec {
  const spec = JSON.parse(readFileSync(specJsonPath, "utf8")) as Spec;
  spec.components.schemas.SortOrder!.enum = ["Ascending"];
  return spec;
}

describe("bedrock-openapi diff", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "bedrock-diff-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe("files", () => {
    it("reads JSON and YAML, exits 1 on a breaking change and names it", async () => {
      writeFileSync(join(dir, "old.yaml"), YAML.stringify(JSON.parse(readFileSync(specJsonPath, "utf8"))));
      writeFileSync(join(dir, "new.json"), JSON.stringify(narrowedSpec()));
      writeFileSync(join(dir, "old.json"), readFileSync(specJsonPath, "utf8"));
      const r = await diff(dir, "old.yaml", "new.json");
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stdout,
        /BREAKING \[request-enum-value-removed\] \/components\/schemas\/SortOrder\/enum\/1: .*"Descending".*\(ListAsyncInvokes\)/,
      );
      assert.match(r.stdout, /1 change\(s\), 1 breaking; release level: major\./);
    });

    it("--allow-breaking exits 0; --format json and markdown carry the same change", async () => {
      const json = await diffHere(join(dir, "old.json"), join(dir, "new.json"), "--format", "json", "--allow-breaking");
      assert.equal(json.code, 0, json.stderr);
      const report = JSON.parse(json.stdout) as {
        changes: { code: string; pointer: string; breaking: boolean }[];
        level: string;
      };
      assert.deepEqual(
        report.changes.map((c) => [c.code, c.pointer, c.breaking]),
        [["request-enum-value-removed", "/components/schemas/SortOrder/enum/1", true]],
      );
      assert.equal(report.level, "major");
      const md = await diffHere(join(dir, "old.json"), join(dir, "new.json"), "--format=markdown");
      assert.equal(md.code, 1);
      assert.match(md.stdout, /^## API changes from `.*old\.json` to `.*new\.json`/);
      assert.match(md.stdout, /### Breaking changes\n\n\| change \| operations \| where \| code \|/);
    });

    it("identical specs: no changes, exit 0", async () => {
      const r = await diffHere(specJsonPath, join(dir, "old.yaml"));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /No changes\./);
    });

    it("malformed, non-OpenAPI and missing inputs exit 2 naming the file", async () => {
      writeFileSync(join(dir, "broken.json"), '{"openapi": "3.1.0", "paths": ');
      writeFileSync(join(dir, "other.json"), '{"name": "not a spec"}');
      const broken = await diffHere(join(dir, "broken.json"), join(dir, "new.json"));
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /broken\.json: error \[io\/parse-failed\]/);
      const other = await diffHere(join(dir, "new.json"), join(dir, "other.json"));
      assert.equal(other.code, 2);
      assert.match(other.stderr, /other\.json.*not an OpenAPI document/);
      const missing = await diffHere(join(dir, "nowhere.json"), join(dir, "new.json"));
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /could not read .*nowhere\.json: no such file, and git knows no revision/);
    });

    it("usage errors exit 2", async () => {
      const one = await diffHere(join(dir, "new.json"));
      assert.equal(one.code, 2);
      assert.match(one.stderr, /missing NEW: expected OLD NEW/);
      const three = await diffHere(join(dir, "new.json"), join(dir, "new.json"), "third.json");
      assert.equal(three.code, 2);
      assert.match(three.stderr, /unexpected argument third\.json: this command takes only OLD NEW and options/);
      const help = await diffHere("--help");
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: bedrock-openapi diff OLD NEW \[--format FORMAT\] \[--allow-breaking\]\n/);
      assert.match(help.stdout, /\nArguments:\n {2}OLD +\S/);
      const format = await diffHere(join(dir, "new.json"), join(dir, "new.json"), "--format", "html");
      assert.equal(format.code, 2);
      assert.match(format.stderr, /--format must be text, json or markdown/);
    });
  });

  describe("git revisions", () => {
    let repo: string;
    const git = (...args: string[]) =>
      run("git", ["-c", "user.name=diff test", "-c", "user.email=diff@example.invalid", ...args], { cwd: repo });

    before(async () => {
      repo = join(dir, "repo");
      mkdirSync(join(repo, "spec"), { recursive: true });
      await git("init", "-q");
      writeFileSync(join(repo, "spec/bedrock-runtime.openapi.json"), readFileSync(specJsonPath, "utf8"));
      await git("add", "-A");
      await git("commit", "-q", "-m", "first");
      await git("tag", "v1.0.0");
      writeFileSync(join(repo, "spec/bedrock-runtime.openapi.json"), JSON.stringify(narrowedSpec()));
      await git("commit", "-q", "-am", "second");
    });

    it("compares the spec at two revisions, with or without the git: prefix", async () => {
      const r = await diff(repo, "v1.0.0", "git:HEAD", "--format", "json");
      assert.equal(r.code, 1, r.stderr);
      const report = JSON.parse(r.stdout) as { old: string; new: string; changes: { code: string }[] };
      assert.equal(report.old, "v1.0.0:spec/bedrock-runtime.openapi.json");
      assert.deepEqual(
        report.changes.map((c) => c.code),
        ["request-enum-value-removed"],
      );
      const same = await diff(repo, "git:v1.0.0", "git:HEAD~1:spec/bedrock-runtime.openapi.json");
      assert.equal(same.code, 0, same.stderr);
    });

    it("a revision or path git cannot show exits 2 naming it", async () => {
      const ref = await diff(repo, "git:v9.9.9", "HEAD");
      assert.equal(ref.code, 2);
      assert.match(ref.stderr, /v9\.9\.9:spec\/bedrock-runtime\.openapi\.json.*git show failed/);
      const path = await diff(repo, "git:HEAD:spec/missing.json", "HEAD");
      assert.equal(path.code, 2);
      assert.match(path.stderr, /HEAD:spec\/missing\.json/);
    });
  });
});
