/**
 * The contract: every recording passes against the emitted spec, is set aside with its reason, or
 * shows exactly its expected client mistakes; one of an operation the spec lacks fails. Prints the
 * table `bedrock-openapi contract` prints.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import { formatProblem } from "../generator/core/diagnostics.js";
import { formatTable } from "./format-report.js";
import { specJsonFile } from "./load-recordings.js";
import { runContract } from "./run-contract.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const report = runContract({ document, specFile: "spec/bedrock-runtime.openapi.json" });

describe("contract: recordings against the emitted spec", () => {
  // The per-operation table is long; print it only when asked (BEDROCK_TEST_TABLES=1).
  after(() => {
    if (process.env["BEDROCK_TEST_TABLES"] === "1") console.log(`\n${formatTable(report)}`);
  });

  it("reads every recording file and the expected-problems file, and no expectation is stale", () => {
    assert.deepEqual(report.problems.map(formatProblem), []);
    assert.ok(
      report.operations.some((o) => o.real.recordings > 0),
      "no recordings found; run bedrock-openapi import-recordings",
    );
  });

  for (const operation of report.operations) {
    it(`${operation.operation}: every recording passes, is set aside with its reason, or shows exactly its expected client mistakes`, () => {
      for (const r of operation.setAside) assert.ok(r.reason.length > 0, `${r.file}: set aside without a reason`);
      for (const r of operation.clientMistakes) {
        assert.ok(
          r.problems.every((p) => p.severity === "warning"),
          `${r.file}: judged a client mistake but still has errors`,
        );
      }
      const failed = operation.failed;
      if (failed.length === 0) return;
      const shown = failed.slice(0, 25).map((r) => {
        const errors = r.problems.filter((p) => p.severity === "error");
        const more = errors.length > 4 ? `\n    … and ${errors.length - 4} more` : "";
        return (
          errors
            .slice(0, 4)
            .map((p) => `  ${formatProblem(p)}`)
            .join("\n") + more
        );
      });
      const rest = failed.length > 25 ? `\n… and ${failed.length - 25} more recordings` : "";
      const total = operation.real.recordings + operation.synthetic.recordings;
      const missing = operation.inSpec ? "" : " (the spec does not describe this operation)";
      assert.fail(
        `${failed.length} of ${total} ${operation.operation} recordings fail${missing}:\n${shown.join("\n")}${rest}`,
      );
    });
  }
});
