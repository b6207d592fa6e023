import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandInput } from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import nock from "nock";
import { decodeEventStream, stringHeader } from "../contract-tests/event-stream.js";
import { recordingsDir } from "../contract-tests/load-recordings.js";
import type { Recording } from "../contract-tests/recording.js";
import type { operations } from "../spec/bedrock-runtime.js";
import { createBedrockClient, type BedrockAuth } from "./bedrock-client.js";
import { readConverseStream, readInvokeModelStream } from "./event-stream-reader.js";
import { signRequest } from "./sigv4-middleware.js";

// Fake and static: nock answers; nothing reaches AWS.
const CREDENTIALS = { accessKeyId: "AKIDEXAMPLECLIENT", secretAccessKey: "example-client-test-secret-not-real" };
const REGION = "us-east-1";
const SIGV4 = new RegExp(
  "^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLECLIENT/\\d{8}/us-east-1/bedrock/aws4_request, " +
    "SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$",
);
// Real recordings, each with a percent-encoded model id or guardrail path; the first has an ARN (`:` and `/`).
const CONVERSE_ARN = "openllmetry/017-Converse.json";
const CONVERSE = "dd-trace-py/010-Converse.json";
const CONVERSE_STREAM = "openinference-py/003-ConverseStream.json";
const INVOKE_MODEL = "openinference-py/001-InvokeModel.json";
const INVOKE_STREAM = "openinference-py/006-InvokeModelWithResponseStream.json";
const APPLY_GUARDRAIL = "openinference-py/012-ApplyGuardrail.json";

function load(relative: string): Recording {
  return JSON.parse(readFileSync(join(recordingsDir, relative), "utf8")) as Recording;
}

function modelIdOf(recording: Recording): string {
  const id = recording.meta["modelId"];
  assert.equal(typeof id, "string", "the recording names its model");
  return id as string;
}

interface Sent {
  readonly path: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Replays one recording: nock answers only a POST to the recorded path with the recorded JSON body
 * (so a wrongly encoded path or body finds no interceptor), and keeps what was sent.
 */
function replay(recording: Recording, sent: Sent[] = []): Sent[] {
  const url = new URL(recording.request.url);
  const { response } = recording;
  const body =
    response.bodyBase64 === undefined ? JSON.stringify(response.body) : Buffer.from(response.bodyBase64, "base64");
  const contentType = response.bodyBase64 === undefined ? "application/json" : "application/vnd.amazon.eventstream";
  nock(url.origin)
    .post(url.pathname, (sentBody: unknown) => isDeepStrictEqual(sentBody, recording.request.body))
    .reply(function (path, sentBody) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(this.req.headers)) headers[name] = String(value);
      sent.push({ path, body: typeof sentBody === "string" ? sentBody : JSON.stringify(sentBody), headers });
      return [response.status, body, { "content-type": contentType, "x-amzn-requestid": "replayed" }];
    });
  return sent;
}

const sigv4: BedrockAuth = { credentials: CREDENTIALS };

