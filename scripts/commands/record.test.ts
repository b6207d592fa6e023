import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError, type CommandIO } from "../command.js";
import { recordCommand } from "./record.js";
import { decodeEventStream, stringHeader } from "../../contract-tests/event-stream.js";
import { startFakeBedrock, type FakeBedrock } from "../../contract-tests/fake-bedrock-server.js";
import type { Recording } from "../../contract-tests/recording.js";
import { scanRecordings } from "../../contract-tests/secret-scan.js";
import { findHeader } from "../../generator/core/http.js";

// Fake credentials shaped like real ones, so that shape rules and value rules both get tested.
const ACCESS_KEY_ID = "AKIA4ZQX7RVJK2MEXP5T";
const SECRET_ACCESS_KEY = "q7Rz9Vb4Nw8Tj3Hc6Yp1Ms5Dg0Ae2Uo+KiLx/WfB";
const SESSION_TOKEN = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ${randomBytes(300).toString("base64")}`;
const ACCOUNT_ID = "493827160534";
const MODEL_ARN = `arn:aws:bedrock:us-east-1:${ACCOUNT_ID}:inference-profile/us.amazon.nova-micro-v1:0`;
const PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const scenarios = [
  {
    name: "converse-with-image",
    operation: "Converse",
    input: {
      modelId: MODEL_ARN,
      messages: [
        {
          role: "user",
          content: [{ text: "What colour?" }, { image: { format: "png", source: { bytes: PIXEL_PNG } } }],
        },
      ],
      inferenceConfig: { maxTokens: 32 },
    },
  },
  {
    name: "invoke-model",
    operation: "InvokeModel",
    input: {
      modelId: "amazon.nova-micro-v1:0",
      contentType: "application/json",
      accept: "application/json",
      body: { schemaVersion: "messages-v1", messages: [{ role: "user", content: [{ text: "Say hello." }] }] },
    },
  },
  {
    name: "converse-denied",
    operation: "Converse",
    input: {
      modelId: `arn:aws:bedrock:us-east-1:${ACCOUNT_ID}:inference-profile/us.denied-model`,
      messages: [{ role: "user", content: [{ text: "Hi" }] }],
    },
  },
  {
    name: "converse-stream",
    operation: "ConverseStream",
    input: { modelId: "amazon.nova-micro-v1:0", messages: [{ role: "user", content: [{ text: "Count." }] }] },
  },
  {
    name: "list-async-invokes",
    operation: "ListAsyncInvokes",
    input: { submitTimeAfter: "2025-01-01T00:00:00Z", maxResults: 5 },
  },
];

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function runRecord(argv: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await recordCommand.run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Credentials for the SDK's default chain come from the environment; nothing else is consulted. */
function useFakeCredentials(): () => void {
  const names = [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_PROFILE",
    "AWS_REGION",
    "AWS_BEARER_TOKEN_BEDROCK",
    "AWS_EC2_METADATA_DISABLED",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
  ];
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
    AWS_SESSION_TOKEN: SESSION_TOKEN,
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_CONFIG_FILE: join(tmpdir(), "no-such-aws-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), "no-such-aws-credentials"),
  });
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

async function readRecordings(dir: string): Promise<Map<string, { text: string; recording: Recording }>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const result = new Map<string, { text: string; recording: Recording }>();
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    result.set(file, { text, recording: JSON.parse(text) as Recording });
  }
  return result;
}

describe("record: end to end against a local Bedrock stand-in", () => {
  let server: FakeBedrock;
  let work: string;
  let outDir: string;
  let scenariosFile: string;
  let restoreEnv: () => void;
  let run: Run;
  let recordings: Map<string, { text: string; recording: Recording }>;

  before(async () => {
    restoreEnv = useFakeCredentials();
    server = await startFakeBedrock(ACCOUNT_ID);
    work = await mkdtemp(join(tmpdir(), "recorder-"));
    outDir = join(work, "recorded");
    scenariosFile = join(work, "scenarios.json");
    await writeFile(scenariosFile, JSON.stringify(scenarios));
    run = await runRecord([
      "--scenarios",
      scenariosFile,
      "--region",
      "us-east-1",
      "--endpoint",
      server.endpoint,
      "--out",
      outDir,
    ]);
    recordings = await readRecordings(outDir);
  });

  after(async () => {
    restoreEnv();
    await server.close();
    await rm(work, { recursive: true, force: true });
  });

  const get = (file: string): Recording => {
    const entry = recordings.get(file);
    assert.ok(entry, `${file} was not written (have: ${[...recordings.keys()].join(", ")})`);
    return entry.recording;
  };

  it("exits 0 and writes one numbered file per scenario, named after the operation", () => {
    assert.equal(run.code, 0, run.err);
    assert.equal(run.err, "");
    assert.deepEqual(
      [...recordings.keys()],
      [
        "001-Converse.json",
        "002-InvokeModel.json",
        "003-Converse.json",
        "004-ConverseStream.json",
        "005-ListAsyncInvokes.json",
      ],
    );
    assert.match(run.out, /wrote .*003-Converse\.json {2}\(converse-denied: Converse → 403 AccessDeniedException\)/);
    assert.match(run.out, /5 recording\(s\) written/);
    assert.deepEqual(
      (readdirSyncNames(outDir) ?? []).filter((f) => f.endsWith(".tmp")),
      [],
    );
  });

  it("sent the secrets over the wire (so their absence on disk means something)", () => {
    assert.equal(server.received.length, scenarios.length);
    const first = server.received[0]!;
    assert.match(
      String(first.headers["authorization"]),
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/\\d{8}/us-east-1/bedrock/aws4_request`),
    );
    assert.equal(first.headers["x-amz-security-token"], SESSION_TOKEN);
    assert.ok(first.url.includes(`%3A${ACCOUNT_ID}%3A`), first.url);
  });

  it("leaves no key id, secret key, token, signature or account id anywhere on disk, raw or decoded", async () => {
    const signatures = server.received.map(
      (r) => /Signature=([0-9a-f]{64})/.exec(String(r.headers["authorization"]))?.[1],
    );
    assert.equal(signatures.filter(Boolean).length, scenarios.length);
    const secrets = [
      ACCESS_KEY_ID,
      SECRET_ACCESS_KEY,
      SESSION_TOKEN,
      SESSION_TOKEN.slice(0, 40),
      ACCOUNT_ID,
      ...(signatures as string[]),
    ];
    for (const [file, { text, recording }] of recordings) {
      const views = [text, encodeURIComponent(text)];
      for (const message of [recording.request, recording.response]) {
        if (message.bodyBase64 !== undefined) views.push(Buffer.from(message.bodyBase64, "base64").toString("latin1"));
      }
      for (const view of views) {
        for (const secret of secrets) assert.ok(!view.includes(secret), `${file} holds ${secret.slice(0, 8)}…`);
      }
    }
    assert.deepEqual(scanRecordings(outDir), [], "the CI secret scan finds nothing");
  });

  it("keeps the SigV4 shape of Authorization with the key id and signature replaced", () => {
    for (const [file, { recording }] of recordings) {
      const authorization = findHeader(recording.request.headers, "authorization");
      assert.match(
        authorization ?? "",
        /^AWS4-HMAC-SHA256 Credential=AKIA\*{16}\/\d{8}\/us-east-1\/bedrock\/aws4_request, SignedHeaders=[a-z0-9;-]*host;[a-z0-9;-]*x-amz-security-token[a-z0-9;-]*, Signature=REDACTED$/,
        file,
      );
      assert.equal(findHeader(recording.request.headers, "x-amz-security-token"), "REDACTED");
      assert.ok(
        recording.notes.some((n) => /redacted by the recorder: .*authorization.*security-token.*signature/.test(n)),
        file,
      );
    }
  });

  it("records a Converse exchange: encoded ARN redacted in the URL, image bytes as base64, JSON reply, provenance", () => {
    const recording = get("001-Converse.json");
    assert.equal(recording.operation, "Converse");
    assert.equal(recording.request.method, "POST");
    assert.equal(
      recording.request.url,
      `${server.endpoint}/model/${encodeURIComponent(MODEL_ARN.replace(ACCOUNT_ID, "111122223333"))}/converse`,
    );
    const body = recording.request.body as { messages: { content: { image?: { source: { bytes: string } } }[] }[] };
    assert.equal(body.messages[0]!.content[1]!.image!.source.bytes, PIXEL_PNG);
    assert.equal(recording.response.status, 200);
    assert.deepEqual((recording.response.body as { usage: unknown }).usage, {
      inputTokens: 12,
      outputTokens: 14,
      totalTokens: 26,
    });
    assert.equal(
      (recording.response.body as { trace: { promptRouter: { invokedModelId: string } } }).trace.promptRouter
        .invokedModelId,
      "arn:aws:bedrock:us-east-1:111122223333:default-prompt-router/anthropic.claude:1",
    );
    assert.equal(recording.provenance.kind, "recorded");
    if (recording.provenance.kind !== "recorded") return;
    assert.equal(recording.provenance.scenario, "converse-with-image");
    assert.equal(recording.provenance.endpoint, server.endpoint);
    assert.match(recording.provenance.tool, /^bedrock-openapi record \(@aws-sdk\/client-bedrock-runtime \d+\.\d+\.\d+/);
    assert.ok(!Number.isNaN(Date.parse(recording.provenance.recordedAt)));
    assert.equal(recording.meta["modelId"], MODEL_ARN.replace(ACCOUNT_ID, "111122223333"));
    assert.equal(recording.setAside, undefined);
  });

  it("records InvokeModel with the scenario's JSON body as sent and the response headers as the server cased them", () => {
    const recording = get("002-InvokeModel.json");
    assert.deepEqual(recording.request.body, scenarios[1]!.input["body"]);
    assert.equal(recording.request.bodyBase64, undefined);
    assert.equal(findHeader(recording.request.headers, "content-type"), "application/json");
    assert.equal(recording.response.headers["X-Amzn-Bedrock-Input-Token-Count"], "4");
    assert.equal(recording.response.headers["x-amzn-RequestId"], "5d7e1f3a-2b4c-4d6e-8f90-a1b2c3d4e5f6");
    assert.deepEqual((recording.response.body as { stopReason: string }).stopReason, "end_turn");
  });

  it("records an error reply with its status and error type, scrubbing the secrets its message echoes", () => {
    const recording = get("003-Converse.json");
    assert.equal(recording.response.status, 403);
    assert.equal(
      recording.response.headers["x-amzn-ErrorType"],
      "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/",
    );
    assert.equal(recording.meta["errorType"], "AccessDeniedException");
    const message = (recording.response.body as { message: string }).message;
    assert.match(message, /^User: arn:aws:sts::111122223333:assumed-role\/recorder\/session is not authorized/);
    assert.match(message, /x-amz-security-token:REDACTED\n/);
    assert.match(message, /Credential=AKIA\*{16}\/.*Signature=REDACTED$/);
  });

  it("records ConverseStream as base64 frames that still decode, with valid CRCs and redacted payloads", () => {
    const recording = get("004-ConverseStream.json");
    assert.equal(recording.response.body, null);
    assert.ok(recording.response.bodyBase64);
    const frames = decodeEventStream(Buffer.from(recording.response.bodyBase64, "base64"));
    assert.deepEqual(
      frames.map((f) => stringHeader(f, ":event-type")),
      ["messageStart", "contentBlockDelta", "contentBlockStop", "messageStop", "metadata"],
    );
    const metadata = JSON.parse(Buffer.from(frames[4]!.payload).toString("utf8")) as {
      trace: { promptRouter: { invokedModelId: string } };
      p: string;
    };
    assert.equal(
      metadata.trace.promptRouter.invokedModelId,
      "arn:aws:bedrock:us-east-1:111122223333:default-prompt-router/anthropic.claude:1",
    );
    assert.equal(metadata.p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0", "padding is kept");
    assert.equal(recording.meta["sdkError"], undefined, "the SDK read the stream to the end without error");
  });

  it("records ListAsyncInvokes as a GET with the query the SDK built (timestamp converted)", () => {
    const recording = get("005-ListAsyncInvokes.json");
    assert.equal(recording.request.method, "GET");
    const url = new URL(recording.request.url);
    assert.equal(url.pathname, "/async-invoke");
    assert.equal(url.searchParams.get("submitTimeAfter"), "2025-01-01T00:00:00Z");
    assert.equal(url.searchParams.get("maxResults"), "5");
    assert.equal(recording.request.body, null);
    assert.deepEqual(recording.response.body, { asyncInvokeSummaries: [] });
  });

  it("numbers a second run after the first and never replaces a file", async () => {
    const before = new Map([...recordings].map(([file, { text }]) => [file, text]));
    const again = await runRecord([
      "--scenarios",
      scenariosFile,
      "--region",
      "us-east-1",
      "--endpoint",
      server.endpoint,
      "--out",
      outDir,
    ]);
    assert.equal(again.code, 0, again.err);
    const after = await readRecordings(outDir);
    assert.equal(after.size, 10);
    assert.ok(after.has("010-ListAsyncInvokes.json"));
    for (const [file, text] of before) assert.equal(after.get(file)?.text, text, `${file} unchanged`);
  });
});

