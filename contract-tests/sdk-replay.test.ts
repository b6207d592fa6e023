/**
 * Three-way agreement: every recording replayed through the official SDK
 * (@aws-sdk/client-bedrock-runtime) with nock serving the recorded response. The SDK must send
 * the recorded request and parse the recorded response (or throw the error it names). Its
 * rejections must be exactly those in `recordings/sdk-known-rejections.json`, so a recording
 * that agrees today cannot silently stop agreeing. The printed table sets each rejection beside
 * the spec's verdict on the same recording: "SDK rejects, spec accepts" is the list to read.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import nock from "nock";
import { formatProblem } from "../generator/core/diagnostics.js";
import { decodeEventStream, encodeEventStream, type MessageHeaderValue } from "./event-stream.js";
import { loadRecordings, specJsonFile } from "./load-recordings.js";
import type { Recording, RecordingFile } from "./recording.js";
import { compareWithKnown, readKnownRejections, recordingKey, type KnownRejection } from "./sdk-known-rejections.js";
import { SdkReplayer, type ReplayResult } from "./sdk-replay.js";
import { createContractContext, validateInteraction, type Verdict } from "./validate-interaction.js";

const sdkVersion = (
  createRequire(import.meta.url)("@aws-sdk/client-bedrock-runtime/package.json") as { version: string }
).version;
const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
const loaded = loadRecordings();
const known = readKnownRejections();
const operations = [...new Set(loaded.recordings.map((r) => r.recording.operation))].sort();

// Importing nock intercepts every HTTP request of the process, other suites' local servers too;
// it stays off until a suite below turns it on.
nock.restore();

/** nock owns the process's HTTP while these suites run, and only then. */
function useNock(): void {
  before(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterEach(() => nock.cleanAll());
  after(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });
}

