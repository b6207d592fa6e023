import assert from "node:assert/strict";
import { decodeEventStream, encodeEventStream, stringHeader } from "./event-stream.js";
import {
  findLeaks,
  knownSecrets,
  redactBytes,
  redactEventStream,
  redactHeaders,
  redactJson,
  redactRecording,
  redactText,
  type RedactionLog,
} from "./redact.js";
import type { Recording } from "./recording.js";
import { scanJson } from "./secret-scan.js";

const KEY_ID = "ASIAQ3EGVMBX7L2KWN5R";
const SECRET = "Zr8Kq2Lm7Np4Vb1Xc6Hj9Tg3Fd5Sa0Wy/e+uIoPk";
const TOKEN =
  "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx4k+9a/bc1dEfGh2iJkLm3nOpQr4sTuVw5xYz6AB7cdEFgh8ijKLmn9opQRst0uVWxyz1AB2cd==";
const ACCOUNT = "493827160534";
const SIGNATURE = "4f0c2a9e7d1b3c5e8a6f0d2b4c6e8a0f1d3b5c7e9a1f3d5b7c9e1a3f5d7b9c1e";
const secrets = knownSecrets({ accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN });

describe("redaction: text rules", () => {
  it("replaces 12-digit account ids in plain and percent-encoded ARNs, keeping the rest", () => {
    assert.equal(
      redactText(`/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A${ACCOUNT}%3Ainference-profile%2Fus.x/converse`),
      "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A111122223333%3Ainference-profile%2Fus.x/converse",
    );
    assert.equal(redactText(`arn:aws:sts::${ACCOUNT}:assumed-role/r/s`), "arn:aws:sts::111122223333:assumed-role/r/s");
    assert.equal(redactText(`s3://bucket-${ACCOUNT}-out/`), "s3://bucket-111122223333-out/");
    assert.equal(redactText(ACCOUNT), "111122223333", "a bare account id, as in bucketOwner");
    assert.equal(redactText(`line\\n${ACCOUNT}`), "line\\n111122223333", "after a JSON escape in raw text");
  });

  it("leaves digit runs that are not account ids alone", () => {
    for (const text of [
      "1712345678901",
      "12345678901",
      "v123456789012",
      "123456789012x",
      '"score":0.123456789012',
      "id-1234567890123",
    ]) {
      assert.equal(redactText(text), text, text);
    }
  });

  it("replaces access key ids of every prefix, keeping the prefix, also inside an encoded X-Amz-Credential", () => {
    assert.equal(redactText(`key ${KEY_ID}.`), "key ASIA****************.");
    assert.equal(redactText("AKIAIOSFODNN7EXAMPLE"), "AKIA****************");
    assert.equal(redactText("AROAJ4N5CDZ3W2L2QWERT"), "AROAJ4N5CDZ3W2L2QWERT", "21 characters is not a key id");
    assert.equal(
      redactText(
        `X-Amz-Credential=${KEY_ID}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Signature=${SIGNATURE}&X-Amz-Security-Token=abc%2Bdef`,
      ),
      "X-Amz-Credential=ASIA****************%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Signature=REDACTED&X-Amz-Security-Token=REDACTED",
    );
  });

  it("replaces known secrets in raw, URL-encoded and JSON-escaped forms, and records the kinds", () => {
    const log: RedactionLog = new Set();
    const text = `t=${encodeURIComponent(TOKEN)} s=${SECRET} j=${SECRET.replaceAll("/", "\\/")}`;
    assert.equal(redactText(text, secrets, log), "t=REDACTED s=REDACTED j=REDACTED");
    assert.deepEqual([...log].sort(), ["secret-key", "security-token"]);
  });

  it("finds session tokens, Bedrock API keys and named secret keys without being told their values", () => {
    assert.equal(redactText(`x-amz-security-token:${TOKEN}\nhost:x`), "x-amz-security-token:REDACTED\nhost:x");
    assert.equal(redactText(`token ${TOKEN} end`), "token REDACTED end");
    assert.equal(redactText(`Bearer ABSKQmVkcm9ja0FQSUtleS1hYmNkOmVmZ2hpamtsbW5vcA==`), "Bearer REDACTED");
    assert.equal(redactText("key bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249"), "key REDACTED");
    assert.equal(redactText(`aws_secret_access_key = ${SECRET}`), "aws_secret_access_key = REDACTED");
    assert.equal(redactText(`"secretAccessKey":"${SECRET}"`), `"secretAccessKey":"REDACTED"`);
  });

  it("does not touch look-alikes: padding, short base64 chunks, request ids, token counts", () => {
    for (const text of [
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0",
      "eyJ0eXBlIjoibWVzc2FnZV9zdG9wIiwiaW5kZXgiOjB9",
      // 40 base64 characters followed by padding are data, not a bare secret key (see secret-detectors.ts).
      "Zr8Kq2Lm7Np4Vb1Xc6Hj9Tg3Fd5Sa0Wy/e+uIoPkQ==",
      "5d7e1f3a-2b4c-4d6e-8f90-a1b2c3d4e5f6",
      "X-Amzn-Bedrock-Input-Token-Count: 4",
    ]) {
      assert.equal(redactText(text), text, text);
    }
  });

  it("is idempotent", () => {
    const text = `Credential=${KEY_ID}/x Signature=${SIGNATURE} arn:aws:iam::${ACCOUNT}:role/r ${TOKEN}`;
    const once = redactText(text, secrets);
    assert.equal(redactText(once, secrets), once);
    const log: RedactionLog = new Set();
    redactText(once, [], log);
    assert.deepEqual([...log], [], "a redacted text triggers no rule again");
  });
});

