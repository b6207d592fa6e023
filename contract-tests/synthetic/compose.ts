/**
 * Composes the synthetic recordings (`contract-tests/recordings/synthetic/<nnn>-<Operation>.json`)
 * for the operations no public recording covers. For every exchange in
 * `contract-tests/synthetic-exchanges.ts` the real BedrockRuntimeClient sends a real request
 * through the recorder's capturing handler; nock answers with the reply composed from the model;
 * the SDK must read that reply back to the same values (or to the modeled error). The captured
 * traffic becomes the recording. InvokeModelWithBidirectionalStream cannot go through the SDK
 * here (HTTP/2 only) and is composed directly (`contract-tests/synthetic-bidirectional.ts`).
 *
 * Repeatable: fixed ids and times, volatile request headers normalized, stable key order, and
 * the files written atomically as one set that leaves identical files untouched. Real captures replace these files.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { problem, type Problem } from "../../generator/core/diagnostics.js";
import type { JsonValue } from "../../generator/shapes.js";
import { CapturingHandler } from "../capture.js";
import { recordingsDir } from "../load-recordings.js";
import { buildRecording } from "../recorder.js";
import type { Recording } from "../recording.js";
import { findLeaks } from "../redact.js";
import { composeBidirectionalRecordings } from "./bidirectional.js";
import {
  SYNTHETIC_NOW,
  SYNTHETIC_REGION,
  syntheticExchanges,
  type SyntheticExchange,
  type SyntheticOperation,
  type SyntheticReply,
} from "./exchanges.js";
import { NORMALIZATION_NOTE, normalizeRequestHeaders, SYNTHETIC_CREDENTIALS } from "./signing.js";
import { serializeRecording, writeRecordingSet } from "../recording-files.js";
import { isObject } from "../../generator/core/json.js";

export const syntheticDir = join(recordingsDir, "synthetic");

export interface SyntheticFile {
  /** `<nnn>-<Operation>.json` */
  readonly name: string;
  readonly recording: Recording;
  /** The file's exact content. */
  readonly text: string;
}

export interface Composition {
  readonly files: readonly SyntheticFile[];
  /** Any problem means the composition is unusable and nothing should be written. */
  readonly problems: readonly Problem[];
}

const ORIGIN = `https://bedrock-runtime.${SYNTHETIC_REGION}.amazonaws.com`;
const METHOD: Readonly<Record<SyntheticOperation, "GET" | "POST">> = {
  CountTokens: "POST",
  StartAsyncInvoke: "POST",
  GetAsyncInvoke: "GET",
  ListAsyncInvokes: "GET",
  InvokeGuardrailChecks: "POST",
};
const sdkVersion = (
  createRequire(import.meta.url)("@aws-sdk/client-bedrock-runtime/package.json") as { version: string }
).version;
const MODEL_SOURCE = "official Smithy model com.amazonaws.bedrockruntime (reference/bedrock-runtime.smithy.json)";

/** Composes every synthetic recording in memory, in file order. */
export async function composeSyntheticRecordings(): Promise<Composition> {
  const recordings: Recording[] = [];
  const problems: Problem[] = [];
  // Imported here, not at the top: importing nock switches interception on for the whole process.
  const { default: nock } = await import("nock");
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  const handler = new CapturingHandler();
  const client = new BedrockRuntimeClient({
    region: SYNTHETIC_REGION,
    // Explicit, so that no AWS_* setting of the machine (endpoint URL, FIPS, dual-stack, a bearer token) changes the traffic.
    endpoint: ORIGIN,
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    authSchemePreference: ["sigv4"],
    credentials: SYNTHETIC_CREDENTIALS,
    requestHandler: handler,
    maxAttempts: 1,
  });
  try {
    for (const exchange of syntheticExchanges) {
      const scope = nock(ORIGIN)
        .intercept(() => true, METHOD[exchange.operation])
        .reply(exchange.reply.status, JSON.stringify(exchange.reply.body), exchange.reply.headers);
      let output: object | undefined;
      let sdkError: unknown;
      try {
        output = await exchange.send(client);
      } catch (error) {
        sdkError = error;
      }
      const attempts = handler.takeAttempts();
      const attempt = attempts[0];
      if (!scope.isDone() || attempts.length !== 1 || attempt === undefined || !("response" in attempt)) {
        problems.push(problem("synthetic/not-exchanged", { exchange: exchange.name, detail: describeError(sdkError) }));
        nock.cleanAll();
        continue;
      }
      const disagreement = readBackDifference(exchange.reply, output, sdkError);
      if (disagreement !== undefined)
        problems.push(problem("synthetic/sdk-disagrees", { exchange: exchange.name, detail: disagreement }));
      recordings.push(
        toRecording(
          exchange,
          buildRecording(scenarioOf(exchange), attempt.request, attempt.response, sdkError, SYNTHETIC_NOW),
        ),
      );
    }
  } finally {
    client.destroy();
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  }
  recordings.push(...composeBidirectionalRecordings());

  const files: SyntheticFile[] = [];
  recordings.forEach((recording, i) => {
    const text = serializeRecording(recording);
    // Only the secret matters: the key id is fake on purpose and shows in Authorization.
    const leaks = findLeaks(text, [{ value: SYNTHETIC_CREDENTIALS.secretAccessKey, kind: "secret-key" }]);
    const exchange = String(recording.meta["scenario"]);
    if (leaks.length > 0) problems.push(problem("synthetic/secret-left", { exchange, found: leaks.join(", ") }));
    files.push({ name: `${String(i + 1).padStart(3, "0")}-${recording.operation}.json`, recording, text });
  });
  return { files, problems };
}

