import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import { ProblemsError } from "../generator/core/diagnostics.js";
import { decodeEventStream } from "../contract-tests/event-stream.js";
import { specJsonFile } from "../contract-tests/load-recordings.js";
import { createContract } from "./contract.js";
import { FaultPlan, parseFaultList, parseFaultSpec, readFaults, type FaultContext } from "./faults.js";
import { minimalInstance } from "./instance.js";
import { parseScenarios, readScenariosFile } from "./scenarios.js";
import { DEFAULT_BEARER_TOKEN, startMock } from "./index.js";

const document = JSON.parse((await import("node:fs")).readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const OPERATIONS = ["Converse", "ConverseStream", "InvokeModel", "InvokeModelWithResponseStream"];
const FAULTS: FaultContext = {
  operations: OPERATIONS,
  streamOperations: ["ConverseStream", "InvokeModelWithResponseStream"],
  streamExceptions: ["modelStreamErrorException", "throttlingException"],
};
const AUTH = { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}`, "content-type": "application/json" };
const HELLO = { messages: [{ role: "user", content: [{ text: "Hello" }] }] };

function problemsOf(run: () => unknown): { code: string; pointer?: string; message: string; file?: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemsError) return [...error.problems];
    throw error;
  }
  assert.fail("expected a ProblemsError");
}

describe("mock: scenario files", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "mock-scenarios-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("reports each broken rule with the file, its pointer and the rule's name", () => {
    const problems = problemsOf(() =>
      parseScenarios(
        {
          scenarios: [
            { name: "a", when: { operation: "Nope" }, respond: { status: 200 } },
            { name: "b", when: { modelId: "(" }, respond: { status: 200 } },
            { name: "c", when: { body: [{ pointer: "messages", equals: 1 }] }, respond: { status: 200 } },
            { name: "d", respond: { status: 99 } },
            { when: { colour: "red" }, respond: { recording: "missing.json" } },
          ],
        },
        join(dir, "s.json"),
        OPERATIONS,
      ),
    );
    const at = problems.map((p) => `${p.pointer} ${p.message}`);
    assert.equal(problems.length, 7, at.join("\n"));
    assert.ok(problems.every((p) => p.code === "mock/invalid-scenario" && p.file === join(dir, "s.json")));
    assert.match(at[0]!, /^\/scenarios\/0\/when\/operation scenario #0 "a" .*Converse/);
    assert.match(at[1]!, /^\/scenarios\/1\/when\/modelId .*regular expression/);
    assert.match(at[2]!, /^\/scenarios\/2\/when\/body\/0\/pointer .*starts with "\/"/);
    assert.match(at[3]!, /^\/scenarios\/3\/respond\/status /);
    assert.ok(at.some((a) => /^\/scenarios\/4\/name /.test(a)));
    assert.ok(at.some((a) => /^\/scenarios\/4\/when\/colour .*unknown condition/.test(a)));
    assert.ok(at.some((a) => /^\/scenarios\/4\/respond\/recording .*cannot read/.test(a)));
  });

  it("a file that is not JSON, or has no scenarios list, is named", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ nope");
    const [parse] = problemsOf(() => readScenariosFile(file, OPERATIONS));
    assert.equal(parse!.code, "io/parse-failed");
    assert.equal(parse!.file, file);
    const [shape] = problemsOf(() => parseScenarios({ rules: [] }, file, OPERATIONS));
    assert.match(shape!.message, /"scenarios" array/);
  });

  it("serves by named header, by request content and by model id, in rule order", async () => {
    const file = join(dir, "serve.json");
    writeFileSync(
      file,
      JSON.stringify({
        scenarios: [
          {
            name: "refusal",
            when: { scenario: "refusal" },
            respond: {
              status: 200,
              body: {
                output: { message: { role: "assistant", content: [{ text: "No." }] } },
                stopReason: "guardrail_intervened",
                usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
                metrics: { latencyMs: 1 },
              },
            },
          },
          {
            name: "secret",
            when: { operation: "Converse", body: [{ pointer: "/messages/0/content/0/text", contains: "password" }] },
            respond: {
              status: 429,
              headers: { "X-Amzn-ErrorType": "ThrottlingException" },
              body: { message: "slow down" },
            },
          },
          {
            name: "followup",
            when: { operation: "Converse", modelId: "^mock\\.followup" },
            respond: { example: "toolResult" },
          },
          {
            name: "two-frames",
            when: { operation: "ConverseStream" },
            respond: {
              status: 200,
              frames: [
                {
                  headers: {
                    ":message-type": "event",
                    ":event-type": "messageStart",
                    ":content-type": "application/json",
                  },
                  payload: { role: "assistant" },
                },
                {
                  headers: {
                    ":message-type": "event",
                    ":event-type": "messageStop",
                    ":content-type": "application/json",
                  },
                  payload: { stopReason: "end_turn" },
                },
              ],
            },
          },
        ],
      }),
    );
    const mock = await startMock({ recordings: false, scenarios: file });
    const post = (model: string, operation: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${mock.url}/model/${encodeURIComponent(model)}/${operation}`, {
        method: "POST",
        headers: { ...AUTH, ...headers },
        body: JSON.stringify(body),
      });
    try {
      const named = await post("any.model", "converse", HELLO, { "x-mock-scenario": "refusal" });
      assert.equal(((await named.json()) as { stopReason: string }).stopReason, "guardrail_intervened");
      const secret = await post("any.model", "converse", {
        messages: [{ role: "user", content: [{ text: "my password" }] }],
      });
      assert.equal(secret.status, 429);
      assert.equal(secret.headers.get("x-amzn-errortype"), "ThrottlingException");
      const followup = await post("mock.followup-v1", "converse", HELLO);
      assert.equal(((await followup.json()) as { stopReason: string }).stopReason, "end_turn");
      const plain = await post("any.model", "converse", HELLO);
      assert.equal(((await plain.json()) as { stopReason: string }).stopReason, "tool_use"); // the spec's first example
      const stream = await post("any.model", "converse-stream", HELLO);
      assert.equal(decodeEventStream(new Uint8Array(await stream.arrayBuffer())).length, 2);
      const unknown = await post("any.model", "converse", HELLO, { "x-mock-scenario": "nothing-by-that-name" });
      assert.equal(unknown.status, 400);
      assert.match(((await unknown.json()) as { message: string }).message, /nothing-by-that-name/);
    } finally {
      await mock.close();
    }
  });
});