describe("redaction: headers and JSON", () => {
  it("keeps the SigV4 Authorization shape, replacing only the key id and signature", () => {
    const headers = redactHeaders(
      {
        authorization: `AWS4-HMAC-SHA256 Credential=${KEY_ID}/20250101/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=${SIGNATURE}`,
        "X-Amz-Security-Token": TOKEN,
        "x-amz-date": "20250101T000000Z",
        "X-Amzn-Bedrock-Input-Token-Count": "4",
      },
      secrets,
    );
    assert.deepEqual(headers, {
      authorization:
        "AWS4-HMAC-SHA256 Credential=ASIA****************/20250101/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=REDACTED",
      "X-Amz-Security-Token": "REDACTED",
      "x-amz-date": "20250101T000000Z",
      "X-Amzn-Bedrock-Input-Token-Count": "4",
    });
  });

  it("keeps only the scheme of other Authorization values, and redacts cookies and API key headers", () => {
    assert.deepEqual(
      redactHeaders({
        Authorization: "Bearer ABSKsomething",
        Cookie: "session=abc",
        "x-api-key": "k",
        "Proxy-Authorization": "Basic dTpw",
      }),
      {
        Authorization: "Bearer REDACTED",
        Cookie: "REDACTED",
        "x-api-key": "REDACTED",
        "Proxy-Authorization": "REDACTED",
      },
    );
    assert.deepEqual(redactHeaders({ authorization: "opaque" }), { authorization: "REDACTED" });
  });

  it("walks JSON: strings and keys redacted, secret-named members blanked, numbers and look-alike names kept", () => {
    const body = {
      [ACCOUNT]: "key",
      nextToken: "eyJhIjoxfQ==",
      usage: { inputTokens: 123456789012 },
      credentials: { secretAccessKey: "short", sessionToken: TOKEN, password: "hunter2" },
      reasoningContent: { reasoningText: { text: "t", signature: "EqoBCkgIARABGAIiQL" } },
      list: [`arn:aws:bedrock:us-west-2:${ACCOUNT}:guardrail/abc`],
    };
    assert.deepEqual(redactJson(body), {
      "111122223333": "key",
      nextToken: "eyJhIjoxfQ==",
      usage: { inputTokens: 123456789012 },
      credentials: { secretAccessKey: "REDACTED", sessionToken: "REDACTED", password: "REDACTED" },
      reasoningContent: { reasoningText: { text: "t", signature: "EqoBCkgIARABGAIiQL" } },
      list: ["arn:aws:bedrock:us-west-2:111122223333:guardrail/abc"],
    });
  });

  it("redacts opaque bytes in place, byte for byte outside the matches", () => {
    const bytes = new Uint8Array([0xff, 0x00, ...Buffer.from(`:${ACCOUNT}:`), 0xfe]);
    const redacted = redactBytes(bytes);
    assert.deepEqual([...redacted], [0xff, 0x00, ...Buffer.from(":111122223333:"), 0xfe]);
    const clean = new Uint8Array([1, 2, 3]);
    assert.equal(redactBytes(clean), clean, "unchanged bytes are returned as they are");
  });
});

