/**
 * `bedrock-openapi record`: runs scenarios against the real service with the real SDK and
 * writes what went over the wire, one recording per exchange.
 *
 * Order of work for each exchange: capture (in memory) → build the recording → redact →
 * check for leaks → write atomically. Nothing reaches the disk before the leak check passes.
 * An HTTP error is recorded like any response (error traffic is what the spec's error
 * responses are proven against); an exchange with no response is reported, not recorded.
 */
import { createRequire } from "node:module";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import type { JsonValue } from "../generator/shapes.js";
import { CapturingHandler, type CapturedRequest, type CapturedResponse } from "./capture.js";
import { recordableOperations } from "./recordable-operations.js";
import {
  findLeaks,
  isEventStream,
  knownSecrets,
  redactRecording,
  redactText,
  type KnownSecret,
  type RedactionKind,
} from "./redact.js";
import type { RecordedRequest, RecordedResponse, Recording } from "./recording.js";
import { loadScenarios, type Scenario } from "./scenarios.js";
import { findHeader } from "../generator/core/http.js";
import { serializeRecording, writeNumberedRecording } from "./recording-files.js";

export interface RecordOptions {
  readonly scenariosFile: string;
  readonly outDir: string;
  readonly region: string;
  /** Overrides the regional endpoint (tests point it at a local server). */
  readonly endpoint?: string;
  /** Called once per recording written, as it is written. */
  readonly onWritten?: (written: WrittenRecording) => void;
}

export interface WrittenRecording {
  readonly scenario: string;
  readonly operation: string;
  readonly file: string;
  readonly status: number;
  readonly errorType?: string;
}

export interface RecordResult {
  readonly written: readonly WrittenRecording[];
  /** Scenario file problems (then nothing ran), transport failures, refused writes. */
  readonly problems: readonly Problem[];
}

const sdkVersion = (
  createRequire(import.meta.url)("@aws-sdk/client-bedrock-runtime/package.json") as { version: string }
).version;
const TOOL = `bedrock-openapi record (@aws-sdk/client-bedrock-runtime ${sdkVersion}, NodeHttpHandler HTTP/1.1)`;

export async function record(options: RecordOptions): Promise<RecordResult> {
  const loaded = await loadScenarios(options.scenariosFile);
  if (loaded.problems.length > 0) return { written: [], problems: loaded.problems };

  const handler = new CapturingHandler();
  // One attempt per scenario: a retry would hide the error response we want to record.
  const client = new BedrockRuntimeClient({
    region: options.region,
    requestHandler: handler,
    maxAttempts: 1,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  });
  const written: WrittenRecording[] = [];
  const problems: Problem[] = [];
  try {
    const secrets = await resolveSecrets(client);
    for (const scenario of loaded.scenarios) {
      const outcome = await runScenario(client, handler, scenario, secrets, options.outDir);
      for (const item of outcome.written) {
        written.push(item);
        options.onWritten?.(item);
      }
      problems.push(...outcome.problems);
    }
  } finally {
    client.destroy();
  }
  return { written, problems };
}

/** The values this run signs with, so that they are scrubbed wherever they are echoed. */
async function resolveSecrets(client: BedrockRuntimeClient): Promise<KnownSecret[]> {
  let credentials;
  try {
    credentials = await client.config.credentials();
  } catch {
    // No SigV4 credentials (a bearer-token-only setup, or none at all): each scenario will
    // then report its own failure; there is simply nothing to scrub by value.
  }
  return knownSecrets(credentials, process.env["AWS_BEARER_TOKEN_BEDROCK"]);
}

interface ScenarioOutcome {
  readonly written: readonly WrittenRecording[];
  readonly problems: readonly Problem[];
}