describe("record: failures", () => {
  let restoreEnv: () => void;
  let work: string;
  before(async () => {
    restoreEnv = useFakeCredentials();
    work = await mkdtemp(join(tmpdir(), "recorder-fail-"));
  });
  after(async () => {
    restoreEnv();
    await rm(work, { recursive: true, force: true });
  });

  it("reports a transport failure, exits 1 and writes nothing", async () => {
    const server = await startFakeBedrock(ACCOUNT_ID);
    const endpoint = server.endpoint;
    await server.close(); // nothing listens on this port any more
    const file = join(work, "one.json");
    await writeFile(file, JSON.stringify([scenarios[1]]));
    const outDir = join(work, "transport");
    const r = await runRecord(["--scenarios", file, "--region", "us-east-1", "--endpoint", endpoint, "--out", outDir]);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /error \[recorder\/transport-failed\] scenario "invoke-model": InvokeModel was sent but no HTTP response came back: .*ECONNREFUSED/,
    );
    assert.match(r.out, /0 recording\(s\) written/);
    assert.deepEqual(readdirSyncNames(outDir) ?? [], []);
  });

  it("rejects a malformed scenarios file with one precise error per problem and sends nothing", async () => {
    const server = await startFakeBedrock(ACCOUNT_ID);
    try {
      const file = join(work, "bad.json");
      await writeFile(
        file,
        JSON.stringify([
          { name: "ok", operation: "Converse", input: { modelId: "m", messages: [] } },
          { name: "typo", operation: "Converze", input: {} },
          { operation: "Converse", input: { modelId: "m", mesages: [] } },
          {
            name: "ok",
            operation: "Converse",
            input: {
              modelId: "m",
              messages: [{ role: "user", content: [{ image: { format: "png", source: { bytes: "not base64!" } } }] }],
            },
          },
          { name: "extra", operation: "InvokeModel", input: { modelId: "m", body: {} }, expect: 200 },
        ]),
      );
      const r = await runRecord([
        "--scenarios",
        file,
        "--region",
        "us-east-1",
        "--endpoint",
        server.endpoint,
        "--out",
        join(work, "bad-out"),
      ]);
      assert.equal(r.code, 1);
      const lines = r.err.split("\n");
      const expected = [
        `${file}#/1/operation: error [recorder/invalid-scenario] scenario 1 ("typo"): "Converze" is not a Bedrock Runtime operation; expected one of`,
        `${file}#/2/name: error [recorder/invalid-scenario] scenario 2: "name" must be a non-empty string, not nothing`,
        `${file}#/2/input/mesages: error [recorder/invalid-scenario] scenario 2: unknown member "mesages" of ConverseRequest; expected one of modelId, messages,`,
        `${file}#/3/input/messages/0/content/0/image/source/bytes: error [recorder/invalid-scenario] scenario 3 ("ok"): expected the bytes as a base64 string, not string "not base64!"`,
        `${file}#/3/name: error [recorder/invalid-scenario] scenario 3 ("ok"): the name "ok" is already used by scenario 0`,
        `${file}#/4/expect: error [recorder/invalid-scenario] scenario 4 ("extra"): unknown key "expect"; a scenario has only name, operation, input`,
      ];
      for (const start of expected)
        assert.ok(
          lines.some((line) => line.startsWith(start)),
          `missing: ${start}\n---\n${r.err}`,
        );
      assert.equal(lines.filter((l) => l.includes("[recorder/")).length, expected.length);
      assert.equal(server.received.length, 0);
      assert.equal(readdirSyncNames(join(work, "bad-out")), undefined);
    } finally {
      await server.close();
    }
  });

  it("names the file when the scenarios are not JSON or not a list", async () => {
    const file = join(work, "broken.json");
    await writeFile(file, "[{ name: 1 ]");
    const r = await runRecord(["--scenarios", file, "--region", "us-east-1"]);
    assert.equal(r.code, 2); // unparsable: a usage error, as an unparsable --spec is in check and contract
    assert.match(r.err, new RegExp(`error \\[io/parse-failed\\] could not parse ${escape(file)}: `));
    const object = join(work, "object.json");
    await writeFile(object, JSON.stringify({ scenarios: [] }));
    const r2 = await runRecord(["--scenarios", object, "--region", "us-east-1"]);
    assert.equal(r2.code, 1); // loaded, but not scenarios: a problem in the file
    assert.match(
      r2.err,
      new RegExp(
        `^${escape(object)}: error \\[recorder/scenarios-file\\] the scenarios file must hold a JSON array of scenarios, not an object`,
      ),
    );
    const missing = await runRecord(["--scenarios", join(work, "nope.json"), "--region", "us-east-1"]);
    assert.equal(missing.code, 2); // missing: a usage error, as a missing --spec is in check and contract
    assert.match(missing.err, /\[io\/read-failed\] could not read .*nope\.json: .*ENOENT/);
  });
});

