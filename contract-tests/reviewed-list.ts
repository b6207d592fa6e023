/**
 * A reviewed list of expected problems, held exactly against what a run found: what it names is
 * excused, what it does not name fails, and what it names that no longer occurs is stale and
 * fails too — so the list can neither hide a new problem nor outlive the ones it was written for.
 * The expected client mistakes (expected-problems.ts) and the SDK's known rejections
 * (sdk-known-rejections.ts) are two such lists; each decides what identifies a problem (its key).
 */

export interface Reconciled<E, F> {
  /** Found problems the list names, each with the entry naming it. */
  readonly listed: ReadonlyMap<F, E>;
  /** Found problems the list does not name, in the order found. */
  readonly unlisted: readonly F[];
  /** Entries no found problem matches, in list order. */
  readonly stale: readonly E[];
}

/**
 * Matches found problems with list entries by key. An entry names a problem (a rule broken at a
 * place), not a count: it excuses every found problem with its key.
 */
export function reconcile<E, F>(
  entries: readonly E[],
  found: readonly F[],
  entryKey: (entry: E) => string,
  foundKey: (problem: F) => string,
): Reconciled<E, F> {
  const byKey = new Map<string, E>();
  for (const entry of entries) if (!byKey.has(entryKey(entry))) byKey.set(entryKey(entry), entry);
  const listed = new Map<F, E>();
  const unlisted: F[] = [];
  const occurred = new Set<string>();
  for (const problem of found) {
    const key = foundKey(problem);
    const entry = byKey.get(key);
    if (entry === undefined) {
      unlisted.push(problem);
      continue;
    }
    occurred.add(key);
    listed.set(problem, entry);
  }
  return { listed, unlisted, stale: entries.filter((e) => !occurred.has(entryKey(e))) };
}