describe("redaction: event streams", () => {
  const frame = (type: string, payload: object) => ({
    headers: { ":event-type": type, ":content-type": "application/json", ":message-type": "event" },
    payload: JSON.stringify(payload),
  });

  it("rebuilds only frames whose payload changed, with valid CRCs and the same headers", () => {
    const stream = encodeEventStream([
      frame("messageStart", { role: "assistant", p: "abcd" }),
      frame("metadata", {
        trace: { promptRouter: { invokedModelId: `arn:aws:bedrock:us-east-1:${ACCOUNT}:default-prompt-router/x` } },
        note: TOKEN,
      }),
    ]);
    const original = decodeEventStream(stream);
    const result = redactEventStream(stream, secrets);
    assert.ok(!("unframed" in result));
    const frames = decodeEventStream(result.bytes);
    assert.equal(frames.length, 2);
    assert.deepEqual(
      Buffer.from(result.bytes.subarray(0, original[0]!.length)),
      Buffer.from(stream.subarray(0, original[0]!.length)),
      "the untouched frame is byte-identical",
    );
    assert.deepEqual(frames[1]!.headers, original[1]!.headers);
    assert.equal(stringHeader(frames[1]!, ":event-type"), "metadata");
    assert.deepEqual(JSON.parse(Buffer.from(frames[1]!.payload).toString("utf8")), {
      trace: { promptRouter: { invokedModelId: "arn:aws:bedrock:us-east-1:111122223333:default-prompt-router/x" } },
      note: "REDACTED",
    });
  });

  it("returns a stream with nothing to redact unchanged", () => {
    const stream = encodeEventStream([frame("messageStop", { stopReason: "end_turn" })]);
    assert.deepEqual(Buffer.from(redactEventStream(stream).bytes), Buffer.from(stream));
  });

  it("still redacts a truncated stream, as raw bytes, and says why it could not frame it", () => {
    const stream = encodeEventStream([frame("metadata", { arn: `arn:aws:iam::${ACCOUNT}:role/r` })]);
    const truncated = stream.subarray(0, stream.length - 3);
    const result = redactEventStream(truncated);
    assert.ok("unframed" in result);
    assert.match(result.unframed, /truncated/);
    assert.ok(Buffer.from(result.bytes).toString("latin1").includes(":111122223333:"));
    assert.ok(!Buffer.from(result.bytes).toString("latin1").includes(ACCOUNT));
  });
});

describe("redaction: whole recordings and the leak check", () => {
  const recording: Recording = {
    operation: "Converse",
    provenance: {
      kind: "recorded",
      scenario: `for ${ACCOUNT}`,
      recordedAt: "2025-01-01T00:00:00.000Z",
      endpoint: "https://bedrock-runtime.us-east-1.amazonaws.com",
      tool: "t",
    },
    request: {
      method: "POST",
      url: `https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A${ACCOUNT}%3Ainference-profile%2Fx/converse`,
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${KEY_ID}/20250101/us-east-1/bedrock/aws4_request, SignedHeaders=host, Signature=${SIGNATURE}`,
        "x-amz-security-token": TOKEN,
      },
      body: { messages: [{ role: "user", content: [{ text: `my key is ${SECRET}` }] }] },
    },
    response: {
      status: 400,
      headers: { "Content-Type": "text/plain" },
      body: null,
      bodyBase64: Buffer.from(`bad token ${TOKEN}`).toString("base64"),
    },
    notes: [],
    meta: { modelId: `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/x` },
  };

  it("finds every leak in an unredacted recording, and names kinds, never values", () => {
    const leaks = findLeaks(JSON.stringify(recording, null, 2), secrets);
    for (const kind of ["access-key-id", "secret-key", "security-token", "account-id", "signature"]) {
      assert.ok(
        leaks.some((l) => l.includes(kind)),
        `${kind} in ${leaks.join("; ")}`,
      );
    }
    assert.ok(
      leaks.some((l) => l.startsWith("secret/")),
      "the CI scan's findings are included",
    );
    for (const leak of leaks) assert.ok(!leak.includes(SECRET) && !leak.includes(KEY_ID) && !leak.includes(ACCOUNT));
  });

  it("leaves nothing after redactRecording, for either check", () => {
    const { recording: redacted, redacted: kinds } = redactRecording(recording, secrets);
    const text = JSON.stringify(redacted, null, 2);
    assert.deepEqual(findLeaks(text, secrets), []);
    assert.deepEqual(scanJson(JSON.parse(text)), []);
    assert.deepEqual([...kinds].sort(), ["account-id", "authorization", "secret-key", "security-token", "signature"]);
    assert.equal(redacted.provenance.kind === "recorded" && redacted.provenance.scenario, "for 111122223333");
    assert.equal(Buffer.from(redacted.response.bodyBase64!, "base64").toString("utf8"), "bad token REDACTED");
  });

  it("catches a 12-digit number left in a JSON body", () => {
    assert.deepEqual(findLeaks(JSON.stringify({ body: { owner: 493827160534 } })), ["account-id (by its shape)"]);
  });
});
