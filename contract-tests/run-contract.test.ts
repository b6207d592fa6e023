/**
 * The contract as a whole against a spec that lacks an operation: its recordings route nowhere,
 * and that is a failure of the contract, never a skip — otherwise deleting an operation from the
 * spec would leave the contract holding.
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import { formatProblem } from "../generator/core/diagnostics.js";
import { formatDetails } from "./format-report.js";
import { recordingsDir, specJsonFile } from "./load-recordings.js";
import { runContract } from "./run-contract.js";

const CONVERSE = "dd-trace-py/010-Converse.json";
const CONVERSE_STREAM = "otel-python-contrib/003-ConverseStream.json";

/** The emitted spec without `/model/{modelId}/converse`, i.e. without the Converse operation. */
function specWithoutConverse(): OpenAPIV3_1.Document {
  const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
  const { "/model/{modelId}/converse": removed, ...paths } = document.paths ?? {};
  assert.ok(removed?.post?.operationId === "Converse", "the spec no longer has Converse at /model/{modelId}/converse");
  return { ...document, paths };
}

describe("runContract: a spec missing an operation", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "run-contract-"));
    for (const name of [CONVERSE, CONVERSE_STREAM]) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      copyFileSync(join(recordingsDir, name), join(dir, name));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("holds with the full spec (the baseline the missing operation breaks)", () => {
    const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
    const report = runContract({ document, specFile: "spec.json", recordingsDir: dir });
    assert.equal(report.ok, true, formatDetails(report));
  });

  it("fails each recording of the missing operation, naming the file and the method and path", () => {
    const report = runContract({ document: specWithoutConverse(), specFile: "spec.json", recordingsDir: dir });
    assert.equal(report.ok, false);
    assert.deepEqual(report.notInSpec, ["Converse"]);
    const converse = report.operations.find((o) => o.operation === "Converse");
    assert.ok(converse !== undefined && !converse.inSpec);
    // What the recordings suite asserts per operation: no failed recording.
    assert.deepEqual(
      converse.failed.map((r) => r.file),
      [join(dir, CONVERSE)],
    );
    assert.deepEqual(converse.real, { recordings: 1, passed: 0, failed: 1, setAside: 0, clientMistakes: 0 });
    const errors = converse.failed[0]!.problems.filter((p) => p.severity === "error");
    assert.deepEqual(
      errors.map((p) => [p.code, p.file, p.pointer]),
      [["route/unknown-path", join(dir, CONVERSE), "/request/url"]],
    );
    assert.match(
      formatProblem(errors[0]!),
      /no path of the spec matches POST \/model\/anthropic\.claude-3-sonnet-20240229-v1%3A0\/converse$/,
    );
    assert.deepEqual(report.operations.find((o) => o.operation === "ConverseStream")?.failed, []);
    assert.match(formatDetails(report), /Contract broken\..*recorded operations the spec lacks: Converse/);
  });
});
