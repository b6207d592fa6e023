/**
 * HAR captures built from real recordings: every Bedrock entry is routed and checked, event
 * streams decoded from base64, other hosts skipped with a note; seeded defects land on their
 * entry with code and pointer.
 */
import assert from "node:assert/strict";
import { HarFormatError, isBedrockRuntimeHost, validateHar } from "./index.js";
import { harOf, recordedHarEntries, type HarEntry } from "./recorded-traffic.test-helper.js";

function withRequestBody(entry: HarEntry, text: string): HarEntry {
  return { ...entry, request: { ...entry.request, postData: { mimeType: "application/json", text } } };
}

describe("validateHar", () => {
  it("checks each Bedrock entry of a capture from real recordings and skips other hosts with a note", () => {
    const report = validateHar(harOf(recordedHarEntries()));
    assert.deepEqual(
      report.entries.map((e) => [e.index, e.operation ?? null, e.ok, e.problems.length, e.skipped === undefined]),
      [
        [0, "Converse", true, 0, true],
        [1, "ConverseStream", true, 0, true],
        [2, "InvokeModel", true, 0, true],
        [3, "InvokeModelWithResponseStream", true, 0, true],
        [4, null, true, 0, false],
      ],
    );
    assert.match(report.entries[4]!.skipped!, /not a Bedrock Runtime host \(telemetry\.example\.com\)/);
    assert.deepEqual([report.ok, report.checked, report.failed, report.skipped], [true, 4, 0, 1]);
  });

  it("reports a broken request body, a corrupted stream frame and an undeclared status on their entries", () => {
    const entries = recordedHarEntries();
    const converse = entries[0]!;
    const body = JSON.parse(String((converse.request["postData"] as { text: string }).text)) as {
      messages: { role: string }[];
    };
    body.messages[0]!.role = "robot";
    entries[0] = withRequestBody(converse, JSON.stringify(body));

    const stream = entries[1]!;
    const content = stream.response["content"] as { text: string };
    const bytes = Buffer.from(content.text, "base64");
    bytes[bytes.length - 3]! ^= 0xff;
    entries[1] = {
      ...stream,
      response: { ...stream.response, content: { ...content, text: bytes.toString("base64") } },
    };

    entries[2] = { ...entries[2]!, response: { ...entries[2]!.response, status: 302 } };

    const report = validateHar(harOf(entries));
    const seen = report.entries.map((e) => e.problems.map((p) => `${p.code} ${p.pointer}`));
    assert.deepEqual(seen.slice(0, 4), [
      ["contract/schema-violation /request/body/messages/0/role"],
      ["event-stream/message-crc /response/body"],
      ["contract/undeclared-status /response/status"],
      [],
    ]);
    assert.deepEqual([report.ok, report.checked, report.failed, report.skipped], [false, 4, 3, 1]);
  });

  it("checks only the request when the capture has no reply or kept no body, and says so", () => {
    const [converse] = recordedHarEntries();
    const aborted = { ...converse!, response: { status: 0, headers: [], content: { size: 0, mimeType: "" } } };
    const unkept = {
      ...converse!,
      response: { ...converse!.response, content: { size: 1234, mimeType: "application/json" } },
    };
    const report = validateHar(harOf([aborted, unkept]));
    assert.deepEqual(
      report.entries.map((e) => [e.ok, e.notes.length]),
      [
        [true, 1],
        [true, 1],
      ],
    );
    assert.match(report.entries[0]!.notes[0]!, /no response/);
    assert.match(report.entries[1]!.notes[0]!, /no response body/);
  });

  it("checks a gateway's host when asked to", () => {
    const [converse] = recordedHarEntries();
    const url = String(converse!.request["url"]).replace(
      "https://bedrock-runtime.us-east-1.amazonaws.com",
      "http://127.0.0.1:8080",
    );
    const atGateway = { ...converse!, request: { ...converse!.request, url } };
    assert.equal(validateHar(harOf([atGateway])).entries[0]!.skipped !== undefined, true);
    const checked = validateHar(harOf([atGateway]), { hosts: ["127.0.0.1:8080"] }).entries[0]!;
    assert.deepEqual([checked.skipped, checked.operation, checked.ok], [undefined, "Converse", true]);
  });

  it("refuses what is not a HAR, naming where", () => {
    assert.throws(
      () => validateHar({ entries: [] }),
      (e: unknown) => e instanceof HarFormatError && e.pointer === "/log/entries",
    );
    const noUrl = harOf([{ request: { method: "POST" }, response: {} }]);
    assert.throws(
      () => validateHar(noUrl),
      (e: unknown) => e instanceof HarFormatError && e.pointer === "/log/entries/0/request",
    );
    const [converse] = recordedHarEntries();
    const badHeaders = harOf([{ ...converse!, request: { ...converse!.request, headers: { a: "b" } } }]);
    assert.throws(() => validateHar(badHeaders), /\/log\/entries\/0\/request\/headers: must be an array/);
  });

  it("knows Bedrock Runtime endpoints from other hosts", () => {
    for (const host of [
      "bedrock-runtime.us-east-1.amazonaws.com",
      "bedrock-runtime-fips.us-gov-west-1.amazonaws.com",
      "bedrock-runtime.eu-west-1.api.aws",
    ]) {
      assert.ok(isBedrockRuntimeHost(host), host);
    }
    for (const host of [
      "bedrock.us-east-1.amazonaws.com",
      "bedrock-runtime.us-east-1.amazonaws.com.evil.test",
      "example.com",
    ]) {
      assert.ok(!isBedrockRuntimeHost(host), host);
    }
  });
});
