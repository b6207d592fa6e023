import assert from "node:assert/strict";
import { specJsonPath } from "../generator/core/paths.js";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify as toYaml } from "yaml";
import { formatProblem } from "../generator/core/diagnostics.js";
import { runAllChecks, type CheckReport } from "./index.js";
import { CONVERSE, editedSpec, fixtureSpec, placed } from "./test-fixtures.js";

// Tests run from dist/validators/; the spec is committed at the repository root.
const EMITTED_SPEC = specJsonPath;

/** Every problem, one line each, so a failure shows what is wrong where. */
function listing(report: CheckReport): string {
  return Object.entries(report.checks)
    .flatMap(([check, problems]) => problems.map((p) => `[${check}] ${formatProblem(p)}`))
    .join("\n");
}

describe("validators/index runAllChecks", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "validators-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds no problem in the emitted spec/bedrock-runtime.openapi.json", async () => {
    const report = await runAllChecks(EMITTED_SPEC);
    assert.equal(report.problemCount, 0, listing(report));
  });

  it("finds no problem in the fixture, as JSON or as YAML", async () => {
    const json = join(dir, "fixture.json");
    const yaml = join(dir, "fixture.yaml");
    await writeFile(json, JSON.stringify(fixtureSpec(), null, 2));
    await writeFile(yaml, toYaml(fixtureSpec()));
    for (const file of [json, yaml]) {
      const report = await runAllChecks(file);
      assert.deepEqual(report, {
        file,
        checks: { load: [], structure: [], lint: [], spectral: [], schemas: [], examples: [] },
        problemCount: 0,
        notRun: [],
      });
    }
  });

  it("groups each check's problems under its name, every one naming the file", async () => {
    const file = join(dir, "broken.json");
    const broken = editedSpec({
      "/info/version": undefined,
      [`${CONVERSE}/operationId`]: "converse",
      "/components/schemas/ImageBlock/properties/bytes/maxLenght": 3,
    });
    await writeFile(file, JSON.stringify(broken));
    const report = await runAllChecks(file);
    assert.deepEqual(placed(report.checks.structure), [["structure/invalid", "/info"]]);
    // Redocly's `struct` rule sees the missing version and the misspelt keyword too.
    assert.deepEqual(placed(report.checks.lint), [
      ["lint/redocly", "/info"],
      ["lint/operation-id-mismatch", `${CONVERSE}/operationId`],
      ["lint/redocly", "/components/schemas/ImageBlock/properties/bytes/maxLenght"],
    ]);
    assert.deepEqual(placed(report.checks.schemas), [["schemas/compile-failed", "/components/schemas/ImageBlock"]]);
    assert.deepEqual(placed(report.checks.spectral), [["lint/spectral", "/info"]]);
    assert.deepEqual(report.checks.examples, []);
    assert.deepEqual(report.checks.load, []);
    assert.equal(report.problemCount, 6);
    assert.ok(
      Object.values(report.checks)
        .flat()
        .every((p) => p.file === file),
    );
  });

  it("reports a file it cannot read or parse under load, and runs nothing else", async () => {
    const missing = join(dir, "missing.json");
    const garbled = join(dir, "garbled.json");
    await writeFile(garbled, '{"openapi": "3.1.0",');
    for (const [file, code] of [
      [missing, "io/read-failed"],
      [garbled, "io/parse-failed"],
    ] as const) {
      const report = await runAllChecks(file);
      assert.deepEqual(placed(report.checks.load), [[code, undefined]]);
      assert.equal(report.checks.load[0]!.file, file);
      assert.deepEqual(
        [
          report.checks.structure,
          report.checks.lint,
          report.checks.schemas,
          report.checks.examples,
          report.problemCount,
        ],
        [[], [], [], [], 1],
      );
      assert.deepEqual(report.notRun, ["structure", "lint", "spectral", "schemas", "examples"]);
    }
  });
});