describe("example typed client (openapi-fetch over spec/bedrock-runtime.d.ts)", () => {
  // Another suite may have switched nock off for the process (nock.restore); it is on only while this one runs.
  before(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    assert.deepEqual(pending, [], "every replayed recording was requested");
  });
  after(() => {
    nock.enableNetConnect();
    nock.restore();
  });

  describe("the four operations, replayed from real recordings", () => {
    it("Converse with an inference-profile ARN as model id: typed message text", async () => {
      const recording = load(CONVERSE_ARN);
      const sent = replay(recording);
      const client = createBedrockClient({ region: REGION, auth: sigv4 });
      const { data, error } = await client.POST("/model/{modelId}/converse", {
        params: { path: { modelId: modelIdOf(recording) } },
        body: converseBody(recording.request.body),
      });
      assert.equal(error, undefined);
      const block = data?.output.message?.content[0];
      assert.ok(block !== undefined && "text" in block, "the reply starts with a text block");
      const recorded = recording.response.body as { output: { message: { content: [{ text: string }] } } };
      assert.equal(block.text, recorded.output.message.content[0].text);
      assert.equal(data?.stopReason, "end_turn");
      const encodedArn = /^\/model\/arn%3Aaws%3Abedrock%3Aus-east-1%3A\d+%3Ainference-profile%2F[^/]+\/converse$/;
      assert.match(sent[0]!.path, encodedArn);
      assert.match(sent[0]!.headers["authorization"]!, SIGV4);
    });

    it("ConverseStream: typed events in the recorded order, text deltas intact", async () => {
      const recording = load(CONVERSE_STREAM);
      replay(recording);
      const client = createBedrockClient({ region: REGION, auth: sigv4 });
      const { data, error, response } = await client.POST("/model/{modelId}/converse-stream", {
        params: { path: { modelId: modelIdOf(recording) } },
        body: converseBody(recording.request.body),
        parseAs: "stream",
      });
      assert.equal(error, undefined);
      assert.equal(response.headers.get("content-type"), "application/vnd.amazon.eventstream");
      assert.ok(data);
      const kinds: string[] = [];
      let text = "";
      let role: string | undefined;
      for await (const event of readConverseStream(data)) {
        kinds.push(Object.keys(event)[0]!);
        if (event.messageStart) role = event.messageStart.role;
        if (event.contentBlockDelta) text += event.contentBlockDelta.delta.text ?? "";
      }
      const frames = decodeEventStream(Buffer.from(recording.response.bodyBase64!, "base64"));
      assert.deepEqual(
        kinds,
        frames.map((f) => stringHeader(f, ":event-type")),
      );
      assert.equal(kinds[0], "messageStart");
      assert.equal(role, "assistant");
      const recordedText = frames
        .filter((f) => stringHeader(f, ":event-type") === "contentBlockDelta")
        .map((f) => JSON.parse(Buffer.from(f.payload).toString("utf8")) as { delta: { text?: string } })
        .map((event) => event.delta.text ?? "")
        .join("");
      assert.ok(recordedText.length > 0);
      assert.equal(text, recordedText);
    });

    it("InvokeModel: the provider's JSON body, unchanged", async () => {
      const recording = load(INVOKE_MODEL);
      replay(recording);
      const client = createBedrockClient({ region: REGION, auth: sigv4 });
      const { data, error } = await client.POST("/model/{modelId}/invoke", {
        params: { path: { modelId: modelIdOf(recording) } },
        body: recording.request.body,
      });
      assert.equal(error, undefined);
      assert.deepEqual(data, recording.response.body);
      assert.equal((data as { content: [{ text: string }] }).content[0].text.length > 0, true);
    });

    it("InvokeModelWithResponseStream: each chunk's base64 bytes decoded to the provider's JSON", async () => {
      const recording = load(INVOKE_STREAM);
      replay(recording);
      const client = createBedrockClient({ region: REGION, auth: sigv4 });
      const { data } = await client.POST("/model/{modelId}/invoke-with-response-stream", {
        params: { path: { modelId: modelIdOf(recording) } },
        body: recording.request.body,
        parseAs: "stream",
      });
      assert.ok(data);
      const chunks: unknown[] = [];
      for await (const chunk of readInvokeModelStream(data)) chunks.push(chunk);
      const expected = decodeEventStream(Buffer.from(recording.response.bodyBase64!, "base64")).map((f) => {
        const { bytes } = JSON.parse(Buffer.from(f.payload).toString("utf8")) as { bytes: string };
        return JSON.parse(Buffer.from(bytes, "base64").toString("utf8")) as unknown;
      });
      assert.ok(expected.length > 1);
      assert.deepEqual(chunks, expected);
      assert.equal((chunks[0] as { type: string }).type, "message_start");
    });

    it("ApplyGuardrail: typed action and assessments", async () => {
      const recording = load(APPLY_GUARDRAIL);
      replay(recording);
      const client = createBedrockClient({ region: REGION, auth: sigv4 });
      const { data, error } = await client.POST("/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply", {
        params: { path: { guardrailIdentifier: "274u1upxm897", guardrailVersion: "1" } },
        body: { source: "INPUT", outputScope: "FULL", content: [{ text: { text: requestText(recording) } }] },
      });
      assert.equal(error, undefined);
      assert.equal(data?.action, "GUARDRAIL_INTERVENED");
      const topic = data?.assessments[0]?.topicPolicy?.topics[0];
      assert.deepEqual([topic?.name, topic?.action], ["InvestmentObjectives", "BLOCKED"]);
    });
  });

  describe("SigV4: byte-equal to the AWS SDK's own signature", () => {
    for (const file of [CONVERSE_ARN, CONVERSE]) {
      it(`${file}: same path, body and Authorization as BedrockRuntimeClient`, async () => {
        const { sdk, ours } = await signBoth(load(file));
        assert.equal(ours.path, sdk.path);
        assert.equal(ours.body, sdk.body);
        assert.match(sdk.headers["authorization"]!, SIGV4);
        assert.equal(ours.headers["authorization"], sdk.headers["authorization"]);
      });
    }

    it("the double encoding matters: signing the ARN with `:` left raw gives another signature", async () => {
      const { sdk } = await signBoth(load(CONVERSE_ARN));
      const rawColons = new URL(`https://bedrock-runtime.${REGION}.amazonaws.com${sdk.path.replaceAll("%3A", ":")}`);
      const signed = await signRequest(requestLike(sdk, rawColons), signingOptionsFor(sdk));
      assert.notEqual(signed.headers.get("authorization"), sdk.headers["authorization"]);
      // The same route built from the SDK's encoded path signs identically, so only the encoding differs.
      const encoded = new URL(`https://bedrock-runtime.${REGION}.amazonaws.com${sdk.path}`);
      const again = await signRequest(requestLike(sdk, encoded), signingOptionsFor(sdk));
      assert.equal(again.headers.get("authorization"), sdk.headers["authorization"]);
    });
  });

  describe("Bedrock API keys", () => {
    it("sends Authorization: Bearer exactly as the AWS SDK does, and no SigV4 headers", async () => {
      const token = "bedrock-api-key-example-not-real";
      const recording = load(CONVERSE);
      const modelId = modelIdOf(recording);
      const sdkSent = replay(recording);
      const sdk = new BedrockRuntimeClient({
        region: REGION,
        token: { token },
        authSchemePreference: ["httpBearerAuth"],
        requestHandler: new NodeHttpHandler(),
      });
      await sdk.send(new ConverseCommand({ modelId, ...(recording.request.body as object) } as ConverseCommandInput));
      const ourSent = replay(recording);
      const client = createBedrockClient({ region: REGION, auth: { token } });
      const { data } = await client.POST("/model/{modelId}/converse", {
        params: { path: { modelId } },
        body: converseBody(recording.request.body),
      });
      assert.equal(data?.stopReason, (recording.response.body as { stopReason: string }).stopReason);
      assert.equal(ourSent[0]!.headers["authorization"], `Bearer ${token}`);
      assert.equal(ourSent[0]!.headers["authorization"], sdkSent[0]!.headers["authorization"]);
      assert.equal(ourSent[0]!.headers["x-amz-date"], undefined);
    });
  });
});

