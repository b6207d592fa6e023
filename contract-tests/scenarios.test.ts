import assert from "node:assert/strict";
import { resolve } from "node:path";
import { repoRoot } from "../generator/core/paths.js";
import { loadScenarios, parseScenarios } from "./scenarios.js";

const PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const scenarios = [
  {
    name: "converse-with-image",
    operation: "Converse",
    input: {
      modelId: "amazon.nova-micro-v1:0",
      messages: [
        {
          role: "user",
          content: [{ text: "What colour?" }, { image: { format: "png", source: { bytes: PIXEL_PNG } } }],
        },
      ],
    },
  },
  {
    name: "invoke-model",
    operation: "InvokeModel",
    input: {
      modelId: "amazon.nova-micro-v1:0",
      contentType: "application/json",
      body: { schemaVersion: "messages-v1", messages: [{ role: "user", content: [{ text: "Say hello." }] }] },
    },
  },
  {
    name: "count",
    operation: "CountTokens",
    input: { modelId: "m", input: { invokeModel: { body: { a: [1, "two"] } } } },
  },
  {
    name: "list-async-invokes",
    operation: "ListAsyncInvokes",
    input: { submitTimeAfter: "2025-01-01T00:00:00Z", maxResults: 5 },
  },
];

describe("scenarios file", () => {
  it("the shipped example is valid", async () => {
    const loaded = await loadScenarios(resolve(repoRoot, "contract-tests/scenarios/example.json"));
    assert.deepEqual(loaded.problems, []);
    assert.ok(loaded.scenarios.length >= 8);
  });

  it("converts blobs from base64, model bodies from JSON and timestamps from ISO strings", () => {
    const {
      scenarios: [converse, invoke, count, list],
      problems,
    } = parseScenarios([scenarios[0], scenarios[1], scenarios[2], scenarios[3]], "inline.json");
    assert.deepEqual(problems, []);
    const image = (converse!.input["messages"] as { content: { image?: { source: { bytes: Uint8Array } } }[] }[])[0]!
      .content[1]!.image!.source.bytes;
    assert.ok(image instanceof Uint8Array);
    assert.equal(Buffer.from(image).toString("base64"), PIXEL_PNG);
    assert.equal(
      new TextDecoder().decode(invoke!.input["body"] as Uint8Array),
      JSON.stringify(scenarios[1]!.input["body"]),
    );
    const countBody = (count!.input["input"] as { invokeModel: { body: Uint8Array } }).invokeModel.body;
    assert.equal(new TextDecoder().decode(countBody), '{"a":[1,"two"]}');
    assert.deepEqual(list!.input["submitTimeAfter"], new Date("2025-01-01T00:00:00Z"));
  });

  it("passes documents through untouched, even where a member looks like a blob", () => {
    const {
      scenarios: [s],
      problems,
    } = parseScenarios(
      [
        {
          name: "tool",
          operation: "Converse",
          input: {
            modelId: "m",
            messages: [
              {
                role: "assistant",
                content: [{ toolUse: { toolUseId: "t", name: "n", input: { bytes: "not base64!", when: null } } }],
              },
            ],
          },
        },
      ],
      "inline.json",
    );
    assert.deepEqual(problems, []);
    const toolUse = (s!.input["messages"] as { content: { toolUse: { input: unknown } }[] }[])[0]!.content[0]!.toolUse;
    assert.deepEqual(toolUse.input, { bytes: "not base64!", when: null });
  });

  it("leaves constraint checks to the service so errors can be recorded on purpose", () => {
    const { problems } = parseScenarios(
      [
        {
          name: "zero",
          operation: "Converse",
          input: { modelId: "m", messages: [], inferenceConfig: { maxTokens: 0 } },
        },
        {
          name: "no-model",
          operation: "Converse",
          input: { messages: [{ role: "user", content: [{ text: "a", image: {} }] }] },
        },
      ],
      "inline.json",
    );
    assert.deepEqual(problems, []);
  });

  it("reports shape errors: empty list, non-object entry, bidirectional stream, null, bad timestamp, wrong container", () => {
    const messages = (document: unknown) =>
      parseScenarios(document, "s.json").problems.map((p) => `${p.pointer}: ${p.message}`);
    assert.deepEqual(messages([]), [": the scenarios file lists no scenarios"]);
    assert.deepEqual(messages(["Converse"]), [
      '/0: scenario 0: must be an object with name, operation, input, not string "Converse"',
    ]);
    assert.deepEqual(messages([{ name: "b", operation: "InvokeModelWithBidirectionalStream", input: {} }]), [
      '/0/operation: scenario 0 ("b"): InvokeModelWithBidirectionalStream runs only over HTTP/2 and cannot be recorded',
    ]);
    assert.deepEqual(messages([{ name: "n", operation: "Converse", input: { modelId: null, messages: {} } }]), [
      '/0/input/modelId: scenario 0 ("n"): null cannot be sent; leave the member out instead',
      '/0/input/messages: scenario 0 ("n"): expected a list (Messages), not an object',
    ]);
    assert.deepEqual(
      messages([{ name: "t", operation: "ListAsyncInvokes", input: { submitTimeAfter: "yesterday" } }]),
      [
        '/0/input/submitTimeAfter: scenario 0 ("t"): expected a timestamp (an ISO 8601 date-time or epoch seconds), not string "yesterday"',
      ],
    );
    assert.deepEqual(messages([{ name: "i", operation: "Converse", input: [] }]), [
      '/0/input: scenario 0 ("i"): "input" must be an object (the SDK command input), not an array',
    ]);
  });
});
