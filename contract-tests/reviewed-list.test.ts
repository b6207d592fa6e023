import assert from "node:assert/strict";
import { reconcile } from "./reviewed-list.js";

interface Item {
  readonly key: string;
  readonly n: number;
}

const key = (item: Item): string => item.key;

describe("reconcile: a reviewed list against what a run found", () => {
  it("excuses what the list names, keeps what it does not, and returns entries nothing matched as stale", () => {
    const entries: Item[] = [
      { key: "a", n: 1 },
      { key: "gone", n: 2 },
    ];
    const found: Item[] = [
      { key: "new", n: 3 },
      { key: "a", n: 4 },
    ];
    const { listed, unlisted, stale } = reconcile(entries, found, key, key);
    assert.deepEqual(
      [...listed].map(([f, e]) => [f.n, e.n]),
      [[4, 1]],
    );
    assert.deepEqual(
      unlisted.map((f) => f.n),
      [3],
    );
    assert.deepEqual(
      stale.map((e) => e.n),
      [2],
    );
  });

  it("an entry names a problem, not a count: it excuses every occurrence of its key", () => {
    const { listed, unlisted, stale } = reconcile(
      [{ key: "a", n: 1 }],
      [
        { key: "a", n: 2 },
        { key: "a", n: 3 },
      ],
      key,
      key,
    );
    assert.equal(listed.size, 2);
    assert.deepEqual([unlisted, stale], [[], []]);
  });
});
