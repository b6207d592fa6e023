import assert from "node:assert/strict";
import { formatProblem } from "../generator/core/diagnostics.js";
import { recordingsDir } from "./load-recordings.js";
import { encodeEventStream } from "./event-stream.js";
import { scanJson, scanRecordings } from "./secret-scan.js";

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
    assert.deepEqual(codesOf({ request: { headers: { Authorization: `AWS4-HMAC-SHA256 Credential=${keyId}/20250101/us-east-1/bedrock/aws4_request` } } }), [
      "secret/access-key-id",
    ]);
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
    assert.deepEqual(codesOf({ url: `https://h/x?X-Amz-Security-Token=${"a%2Fb".repeat(30)}&X-Amz-Date=1` }), ["secret/session-token"]);
  });

  it("finds a planted SigV4 signature, in a header and in a presigned URL", () => {
    assert.deepEqual(codesOf({ Authorization: `AWS4-HMAC-SHA256 Credential=x, SignedHeaders=host, Signature=${signature}` }), [
      "secret/sigv4-signature",
    ]);
    assert.deepEqual(codesOf({ url: `https://h/x?X-Amz-Signature=${signature}` }), ["secret/sigv4-signature"]);
  });

  it("finds a real account id in an ARN, plain or percent-encoded, and allows the placeholders", () => {
    assert.deepEqual(codesOf({ body: { guardrailArn: "arn:aws:bedrock:us-west-2:493817265021:guardrail/abc" } }), ["secret/account-id"]);
    assert.deepEqual(codesOf({ url: "https://h/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A493817265021%3Ainference-profile%2Fx/converse" }), [
      "secret/account-id",
    ]);
    for (const account of ["111122223333", "123456789012", "012345678901"]) {
      assert.deepEqual(codesOf({ arn: `arn:aws:bedrock:us-east-1:${account}:guardrail/x` }), []);
    }
    assert.deepEqual(codesOf({ arn: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-tg1-large" }), []);
  });

  it("looks inside base64 bodies and the base64 chunks nested in event frames", () => {
    const inner = Buffer.from(JSON.stringify({ completion: `key ${keyId}` })).toString("base64");
    const stream = encodeEventStream([{ headers: { ":event-type": "chunk" }, payload: JSON.stringify({ bytes: inner }) }]);
    const findings = scanJson({ response: { bodyBase64: Buffer.from(stream).toString("base64") } });
    assert.deepEqual(
      findings.map((f) => [f.code, f.pointer]),
      [["secret/access-key-id", "/response/bodyBase64 (decoded)"]],
    );
  });

  it("leaves recorder placeholders and redactions alone", () => {
    assert.deepEqual(
      codesOf({
        Authorization: "AWS4-HMAC-SHA256 Credential=<AWS_ACCESS_KEY_ID>/<DATE>/<AWS_REGION>/bedrock/aws4_request, Signature=<AWS_SIGV4_SIGNATURE>",
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
