/**
 * `bedrock-openapi validate` over files made from real recordings: each input kind passes as
 * recorded and fails on a seeded defect naming the file and pointer; unusable input exits 2.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  harOf,
  readRecording,
  recordedHarEntries,
} from "../../contract-tests/conformance/recorded-traffic.test-helper.js";
import { main } from "../cli.js";

async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["validate", ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("bedrock-openapi validate", () => {
  let dir: string;
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "bedrock-validate-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const converse = readRecording("dd-trace-py/010-Converse.json");
  const stream = readRecording("dd-trace-py/015-ConverseStream.json");

  it("--request: a {method, url, headers, body} file passes; a broken one fails with file#pointer", async () => {
    const good = file("request.json", JSON.stringify(converse.request));
    const ok = await validate("--operation", "Converse", "--request", good);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /Converse request conforms to the spec/);

    const body = structuredClone(converse.request.body) as { messages: { role: string }[] };
    body.messages[0]!.role = "robot";
    const bad = file("bad-request.json", JSON.stringify({ ...converse.request, body }));
    const failed = await validate("--operation", "Converse", "--request", bad);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, new RegExp(`${bad}#/body/messages/0/role: error \\[contract/schema-violation\\]`));
  });

  it("--request: a bare body with --url; without --url it is a usage error", async () => {
    const bare = file("body.json", JSON.stringify(converse.request.body));
    const ok = await validate("--operation", "Converse", "--request", bare, "--url", converse.request.url);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const missing = await validate("--operation", "Converse", "--request", bare);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /holds only a body, so --url is needed/);
  });

  it("InvokeModel: the model id's provider family holds the body (--request URL, --response --model-id)", async () => {
    const invoke = readRecording("dd-trace-py/008-InvokeModel.json");
    const { max_tokens: _dropped, ...body } = invoke.request.body as Record<string, unknown>;
    const bad = file("invoke.json", JSON.stringify({ ...invoke.request, body }));
    const failed = await validate("--operation", "InvokeModel", "--request", bad);
    assert.equal(failed.code, 1, failed.stdout);
    assert.match(failed.stdout, new RegExp(`${bad}#/body: error \\[contract/schema-violation\\].*max_tokens`));
    assert.match(failed.stdout, /model family: anthropic-messages/);
    const reply = { ...(invoke.response.body as Record<string, unknown>), content: "plain" };
    const response = file("invoke-response.json", JSON.stringify(reply));
    const modelId = "us.anthropic.claude-3-sonnet-20240229-v1:0";
    assert.equal((await validate("--operation", "InvokeModel", "--response", response, "--model-id", modelId)).code, 1);
    assert.equal(
      (await validate("--operation", "InvokeModel", "--response", response)).code,
      0,
      "without a model id: any JSON",
    );
  });

  it("--response: an envelope or a bare body with --status; a defect names its pointer", async () => {
    const envelope = file("response.json", JSON.stringify(converse.response));
    assert.equal((await validate("--operation", "Converse", "--response", envelope)).code, 0);
    const bare = file(
      "response-body.json",
      JSON.stringify({ ...(converse.response.body as object), stopReason: "bored" }),
    );
    const failed = await validate("--operation", "Converse", "--response", bare, "--format", "json");
    assert.equal(failed.code, 1);
    const report = JSON.parse(failed.stdout) as { ok: boolean; problems: { code: string; pointer: string }[] };
    assert.deepEqual(
      report.problems.map((p) => `${p.code} ${p.pointer}`),
      ["contract/schema-violation /body/stopReason"],
    );
    const teapot = await validate("--operation", "Converse", "--response", bare, "--status", "418");
    assert.match(teapot.stdout, /#\/status: error \[contract\/undeclared-status\]/);
  });

  it("--stream: recorded event-stream bytes pass; a corrupted frame fails", async () => {
    const bytes = Buffer.from(stream.response.bodyBase64!, "base64");
    const good = file("stream.bin", bytes);
    const ok = await validate("--operation", "ConverseStream", "--stream", good);
    assert.equal(ok.code, 0, ok.stdout);
    bytes[bytes.length - 3]! ^= 0xff;
    const bad = file("bad-stream.bin", bytes);
    const failed = await validate("--operation", "ConverseStream", "--stream", bad);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, new RegExp(`${bad}#/body: error \\[event-stream/message-crc\\]`));
  });

  it("--har: reports per entry, skips other hosts, exits 1 on a broken entry", async () => {
    const good = file("capture.har", JSON.stringify(harOf(recordedHarEntries())));
    const ok = await validate("--har", good);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /entry 1: POST \S+converse-stream → ConverseStream: ok/);
    assert.match(
      ok.stdout,
      /entry 4: GET https:\/\/telemetry\.example\.com\/v1\/ping: skipped, not a Bedrock Runtime host/,
    );
    assert.match(ok.stdout, /4 entries checked, 0 with problems, 1 skipped/);

    const entries = recordedHarEntries();
    entries[3] = { ...entries[3]!, response: { ...entries[3]!.response, status: 418 } };
    const bad = file("bad.har", JSON.stringify(harOf(entries)));
    const failed = await validate("--har", bad);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, new RegExp(`${bad} entry 3#/response/status: error \\[contract/undeclared-status\\]`));
  });

  it("exits 2 on usage errors and unreadable input, naming the problem", async () => {
    const cases: [string[], RegExp][] = [
      [["--operation", "Converse"], /exactly one of --request, --response, --stream or --har/],
      [["--request", "x.json"], /--request needs --operation/],
      [["--operation", "Teleport", "--request", "x.json"], /no operation Teleport/],
      [["--operation", "Converse", "--request", join(dir, "missing.json")], /cannot read .*missing\.json/],
      [["--har", file("not-json.har", "{")], /not-json\.har: /],
      [["--har", file("not-har.har", "{}")], /\/log\/entries: missing or not an array/],
      [
        ["--operation", "Converse", "--response", file("r.json", "{}"), "--status", "abc"],
        /--status must be an HTTP status/,
      ],
      [
        ["--operation", "Converse", "--request", file("q.json", "{}"), "--spec", join(dir, "nope.json")],
        /cannot read the spec/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await validate(...args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stdout}`);
      assert.match(r.stderr, message);
    }
  });
});
