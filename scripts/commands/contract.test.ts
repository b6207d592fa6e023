import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPECTED_PROBLEMS_FILE } from "../../contract-tests/expected-problems.js";
import { recordingsDir } from "../../contract-tests/load-recordings.js";
import type { Recording } from "../../contract-tests/recording.js";
import type { ContractReport } from "../../contract-tests/run-contract.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CommandIO } from "../command.js";
import { main } from "../cli.js";
import { specJsonPath } from "../../generator/core/paths.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(["contract", ...argv], io);
  return { code, out, err };
}

function realRecording(name: string): Recording {
  return JSON.parse(readFileSync(join(recordingsDir, name), "utf8")) as Recording;
}

/** A recordings folder holding `files` (path inside the folder → JSON value). */
function recordingsFolder(files: Readonly<Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), "contract-"));
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  }
  return dir;
}

const realExpectations: unknown = JSON.parse(readFileSync(join(recordingsDir, EXPECTED_PROBLEMS_FILE), "utf8"));

describe("bedrock-openapi contract", () => {
  it("exits 0 on the real recordings, shows client mistakes in their own column and reports progress on stderr", async () => {
    const { code, out, err } = await run();
    assert.equal(code, EXIT_OK, out);
    assert.match(out, /operation\s+recordings\s+passed\s+failed\s+set aside\s+client mistakes/);
    assert.match(out, /\n {2}Converse\s+\d+\s+\d+\s+0\s+0\s+5\n/);
    assert.match(out, /ruby-llm\/177-Converse\.json#\/request\/body: warning \[contract\/client-mistake\].*"top_k"/);
    assert.match(out, /Contract holds\./);
    assert.match(err, /contract: checked 100 of \d+ recordings/);
  });

  it("--only Converse restricts the run to that operation", async () => {
    const { code, out } = await run("--only", "Converse", "--format", "json");
    assert.equal(code, EXIT_OK);
    const report = JSON.parse(out) as ContractReport;
    assert.deepEqual(
      report.operations.map((o) => o.operation),
      ["Converse"],
    );
    assert.equal(report.only, "Converse");
    assert.ok(report.operations[0]!.real.recordings > 0);
  });

  it("--only with an unknown operation exits 2 and names the valid ones", async () => {
    const { code, err } = await run("--only", "Bogus");
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /--only Bogus is not an operation of the spec; valid operations: .*Converse.*InvokeModel/);
  });

  it("usage errors exit 2: unknown flag, bad format, stray argument, missing folder, unreadable spec", async () => {
    for (const argv of [
      ["--bogus"],
      ["--format", "xml"],
      ["extra"],
      ["--recordings", "/no/such/dir"],
      ["--spec", "/no/such/spec.json"],
    ]) {
      const { code, err } = await run(...argv);
      assert.equal(code, EXIT_USAGE, `${argv.join(" ")}: ${err}`);
      assert.ok(err.length > 0);
    }
  });

  it("a recording missing a required response member exits 1 and names the file and pointer", async () => {
    const recording = realRecording("ruby-llm/178-Converse.json");
    const body = { ...(recording.response.body as Record<string, unknown>) };
    delete body["stopReason"];
    const dir = recordingsFolder({
      "mutated/001-Converse.json": { ...recording, response: { ...recording.response, body } },
    });
    const { code, out } = await run("--recordings", dir);
    assert.equal(code, EXIT_PROBLEMS, out);
    assert.ok(
      out.includes(`${join(dir, "mutated/001-Converse.json")}#/response/body: error [contract/schema-violation]`),
      out,
    );
    assert.match(out, /stopReason/);
    assert.match(out, /Contract broken\./);
  });

  it("a spec missing an operation breaks the contract: its recordings route nowhere (exit 1)", async () => {
    const spec = JSON.parse(readFileSync(specJsonPath, "utf8")) as { paths: Record<string, unknown> };
    delete spec.paths["/model/{modelId}/converse"];
    const dir = recordingsFolder({
      "dd-trace-py/010-Converse.json": realRecording("dd-trace-py/010-Converse.json"),
      "spec.json": spec,
    });
    const { code, out } = await run("--spec", join(dir, "spec.json"), "--recordings", dir);
    assert.equal(code, EXIT_PROBLEMS, out);
    assert.match(out, /\n {2}Converse\s+1\s+0\s+1\s+0\s+0 {2}\(not in the spec\)\n/);
    assert.ok(
      out.includes(
        `${join(dir, "dd-trace-py/010-Converse.json")}#/request/url: error [route/unknown-path] no path of the spec matches POST /model/`,
      ),
      out,
    );
    assert.match(out, /Contract broken\./);
    assert.doesNotMatch(out, /Contract holds/);
  });

  it("a listed client mistake passes only while it occurs: a fixed recording makes the expectation stale (exit 1)", async () => {
    const recording = realRecording("ruby-llm/177-Converse.json");
    const asRecorded = recordingsFolder({
      "ruby-llm/177-Converse.json": recording,
      [EXPECTED_PROBLEMS_FILE]: realExpectations,
    });
    // The other expectations name recordings this folder lacks: stale as well.
    const kept = await run("--recordings", asRecorded, "--format", "json");
    const keptReport = JSON.parse(kept.out) as ContractReport;
    assert.equal(keptReport.operations.find((o) => o.operation === "Converse")!.clientMistakes.length, 1);
    const others = (realExpectations as { expectations: unknown[] }).expectations.length - 1;
    assert.equal(keptReport.problems.filter((p) => p.code === "contract/stale-expectation").length, others);
    assert.equal(kept.code, EXIT_PROBLEMS);

    const fixedBody = { ...(recording.request.body as Record<string, unknown>) };
    delete fixedBody["top_k"];
    const expectations = {
      expectations: (realExpectations as { expectations: { recording: string }[] }).expectations.filter(
        (e) => e.recording === "ruby-llm/177-Converse.json",
      ),
    };
    const fixed = recordingsFolder({
      "ruby-llm/177-Converse.json": { ...recording, request: { ...recording.request, body: fixedBody } },
      [EXPECTED_PROBLEMS_FILE]: expectations,
    });
    const { code, out } = await run("--recordings", fixed);
    assert.equal(code, EXIT_PROBLEMS, out);
    assert.match(
      out,
      /177-Converse\.json#\/request\/body: error \[contract\/stale-expectation\] expected problem \[contract\/schema-violation\] at \/request\/body on member "top_k" no longer occurs/,
    );
  });

  it("--format json gives the report as JSON", async () => {
    const { code, out } = await run("--format", "json");
    assert.equal(code, EXIT_OK);
    const report = JSON.parse(out) as ContractReport;
    assert.equal(report.ok, true);
    assert.ok(report.expectations?.endsWith(EXPECTED_PROBLEMS_FILE));
    assert.deepEqual(report.withoutRecordings, []);
    assert.deepEqual(report.onlySynthetic, [
      "CountTokens",
      "GetAsyncInvoke",
      "InvokeGuardrailChecks",
      "InvokeModelWithBidirectionalStream",
      "ListAsyncInvokes",
      "StartAsyncInvoke",
    ]);
    assert.deepEqual(report.notInSpec, []);
    const converse = report.operations.find((o) => o.operation === "Converse")!;
    assert.deepEqual(
      converse.clientMistakes.map((r) => r.file.replace(/^.*recordings\//, "")),
      [
        "ruby-llm/177-Converse.json",
        "ruby-llm/178-Converse.json",
        "ruby-llm/179-Converse.json",
        "ruby-llm/188-Converse.json",
        "ruby-llm/207-Converse.json",
      ],
    );
    assert.deepEqual(
      converse.clientMistakes[0]!.problems.map((p) => [p.code, p.pointer, p.member]),
      [["contract/client-mistake", "/request/body", "top_k"]],
    );
  });

  it("--help prints the options", async () => {
    const { code, out } = await run("--help");
    assert.equal(code, EXIT_OK);
    assert.match(out, /--only OPERATION/);
  });
});
