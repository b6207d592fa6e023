/**
 * The spec's `x-bedrock-rules`, enforced on recordings: every real recording keeps them, and
 * each rule fails a real recording mutated to break it, at the place that breaks it.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import { matchAll } from "../validators/cross-field-rules.js";
import { loadRecordings, recordingsDir, specJsonFile } from "./load-recordings.js";
import type { Recording, RecordingFile } from "./recording.js";
import { createContractContext, validateInteraction } from "./validate-interaction.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);

type Body = Record<string, unknown>;

function mutated(relative: string, change: (body: Body) => void): RecordingFile {
  const recording = JSON.parse(readFileSync(join(recordingsDir, relative), "utf8")) as Recording;
  change(recording.request.body as Body);
  return { file: `mutated ${relative}`, recording };
}

function ruleProblems(file: RecordingFile): { rule: string; pointer: string | undefined; severity: string }[] {
  return validateInteraction(file, context)
    .problems.filter((p) => p.code === "contract/rule-violation")
    .map((p) => ({ rule: /"([^"]+)"/.exec(p.message)?.[1] ?? "", pointer: p.pointer, severity: p.severity }));
}

describe("cross-field rules (x-bedrock-rules)", () => {
  it("are declared on Converse and ConverseStream with id, description, select and assert", () => {
    for (const path of ["/model/{modelId}/converse", "/model/{modelId}/converse-stream"]) {
      const rules = (document.paths?.[path]?.post as Record<string, unknown>)["x-bedrock-rules"] as Record<
        string,
        unknown
      >[];
      assert.deepEqual(
        rules.map((r) => r["id"]),
        ["tool-config-with-tool-blocks", "tool-result-json-is-object", "tool-input-schema-is-object"],
      );
      for (const r of rules)
        assert.ok(typeof r["description"] === "string" && typeof r["select"] === "string" && r["assert"]);
    }
  });

  it("hold for every real recording", () => {
    const broken = loadRecordings().recordings.flatMap((r) => ruleProblems(r).map((p) => `${r.file}: ${p.rule}`));
    assert.deepEqual(broken, []);
  });

  it("fail a tool-use conversation sent without toolConfig", () => {
    const file = mutated("ruby-llm/041-Converse.json", (body) => delete body["toolConfig"]);
    assert.deepEqual(ruleProblems(file), [
      { rule: "tool-config-with-tool-blocks", pointer: "/request/body", severity: "error" },
    ]);
  });

  it("fail a toolResult json block that is an array", () => {
    const file = mutated("ruby-llm/041-Converse.json", (body) => {
      const result = matchAll(body, "/messages/*/content/*/toolResult")[0]?.value as { content: unknown[] };
      result.content.push({ json: [1, 2, 3] });
    });
    const [found] = ruleProblems(file);
    assert.equal(found?.rule, "tool-result-json-is-object");
    assert.match(found?.pointer ?? "", /^\/request\/body\/messages\/2\/content\/0\/toolResult\/content\/\d+\/json$/);
  });

  it("fail a tool whose input schema is not an object at the top", () => {
    const file = mutated("dd-trace-py/010-Converse.json", (body) => {
      const schema = matchAll(body, "/toolConfig/tools/0/toolSpec/inputSchema/json")[0]?.value as Body;
      schema["type"] = "array";
    });
    assert.deepEqual(ruleProblems(file), [
      {
        rule: "tool-input-schema-is-object",
        pointer: "/request/body/toolConfig/tools/0/toolSpec/inputSchema/json/type",
        severity: "error",
      },
    ]);
  });

  it("turn into a warning when the service itself answered 400 ValidationException", () => {
    const file = mutated("ruby-llm/041-Converse.json", (body) => delete body["toolConfig"]);
    const response = file.recording.response as { status: number; headers: Record<string, string>; body: unknown };
    Object.assign(response, {
      status: 400,
      headers: { "Content-Type": "application/json", "x-amzn-ErrorType": "ValidationException" },
      body: { message: "The toolConfig field must be defined when using toolUse and toolResult content blocks." },
    });
    const problems = validateInteraction(file, context).problems;
    assert.ok(
      problems.some(
        (p) => p.code === "contract/rejected-request" && p.message.includes("tool-config-with-tool-blocks"),
      ),
    );
    assert.ok(!problems.some((p) => p.code === "contract/rule-violation"));
  });

  it("report a malformed rule instead of guessing", () => {
    const copy = structuredClone(document) as unknown as { paths: Record<string, { post: Record<string, unknown> }> };
    copy.paths["/model/{modelId}/converse"]!.post["x-bedrock-rules"] = [{ id: "x", select: "messages" }];
    const result = validateInteraction(
      mutated("ruby-llm/041-Converse.json", () => undefined),
      createContractContext(copy as never),
    );
    assert.ok(result.problems.some((p) => p.code === "contract/malformed-rule"));
  });
});