type ConverseBody = NonNullable<operations["Converse"]["requestBody"]>["content"]["application/json"];

/** A recorded body as the typed request it is (the contract tests hold recordings to the spec). */
function converseBody(body: unknown): ConverseBody {
  return body as ConverseBody;
}

function requestText(recording: Recording): string {
  return (recording.request.body as { content: [{ text: { text: string } }] }).content[0].text.text;
}

/** The SDK's signing time, read back from its x-amz-date, so both signers sign the same instant. */
function signingOptionsFor(sdk: Sent): { region: string; credentials: typeof CREDENTIALS; signingDate: () => Date } {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sdk.headers["x-amz-date"] ?? "");
  assert.ok(m, "the SDK sent x-amz-date");
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return { region: REGION, credentials: CREDENTIALS, signingDate: () => date };
}

/** The SDK's request headers that its signer covered and ours must cover too (per-call ids, its user agent). */
function sdkOnlyHeaders(sdk: Sent): Record<string, string> {
  const names = ["amz-sdk-invocation-id", "amz-sdk-request", "x-amz-user-agent"];
  return Object.fromEntries(names.filter((n) => sdk.headers[n] !== undefined).map((n) => [n, sdk.headers[n]!]));
}

function requestLike(sdk: Sent, url: URL): Request {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...sdkOnlyHeaders(sdk) },
    body: sdk.body,
  });
}

/**
 * Sends the recording's request through the unmodified AWS SDK, then through the example client
 * with the SDK's signing time and the SDK-specific headers it signed; returns both as sent.
 */
async function signBoth(recording: Recording): Promise<{ sdk: Sent; ours: Sent }> {
  const modelId = modelIdOf(recording);
  const sdkSent = replay(recording);
  const requestHandler = new NodeHttpHandler();
  const sdkClient = new BedrockRuntimeClient({ region: REGION, credentials: CREDENTIALS, requestHandler });
  await sdkClient.send(new ConverseCommand({ modelId, ...(recording.request.body as object) } as ConverseCommandInput));
  const sdk = sdkSent[0]!;
  const ourSent = replay(recording);
  const options = signingOptionsFor(sdk);
  const auth = { credentials: CREDENTIALS, signingDate: options.signingDate };
  const client = createBedrockClient({ region: REGION, auth });
  await client.POST("/model/{modelId}/converse", {
    params: { path: { modelId } },
    headers: sdkOnlyHeaders(sdk),
    // The SDK's serialized body, so that both sign the same bytes.
    body: converseBody(JSON.parse(sdk.body)),
  });
  return { sdk, ours: ourSent[0]! };
}