describe("mock: fault rules", () => {
  it("parses the inline form and the JSON form alike", () => {
    const inline = parseFaultSpec(
      "throttling,rate=0.5,seed=3; stream-exception,operation=ConverseStream,after=2,exception=modelStreamErrorException",
      FAULTS,
    );
    const json = parseFaultList(
      {
        faults: [
          { kind: "throttling", rate: 0.5, seed: 3 },
          { kind: "stream-exception", operation: "ConverseStream", after: 2, exception: "modelStreamErrorException" },
        ],
      },
      "f.json",
      FAULTS,
    );
    assert.deepEqual(inline, json);
    assert.equal(inline[1]!.after, 2);
  });

  it("reports each broken rule, naming the source, the place and the rule", () => {
    const problems = problemsOf(() =>
      parseFaultSpec(
        "flood;throttling,rate=2;stream-exception,operation=Converse;stream-exception,exception=boom;model-timeout,after=3;throttling,colour=red;throttling,model=(",
        FAULTS,
      ),
    );
    const at = problems.map((p) => `${p.file}#${p.pointer} ${p.message}`);
    assert.equal(problems.length, 7, at.join("\n"));
    assert.match(at[0]!, /^--faults#\/faults\/0\/kind fault rule #0 \(flood\) .*throttling, model-timeout/);
    assert.match(at[1]!, /\/faults\/1\/rate .*at most 1/);
    assert.match(at[2]!, /\/faults\/2\/operation .*streaming operation/);
    assert.match(at[3]!, /\/faults\/3\/exception .*modelStreamErrorException/);
    assert.match(at[4]!, /\/faults\/4\/after .*only to stream-exception/);
    assert.match(at[5]!, /\/faults\/5\/colour .*unknown option/);
    assert.match(at[6]!, /\/faults\/6\/model .*regular expression/);
  });

  it("a faults file that cannot be read is named", () => {
    const [p] = problemsOf(() => readFaults("/nonexistent/faults.json", FAULTS));
    assert.equal(p!.code, "io/read-failed");
    assert.equal(p!.file, "/nonexistent/faults.json");
  });

  it("a rate is deterministic for a seed, fires on about its share, and differs between seeds", () => {
    const pattern = (seed: number) => {
      const plan = new FaultPlan(parseFaultSpec(`throttling,rate=0.3,seed=${seed}`, FAULTS));
      return Array.from({ length: 200 }, () => (plan.pick("Converse", "m", false) === undefined ? "." : "x")).join("");
    };
    assert.equal(pattern(7), pattern(7));
    assert.notEqual(pattern(7), pattern(8));
    const fired = [...pattern(7)].filter((c) => c === "x").length;
    assert.ok(fired > 40 && fired < 80, `${fired} of 200 fired at rate 0.3`);
  });

  it("a rule fires only on its operation and model, and a stream fault only on streams", () => {
    const plan = new FaultPlan(parseFaultSpec("model-timeout,operation=Converse,model=^slow;stream-exception", FAULTS));
    assert.equal(plan.pick("Converse", "slow.m", false)?.kind, "model-timeout");
    assert.equal(plan.pick("Converse", "fast.m", false), undefined);
    assert.equal(plan.pick("InvokeModel", "slow.m", false), undefined);
    assert.equal(plan.pick("ConverseStream", "fast.m", true)?.kind, "stream-exception");
  });
});

describe("mock: replies made from the schema", () => {
  const contract = createContract(document);

  it("a minimal instance of every success body and error of the spec validates against its schema", () => {
    const schemas = document.components?.schemas ?? {};
    const names = Object.keys(schemas).filter((n) => /(Response|Exception)$/.test(n));
    assert.ok(names.length > 15);
    for (const name of names) {
      const pointer = `/components/schemas/${name}`;
      assert.deepEqual(contract.schemaErrors(pointer, minimalInstance(document, pointer)), [], name);
    }
  });

  it("a minimal instance of every event of both response streams validates", () => {
    for (const union of ["ConverseStreamOutput", "ResponseStream"]) {
      const rules = contract.frameRules(`/components/schemas/${union}`) ?? [];
      assert.ok(rules.length > 3, union);
      for (const rule of rules)
        assert.deepEqual(
          contract.schemaErrors(rule.schemaPointer, minimalInstance(document, rule.schemaPointer)),
          [],
          rule.member,
        );
    }
  });

  it("without examples the mock still answers with valid bodies and valid frames", async () => {
    const bare = JSON.parse(
      JSON.stringify(document, (key, value: unknown) =>
        key === "examples" || key === "x-amazon-eventstream-examples" ? undefined : value,
      ),
    ) as OpenAPIV3_1.Document;
    const mock = await startMock({ spec: bare, recordings: false });
    try {
      const converse = await fetch(`${mock.url}/model/m/converse`, {
        method: "POST",
        headers: AUTH,
        body: JSON.stringify(HELLO),
      });
      assert.equal(converse.status, 200);
      assert.deepEqual(contract.schemaErrors("/components/schemas/ConverseResponse", await converse.json()), []);
      const stream = await fetch(`${mock.url}/model/m/converse-stream`, {
        method: "POST",
        headers: AUTH,
        body: JSON.stringify(HELLO),
      });
      const frames = decodeEventStream(new Uint8Array(await stream.arrayBuffer()));
      assert.equal(frames.length, 1);
      const rule = contract
        .frameRules("/components/schemas/ConverseStreamOutput")!
        .find((r) => r.messageType === "event")!;
      assert.deepEqual(frames[0]!.headers[":event-type"], { type: "string", value: rule.type });
      assert.deepEqual(
        contract.schemaErrors(rule.schemaPointer, JSON.parse(new TextDecoder().decode(frames[0]!.payload))),
        [],
      );
    } finally {
      await mock.close();
    }
  });
});
