import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import type { JsonValue } from "../generator/core/json.js";
import { specJsonFile } from "../contract-tests/load-recordings.js";
import { createContractContext, validateInteraction } from "../contract-tests/validate-interaction.js";
import { DEFAULT_BEARER_TOKEN, startMock, type RunningMock } from "./index.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);
const HELLO = { messages: [{ role: "user", content: [{ text: "Hello" }] }] };
const BEARER = `Bearer ${DEFAULT_BEARER_TOKEN}`;

interface Call {
  readonly name: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly body?: JsonValue;
  readonly authorization?: string;
  readonly status: number;
}

/** Sends the call and judges the exchange with the contract validator, as if it were a recording. */
async function judge(
  mock: RunningMock,
  call: Call,
): Promise<{ status: number; problems: string[]; rejected: string[] }> {
  const requestHeaders: Record<string, string> = {
    authorization: call.authorization ?? BEARER,
    "content-type": "application/json",
  };
  const response = await fetch(`${mock.url}${call.path}`, {
    method: call.method,
    headers: requestHeaders,
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries(response.headers.entries());
  const isJson = (headers["content-type"] ?? "").includes("json");
  const result = validateInteraction(
    {
      file: call.name,
      recording: {
        operation: "(routed)",
        provenance: { kind: "synthetic", basis: "mock conformance test" },
        request: {
          method: call.method,
          url: `https://bedrock-runtime.us-east-1.amazonaws.com${call.path}`,
          headers: requestHeaders,
          body: call.body ?? null,
        },
        response: {
          status: response.status,
          headers,
          body: isJson && bytes.byteLength > 0 ? (JSON.parse(bytes.toString("utf8")) as JsonValue) : null,
          ...(isJson ? {} : { bodyBase64: bytes.toString("base64") }),
        },
        notes: [],
        meta: {},
      },
    },
    context,
  );
  // The recording's placeholder operation name is the only thing allowed to disagree.
  const problems = result.problems
    .filter((p) => p.code !== "contract/operation-mismatch" && p.severity === "error")
    .map((p) => `${p.pointer}: ${p.message}`);
  // A request the reply calls invalid (400 ValidationException) has its findings turned into warnings of agreement.
  const rejected = result.problems
    .filter((p) => p.code === "contract/rejected-request")
    .map((p) => `${p.pointer}: ${p.message}`);
  return { status: response.status, problems, rejected };
}

const model = (id: string, action: string) => `/model/${encodeURIComponent(id)}/${action}`;

describe("mock: every reply it makes is one the spec describes", () => {
  let mock: RunningMock;
  before(async () => {
    mock = await startMock({
      recordings: false,
      faults:
        "throttling,model=^throttle;model-timeout,model=^slow;service-unavailable,model=^down;" +
        "stream-exception,operation=ConverseStream,model=^broken,after=1,exception=modelStreamErrorException",
    });
  });
  after(() => mock.close());

  const calls: Call[] = [
    { name: "Converse example", method: "POST", path: model("m.x", "converse"), body: HELLO, status: 200 },
    { name: "ConverseStream example", method: "POST", path: model("m.x", "converse-stream"), body: HELLO, status: 200 },
    {
      name: "InvokeModelWithResponseStream example",
      method: "POST",
      path: model("m.x", "invoke-with-response-stream"),
      body: { prompt: "hi" },
      status: 200,
    },
    {
      name: "CountTokens example",
      method: "POST",
      path: model("m.x", "count-tokens"),
      body: { input: { converse: HELLO } },
      status: 200,
    },
    {
      name: "ApplyGuardrail example",
      method: "POST",
      path: "/guardrail/g1/version/1/apply",
      body: { source: "INPUT", content: [{ text: { text: "hi" } }] },
      status: 200,
    },
    { name: "ListAsyncInvokes example", method: "GET", path: "/async-invoke?maxResults=2", status: 200 },
    {
      name: "GetAsyncInvoke example",
      method: "GET",
      path: `/async-invoke/${encodeURIComponent("arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdefghij12")}`,
      status: 200,
    },
    {
      name: "invalid request",
      method: "POST",
      path: model("m.x", "converse"),
      body: { messages: [{ role: "robot", content: [] }] },
      status: 400,
    },
    { name: "throttling", method: "POST", path: model("throttle.x", "converse"), body: HELLO, status: 429 },
    { name: "model timeout", method: "POST", path: model("slow.x", "converse"), body: HELLO, status: 408 },
    { name: "service unavailable", method: "POST", path: model("down.x", "converse"), body: HELLO, status: 503 },
    {
      name: "mid-stream exception",
      method: "POST",
      path: model("broken.x", "converse-stream"),
      body: HELLO,
      status: 200,
    },
    {
      name: "unknown bearer token",
      method: "POST",
      path: model("m.x", "converse"),
      body: HELLO,
      authorization: "Bearer nope",
      status: 403,
    },
    {
      name: "no credentials",
      method: "POST",
      path: model("m.x", "converse"),
      body: HELLO,
      authorization: "",
      status: 403,
    },
  ];
  for (const call of calls) {
    it(`${call.name}: status ${call.status}, passes the contract`, async () => {
      const { status, problems, rejected } = await judge(mock, call);
      assert.equal(status, call.status);
      assert.deepEqual(problems, []);
      // Only the call meant to be invalid has request findings, and the validator agrees with the mock's 400.
      assert.equal(rejected.length > 0, call.status === 400, rejected.join("\n"));
    });
  }
});
