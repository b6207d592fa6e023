import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { commands, main } from "./cli.js";
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
    try {
      // 3.1 JSON + YAML, 3.0 JSON + YAML, .d.ts, .html, .arazzo.yaml, and the manifest that lets the next run skip them
      assert.equal((await readdir(dir)).length, 8);
      assert.equal((r.stdout.match(/^wrote /gm) ?? []).length, 7);
      const again = await run("generate", "--out", dir);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /every file is current \(inputs unchanged\), nothing written/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bedrock-openapi CLI: every command", () => {
  let dir = "";
  before(async () => (dir = await mkdtemp(join(tmpdir(), "cli-strict-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const inProcess = async (...argv: string[]) => {
    let out = "";
    let err = "";
    const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  };

  it("--help names every flag the command accepts, in the one shared format", async () => {
    for (const entry of commands) {
      const command = await entry.load();
      const { code, out } = await inProcess(entry.name, "--help");
      assert.equal(code, 0, entry.name);
      assert.equal(out, `${command.help}\n`);
      assert.ok(out.startsWith(`Usage: bedrock-openapi ${entry.name} `), `${entry.name}: usage line`);
      assert.match(out, /\n\nOptions:\n {2}--/, `${entry.name}: options section`);
      assert.match(
        out,
        /\n\nExit codes:\n {2}0 {2}.+\n(.|\n)* {2}1 {2}.+\n(.|\n)* {2}2 {2}usage error/,
        `${entry.name}: exit codes`,
      );
      assert.ok(
        command.flags.some((f) => f.name === "help"),
        `${entry.name}: --help`,
      );
      for (const flag of command.flags) {
        const label = flag.value === undefined ? `--${flag.name}` : `--${flag.name} ${flag.value}`;
        const options = out.slice(out.indexOf("\nOptions:\n"));
        assert.match(
          options,
          new RegExp(`\\n {2}${label.replace(/[$]/g, "\\$")} +\\S`),
          `${entry.name}: ${label} in Options`,
        );
        if (flag.name !== "help")
          assert.ok(out.split("\n")[0]!.includes(label), `${entry.name}: ${label} in the usage line`);
      }
    }
  });

  it("a stray positional argument is a usage error (exit 2) in every command", async () => {
    for (const entry of commands) {
      const operands = (await entry.load()).positionals.map((p) => `${p.name.toLowerCase()}.json`);
      const { code, err } = await inProcess(entry.name, ...operands, "stray.json");
      assert.equal(code, 2, entry.name);
      assert.match(err, /unexpected argument stray\.json/, entry.name);
    }
  });

  it("a flag value that is itself a flag is a usage error, and nothing is created", async () => {
    const cwd = join(dir, "flag-value");
    mkdirSync(cwd);
    const { code, stderr } = await runIn(cwd, "generate", "--out", "--help");
    assert.equal(code, 2, stderr);
    assert.match(stderr, /--out needs a value \(DIR\), not the option --help/);
    assert.deepEqual(readdirSync(cwd), []);
    for (const entry of commands) {
      const command = await entry.load();
      for (const flag of command.flags.filter((f) => f.value !== undefined)) {
        const r = await inProcess(entry.name, `--${flag.name}`, "--format");
        assert.equal(r.code, 2, `${entry.name} --${flag.name} --format`);
      }
    }
  });

  it("--help loads none of the heavy libraries (they load inside run)", async () => {
    const hook = pathToFileURL(resolve(repoRoot, "dist/scripts/import-trace.test-helper.js")).href;
    const register = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(hook)})`;
    const heavy = /node_modules\/(openapi-typescript|typescript|@redocly|@aws-sdk|ajv|@apidevtools)\//;
    for (const name of ["", ...commands.map((c) => c.name)]) {
      const trace = join(dir, `trace-${name || "cli"}.txt`);
      writeFileSync(trace, "");
      const args = ["--import", register, cli, ...(name ? [name] : []), "--help"];
      await promisify(execFile)(process.execPath, args, { env: { ...process.env, IMPORT_TRACE_FILE: trace } });
      const loaded = readFileSync(trace, "utf8")
        .split("\n")
        .filter((url) => heavy.test(url));
      assert.deepEqual(loaded, [], `${name || "(no command)"} --help loaded heavy modules`);
      assert.ok(readFileSync(trace, "utf8").includes("/dist/scripts/cli.js"), "the trace saw the CLI itself");
    }
  });
});

async function runIn(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
