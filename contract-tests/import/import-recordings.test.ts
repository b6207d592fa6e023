import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileWriteError } from "../../generator/files.js";
import { convertSharedRecording, EXCLUDED_FILE, importRecordings, ImportSourceError } from "./import-recordings.js";

const shared = {
  source: { repo: "owner/repo", path: "cassettes/a.yml", commit: "0123456789abcdef0123456789abcdef01234567", index: 2 },
  operation: "Converse",
  request: {
    method: "POST",
    url: "https://bedrock-runtime.<AWS_REGION>.amazonaws.com/model/m/converse",
    headers: { "Content-Type": "application/json" },
    body: { messages: [] },
  },
  response: {
    status: 200,
    statusText: "OK",
    headers: { "Content-Type": "application/vnd.amazon.eventstream" },
    body: null,
    bodyBase64: "AAAA",
    events: [{ headers: {}, payload: {} }],
    eventStreamValid: true,
  },
  meta: {
    provider: "amazon",
    modelId: "m",
    format: "vcr-yaml",
    license: "MIT",
    atHead: true,
    normalizedUrl: "https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse",
    notes: ["bodies stored re-serialized"],
  },
};

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${name.name}` : name.name;
      if (name.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel), "utf8");
    }
  };
  walk("");
  return out;
}

describe("import-recordings", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "import-recordings-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("converts provenance, notes and meta, uses the normalized URL and drops decoded events", () => {
    const recording = convertSharedRecording(shared, "001-Converse.json");
    assert.deepEqual(recording.provenance, {
      kind: "imported",
      repo: "owner/repo",
      path: "cassettes/a.yml",
      commit: "0123456789abcdef0123456789abcdef01234567",
      index: 2,
      format: "vcr-yaml",
      license: "MIT",
    });
    assert.equal(recording.request.url, "https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse");
    assert.equal(recording.meta["originalUrl"], "https://bedrock-runtime.<AWS_REGION>.amazonaws.com/model/m/converse");
    assert.deepEqual(recording.notes, ["bodies stored re-serialized"]);
    assert.deepEqual(Object.keys(recording.response), ["status", "headers", "body", "bodyBase64"]);
    assert.deepEqual(Object.keys(recording.meta), ["atHead", "modelId", "originalUrl", "provider", "statusText"]);
    assert.equal(recording.setAside, undefined);
  });

  it("sets aside a hand-spliced 200 with x-amzn-ErrorType, and notes stripped headers", () => {
    const spliced = {
      ...shared,
      request: { ...shared.request, headers: {} },
      response: {
        status: 200,
        headers: { "x-amzn-ErrorType": "UnrecognizedClientException" },
        body: { completion: "hi" },
      },
    };
    const recording = convertSharedRecording(spliced, "009-Converse.json");
    assert.match(recording.setAside ?? "", /hand-spliced/);
    assert.deepEqual(recording.meta["headersStripped"], ["request"]);
  });

  it("imports every file, lists the malformed ones, and is repeatable byte for byte", async () => {
    const from = join(root, "from");
    const to = join(root, "to");
    mkdirSync(join(from, "src"), { recursive: true });
    writeFileSync(join(from, "src", "001-Converse.json"), JSON.stringify(shared));
    writeFileSync(join(from, "src", "002-Converse.json"), "{ not json");
    writeFileSync(join(from, "src", "003-Converse.json"), JSON.stringify({ ...shared, source: { repo: "r" } }));
    writeFileSync(join(from, "src", "004-InvokeModel.json"), JSON.stringify(shared));
    writeFileSync(join(from, "src", "notes.txt"), "stray");
    // A stale import from an earlier run, and a file that is not an import (kept).
    mkdirSync(join(to, "src"), { recursive: true });
    writeFileSync(join(to, "src", "099-Converse.json"), JSON.stringify({ provenance: { kind: "imported" } }));
    writeFileSync(join(to, "src", "100-Converse.json"), JSON.stringify({ provenance: { kind: "recorded" } }));

    const report = await importRecordings({ from, to });
    assert.deepEqual(report.imported, ["src/001-Converse.json"]);
    assert.deepEqual(
      report.excluded.map((o) => o.file),
      ["src/002-Converse.json", "src/003-Converse.json", "src/004-InvokeModel.json", "src/notes.txt"],
    );
    assert.match(report.excluded[0]!.reason, /not valid JSON/);
    assert.match(report.excluded[1]!.reason, /source\.path/);
    assert.match(report.excluded[2]!.reason, /does not end in -Converse\.json/);
    assert.deepEqual(report.removed, ["src/099-Converse.json"]);

    const first = snapshot(to);
    assert.deepEqual(Object.keys(first).sort(), [EXCLUDED_FILE, "src/001-Converse.json", "src/100-Converse.json"]);
    for (const o of report.excluded) assert.ok(first[EXCLUDED_FILE]!.includes(`\`${o.file}\``), o.file);
    assert.ok(first["src/001-Converse.json"]!.endsWith("}\n"));
    assert.ok(!first["src/001-Converse.json"]!.includes("eventStreamValid"));

    await importRecordings({ from, to });
    assert.deepEqual(snapshot(to), first);
  });

  it("writes the recordings and EXCLUDED.md as one set: when one cannot be written, none is, and nothing is removed", async () => {
    const from = join(root, "from");
    const to = join(root, "to");
    mkdirSync(join(from, "src"), { recursive: true });
    writeFileSync(join(from, "src", "001-Converse.json"), JSON.stringify(shared));
    writeFileSync(join(from, "src", "002-Converse.json"), JSON.stringify(shared));
    mkdirSync(join(to, "src", "002-Converse.json"), { recursive: true }); // a folder where a recording must go: its write fails
    writeFileSync(join(to, "src", "001-Converse.json"), "earlier import\n");
    writeFileSync(join(to, "src", "099-Converse.json"), JSON.stringify({ provenance: { kind: "imported" } }));
    const before = snapshot(to);

    await assert.rejects(
      importRecordings({ from, to }),
      (error: unknown) => error instanceof FileWriteError && error.file.endsWith("002-Converse.json"),
    );
    assert.deepEqual(snapshot(to), before);
  });

  describe("never deletes what it did not replace", () => {
    let from: string;
    let to: string;
    const imported = JSON.stringify({ provenance: { kind: "imported" } });
    beforeEach(() => {
      from = join(root, "from");
      to = join(root, "to");
      mkdirSync(join(to, "other"), { recursive: true });
      mkdirSync(join(to, "src"), { recursive: true });
      writeFileSync(join(to, "other", "001-Converse.json"), imported);
      writeFileSync(join(to, "src", "099-Converse.json"), imported);
      writeFileSync(join(to, EXCLUDED_FILE), "| `other/007-Converse.json` | not valid JSON |\n");
    });

    it("a --from holding one source removes only that source's stale imports, and keeps others' EXCLUDED rows", async () => {
      mkdirSync(join(from, "src"), { recursive: true });
      writeFileSync(join(from, "src", "001-Converse.json"), JSON.stringify(shared));
      writeFileSync(join(to, EXCLUDED_FILE), "## Excluded\n\n| `other/007-Converse.json` | not valid JSON |\n");
      const report = await importRecordings({ from, to });
      assert.deepEqual(report.removed, ["src/099-Converse.json"]);
      assert.deepEqual(Object.keys(snapshot(to)).sort(), [
        EXCLUDED_FILE,
        "other/001-Converse.json",
        "src/001-Converse.json",
      ]);
      assert.match(readFileSync(join(to, EXCLUDED_FILE), "utf8"), /`other\/007-Converse\.json` \| not valid JSON/);
    });

    it("refuses an empty --from, an empty source folder and a missing --from, deleting nothing", async () => {
      const before = snapshot(to);
      mkdirSync(from);
      await assert.rejects(
        importRecordings({ from, to }),
        (e: unknown) => e instanceof ImportSourceError && /holds no <source>/.test(e.message),
      );
      mkdirSync(join(from, "src"));
      await assert.rejects(
        importRecordings({ from, to }),
        (e: unknown) => e instanceof ImportSourceError && /no \.json capture/.test(e.message),
      );
      await assert.rejects(
        importRecordings({ from: join(root, "nope"), to }),
        (e: unknown) => e instanceof ImportSourceError,
      );
      assert.deepEqual(snapshot(to), before);
    });

    it("--dry-run lists what would be added, replaced and removed, and writes nothing", async () => {
      mkdirSync(join(from, "src"), { recursive: true });
      writeFileSync(join(from, "src", "001-Converse.json"), JSON.stringify(shared));
      writeFileSync(join(from, "src", "002-Converse.json"), JSON.stringify(shared));
      writeFileSync(join(to, "src", "002-Converse.json"), "earlier import\n");
      const before = snapshot(to);
      const report = await importRecordings({ from, to, dryRun: true });
      assert.deepEqual(
        [report.added, report.replaced, report.removed],
        [["src/001-Converse.json"], [EXCLUDED_FILE, "src/002-Converse.json"], ["src/099-Converse.json"]],
      );
      assert.equal(report.dryRun, true);
      assert.deepEqual(snapshot(to), before);
    });

    it("refuses captures holding a secret: every finding masked, nothing written or removed", async () => {
      const keyId = "AKIA" + "Q7LMZ3XW4PTRNB2Y";
      mkdirSync(join(from, "src"), { recursive: true });
      const leaky = {
        ...shared,
        request: { ...shared.request, headers: { Authorization: `AWS4-HMAC-SHA256 Credential=${keyId}/x` } },
      };
      writeFileSync(join(from, "src", "001-Converse.json"), JSON.stringify(leaky));
      const before = snapshot(to);
      const report = await importRecordings({ from, to });
      assert.deepEqual(
        report.secrets.map((p) => [p.code, p.pointer]),
        [["secret/access-key-id", "/request/headers/Authorization"]],
      );
      assert.match(report.secrets[0]!.file ?? "", /src\/001-Converse\.json$/);
      assert.ok(!JSON.stringify(report.secrets).includes(keyId));
      assert.deepEqual(snapshot(to), before);
    });
  });
});
