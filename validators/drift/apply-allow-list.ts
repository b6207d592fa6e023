/**
 * Splits differences into the ones the reviewed allow-list explains and the ones it does not,
 * and finds entries that explain nothing (stale), so the list cannot outlive its reasons.
 */
import type { Difference, DifferenceCode } from "./compare.js";
import type { DriftSource } from "./model.js";

export interface AllowEntry {
  readonly code: DifferenceCode;
  /** The difference's path; `*` stands for any run of characters within one dotted segment. */
  readonly path: string;
  /** The sources whose difference this explains; each must match something when compared. */
  readonly sources: readonly DriftSource[];
  /** Why we keep the difference on purpose. */
  readonly reason: string;
  /** Recordings (contract-tests/recordings/…) that show what the live service does. */
  readonly evidence?: readonly string[];
}

export interface AllowedDifference {
  readonly difference: Difference;
  readonly entry: AllowEntry;
}

export interface StaleEntry {
  readonly entry: AllowEntry;
  readonly source: DriftSource;
}

export interface AllowListResult {
  readonly unexplained: readonly Difference[];
  readonly allowed: readonly AllowedDifference[];
  readonly stale: readonly StaleEntry[];
}

export function applyAllowList(
  differences: readonly Difference[],
  entries: readonly AllowEntry[],
  compared: readonly DriftSource[],
): AllowListResult {
  const matchers = entries.map((entry) => ({ entry, path: pathPattern(entry.path), used: new Set<DriftSource>() }));
  const unexplained: Difference[] = [];
  const allowed: AllowedDifference[] = [];
  for (const difference of differences) {
    const match = matchers.find(
      (m) =>
        m.entry.code === difference.code && m.entry.sources.includes(difference.source) && m.path.test(difference.path),
    );
    if (!match) {
      unexplained.push(difference);
      continue;
    }
    match.used.add(difference.source);
    allowed.push({ difference, entry: match.entry });
  }
  // An entry for a source that was not compared this run (no --smithy) is not stale, only idle.
  const stale = matchers.flatMap((m) =>
    m.entry.sources.filter((s) => compared.includes(s) && !m.used.has(s)).map((source) => ({ entry: m.entry, source })),
  );
  return { unexplained, allowed, stale };
}

function pathPattern(path: string): RegExp {
  const escaped = path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^.]*")}$`);
}
