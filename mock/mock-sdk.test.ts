import assert from "node:assert/strict";
import {
  ApplyGuardrailCommand,
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  CountTokensCommand,
  GetAsyncInvokeCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
  ListAsyncInvokesCommand,
  StartAsyncInvokeCommand,
} from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { decodeEventStream } from "../contract-tests/event-stream.js";
import {
  DEFAULT_BEARER_TOKEN,
  DEFAULT_CREDENTIALS,
  startMock,
  type RunningMock,
  type TestCredentials,
} from "./index.js";

const CLAUDE = "anthropic.claude-3-sonnet-20240229-v1:0";
const ANTHROPIC_BODY = JSON.stringify({
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 10,
  messages: [{ role: "user", content: "hi" }],
});
const HELLO = [{ role: "user" as const, content: [{ text: "Hello" }] }];

function clientFor(mock: RunningMock, credentials: TestCredentials = DEFAULT_CREDENTIALS): BedrockRuntimeClient {
  // HTTP/1.1 handler: the mock serves HTTP/1.1; retries off so an injected fault reaches the caller once.
  return new BedrockRuntimeClient({
    region: "us-east-1",
    endpoint: mock.url,
    credentials,
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number } };
  }
  assert.fail("expected the call to fail");
}

describe("mock: the AWS SDK against the mock", () => {
  let mock: RunningMock;
  let client: BedrockRuntimeClient;
  before(async () => {
    mock = await startMock();
    client = clientFor(mock);
  });
  after(async () => {
    client.destroy();
    await mock.close();
  });

  it("Converse: a recorded reply for a recorded model", async () => {
    const reply = await client.send(new ConverseCommand({ modelId: CLAUDE, messages: HELLO }));
    assert.equal(reply.$metadata.httpStatusCode, 200);
    assert.equal(reply.output?.message?.role, "assistant");
    assert.ok((reply.usage?.totalTokens ?? 0) > 0);
    assert.match(reply.$metadata.requestId ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("Converse: a model nobody recorded gets the spec's example", async () => {
    const reply = await client.send(new ConverseCommand({ modelId: "mock.unrecorded-model-v1:0", messages: HELLO }));
    assert.equal(reply.stopReason, "tool_use");
    assert.ok(reply.output?.message?.content?.some((block) => block.toolUse !== undefined));
  });

  it("ConverseStream: every event arrives, from messageStart to metadata", async () => {
    const reply = await client.send(new ConverseStreamCommand({ modelId: CLAUDE, messages: HELLO }));
    const kinds: string[] = [];
    for await (const event of reply.stream!)
      kinds.push(Object.keys(event).find((k) => event[k as keyof typeof event] !== undefined)!);
    assert.equal(kinds[0], "messageStart");
    assert.equal(kinds.at(-1), "metadata");
    assert.ok(kinds.includes("contentBlockDelta"));
  });

  it("InvokeModel: the provider's body and its media type", async () => {
    const reply = await client.send(
      new InvokeModelCommand({ modelId: CLAUDE, body: ANTHROPIC_BODY, contentType: "application/json" }),
    );
    const body = JSON.parse(Buffer.from(reply.body).toString("utf8")) as { type?: string; role?: string };
    assert.equal(body.role, "assistant");
    assert.equal(reply.contentType, "application/json");
  });

  it("InvokeModelWithResponseStream: chunks whose bytes are the provider's JSON events", async () => {
    const reply = await client.send(
      new InvokeModelWithResponseStreamCommand({
        modelId: CLAUDE,
        body: ANTHROPIC_BODY,
        contentType: "application/json",
      }),
    );
    const types: string[] = [];
    for await (const event of reply.body!) {
      assert.ok(event.chunk?.bytes, "every event is a chunk");
      types.push((JSON.parse(Buffer.from(event.chunk.bytes).toString("utf8")) as { type: string }).type);
    }
    assert.equal(types[0], "message_start");
    assert.equal(types.at(-1), "message_stop");
  });

  it("CountTokens, ApplyGuardrail and the async trio complete", async () => {
    const count = await client.send(
      new CountTokensCommand({
        modelId: "anthropic.claude-3-5-haiku-20241022-v1:0",
        input: { converse: { messages: HELLO } },
      }),
    );
    assert.ok((count.inputTokens ?? 0) > 0);
    const guard = await client.send(
      new ApplyGuardrailCommand({
        guardrailIdentifier: "274u1upxm897",
        guardrailVersion: "1",
        source: "INPUT",
        content: [{ text: { text: "hello" } }],
      }),
    );
    assert.ok(["NONE", "GUARDRAIL_INTERVENED"].includes(guard.action ?? ""));
    const started = await client.send(
      new StartAsyncInvokeCommand({
        modelId: "amazon.nova-reel-v1:0",
        modelInput: { taskType: "TEXT_VIDEO" },
        outputDataConfig: { s3OutputDataConfig: { s3Uri: "s3://mock-bucket/out" } },
      }),
    );
    assert.match(started.invocationArn ?? "", /^arn:aws:bedrock:/);
    const job = await client.send(new GetAsyncInvokeCommand({ invocationArn: started.invocationArn }));
    assert.ok(job.status !== undefined && job.submitTime instanceof Date);
    const list = await client.send(new ListAsyncInvokesCommand({ maxResults: 5 }));
    assert.ok(Array.isArray(list.asyncInvokeSummaries));
  });

  it("an invalid request: 400 ValidationException naming the JSON path", async () => {
    const error = await rejection(
      client.send(
        new ConverseCommand({ modelId: CLAUDE, messages: [{ role: "robot" as "user", content: [{ text: "x" }] }] }),
      ),
    );
    assert.equal(error.name, "ValidationException");
    assert.equal(error.$metadata?.httpStatusCode, 400);
    assert.match(error.message, /\$\.messages\[0\]\.role/);
  });

  it("a wrong secret: 403 InvalidSignatureException; an unknown key: 403 UnrecognizedClientException", async () => {
    const wrongSecret = clientFor(mock, {
      accessKeyId: DEFAULT_CREDENTIALS.accessKeyId,
      secretAccessKey: "not-the-secret",
    });
    const badSignature = await rejection(wrongSecret.send(new ConverseCommand({ modelId: CLAUDE, messages: HELLO })));
    wrongSecret.destroy();
    assert.equal(badSignature.name, "InvalidSignatureException");
    assert.equal(badSignature.$metadata?.httpStatusCode, 403);
    const stranger = clientFor(mock, { accessKeyId: "SOMEONE-ELSE", secretAccessKey: "whatever" });
    const unknown = await rejection(stranger.send(new ConverseCommand({ modelId: CLAUDE, messages: HELLO })));
    stranger.destroy();
    assert.equal(unknown.name, "UnrecognizedClientException");
  });

  it("an ARN model id: percent-encoded in the URL, signed with each segment encoded again, accepted", async () => {
    const arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0";
    const reply = await client.send(new ConverseCommand({ modelId: arn, messages: HELLO }));
    assert.equal(reply.$metadata.httpStatusCode, 200);
  });
});

describe("mock: plain fetch", () => {
  let mock: RunningMock;
  before(async () => {
    mock = await startMock({ recordings: false });
  });
  after(() => mock.close());

  const converse = (headers: Record<string, string>, body: unknown = { messages: HELLO }) =>
    fetch(`${mock.url}/model/${encodeURIComponent(CLAUDE)}/converse`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("a bearer token from the list is accepted", async () => {
    const response = await converse({ authorization: `Bearer ${DEFAULT_BEARER_TOKEN}` });
    assert.equal(response.status, 200);
    assert.match(response.headers.get("x-amzn-requestid") ?? "", /^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { stopReason?: string };
    assert.equal(typeof body.stopReason, "string");
  });

  it("an unknown bearer token, none, or a malformed signature gets 403 with a declared error type", async () => {
    const unknown = await converse({ authorization: "Bearer not-a-key" });
    assert.equal(unknown.status, 403);
    assert.equal(unknown.headers.get("x-amzn-errortype"), "UnrecognizedClientException");
    const missing = await converse({});
    assert.equal(missing.status, 403);
    assert.equal(missing.headers.get("x-amzn-errortype"), "UnrecognizedClientException");
    const malformed = await converse({ authorization: "AWS4-HMAC-SHA256 Credential=nonsense" });
    assert.equal(malformed.status, 403);
    assert.equal(malformed.headers.get("x-amzn-errortype"), "InvalidSignatureException");
  });

  it("a body the spec rejects: ValidationException with the path of the offending member", async () => {
    const response = await converse(
      { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}` },
      { messages: HELLO, inferenceConfig: { maxTokens: "ten" } },
    );
    assert.equal(response.status, 400);
    assert.equal(response.headers.get("x-amzn-errortype"), "ValidationException");
    const body = (await response.json()) as { message: string };
    assert.match(body.message, /\$\.inferenceConfig\.maxTokens/);
  });

  it("a path the spec does not have: 404 UnknownOperationException", async () => {
    const response = await fetch(`${mock.url}/nothing/here`, {
      headers: { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}` },
    });
    assert.equal(response.status, 404);
    assert.equal(response.headers.get("x-amzn-errortype"), "UnknownOperationException");
  });

  it("the bidirectional stream: 501 with a message saying why", async () => {
    const response = await fetch(
      `${mock.url}/model/${encodeURIComponent("amazon.nova-sonic-v1:0")}/invoke-with-bidirectional-stream`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${DEFAULT_BEARER_TOKEN}`,
          "content-type": "application/vnd.amazon.eventstream",
        },
        body: new Uint8Array(),
      },
    );
    assert.equal(response.status, 501);
    const body = (await response.json()) as { message: string };
    assert.match(body.message, /HTTP\/2/);
  });
});

describe("mock: authentication switched off", () => {
  it("accepts a request with no credentials", async () => {
    const mock = await startMock({ recordings: false, auth: { enabled: false } });
    try {
      const response = await fetch(`${mock.url}/async-invoke`);
      assert.equal(response.status, 200);
    } finally {
      await mock.close();
    }
  });
});

describe("mock: injected faults reach the SDK", () => {
  let mock: RunningMock;
  let client: BedrockRuntimeClient;
  before(async () => {
    mock = await startMock({
      recordings: false,
      faults:
        "throttling,operation=Converse,model=^throttle\\.;model-timeout,operation=Converse,model=^slow\\.;" +
        "service-unavailable,operation=CountTokens;stream-exception,operation=ConverseStream,after=2,exception=throttlingException;" +
        "stream-exception,operation=InvokeModelWithResponseStream,after=1,exception=modelStreamErrorException",
    });
    client = clientFor(mock);
  });
  after(async () => {
    client.destroy();
    await mock.close();
  });

  for (const [model, name, status] of [
    ["throttle.model-v1:0", "ThrottlingException", 429],
    ["slow.model-v1:0", "ModelTimeoutException", 408],
  ] as const) {
    it(`${name} (${status}) by rule on the model id`, async () => {
      const error = await rejection(client.send(new ConverseCommand({ modelId: model, messages: HELLO })));
      assert.equal(error.name, name);
      assert.equal(error.$metadata?.httpStatusCode, status);
    });
  }

  it("ServiceUnavailableException (503) by rule on the operation; other operations unaffected", async () => {
    const error = await rejection(
      client.send(new CountTokensCommand({ modelId: CLAUDE, input: { converse: { messages: HELLO } } })),
    );
    assert.equal(error.name, "ServiceUnavailableException");
    assert.equal(error.$metadata?.httpStatusCode, 503);
    const fine = await client.send(new ConverseCommand({ modelId: "ok.model-v1:0", messages: HELLO }));
    assert.equal(fine.$metadata.httpStatusCode, 200);
  });

  it("ConverseStream: two events, then a throttlingException frame the SDK throws", async () => {
    const reply = await client.send(new ConverseStreamCommand({ modelId: CLAUDE, messages: HELLO }));
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const event of reply.stream!)
          seen.push(Object.keys(event).find((k) => event[k as keyof typeof event] !== undefined)!);
      })(),
    );
    assert.deepEqual(seen, ["messageStart", "contentBlockDelta"]);
    assert.equal(error.name, "ThrottlingException");
  });

  it("InvokeModelWithResponseStream: one chunk, then modelStreamErrorException", async () => {
    const reply = await client.send(
      new InvokeModelWithResponseStreamCommand({
        modelId: CLAUDE,
        body: ANTHROPIC_BODY,
        contentType: "application/json",
      }),
    );
    let chunks = 0;
    const error = await rejection(
      (async () => {
        for await (const event of reply.body!) if (event.chunk !== undefined) chunks++;
      })(),
    );
    assert.equal(chunks, 1);
    assert.equal(error.name, "ModelStreamErrorException");
  });

  it("the exception frame on the wire: :message-type exception with valid CRCs", async () => {
    const response = await fetch(`${mock.url}/model/${encodeURIComponent(CLAUDE)}/converse-stream`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ messages: HELLO }),
    });
    assert.equal(response.headers.get("content-type"), "application/vnd.amazon.eventstream");
    const frames = decodeEventStream(new Uint8Array(await response.arrayBuffer()));
    assert.equal(frames.length, 3);
    assert.deepEqual(frames[2]!.headers[":message-type"], { type: "string", value: "exception" });
    assert.deepEqual(frames[2]!.headers[":exception-type"], { type: "string", value: "throttlingException" });
  });
});

describe("mock: stream pacing", () => {
  it("waits the first-frame delay, then the latency between frames", async () => {
    const mock = await startMock({ recordings: false, firstFrameDelayMs: 150, latencyMs: 40 });
    try {
      const started = Date.now();
      const response = await fetch(`${mock.url}/model/${encodeURIComponent(CLAUDE)}/converse-stream`, {
        method: "POST",
        headers: { authorization: `Bearer ${DEFAULT_BEARER_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ messages: HELLO }),
      });
      const reader = response.body!.getReader();
      const first = await reader.read();
      const firstAt = Date.now() - started;
      assert.ok(first.value !== undefined && first.value.byteLength > 0);
      let bytes = first.value.byteLength;
      for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
      const total = Date.now() - started;
      assert.ok(firstAt >= 140, `first bytes after ${firstAt} ms, expected at least 150`);
      // The spec's ConverseStream example has 9 frames: 8 gaps of 40 ms after the first.
      assert.ok(total >= 150 + 8 * 40 - 20, `stream took ${total} ms`);
      assert.ok(bytes > 0);
    } finally {
      await mock.close();
    }
  });
});
