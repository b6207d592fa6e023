/**
 * The contract report as text: a table per operation (real recordings, with synthetic ones on a
 * row of their own), then what a maintainer acts on — failures, stale or broken expectations —
 * and what was knowingly not counted as a plain pass: client mistakes and set-aside recordings.
 */
import { compareCodeUnits } from "../generator/core/compare.js";
import { formatProblem } from "../generator/core/diagnostics.js";
import type { ContractReport, JudgedRecording, OperationReport, Tally } from "./run-contract.js";

const COLUMNS = ["recordings", "passed", "failed", "set aside", "client mistakes"] as const;

/** The per-operation table; under each operation, its most common failure reasons. */
export function formatTable(report: ContractReport, reasonsPerOperation = 5): string {
  const width = Math.max("operation".length, ...report.operations.map((o) => o.operation.length)) + 2;
  const row = (label: string, t: Tally, note = ""): string => {
    const cells = [t.recordings, t.passed, t.failed, t.setAside, t.clientMistakes].map((n, i) =>
      String(n).padStart(COLUMNS[i]!.length),
    );
    return `  ${label.padEnd(width)}${cells.join("  ")}${note}`;
  };
  const lines = [`  ${"operation".padEnd(width)}${COLUMNS.join("  ")}`];
  for (const o of report.operations) {
    lines.push(row(o.operation, o.real, noteOf(o)));
    if (o.synthetic.recordings > 0) lines.push(row("  + synthetic", o.synthetic));
    for (const reason of topReasons(o.failed, reasonsPerOperation)) lines.push(`      ${reason}`);
  }
  lines.push(row("total", sum(report.operations.map((o) => o.real))));
  const synthetic = sum(report.operations.map((o) => o.synthetic));
  if (synthetic.recordings > 0) lines.push(row("  + synthetic", synthetic));
  return lines.join("\n");
}

/** Everything below the table: failures first, then what was not a plain pass, then a verdict. */
export function formatDetails(report: ContractReport): string {
  const lines: string[] = [];
  const section = (title: string, body: readonly string[]): void => {
    if (body.length > 0) lines.push("", title, ...body.map((line) => `  ${line}`));
  };
  const failed = report.operations.flatMap((o) => o.failed);
  section(
    `Failures (${count(failed.length, "recording")}):`,
    failed.flatMap((r) => r.problems.filter((p) => p.severity === "error").map(formatProblem)),
  );
  section(`Problems outside the recordings (${report.problems.length}):`, report.problems.map(formatProblem));
  const mistakes = report.operations.flatMap((o) => o.clientMistakes);
  section(
    `Known client mistakes (${count(mistakes.length, "recording")}, expected by ${report.expectations ?? "no file"}):`,
    mistakes.flatMap((r) => r.problems.filter((p) => p.code === "contract/client-mistake").map(formatProblem)),
  );
  section(
    "Provider families (bodies and chunks held to the family the model id selects):",
    report.operations.flatMap((o) => {
      const f = o.modelFamilies;
      if (f === undefined) return [];
      const families = Object.entries(f.byFamily)
        .map(([id, n]) => `${id} ${n}`)
        .join(", ");
      const none =
        f.noFamily.length === 0
          ? ""
          : `; no family ${f.noFamily.length} (${[...new Set(f.noFamily)].sort().join(", ")})`;
      return [`${o.operation}: ${families || "none matched"}${none}`];
    }),
  );
  const setAside = report.operations.flatMap((o) => o.setAside);
  section(
    `Set aside (${count(setAside.length, "recording")}):`,
    setAside.map((r) => `${r.file}: ${r.reason}`),
  );
  lines.push("", verdict(report));
  return lines.join("\n");
}

/** Real captures and synthetic recordings are counted apart: only captures prove the live service. */
function verdict(report: ContractReport): string {
  const t = sum(report.operations.map((o) => o.real));
  const s = sum(report.operations.map((o) => o.synthetic));
  const counts =
    `${count(t.recordings, "real recording")}: ${t.passed} passed, ${t.failed} failed, ${t.setAside} set aside, ` +
    `${t.clientMistakes} with known client mistakes; ` +
    `${count(s.recordings, "synthetic recording")}: ${s.passed} passed, ${s.failed} failed` +
    `${report.onlySynthetic.length > 0 ? ` (no real capture yet for ${report.onlySynthetic.join(", ")})` : ""}` +
    `${report.notInSpec.length > 0 ? ` (recorded operations the spec lacks: ${report.notInSpec.join(", ")})` : ""}`;
  return report.ok
    ? `Contract holds. ${counts}.`
    : `Contract broken. ${counts}; ${count(report.problems.length, "other problem")}.`;
}

function noteOf(o: OperationReport): string {
  if (!o.inSpec) return "  (not in the spec)";
  return o.real.recordings + o.synthetic.recordings === 0 ? "  (no recordings)" : "";
}

/** A failure's shape with indexes blurred, so one spec bug counts once per operation. */
function reasonOf(message: string, pointer: string | undefined): string {
  const place = (pointer ?? "").replace(/\/\d+(?=\/|$)/g, "/N");
  return `${place} ${message.replace(/frame \d+/g, "frame N")}`;
}

function topReasons(failed: readonly JudgedRecording[], limit: number): string[] {
  const files = new Map<string, Set<string>>();
  for (const r of failed) {
    for (const p of r.problems) {
      if (p.severity !== "error") continue;
      const key = `[${p.code}] ${reasonOf(p.message, p.pointer)}`;
      files.set(key, (files.get(key) ?? new Set()).add(r.file));
    }
  }
  return [...files.entries()]
    .sort((a, b) => b[1].size - a[1].size || compareCodeUnits(a[0], b[0]))
    .slice(0, limit)
    .map(([reason, where]) => `${where.size}× ${reason} (e.g. ${[...where][0]})`);
}

function sum(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (a, t) => ({
      recordings: a.recordings + t.recordings,
      passed: a.passed + t.passed,
      failed: a.failed + t.failed,
      setAside: a.setAside + t.setAside,
      clientMistakes: a.clientMistakes + t.clientMistakes,
    }),
    { recordings: 0, passed: 0, failed: 0, setAside: 0, clientMistakes: 0 },
  );
}

const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;
