import assert from "node:assert/strict";
import { MANIFEST_FILE } from "./artifact-manifest.js";
import { ARAZZO_FILE } from "./emit/arazzo.js";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FileWriteError, JOURNAL_FILE, recoverInterruptedWrite, writeFilesAtomically } from "./files.js";
import { HTML_FILE, SPEC_3_0_BASENAME, SPEC_BASENAME, TYPES_FILE } from "./generate.js";

const ARTIFACTS = [
  `${SPEC_BASENAME}.json`,
  `${SPEC_BASENAME}.yaml`,
  `${SPEC_3_0_BASENAME}.json`,
  `${SPEC_3_0_BASENAME}.yaml`,
  TYPES_FILE,
  HTML_FILE,
  ARAZZO_FILE,
];
const filesModule = fileURLToPath(new URL("./files.js", import.meta.url));
const cli = fileURLToPath(new URL("../scripts/cli.js", import.meta.url));

/** Runs `script` (ESM) in a child that kills itself after rename `n`; returns its signal. */
function runKilledAt(n: number, args: readonly string[]): NodeJS.Signals | null {
  const child = spawnSync(process.execPath, args, {
    env: { ...process.env, BEDROCK_TEST_KILL_AFTER_RENAME: String(n) },
    encoding: "utf8",
  });
  return child.signal;
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(ARTIFACTS.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("writeFilesAtomically", () => {
  it("writes every file and leaves no temporary or backup file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    await writeFile(join(dir, "a.txt"), "old a");
    await writeFilesAtomically(
      new Map([
        [join(dir, "a.txt"), "new a"],
        [join(dir, "sub", "b.txt"), "new b"],
      ]),
    );
    assert.equal(await readFile(join(dir, "a.txt"), "utf8"), "new a");
    assert.equal(await readFile(join(dir, "sub", "b.txt"), "utf8"), "new b");
    assert.deepEqual((await readdir(dir)).sort(), ["a.txt", "sub"]);
  });

  it("a rename that fails half-way puts back the files already replaced, and names the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    await writeFile(join(dir, "a.txt"), "old a");
    // A folder where the second file should go: writing its temporary sibling works, the rename cannot.
    await mkdir(join(dir, "b.txt"));
    await writeFile(join(dir, "b.txt", "keep"), "x");
    await assert.rejects(
      writeFilesAtomically(
        new Map([
          [join(dir, "a.txt"), "new a"],
          [join(dir, "b.txt"), "new b"],
        ]),
      ),
      (e: unknown) => e instanceof FileWriteError && e.file === join(dir, "b.txt"),
    );
    assert.equal(await readFile(join(dir, "a.txt"), "utf8"), "old a");
    assert.deepEqual((await readdir(dir)).sort(), ["a.txt", "b.txt"]);
  });

  it("a write that fails leaves nothing behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    await writeFile(join(dir, "plain"), "a file, so nothing can be written below it");
    await assert.rejects(
      writeFilesAtomically(
        new Map([
          [join(dir, "first.txt"), "1"],
          [join(dir, "plain", "x.txt"), "2"],
        ]),
      ),
      (e: unknown) => e instanceof FileWriteError && e.file === join(dir, "plain", "x.txt"),
    );
    assert.deepEqual(await readdir(dir), ["plain"]);
  });

  describe("interrupted by a kill at each rename", () => {
    // Journal first (rename 1), then the six artifacts (renames 2..7); 0 is just before the journal.
    for (let n = 0; n <= ARTIFACTS.length + 1; n++) {
      it(`killed after rename ${n}: the next run finds the set wholly ${n === 0 ? "old" : "new"}, with no leftovers`, async () => {
        const dir = await mkdtemp(join(tmpdir(), "atomic-kill-"));
        for (const name of ARTIFACTS) writeFileSync(join(dir, name), `old ${name}\n`);
        const files = JSON.stringify(ARTIFACTS.map((name) => [join(dir, name), `new ${name}\n`]));
        const script = `import(${JSON.stringify(filesModule)}).then((m) => m.writeFilesAtomically(new Map(${files}), ${JSON.stringify(dir)}))`;
        assert.equal(runKilledAt(n, ["--input-type=module", "-e", script]), "SIGKILL");
        const before = readdirSync(dir).filter((name) => !ARTIFACTS.includes(name));
        assert.ok(before.length > 0, "the kill left temporaries behind for recovery to handle");
        await recoverInterruptedWrite(dir);
        const age = n === 0 ? "old" : "new";
        assert.deepEqual(contents(dir), Object.fromEntries(ARTIFACTS.map((name) => [name, `${age} ${name}\n`])));
        assert.deepEqual(readdirSync(dir).sort(), [...ARTIFACTS].sort(), "no .tmp, .bak or journal left");
      });
    }

    it("generate --out killed mid-swap: the next generate recovers, then writes the whole new set", async function () {
      this.timeout(240_000);
      const dir = await mkdtemp(join(tmpdir(), "atomic-generate-"));
      for (const name of ARTIFACTS) writeFileSync(join(dir, name), `old ${name}\n`);
      assert.equal(runKilledAt(3, [cli, "generate", "--out", dir]), "SIGKILL");
      assert.ok(readdirSync(dir).includes(JOURNAL_FILE), "killed after the commit point");
      assert.equal(await recoverInterruptedWrite(dir), "rolled-forward");
      const recovered = contents(dir);
      assert.ok(
        Object.values(recovered).every((text) => !text.startsWith("old ")),
        "wholly new after recovery",
      );
      assert.deepEqual(readdirSync(dir).sort(), [...ARTIFACTS, MANIFEST_FILE].sort());
    });
  });
});