describe(`SDK replay: recordings through @aws-sdk/client-bedrock-runtime ${sdkVersion}`, function () {
  useNock();
  const replayer = new SdkReplayer();
  const results: ReplayResult[] = [];
  const specVerdicts = new Map<string, Verdict>();
  let elapsed = 0;

  before(async function () {
    const started = Date.now();
    for (const entry of loaded.recordings) results.push(await replayer.replay(entry));
    elapsed = Date.now() - started;
    const context = createContractContext(document);
    for (const r of results.filter((x) => x.verdict === "rejected")) {
      const entry = loaded.recordings.find((e) => e.file === r.file)!;
      specVerdicts.set(r.file, validateInteraction(entry, context).verdict);
    }
  });

  after(() => {
    replayer.destroy();
    // The replay table is long; print it only when asked (BEDROCK_TEST_TABLES=1).
    if (process.env["BEDROCK_TEST_TABLES"] === "1")
      console.log(formatReplayTable(results, loaded.recordings, specVerdicts, elapsed));
  });

  it("loads every recording and a well-formed known-rejections list", () => {
    assert.deepEqual([...loaded.problems, ...known.problems].map(formatProblem), []);
    assert.ok(loaded.recordings.length > 0);
  });

  for (const operation of operations) {
    it(`${operation}: every recording agrees with the SDK, or is a known rejection, set aside or not replayable with its reason`, () => {
      const mine = results.filter((r) => r.operation === operation);
      for (const r of mine.filter((x) => x.verdict === "set-aside" || x.verdict === "not-replayable")) {
        assert.ok(r.problems.length === 1 && r.problems[0]!.message.length > 0, `${r.file}: skipped without a reason`);
      }
      const { problems, unlisted } = compareWithKnown(mine, known.entries);
      const fresh = problems.filter((p) => p.code === "sdk-replay/new-rejection");
      assert.deepEqual(fresh.map(formatProblem), [], suggestEntries(unlisted));
    });
  }

  it("a malformed known-rejections entry excuses nothing and is reported where it is", () => {
    const dir = mkdtempSync(join(tmpdir(), "sdk-known-"));
    try {
      const path = join(dir, "list.json");
      const good = {
        recording: "a/001-Converse.json",
        code: "sdk-replay/request-differs",
        pointer: "/request/body",
        reason: "why",
      };
      writeFileSync(
        path,
        JSON.stringify({
          rejections: [good, { ...good, reason: " " }, { ...good, code: "contract/schema-violation" }],
        }),
      );
      const read = readKnownRejections(path);
      assert.deepEqual(read.entries, [good]);
      assert.deepEqual(
        read.problems.map((p) => [p.code, p.pointer]),
        [
          ["sdk-replay/bad-known-rejection", "/rejections/1"],
          ["sdk-replay/bad-known-rejection", "/rejections/2"],
        ],
      );
      writeFileSync(path, "{");
      assert.deepEqual(
        readKnownRejections(path).problems.map((p) => p.code),
        ["io/parse-failed"],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("no known rejection is stale", () => {
    const stale = compareWithKnown(results, known.entries).problems.filter(
      (p) => p.code === "sdk-replay/stale-known-rejection",
    );
    assert.deepEqual(stale.map(formatProblem), []);
  });
});

/** Entries ready for review, so a justified new rejection is one paste (and one reason) away. */
function suggestEntries(unlisted: readonly KnownRejection[]): string {
  if (unlisted.length === 0) return "";
  // The reason is left empty on purpose: the list refuses an entry until a reviewer writes one.
  const entries = unlisted.map((e) => ({ ...e, reason: "" }));
  return `if each is justified, add to recordings/sdk-known-rejections.json:\n${JSON.stringify(entries, null, 2)}`;
}

function formatReplayTable(
  results: readonly ReplayResult[],
  recordings: readonly RecordingFile[],
  specVerdicts: ReadonlyMap<string, Verdict>,
  elapsed: number,
): string {
  const synthetic = new Set(recordings.filter((r) => r.recording.provenance.kind === "synthetic").map((r) => r.file));
  const lines = [
    "",
    `  SDK replay: all ${results.length} recordings in ${(elapsed / 1000).toFixed(1)} s (no sampling)`,
    "  operation                           recordings  replayed  agreed  rejected  set aside  not replayable",
  ];
  for (const operation of [...new Set(results.map((r) => r.operation))].sort()) {
    const mine = results.filter((r) => r.operation === operation);
    const count = (verdict: ReplayResult["verdict"]): number => mine.filter((r) => r.verdict === verdict).length;
    const replayed = count("agreed") + count("rejected");
    const syntheticCount = mine.filter((r) => synthetic.has(r.file)).length;
    const cells = [
      mine.length,
      replayed,
      count("agreed"),
      count("rejected"),
      count("set-aside"),
      count("not-replayable"),
    ];
    const widths = [10, 9, 7, 9, 10, 15];
    lines.push(
      `  ${operation.padEnd(34)}${cells.map((c, i) => String(c).padStart(widths[i]!)).join(" ")}${syntheticCount > 0 ? `  (${syntheticCount} synthetic)` : ""}`,
    );
    for (const line of reasons(mine.filter((r) => r.verdict !== "agreed"))) lines.push(`      ${line}`);
  }
  const rejected = results.filter((r) => r.verdict === "rejected");
  const specAccepts = rejected.filter((r) => specVerdicts.get(r.file) === "passed");
  lines.push(
    "",
    `  SDK rejects, spec accepts (findings: the spec is looser than the SDK, or the SDK is wrong): ${specAccepts.length}`,
  );
  for (const r of specAccepts)
    lines.push(`      ${r.file}: ${r.problems.map((p) => `[${p.code}] ${p.pointer ?? ""}`).join("; ")}`);
  const bothReject = rejected.filter((r) => specVerdicts.get(r.file) !== "passed");
  lines.push(
    `  SDK and spec both reject: ${bothReject.length}${bothReject.length === 0 ? "" : ` (${bothReject.map((r) => recordingKey(r.file)).join(", ")})`}`,
  );
  return lines.join("\n");
}

/** Non-agreements grouped by code and message, so one cause counts once. */
function reasons(results: readonly ReplayResult[]): string[] {
  const groups = new Map<string, string[]>();
  for (const r of results) {
    for (const p of r.problems) {
      const key = `[${p.code}] ${p.message.replace(/\/\d+(?=\/|$)/g, "/N")}`;
      groups.set(key, [...(groups.get(key) ?? []), recordingKey(r.file)]);
    }
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([reason, files]) => `${files.length}× ${reason} (e.g. ${files[0]})`);
}

// ── the replay can fail ─────────────────────────────────────────────────────

describe("SDK replay: each disagreement is caught (real recordings, broken in one way)", function () {
  useNock();
  const replayer = new SdkReplayer();
  after(() => replayer.destroy());

  function recording(name: string): RecordingFile {
    const found = loaded.recordings.find((r) => r.file.endsWith(`/${name}`));
    assert.ok(found, `recording ${name} is missing`);
    return found;
  }

  function withRecording(entry: RecordingFile, change: (r: Recording) => Recording): RecordingFile {
    return { file: entry.file, recording: change(structuredClone(entry.recording) as Recording) };
  }

  /** Re-encodes a stream with one frame's headers changed. */
  function restream(bodyBase64: string, index: number, headers: Record<string, string>): string {
    const frames = decodeEventStream(Buffer.from(bodyBase64, "base64")).map((f) => ({
      headers: { ...(f.headers as Record<string, MessageHeaderValue>), ...(f.index === index ? headers : {}) },
      payload: f.payload,
    }));
    return Buffer.from(encodeEventStream(frames)).toString("base64");
  }

  async function expectRejection(entry: RecordingFile, code: string, pointer: string, message?: RegExp): Promise<void> {
    const result = await replayer.replay(entry);
    assert.equal(result.verdict, "rejected", `expected a rejection; got ${result.verdict}`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [[code, pointer]],
      result.problems.map(formatProblem).join("\n"),
    );
    assert.equal(result.problems[0]!.file, entry.file);
    if (message !== undefined) assert.match(result.problems[0]!.message, message);
  }

  it("the unbroken originals agree, including a modeled error, an unmodeled one and an in-stream exception", async () => {
    for (const name of [
      "dd-trace-py/010-Converse.json", // tool use
      "ruby-llm/065-Converse.json", // image bytes
      "otel-python-contrib/003-ConverseStream.json",
      "openllmetry/036-InvokeModel.json", // 400 ValidationException
      "dd-trace-py/029-InvokeModel.json", // 403 UnrecognizedClientException, not in the model
      "otel-java-instrumentation/042-InvokeModelWithResponseStream.json", // modelStreamErrorException frame
    ]) {
      const result = await replayer.replay(recording(name));
      assert.equal(result.verdict, "agreed", `${name}: ${result.problems.map(formatProblem).join("\n")}`);
    }
  });

  it("a request member the SDK's model lacks cannot be sent", async () => {
    const broken = withRecording(recording("dd-trace-py/010-Converse.json"), (r) => ({
      ...r,
      request: { ...r.request, body: { ...(r.request.body as object), temperature: 1 } },
    }));
    await expectRejection(
      broken,
      "sdk-replay/input-unrepresentable",
      "/request/body/temperature",
      /"temperature" is not a member of the SDK's ConverseRequest/,
    );
  });

  it("a body the SDK re-serializes differently (non-canonical base64 image bytes)", async () => {
    // "QR==" and "QQ==" both decode to "A"; the SDK re-encodes the bytes canonically.
    const broken = withRecording(recording("ruby-llm/065-Converse.json"), (r) => {
      const body = r.request.body as { messages: { content: { image?: { source: { bytes: string } } }[] }[] };
      body.messages[0]!.content[1]!.image!.source.bytes = "QR==";
      return r;
    });
    await expectRejection(
      broken,
      "sdk-replay/request-differs",
      "/request/body/messages/0/content/1/image/source/bytes",
      /recorded "QR==", SDK sent "QQ=="/,
    );
  });

  it("a stream frame with a flipped payload byte is refused by the SDK's CRC check", async () => {
    const broken = withRecording(recording("otel-python-contrib/003-ConverseStream.json"), (r) => {
      const bytes = Buffer.from(r.response.bodyBase64!, "base64");
      bytes[40]! ^= 0x01;
      return { ...r, response: { ...r.response, bodyBase64: bytes.toString("base64") } };
    });
    await expectRejection(broken, "sdk-replay/response-rejected", "/response/bodyBase64", /checksum/);
  });

  it("a truncated stream is refused", async () => {
    const broken = withRecording(recording("otel-python-contrib/003-ConverseStream.json"), (r) => {
      const bytes = Buffer.from(r.response.bodyBase64!, "base64");
      return { ...r, response: { ...r.response, bodyBase64: bytes.subarray(0, bytes.length - 7).toString("base64") } };
    });
    await expectRejection(broken, "sdk-replay/response-rejected", "/response/bodyBase64", /Truncated event message/);
  });

  it("an event the SDK's union lacks, which it skips without a word, is reported", async () => {
    const broken = withRecording(recording("otel-python-contrib/003-ConverseStream.json"), (r) => ({
      ...r,
      response: {
        ...r.response,
        bodyBase64: restream(r.response.bodyBase64!, 2, { ":event-type": "contentBlockHologram" }),
      },
    }));
    await expectRejection(
      broken,
      "sdk-replay/unknown-in-output",
      "/response/frames/2",
      /skipped \(:event-type contentBlockHologram\)/,
    );
  });

  it("a response union member the SDK lacks comes back as $unknown, and is reported", async () => {
    const broken = withRecording(recording("dd-trace-py/010-Converse.json"), (r) => {
      const body = r.response.body as { output: { message: { content: object[] } } };
      body.output.message.content[1] = { hologram: { depth: 3 } };
      return r;
    });
    await expectRejection(broken, "sdk-replay/unknown-in-output", "/response/body/output/message/content/1/hologram");
  });

  it("the known-rejections list: an unlisted rejection is new, a listed one that no longer occurs is stale", async () => {
    const broken = withRecording(recording("dd-trace-py/010-Converse.json"), (r) => ({
      ...r,
      request: { ...r.request, body: { ...(r.request.body as object), temperature: 1 } },
    }));
    const rejected = await replayer.replay(broken);
    const listed: KnownRejection = {
      recording: "dd-trace-py/010-Converse.json",
      code: "sdk-replay/input-unrepresentable",
      pointer: "/request/body/temperature",
      reason: "test",
    };
    assert.deepEqual(compareWithKnown([rejected], [listed]), { problems: [], unlisted: [] });
    const unlisted = compareWithKnown([rejected], []);
    assert.deepEqual(
      unlisted.problems.map((p) => [p.code, p.pointer]),
      [["sdk-replay/new-rejection", "/request/body/temperature"]],
    );
    assert.deepEqual(unlisted.unlisted, [{ ...listed, reason: "" }]);
    const agreed = await replayer.replay(recording("dd-trace-py/010-Converse.json"));
    const stale = compareWithKnown([agreed], [listed]).problems;
    assert.deepEqual(
      stale.map((p) => [p.code, p.file, p.pointer]),
      [
        [
          "sdk-replay/stale-known-rejection",
          "contract-tests/recordings/dd-trace-py/010-Converse.json",
          "/request/body/temperature",
        ],
      ],
    );
  });
});
