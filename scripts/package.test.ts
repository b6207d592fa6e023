/**
 * The published package: exactly the expected files ship, and a scratch project can read the
 * spec through `exports` and run the CLI with nothing but the declared dependencies.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { repoRoot } from "../generator/core/paths.js";

const run = promisify(execFile);
const expectedListFile = join(repoRoot, "scripts/package-files.expected.json");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** `--ignore-scripts`: the tests run on the build `npm test` just made, not a fresh one. */
async function pack(...args: string[]): Promise<PackResult> {
  const { stdout } = await run(npm, ["pack", "--json", "--ignore-scripts", ...args], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as PackResult[])[0]!;
}

/** One line per file that would ship unexpectedly (+) or is expected but would not ship (-). */
function listDifferences(actual: readonly string[], expected: readonly string[]): string[] {
  return [
    ...actual.filter((f) => !expected.includes(f)).map((f) => `  + ${f} (would ship, not expected)`),
    ...expected.filter((f) => !actual.includes(f)).map((f) => `  - ${f} (expected, would not ship)`),
  ];
}

describe("the npm package", () => {
  it("names every file that differs from the expected list", () => {
    assert.deepEqual(listDifferences(["a.js", "spec/x.json"], ["a.js", "spec/x.json"]), []);
    assert.deepEqual(listDifferences(["a.js", "a.test.js"], ["a.js", "LICENSE"]), [
      "  + a.test.js (would ship, not expected)",
      "  - LICENSE (expected, would not ship)",
    ]);
  });

  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), "bedrock-package-"));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("ships exactly the expected files (npm pack --dry-run)", async () => {
    const actual = (await pack("--dry-run")).files.map((f) => f.path).sort();
    if (process.env.UPDATE_PACK_LIST === "1") writeFileSync(expectedListFile, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedListFile, "utf8")) as string[];
    const lines = listDifferences(actual, expected);
    assert.ok(
      lines.length === 0,
      `the package's files differ from scripts/package-files.expected.json:\n${lines.join("\n")}\n` +
        "Fix `files` in package.json, or if the change is intended re-record the list with UPDATE_PACK_LIST=1 npm test.",
    );
    assert.ok(
      !actual.some((f) => /\.test\.js$|\.map$|recordings\//.test(f)),
      "no tests, source maps or recordings ship",
    );
  });

  /**
   * npm's own `install --offline <tarball>` needs the registry metadata of every dependency,
   * which `npm ci` never caches, so it fails without a network. Installing a tarball is
   * unpacking it into node_modules/<name>; the declared dependencies are linked from this
   * checkout's node_modules, so an undeclared one is not found.
   */
  it("installs into a scratch project: the spec through `exports`, the types, and the CLI", async () => {
    const tarball = join(scratch, (await pack("--pack-destination", scratch)).filename);
    const installed = join(scratch, "node_modules/bedrock-runtime-openapi");
    mkdirSync(installed, { recursive: true });
    await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies)) {
      const link = join(scratch, "node_modules", name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(repoRoot, "node_modules", name), link, "dir");
    }
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
    writeFileSync(
      join(scratch, "read-spec.mjs"),
      [
        'import { createRequire } from "node:module";',
        'import spec from "bedrock-runtime-openapi/openapi.json" with { type: "json" };',
        "const require = createRequire(import.meta.url);",
        'const subpaths = ["openapi.json", "openapi.yaml", "openapi-3.0.json", "openapi-3.0.yaml", "openapi.html", "package.json"];',
        "const resolved = Object.fromEntries(subpaths.map((s) => [s, require.resolve(`bedrock-runtime-openapi/${s}`)]));",
        "let hidden;",
        'try { require.resolve("bedrock-runtime-openapi/spec/bedrock-runtime.openapi.json"); hidden = "resolved"; }',
        "catch (error) { hidden = error.code; }",
        "const legacy = require(resolved['openapi-3.0.json']);",
        "console.log(JSON.stringify({ openapi: spec.openapi, operations: Object.keys(spec.paths).length,",
        "  legacy: legacy.openapi, resolved, hidden }));",
      ].join("\n"),
    );
    const { stdout } = await run(process.execPath, ["read-spec.mjs"], { cwd: scratch });
    const seen = JSON.parse(stdout) as {
      openapi: string;
      operations: number;
      legacy: string;
      resolved: Record<string, string>;
      hidden: string;
    };
    assert.equal(seen.openapi, "3.1.0");
    assert.equal(seen.legacy, "3.0.3");
    assert.ok(seen.operations >= 10, `${seen.operations} paths`);
    assert.equal(seen.resolved["openapi.yaml"], join(installed, "spec/bedrock-runtime.openapi.yaml"));
    assert.equal(seen.resolved["openapi.html"], join(installed, "spec/bedrock-runtime.html"));
    assert.equal(seen.hidden, "ERR_PACKAGE_PATH_NOT_EXPORTED", "only the exported subpaths are reachable");

    const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
    const types = ts.resolveModuleName("bedrock-runtime-openapi/types", join(scratch, "client.ts"), options, ts.sys);
    assert.equal(types.resolvedModule?.resolvedFileName, join(installed, "spec/bedrock-runtime.d.ts"));

    const cli = join(installed, "dist/scripts/cli.js");
    const spec = (s: string) => join(installed, "spec", s);
    const diff = await run(
      process.execPath,
      [cli, "diff", spec("bedrock-runtime.openapi.json"), spec("bedrock-runtime.openapi.yaml")],
      { cwd: scratch },
    );
    assert.match(diff.stdout, /No changes\./);

    // The mock through its export: no recordings ship, so it answers from the spec's examples.
    writeFileSync(
      join(scratch, "mock.mjs"),
      [
        'import { startMock, DEFAULT_BEARER_TOKEN } from "bedrock-runtime-openapi/mock";',
        "const mock = await startMock();",
        "const reply = await fetch(`${mock.url}/async-invoke`, { headers: { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}` } });",
        "console.log(JSON.stringify({ recordings: mock.recordings, status: reply.status }));",
        "await mock.close();",
      ].join("\n"),
    );
    const mock = JSON.parse((await run(process.execPath, ["mock.mjs"], { cwd: scratch })).stdout) as {
      recordings: number;
      status: number;
    };
    assert.deepEqual(mock, { recordings: 0, status: 200 });

    // The conformance validator by package name, on the packaged spec: a good request and a broken one.
    writeFileSync(
      join(scratch, "validate.mjs"),
      [
        'import { validateRequest } from "bedrock-runtime-openapi";',
        'const url = "https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.nova-lite-v1%3A0/converse";',
        'const good = validateRequest("Converse", { method: "POST", url, body: { messages: [{ role: "user", content: [{ text: "Hi" }] }] } });',
        'const bad = validateRequest("Converse", { method: "POST", url, body: { messages: [{ role: "user", content: "Hi" }] } });',
        "console.log(JSON.stringify({ good: good.ok, bad: bad.problems.map((p) => `${p.code} ${p.pointer}`) }));",
      ].join("\n"),
    );
    const validated = JSON.parse((await run(process.execPath, ["validate.mjs"], { cwd: scratch })).stdout) as unknown;
    assert.deepEqual(validated, { good: true, bad: ["contract/schema-violation /body/messages/0/content"] });

    // Its types resolve and check from a TypeScript consumer, declaration files included.
    const consumer = join(scratch, "consumer.ts");
    writeFileSync(
      consumer,
      [
        'import { validateRequest, decodeEventStream, type ConformanceProblem } from "bedrock-runtime-openapi";',
        'const problems: readonly ConformanceProblem[] = validateRequest("Converse", { method: "POST", url: "u", body: {} }).problems;',
        "const pointers: string[] = problems.map((p) => p.pointer);",
        "export async function count(bytes: Uint8Array): Promise<number> {",
        "  let n = pointers.length;",
        "  for await (const message of decodeEventStream(bytes)) n += message.payload.byteLength;",
        "  return n;",
        "}",
      ].join("\n"),
    );
    // A Node consumer has Node's types; the AWS codec's declarations refer to them.
    mkdirSync(join(scratch, "node_modules/@types"), { recursive: true });
    symlinkSync(join(repoRoot, "node_modules/@types/node"), join(scratch, "node_modules/@types/node"), "dir");
    const compilerOptions = {
      ...options,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ["node"],
      lib: ["lib.es2022.d.ts"],
    };
    const program = ts.createProgram([consumer], compilerOptions);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    assert.deepEqual(diagnostics, []);
    const main = ts.resolveModuleName("bedrock-runtime-openapi", consumer, options, ts.sys);
    assert.equal(main.resolvedModule?.resolvedFileName, join(installed, "dist/contract-tests/conformance/index.d.ts"));
  });
});