describe("record: command line", () => {
  it("--help prints the usage with every option and exits 0", async () => {
    const r = await runRecord(["--help"]);
    assert.equal(r.code, 0);
    for (const option of ["--scenarios FILE", "--region R", "--endpoint URL", "--out DIR"])
      assert.ok(r.out.includes(option), option);
    assert.match(r.out, /Exit codes:\n {2}0 {2}/);
  });

  it("rejects unknown flags, stray arguments, a missing --scenarios and a bad endpoint as usage errors", async () => {
    await assert.rejects(
      runRecord(["--scenarios", "x.json", "--bogus"]),
      (e: unknown) => e instanceof UsageError && /unknown option --bogus/.test(e.message),
    );
    await assert.rejects(
      runRecord(["--scenarios", "x.json", "extra"]),
      (e: unknown) => e instanceof UsageError && /unexpected argument extra/.test(e.message),
    );
    await assert.rejects(
      runRecord(["--region", "us-east-1"]),
      (e: unknown) => e instanceof UsageError && /--scenarios FILE is required/.test(e.message),
    );
    await assert.rejects(
      runRecord(["--scenarios"]),
      (e: unknown) => e instanceof UsageError && /--scenarios needs a value/.test(e.message),
    );
    await assert.rejects(
      runRecord(["--scenarios", "x.json", "--region", "us-east-1", "--endpoint", "localhost:8080"]),
      (e: unknown) => e instanceof UsageError && /--endpoint must be an http\(s\) URL/.test(e.message),
    );
  });

  it("requires a region from --region or AWS_REGION", async () => {
    const saved = process.env["AWS_REGION"];
    delete process.env["AWS_REGION"];
    try {
      await assert.rejects(
        runRecord(["--scenarios", "x.json"]),
        (e: unknown) => e instanceof UsageError && /no region/.test(e.message),
      );
    } finally {
      if (saved !== undefined) process.env["AWS_REGION"] = saved;
    }
  });
});

function readdirSyncNames(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch {
    return undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