/** The recorder's scenario shape, which buildRecording reads the model id from. */
function scenarioOf(exchange: SyntheticExchange): Parameters<typeof buildRecording>[0] {
  return {
    index: 0,
    name: exchange.name,
    operation: exchange.operation,
    input: exchange.modelId === undefined ? {} : { modelId: exchange.modelId },
  };
}

function toRecording(exchange: SyntheticExchange, captured: Recording): Recording {
  const errorType = captured.meta["errorType"];
  const shapes = typeof errorType === "string" ? [...exchange.shapes, errorType] : exchange.shapes;
  const meta: Record<string, JsonValue> = { ...captured.meta, scenario: exchange.name };
  return {
    operation: captured.operation,
    provenance: { kind: "synthetic", basis: `${MODEL_SOURCE}: ${shapes.join(", ")}` },
    request: { ...captured.request, headers: normalizeRequestHeaders(captured.request.headers) },
    response: captured.response,
    notes: [
      `synthetic: composed from the official model because no public recording of ${exchange.operation} exists; real captures from \`bedrock-openapi record\` replace it`,
      `request sent by @aws-sdk/client-bedrock-runtime ${sdkVersion} through the recorder's capturing NodeHttpHandler; the reply was composed from the model and served by nock, and the SDK read it back to the values sent`,
      NORMALIZATION_NOTE,
    ],
    meta: Object.fromEntries(
      Object.keys(meta)
        .sort()
        .map((key) => [key, meta[key]!]),
    ),
  };
}

/**
 * Why the SDK's reading differs from what the reply said, or undefined when it agrees: a success
 * must come back member for member (timestamps as the same instant), an error as the modeled
 * exception with its message and status.
 */
export function readBackDifference(
  reply: SyntheticReply,
  output: object | undefined,
  sdkError: unknown,
): string | undefined {
  if (reply.status < 300) {
    if (output === undefined) return `the SDK failed: ${describeError(sdkError)}`;
    const { $metadata: _metadata, ...members } = output as Record<string, unknown>;
    return difference(reply.body, members, "");
  }
  if (!(sdkError instanceof Error)) return `expected an error for status ${reply.status}, the SDK returned a result`;
  const expectedName = reply.headers["x-amzn-ErrorType"]?.split(":")[0];
  const message = isObject(reply.body) ? reply.body["message"] : undefined;
  const status = (sdkError as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (sdkError.name !== expectedName) return `expected ${expectedName}, the SDK raised ${sdkError.name}`;
  if (sdkError.message !== message) return `the error message reads ${JSON.stringify(sdkError.message)}`;
  if (status !== reply.status) return `the error carries status ${String(status)}`;
  return undefined;
}

function difference(sent: JsonValue, read: unknown, path: string): string | undefined {
  const at = path || "/";
  if (read instanceof Date) {
    return typeof sent === "string" && Date.parse(sent) === read.getTime()
      ? undefined
      : `${at}: sent ${JSON.stringify(sent)}, read ${read.toISOString()}`;
  }
  if (Array.isArray(sent)) {
    if (!Array.isArray(read) || read.length !== sent.length)
      return `${at}: sent ${sent.length} items, read ${JSON.stringify(read)}`;
    for (let i = 0; i < sent.length; i++) {
      const found = difference(sent[i]!, read[i], `${path}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof sent === "object" && sent !== null) {
    if (typeof read !== "object" || read === null) return `${at}: sent an object, read ${JSON.stringify(read)}`;
    const readObject = read as Record<string, unknown>;
    const keys = new Set([...Object.keys(sent), ...Object.keys(readObject).filter((k) => readObject[k] !== undefined)]);
    for (const key of keys) {
      if (!(key in sent)) return `${path}/${key}: not sent, read ${JSON.stringify(readObject[key])}`;
      const found = difference((sent as Record<string, JsonValue>)[key]!, readObject[key], `${path}/${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return Object.is(sent, read) ? undefined : `${at}: sent ${JSON.stringify(sent)}, read ${JSON.stringify(read)}`;
}

function describeError(error: unknown): string {
  if (error === undefined) return "no error was reported";
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// ── writing ─────────────────────────────────────────────────────────────────

export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** Earlier synthetic files this composition no longer produces. */
  readonly removed: readonly string[];
  readonly problems: readonly Problem[];
}

/** Composes and writes; writes nothing when the composition has problems. */
export async function writeSyntheticRecordings(dir: string = syntheticDir): Promise<WriteReport> {
  return writeComposition(await composeSyntheticRecordings(), dir);
}

/**
 * Writes a composition's files as one set (all or nothing, identical files untouched) and only
 * then deletes earlier synthetic files it no longer produces; nothing at all when it has problems.
 */
export async function writeComposition({ files, problems }: Composition, dir: string): Promise<WriteReport> {
  if (problems.length > 0) return { written: [], unchanged: [], removed: [], problems };
  const report = await writeRecordingSet(dir, new Map(files.map((f) => [join(dir, f.name), f.text])), "synthetic");
  return { ...report, problems };
}
