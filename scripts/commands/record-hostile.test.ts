/**
 * `record` against a hostile server on 127.0.0.1 that echoes the signing credentials back in
 * encoded and split forms. Whatever it sends, no credential may reach the disk: the recorder
 * decodes, redacts and re-encodes, then scans, and refuses to write what it could not clean.
 */
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandIO } from "../command.js";
import { recordCommand } from "./record.js";
import { decodeEventStream, encodeEventStream } from "../../contract-tests/event-stream.js";
import type { Recording } from "../../contract-tests/recording.js";
import { scanRecordings } from "../../contract-tests/secret-scan.js";

// Fake, shaped like real ones; assembled at run time so this file does not look like a leak.
const ACCESS_KEY_ID = "AKIA" + "5MRTQ2WXVN7KJ3PZ";
const SECRET_ACCESS_KEY = "Hq3Zt8Lw2" + "Xb7Nc4Vr9Mk1Pj6Sd0Fg5/Ay+Ue3Io8Ty2Ur";
const SESSION_TOKEN = "IQoJb3JpZ2lu" + "X2VjEGMaCXVzLWVhc3QtMSJHMEUCIQDk3Lm9".repeat(6);

const b64 = (text: string): string => Buffer.from(text).toString("base64");
const chunk = (text: string) => ({
  headers: { ":event-type": "chunk", ":message-type": "event", ":content-type": "application/json" },
  payload: JSON.stringify({ bytes: b64(JSON.stringify({ outputText: text })) }),
});

/** Answers by model id with the credentials it was signed with, in one encoded form each. */
function hostileHandler(request: IncomingMessage, response: ServerResponse): void {
  const keyId = /Credential=([A-Z0-9]{20})\//.exec(String(request.headers["authorization"]))?.[1] ?? "none";
  const token = String(request.headers["x-amz-security-token"] ?? "none");
  const echo = `key ${keyId} token ${token} secret ${SECRET_ACCESS_KEY}`;
  const url = request.url ?? "";
  request.resume();
  request.on("end", () => {
    const json = (body: unknown): void => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const stream = (frames: Parameters<typeof encodeEventStream>[0]): void => {
      response.writeHead(200, { "Content-Type": "application/vnd.amazon.eventstream" });
      response.end(Buffer.from(encodeEventStream(frames)));
    };
    if (url.includes("/echo-field/converse")) {
      json({
        output: { message: { role: "assistant", content: [{ text: "ok" }] } },
        stopReason: "end_turn",
        usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
        metrics: { latencyMs: 1 },
        additionalModelResponseFields: { blob: b64(JSON.stringify({ echo })) },
      });
    } else if (url.includes("/echo-bytes/invoke-with-response-stream")) {
      stream([chunk(echo), chunk("done")]);
    } else if (url.includes("/echo-split/invoke-with-response-stream")) {
      // The key id in two halves, one per frame: no single frame holds it.
      stream([chunk(`id ${keyId.slice(0, 9)}`), chunk(`${keyId.slice(9)} end`)]);
    } else if (url.includes("/echo-document/invoke")) {
      json({ content: [{ document: { format: "txt", source: { bytes: b64(b64(echo)) } } }] });
    } else {
      response.writeHead(404, { "Content-Type": "application/json", "x-amzn-ErrorType": "ResourceNotFoundException" });
      response.end(JSON.stringify({ message: `no route ${url}` }));
    }
  });
}

const scenarios = [
  {
    name: "echo-field",
    operation: "Converse",
    input: { modelId: "echo-field", messages: [{ role: "user", content: [{ text: "hi" }] }] },
  },
  {
    name: "echo-document",
    operation: "InvokeModel",
    input: { modelId: "echo-document", contentType: "application/json", accept: "application/json", body: { q: 1 } },
  },
  {
    name: "echo-bytes",
    operation: "InvokeModelWithResponseStream",
    input: { modelId: "echo-bytes", contentType: "application/json", body: { q: 1 } },
  },
  {
    name: "echo-split",
    operation: "InvokeModelWithResponseStream",
    input: { modelId: "echo-split", contentType: "application/json", body: { q: 1 } },
  },
];

/** Every view of a text an attacker could decode: raw, and base64 runs decoded three levels deep. */
function decodedViews(text: string, depth = 3): string[] {
  const views = [text];
  if (depth === 0) return views;
  for (const run of text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    views.push(...decodedViews(Buffer.from(run, "base64").toString("latin1"), depth - 1));
  }
  return views;
}

describe("record: a hostile server echoing the credentials back", () => {
  let server: Server;
  let work: string;
  let code: number;
  let out = "";
  let err = "";
  const saved = { ...process.env };

  before(async () => {
    for (const name of ["AWS_PROFILE", "AWS_BEARER_TOKEN_BEDROCK"]) delete process.env[name];
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      AWS_SESSION_TOKEN: SESSION_TOKEN,
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_CONFIG_FILE: join(tmpdir(), "no-such-aws-config"),
      AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), "no-such-aws-credentials"),
    });
    server = createServer(hostileHandler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    work = await mkdtemp(join(tmpdir(), "record-hostile-"));
    await writeFile(join(work, "scenarios.json"), JSON.stringify(scenarios));
    const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
    code = await recordCommand.run(
      [
        "--scenarios",
        join(work, "scenarios.json"),
        "--region",
        "us-east-1",
        "--endpoint",
        endpoint,
        "--out",
        join(work, "out"),
      ],
      io,
    );
  });

  after(async () => {
    process.env = saved;
    await new Promise((resolve) => server.close(resolve));
    await rm(work, { recursive: true, force: true });
  });

  it("writes the echoes it could clean and refuses the one it could not (split across frames), exit 1", async () => {
    assert.equal(code, 1, err);
    assert.deepEqual((await readdir(join(work, "out"))).sort(), [
      "001-Converse.json",
      "002-InvokeModel.json",
      "003-InvokeModelWithResponseStream.json",
    ]);
    assert.match(err, /\[recorder\/secret-left\].*echo-split.*secret\/access-key-id/);
  });

  it("leaves no credential on disk in any form, and the scan agrees", async () => {
    const secrets = [ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN, SESSION_TOKEN.slice(0, 40)];
    for (const name of await readdir(join(work, "out"))) {
      const text = await readFile(join(work, "out", name), "utf8");
      for (const view of decodedViews(text)) {
        for (const secret of secrets) assert.ok(!view.includes(secret), `${name} holds ${secret.slice(0, 4)}…`);
      }
    }
    for (const secret of secrets) assert.ok(!out.includes(secret) && !err.includes(secret), "nor in the output");
    assert.deepEqual(scanRecordings(join(work, "out")), []);
  });

  it("re-encodes the redacted stream with valid frames and CRCs, keeping the redaction inside the chunk", async () => {
    const recording = JSON.parse(
      await readFile(join(work, "out", "003-InvokeModelWithResponseStream.json"), "utf8"),
    ) as Recording;
    const frames = decodeEventStream(new Uint8Array(Buffer.from(recording.response.bodyBase64 ?? "", "base64")));
    assert.equal(frames.length, 2);
    const first = JSON.parse(Buffer.from(frames[0]!.payload).toString("utf8")) as { bytes: string };
    const inner = JSON.parse(Buffer.from(first.bytes, "base64").toString("utf8")) as { outputText: string };
    assert.match(inner.outputText, /^key AKIA\*{16} token REDACTED secret REDACTED$/);
  });
});
