/**
 * The contract: every imported recording of an operation the spec describes passes against the
 * emitted spec, or is set aside with its reason. Prints a table of results per operation.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import { formatProblem } from "../generator/diagnostics.js";
import { loadRecordings, specJsonFile } from "./load-recordings.js";
import { operationOf } from "./router.js";
import { createContractContext, validateInteraction, type InteractionResult } from "./validate-interaction.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);
const loaded = loadRecordings();
const results = loaded.recordings.map((entry) => validateInteraction(entry, context));
// Synthetic recordings prove less than captured traffic; the table counts them apart.
const synthetic = new Set(loaded.recordings.filter((r) => r.recording.provenance.kind === "synthetic").map((r) => r.file));

const described = new Set<string>();
for (const pathItem of Object.values(document.paths ?? {})) {
  for (const method of ["get", "put", "post", "delete", "patch", "head", "options", "trace"]) {
    const operationId = operationOf(pathItem, method)?.operationId;
    if (operationId !== undefined) described.add(operationId);
  }
}

const byOperation = new Map<string, InteractionResult[]>();
for (const result of results) byOperation.set(result.operation, [...(byOperation.get(result.operation) ?? []), result]);
const operations = [...new Set([...described, ...byOperation.keys()])].sort();

/** A failure's shape with indexes and map keys blurred, so one spec bug counts once per operation. */
function reasonOf(message: string, pointer: string | undefined): string {
  const place = (pointer ?? "").replace(/\/\d+(?=\/|$)/g, "/N");
  return `${place} ${message.replace(/frame \d+/g, "frame N")}`;
}

function topReasons(failed: readonly InteractionResult[], limit: number): string[] {
  const counts = new Map<string, Set<string>>();
  for (const result of failed) {
    for (const p of result.problems) {
      if (p.severity !== "error") continue;
      const key = `[${p.code}] ${reasonOf(p.message, p.pointer)}`;
      counts.set(key, (counts.get(key) ?? new Set()).add(result.file));
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([reason, files]) => `${files.size}× ${reason} (e.g. ${[...files][0]})`);
}

describe("contract: recordings against the emitted spec", () => {
  after(() => {
    const rows = operations.map((operation) => {
      const list = byOperation.get(operation) ?? [];
      const count = (verdict: string): number => list.filter((r) => r.verdict === verdict).length;
      return { operation, total: list.length, passed: count("passed"), failed: count("failed"), setAside: count("set-aside"), described: described.has(operation) };
    });
    const lines = ["", "  operation                        recordings  passed  failed  set aside"];
    for (const r of rows) {
      const syntheticCount = (byOperation.get(r.operation) ?? []).filter((x) => synthetic.has(x.file)).length;
      const note = `${r.described ? "" : "  (not in the spec)"}${syntheticCount > 0 ? `  (${syntheticCount} synthetic)` : ""}`;
      lines.push(
        `  ${r.operation.padEnd(32)} ${String(r.total).padStart(10)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)} ${String(r.setAside).padStart(10)}${note}`,
      );
      const failed = (byOperation.get(r.operation) ?? []).filter((x) => x.verdict === "failed");
      for (const reason of topReasons(failed, 5)) lines.push(`      ${reason}`);
    }
    console.log(lines.join("\n"));
  });

  it("loads every recording file", () => {
    assert.deepEqual(loaded.problems.map(formatProblem), []);
    assert.ok(loaded.recordings.length > 0, "no recordings found; run node dist/scripts/import-recordings.js");
  });

  for (const operation of operations) {
    it(`${operation}: every recording passes or is set aside with its reason`, function () {
      const list = byOperation.get(operation) ?? [];
      if (!described.has(operation)) {
        // Not a contract failure: the spec does not claim to describe it. The table lists it.
        this.skip();
      }
      for (const r of list.filter((x) => x.verdict === "set-aside")) {
        assert.ok(r.problems.some((p) => p.code === "recording/set-aside" && p.message.length > 0), `${r.file}: set aside without a reason`);
      }
      const failed = list.filter((r) => r.verdict === "failed");
      if (failed.length === 0) return;
      const shown = failed.slice(0, 25).map((r) => {
        const errors = r.problems.filter((p) => p.severity === "error");
        const more = errors.length > 4 ? `\n    … and ${errors.length - 4} more` : "";
        return errors.slice(0, 4).map((p) => `  ${formatProblem(p)}`).join("\n") + more;
      });
      const rest = failed.length > 25 ? `\n… and ${failed.length - 25} more recordings` : "";
      assert.fail(`${failed.length} of ${list.length} ${operation} recordings fail:\n${shown.join("\n")}${rest}`);
    });
  }
});
