import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileWriteError, writeFilesAtomically } from "./files.js";

describe("writeFilesAtomically", () => {
  it("writes every file and leaves no temporary or backup file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    await writeFile(join(dir, "a.txt"), "old a");
    await writeFilesAtomically(new Map([[join(dir, "a.txt"), "new a"], [join(dir, "sub", "b.txt"), "new b"]]));
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
      writeFilesAtomically(new Map([[join(dir, "a.txt"), "new a"], [join(dir, "b.txt"), "new b"]])),
      (e: unknown) => e instanceof FileWriteError && e.file === join(dir, "b.txt"),
    );
    assert.equal(await readFile(join(dir, "a.txt"), "utf8"), "old a");
    assert.deepEqual((await readdir(dir)).sort(), ["a.txt", "b.txt"]);
  });

  it("a write that fails leaves nothing behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    await writeFile(join(dir, "plain"), "a file, so nothing can be written below it");
    await assert.rejects(
      writeFilesAtomically(new Map([[join(dir, "first.txt"), "1"], [join(dir, "plain", "x.txt"), "2"]])),
      (e: unknown) => e instanceof FileWriteError && e.file === join(dir, "plain", "x.txt"),
    );
    assert.deepEqual(await readdir(dir), ["plain"]);
  });
});