async function runScenario(
  client: BedrockRuntimeClient,
  handler: CapturingHandler,
  scenario: Scenario,
  secrets: readonly KnownSecret[],
  outDir: string,
): Promise<ScenarioOutcome> {
  const subject = { scenario: scenario.name, operation: scenario.operation };
  let sdkError: unknown;
  try {
    await recordableOperations[scenario.operation].send(client, scenario.input);
  } catch (error) {
    sdkError = error;
  }
  const attempts = handler.takeAttempts();
  if (attempts.length === 0) {
    return {
      written: [],
      problems: [problem("recorder/not-sent", { ...subject, reason: redactText(describeError(sdkError), secrets) })],
    };
  }
  const written: WrittenRecording[] = [];
  const problems: Problem[] = [];
  for (const attempt of attempts) {
    if ("failure" in attempt) {
      problems.push(
        problem("recorder/transport-failed", {
          ...subject,
          reason: redactText(describeError(attempt.failure), secrets),
        }),
      );
      continue;
    }
    const recording = buildRecording(scenario, attempt.request, attempt.response, sdkError);
    const redacted = redactRecording(recording, secrets);
    if (redacted.unframed !== undefined) {
      problems.push(problem("recorder/stream-unframed", { scenario: scenario.name, reason: redacted.unframed }));
    }
    const final: Recording = {
      ...redacted.recording,
      notes: [...redacted.recording.notes, ...redactionNotes(redacted.redacted)],
    };
    const leaks = findLeaks(serializeRecording(final), secrets);
    if (leaks.length > 0) {
      problems.push(problem("recorder/secret-left", { scenario: scenario.name, found: leaks.join(", ") }));
      continue;
    }
    try {
      const file = await writeNumberedRecording(outDir, final);
      const errorType = final.meta["errorType"];
      written.push({
        ...subject,
        file,
        status: final.response.status,
        ...(typeof errorType === "string" ? { errorType } : {}),
      });
    } catch (error) {
      problems.push(problem("io/write-failed", { file: outDir, reason: describeError(error) }));
    }
  }
  return { written, problems };
}

/** The exchange as the recording format holds it; secrets are still in it at this point. */
export function buildRecording(
  scenario: Scenario,
  request: CapturedRequest,
  response: CapturedResponse,
  sdkError: unknown,
  recordedAt: Date = new Date(),
): Recording {
  const meta: Record<string, JsonValue> = {};
  const modelId = scenario.input["modelId"];
  if (typeof modelId === "string") meta["modelId"] = modelId;
  const errorType = findHeader(response.headers, "x-amzn-errortype")?.split(":")[0];
  if (errorType !== undefined) meta["errorType"] = errorType;
  const notes: string[] = [];
  if (sdkError !== undefined && response.status < 300) {
    // A success status with an SDK failure: an in-stream exception, or a body the SDK could not read.
    meta["sdkError"] = errorName(sdkError);
    notes.push(`the SDK reported ${describeError(sdkError)} while reading this response`);
  }
  const url = new URL(request.url);
  return {
    operation: scenario.operation,
    provenance: {
      kind: "recorded",
      scenario: scenario.name,
      recordedAt: recordedAt.toISOString(),
      endpoint: url.origin,
      tool: TOOL,
    },
    request: {
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...encodeBody(request.body, request.headers),
    },
    response: { status: response.status, headers: response.headers, ...encodeBody(response.body, response.headers) },
    notes,
    meta,
  };
}

/** JSON bodies are kept parsed; anything else, and every event stream, as base64 bytes. */
function encodeBody(
  body: Uint8Array,
  headers: Readonly<Record<string, string>>,
): Pick<RecordedRequest & RecordedResponse, "body" | "bodyBase64"> {
  if (body.length === 0) return { body: null };
  const base64 = { body: null, bodyBase64: Buffer.from(body).toString("base64") };
  if (isEventStream(headers)) return base64;
  try {
    return { body: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)) as JsonValue };
  } catch {
    return base64;
  }
}

function redactionNotes(kinds: ReadonlySet<RedactionKind>): string[] {
  return kinds.size === 0 ? [] : [`redacted by the recorder: ${[...kinds].sort().join(", ")}`];
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function describeError(error: unknown): string {
  if (error === undefined) return "no error was reported";
  if (!(error instanceof Error)) return String(error);
  const code = errorCode(error);
  return `${error.name}${code === undefined ? "" : ` (${code})`}: ${error.message}`;
}
