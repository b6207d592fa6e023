/**
 * Expected client mistakes excuse exactly what they list: proven on a real recording whose
 * client sent `top_k`, and on expectation files broken in one way each.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import type { JsonValue } from "../generator/shapes.js";
import { judge, parseExpectations, type RecordingExpectation } from "./expected-problems.js";
import { recordingsDir, specJsonFile } from "./load-recordings.js";
import type { Recording } from "./recording.js";
import { createContractContext, validateInteraction, type ContractProblem } from "./validate-interaction.js";

const context = createContractContext(JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document);
const file = "contract-tests/recordings/ruby-llm/177-Converse.json";
const recording = JSON.parse(readFileSync(join(recordingsDir, "ruby-llm/177-Converse.json"), "utf8")) as Recording;

function problemsOf(body: Record<string, JsonValue>): readonly ContractProblem[] {
  return validateInteraction({ file, recording: { ...recording, request: { ...recording.request, body } } }, context)
    .problems;
}

const topK = {
  code: "contract/schema-violation",
  pointer: "/request/body",
  member: "top_k",
  reason: "ignored by the service",
} as const;
const expectation: RecordingExpectation = {
  recording: "ruby-llm/177-Converse.json",
  problems: [topK],
  pointer: "/expectations/0",
};
const asRecorded = recording.request.body as Record<string, JsonValue>;

describe("expected client mistakes", () => {
  it("the unknown member is reported as data, not only in the message", () => {
    assert.deepEqual(
      problemsOf(asRecorded).map((p) => [p.code, p.pointer, p.member]),
      [["contract/schema-violation", "/request/body", "top_k"]],
    );
  });

  it("exactly the expected problems: judged client mistakes, each a warning carrying its reason", () => {
    const judged = judge(file, problemsOf(asRecorded), expectation);
    assert.equal(judged.outcome, "client-mistakes");
    assert.deepEqual(
      judged.problems.map((p) => [p.severity, p.code, p.file, p.pointer, p.member]),
      [["warning", "contract/client-mistake", file, "/request/body", "top_k"]],
    );
    assert.match(judged.problems[0]!.message, /"top_k".*ignored by the service/);
  });

  it("an error not listed fails the recording, even beside an expected one", () => {
    const judged = judge(file, problemsOf({ ...asRecorded, top_p: 1 }), expectation);
    assert.equal(judged.outcome, "failed");
    assert.deepEqual(
      judged.problems.filter((p) => p.severity === "error").map((p) => p.member),
      ["top_p"],
    );
  });

  it("the same member elsewhere is not excused: pointer and member must both match", () => {
    const body: Record<string, JsonValue> = { ...asRecorded, inferenceConfig: { maxTokens: 4096, top_k: 5 } };
    delete body["top_k"];
    const judged = judge(file, problemsOf(body), expectation);
    assert.equal(judged.outcome, "failed");
    assert.deepEqual(
      judged.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.pointer]),
      [
        ["contract/schema-violation", "/request/body/inferenceConfig"],
        ["contract/stale-expectation", "/request/body"],
      ],
    );
  });

  it("an expected problem that no longer occurs is a stale expectation, and fails", () => {
    const fixed = { ...asRecorded };
    delete fixed["top_k"];
    const judged = judge(file, problemsOf(fixed), expectation);
    assert.equal(judged.outcome, "failed");
    assert.deepEqual(
      judged.problems.map((p) => [p.code, p.file, p.pointer, p.member]),
      [["contract/stale-expectation", file, "/request/body", "top_k"]],
    );
  });

  it("the repository's expectations file is well formed", () => {
    const raw = JSON.parse(readFileSync(join(recordingsDir, "expected-problems.json"), "utf8")) as {
      expectations: unknown[];
    };
    const parsed = parseExpectations(raw, "expected-problems.json");
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.byRecording.size, raw.expectations.length);
  });

  it("a recorder artefact may point into the response and leave out the member, with a reason", () => {
    const artefact = {
      code: "contract/schema-violation",
      pointer: "/response/body/results/0/completionReason",
      artefact: true,
      reason: "hand-written mock reply",
    };
    const parsed = parseExpectations(
      { expectations: [{ recording: "a/001-InvokeModel.json", problems: [artefact] }] },
      "x.json",
    );
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.byRecording.get("a/001-InvokeModel.json")?.problems[0]?.artefact, true);
    const bad = (problem: Record<string, unknown>) =>
      parseExpectations({ expectations: [{ recording: "a/001-InvokeModel.json", problems: [problem] }] }, "x.json")
        .problems.map((p) => p.message)
        .join(" ");
    assert.match(bad({ ...artefact, artefact: false }), /"artefact" may only be true/);
    assert.match(bad({ ...artefact, reason: "" }), /"reason" must say why/);
    assert.match(bad({ ...artefact, pointer: "/meta" }), /"pointer" must point into the request or the response/);
    assert.match(bad({ ...artefact, artefact: undefined }), /"pointer" must point into the request/);
  });

  it("rejects entries that would excuse anything but a named request member", () => {
    const entry = (problem: Record<string, unknown>, recording = "a/001-Converse.json") => ({
      recording,
      problems: [problem],
    });
    const cases: [unknown, RegExp][] = [
      [[], /"expectations" array/],
      [{ expectations: [{ recording: "a/001-Converse.json", problems: [] }] }, /non-empty "problems"/],
      [{ expectations: [entry({ ...topK, pointer: "/response/body" })] }, /"pointer" must point into the request/],
      [{ expectations: [entry({ ...topK, member: undefined })] }, /"member" must name/],
      [{ expectations: [entry({ ...topK, reason: " " })] }, /"reason" must say why/],
      [{ expectations: [entry({ ...topK, code: "contract/rejected-request" })] }, /"code" must be an error code/],
      [{ expectations: [entry({ ...topK, code: "contract/whatever" })] }, /"code" must be an error code/],
      [{ expectations: [entry({ ...topK, anywhere: true })] }, /unknown key "anywhere"/],
      [{ expectations: [{ recording: "a/001-Converse.json", problems: [topK, topK] }] }, /listed twice/],
      [{ expectations: [entry(topK), entry(topK)] }, /a\/001-Converse\.json is listed twice/],
    ];
    for (const [value, message] of cases) {
      const parsed = parseExpectations(value, "x.json");
      assert.ok(parsed.problems.length > 0, JSON.stringify(value));
      assert.ok(parsed.problems.every((p) => p.code === "contract/invalid-expectation" && p.file === "x.json"));
      assert.match(parsed.problems.map((p) => p.message).join("\n"), message);
    }
    const broken = parseExpectations({ expectations: [entry({ ...topK, pointer: "/response/body" })] }, "x.json");
    assert.equal(broken.byRecording.size, 0, "a malformed entry excuses nothing");
    assert.equal(broken.problems[0]!.pointer, "/expectations/0/problems/0");
  });
});
