import assert from "node:assert/strict";
import { formatProblem } from "../generator/core/diagnostics.js";
import { recordingsDir } from "./load-recordings.js";
import { encodeEventStream } from "./event-stream.js";
import { gzipSync } from "node:zlib";
import { scanJson, scanRecordings } from "./secret-scan.js";
import { detect, looksLikeSecretKey, mask } from "./secret-detectors.js";

// Planted values are assembled at run time so this file does not itself look like a leak.
const keyId = "AKIA" + "Q7LMZ3XW4PTRNB2Y";
const secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "Z8r4Tq2Lm9";
const sessionToken = "IQoJb3JpZ2lu" + "X2VjEGMaCXVzLWVhc3QtMSJHMEUCIQ".repeat(8);
const signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

function codesOf(value: unknown): string[] {
  return [...new Set(scanJson(value).map((f) => f.code))].sort();
}

describe("secret scan", () => {
  it("finds no secret in any recording", function () {
    this.timeout(120_000);
    const problems = scanRecordings(recordingsDir);
    assert.equal(problems.length, 0, `secrets in recordings:\n${problems.map(formatProblem).join("\n")}`);
  });

  it("finds a planted access key id", () => {
    assert.deepEqual(
      codesOf({
        request: {
          headers: { Authorization: `AWS4-HMAC-SHA256 Credential=${keyId}/20250101/us-east-1/bedrock/aws4_request` },
        },
      }),
      ["secret/access-key-id"],
    );
    assert.deepEqual(codesOf({ note: `ASIA${keyId.slice(4)}` }), ["secret/access-key-id"]);
  });

  it("finds a planted secret access key, by name and in text", () => {
    assert.deepEqual(codesOf({ aws_secret_access_key: secretKey }), ["secret/secret-access-key"]);
    assert.deepEqual(codesOf({ body: `AWS_SECRET_ACCESS_KEY=${secretKey}\n` }), ["secret/secret-access-key"]);
    assert.deepEqual(codesOf({ body: `{"secretAccessKey": "${secretKey}"}` }), ["secret/secret-access-key"]);
  });

  it("finds a planted session token, as a header and by its prefix", () => {
    assert.deepEqual(codesOf({ headers: { "X-Amz-Security-Token": "Zm9v".repeat(40) } }), ["secret/session-token"]);
    assert.deepEqual(codesOf({ text: `token ${sessionToken} end` }), ["secret/session-token"]);
    assert.deepEqual(codesOf({ url: `https://h/x?X-Amz-Security-Token=${"a%2Fb".repeat(30)}&X-Amz-Date=1` }), [
      "secret/session-token",
    ]);
  });

  it("finds a planted SigV4 signature, in a header and in a presigned URL", () => {
    assert.deepEqual(
      codesOf({ Authorization: `AWS4-HMAC-SHA256 Credential=x, SignedHeaders=host, Signature=${signature}` }),
      ["secret/sigv4-signature"],
    );
    assert.deepEqual(codesOf({ url: `https://h/x?X-Amz-Signature=${signature}` }), ["secret/sigv4-signature"]);
  });

  it("finds Bedrock API keys, long-term and short-term, under any name", () => {
    assert.deepEqual(codesOf({ note: `key ${"ABSK" + "QmVkcm9ja0FQSUtleS1hYmNkZWZnaGlq"}` }), [
      "secret/bedrock-api-key",
    ]);
    assert.deepEqual(codesOf({ Authorization2: `Bearer bedrock-api-key-${"YmVkcm9jay5hbWF6b25hd3MuY29t"}` }), [
      "secret/bedrock-api-key",
    ]);
  });

  it("finds base64 secrets in any JSON string field: document and image bytes, nested, gzip", () => {
    const b64 = (text: string | Buffer): string => Buffer.from(text).toString("base64");
    const doc = { content: [{ document: { format: "txt", source: { bytes: b64(`id ${keyId}`) } } }] };
    assert.deepEqual(codesOf(doc), ["secret/access-key-id"]);
    assert.deepEqual(codesOf({ image: { source: { bytes: b64(b64(`x AWS_SECRET_ACCESS_KEY=${secretKey} y`)) } } }), [
      "secret/secret-access-key",
    ]);
    assert.deepEqual(codesOf({ response: { bodyBase64: b64(gzipSync(JSON.stringify({ token: sessionToken }))) } }), [
      "secret/session-token",
    ]);
  });

  it("finds a value split across two event-stream frames", () => {
    const chunk = (text: string) => ({
      headers: { ":event-type": "chunk" },
      payload: JSON.stringify({ bytes: Buffer.from(JSON.stringify({ outputText: text })).toString("base64") }),
    });
    // Each frame alone holds half a key id; only the joined stream holds the whole.
    const stream = encodeEventStream([chunk(`{"k":"${keyId.slice(0, 10)}`), chunk(`${keyId.slice(10)}"}`)]);
    assert.deepEqual(codesOf({ response: { bodyBase64: Buffer.from(stream).toString("base64") } }), [
      "secret/access-key-id",
    ]);
  });

  it("finds bare 12-digit account ids in headers, bodies and chunks, but not counts, times or placeholders", () => {
    assert.deepEqual(codesOf({ headers: { "x-amz-account": "493817265021" } }), ["secret/account-id"]);
    assert.deepEqual(codesOf({ body: "owner 493817265021 said" }), ["secret/account-id"]);
    const chunk = Buffer.from(JSON.stringify({ detail: "account 493817265021" })).toString("base64");
    const stream = encodeEventStream([
      { headers: { ":event-type": "chunk" }, payload: JSON.stringify({ bytes: chunk }) },
    ]);
    assert.deepEqual(codesOf({ bodyBase64: Buffer.from(stream).toString("base64") }), ["secret/account-id"]);
    assert.deepEqual(codesOf({ body: '{"inputTokenCount": 493817265021, "latencyMs": 493817265021}' }), []);
    assert.deepEqual(codesOf({ body: '{"timestamp": 493817265021, "contentLength": "493817265021"}' }), []);
    assert.deepEqual(codesOf({ body: "111122223333 and 0.493817265021 and 4938172650219" }), []);
  });

  it("finds secret keys by label and a bare 40-character key shape, but not base64 data or digests", () => {
    assert.deepEqual(codesOf({ text: `Secret access key: ${secretKey}` }), ["secret/secret-access-key"]);
    assert.deepEqual(codesOf({ body: `{"SecretAccessKey":"${secretKey}"}` }), ["secret/secret-access-key"]);
    assert.deepEqual(codesOf({ value: secretKey }), ["secret/secret-access-key"]);
    assert.deepEqual(codesOf({ note: `use ${secretKey} here` }), ["secret/secret-access-key"]);
    assert.equal(looksLikeSecretKey("0123456789abcdef0123456789abcdef01234567"), false, "a git commit id");
    assert.equal(looksLikeSecretKey("aaaaaaaaaaAAAAAAAAAA00000000001111111111"), false, "low entropy");
    const data = Buffer.from("a picture of a cat sitting on a mat in the sun").toString("base64");
    assert.deepEqual(
      detect(`"bytes":"${data}"`).map((m) => m.detector.code),
      [],
    );
  });

  it("finds session tokens of every known prefix under any key", () => {
    for (const prefix of ["IQoJ", "AgoJ", "FwoG"]) {
      assert.deepEqual(
        codesOf({ anything: `${prefix}${"b3JpZ2luX2VjEGMaCXVzLWVhc3QtMSJH".repeat(3)}` }),
        ["secret/session-token"],
        prefix,
      );
    }
  });

  it("masks findings: a prefix and stars, never the value", () => {
    assert.equal(mask(keyId), "AKIA****************");
    assert.equal(mask("493817265021"), "4938********");
    for (const finding of scanJson({
      a: keyId,
      b: secretKey,
      c: sessionToken,
      d: "arn:aws:iam::493817265021:role/x",
    })) {
      for (const secret of [keyId, secretKey, sessionToken, "493817265021"])
        assert.ok(!finding.excerpt.includes(secret), finding.excerpt);
    }
  });

  it("finds a real account id in an ARN, plain or percent-encoded, and allows the placeholders", () => {
    assert.deepEqual(codesOf({ body: { guardrailArn: "arn:aws:bedrock:us-west-2:493817265021:guardrail/abc" } }), [
      "secret/account-id",
    ]);
    assert.deepEqual(
      codesOf({
        url: "https://h/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A493817265021%3Ainference-profile%2Fx/converse",
      }),
      ["secret/account-id"],
    );
    for (const account of ["111122223333", "123456789012", "012345678901"]) {
      assert.deepEqual(codesOf({ arn: `arn:aws:bedrock:us-east-1:${account}:guardrail/x` }), []);
    }
    assert.deepEqual(codesOf({ arn: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-tg1-large" }), []);
  });

  it("looks inside base64 bodies and the base64 chunks nested in event frames", () => {
    const inner = Buffer.from(JSON.stringify({ completion: `key ${keyId}` })).toString("base64");
    const stream = encodeEventStream([
      { headers: { ":event-type": "chunk" }, payload: JSON.stringify({ bytes: inner }) },
    ]);
    const findings = scanJson({ response: { bodyBase64: Buffer.from(stream).toString("base64") } });
    assert.deepEqual(
      findings.map((f) => [f.code, f.pointer]),
      [["secret/access-key-id", "/response/bodyBase64 (decoded)"]],
    );
  });

  it("leaves recorder placeholders and redactions alone", () => {
    assert.deepEqual(
      codesOf({
        Authorization:
          "AWS4-HMAC-SHA256 Credential=<AWS_ACCESS_KEY_ID>/<DATE>/<AWS_REGION>/bedrock/aws4_request, Signature=<AWS_SIGV4_SIGNATURE>",
        "X-Amz-Security-Token": "REDACTED",
        "X-Amz-Content-Sha256": signature,
      }),
      [],
    );
  });

  it("masks what it reports", () => {
    const [finding] = scanJson({ k: keyId });
    assert.ok(finding !== undefined);
    assert.ok(!finding.excerpt.includes(keyId));
  });
});
