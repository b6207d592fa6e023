import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { problem } from "../../generator/core/diagnostics.js";
import { FileWriteError } from "../../generator/files.js";
import type { Recording } from "../recording.js";
import { syntheticDir, writeComposition, type Composition, type SyntheticFile } from "./compose.js";

/** A real synthetic recording under another name; the writer only needs names and texts. */
function file(name: string, source = name): SyntheticFile {
  const text = readFileSync(join(syntheticDir, source), "utf8");
  return { name, recording: JSON.parse(text) as Recording, text };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, readFileSync(join(dir, e.name), "utf8")]),
  );
}

describe("compose-synthetic-recordings: writing a composition", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "synthetic-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const composition: Composition = {
    files: [file("001-CountTokens.json"), file("002-CountTokens.json")],
    problems: [],
  };

  it("writes new files, leaves identical ones, removes synthetic files it no longer produces and keeps the rest", async () => {
    writeFileSync(join(dir, "001-CountTokens.json"), composition.files[0]!.text);
    writeFileSync(join(dir, "009-Old.json"), JSON.stringify({ provenance: { kind: "synthetic" } }));
    writeFileSync(join(dir, "010-Recorded.json"), JSON.stringify({ provenance: { kind: "recorded" } }));
    const report = await writeComposition(composition, dir);
    assert.deepEqual(
      [report.written, report.unchanged, report.removed],
      [["002-CountTokens.json"], ["001-CountTokens.json"], ["009-Old.json"]],
    );
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), [
      "001-CountTokens.json",
      "002-CountTokens.json",
      "010-Recorded.json",
    ]);
  });

  it("writes the files as one set: when one cannot be written, none is, and nothing is removed", async () => {
    writeFileSync(join(dir, "001-CountTokens.json"), "an earlier composition\n");
    writeFileSync(join(dir, "009-Old.json"), JSON.stringify({ provenance: { kind: "synthetic" } }));
    mkdirSync(join(dir, "002-CountTokens.json")); // a folder where a recording must go: its write fails
    const before = snapshot(dir);
    await assert.rejects(
      writeComposition(composition, dir),
      (error: unknown) => error instanceof FileWriteError && error.file.endsWith("002-CountTokens.json"),
    );
    assert.deepEqual(snapshot(dir), before);
  });

  it("writes nothing for a composition with problems", async () => {
    const failed: Composition = {
      files: composition.files,
      problems: [problem("synthetic/not-exchanged", { exchange: "count", detail: "no reply" })],
    };
    const report = await writeComposition(failed, dir);
    assert.deepEqual([report.written, report.removed, readdirSync(dir)], [[], [], []]);
  });
});
