/**
 * `startMock()`: a local Bedrock Runtime test double for other projects' test suites. Point an
 * AWS SDK client (or any HTTP client) at the returned URL.
 */
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { OpenAPIV3_1 } from "openapi-types";
import { DEFAULT_BEARER_TOKEN, DEFAULT_CREDENTIALS, type TestCredentials } from "./auth.js";
import { createContract, loadRecordings, recordingsDir, specJsonFile, type Contract } from "./contract.js";
import { FaultPlan, readFaults, type FaultContext, type FaultRule } from "./faults.js";
import { indexRecordings } from "./recording-index.js";
import type { RecordingFile } from "../contract-tests/recording.js";
import { EVENT_STREAM, successShape } from "./replies.js";
import { readScenariosFile, type Scenario } from "./scenarios.js";
import { BIDIRECTIONAL, createMockServer } from "./server.js";

export { DEFAULT_BEARER_TOKEN, DEFAULT_CREDENTIALS, type TestCredentials } from "./auth.js";
export { SCENARIO_HEADER, type Scenario } from "./scenarios.js";
export type { FaultRule } from "./faults.js";

export interface MockOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** The emitted spec, as a document or a JSON file (default: this checkout's spec/). */
  readonly spec?: OpenAPIV3_1.Document | string;
  /** Folder of recordings to answer from (default: contract-tests/recordings); false for none. */
  readonly recordings?: string | false;
  /** A scenarios file, or scenarios already parsed. */
  readonly scenarios?: string | readonly Scenario[];
  /** A fault SPEC (inline rules or a .json file), or rules already parsed. */
  readonly faults?: string | readonly FaultRule[];
  /** Milliseconds between stream frames (default 0). */
  readonly latencyMs?: number;
  /** Milliseconds before a stream's first frame (default 0). */
  readonly firstFrameDelayMs?: number;
  /** Authentication checks; on unless `enabled: false`. */
  readonly auth?: {
    readonly enabled?: boolean;
    readonly credentials?: readonly TestCredentials[];
    readonly bearerTokens?: readonly string[];
  };
}

export interface RunningMock {
  readonly url: string;
  readonly port: number;
  /** How many recordings the mock can answer from. */
  readonly recordings: number;
  close(): Promise<void>;
}

/** Throws ProblemsError for a bad spec, scenarios file or fault rule, before anything listens. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const document = typeof options.spec === "object" ? options.spec : readSpec(options.spec ?? specJsonFile);
  const contract = createContract(document);
  const operations = operationsOf(contract);
  const scenarios =
    typeof options.scenarios === "string"
      ? readScenariosFile(options.scenarios, operations.all)
      : (options.scenarios ?? []);
  const faultRules =
    typeof options.faults === "string"
      ? readFaults(options.faults, faultContext(contract, operations))
      : (options.faults ?? []);
  const loaded = recordingsFor(options.recordings);
  const recordings = indexRecordings(contract, loaded);
  const server = createMockServer({
    contract,
    recordings,
    scenarios,
    faults: new FaultPlan(faultRules),
    auth: {
      enabled: options.auth?.enabled ?? true,
      credentials: options.auth?.credentials ?? [DEFAULT_CREDENTIALS],
      bearerTokens: options.auth?.bearerTokens ?? [DEFAULT_BEARER_TOKEN],
    },
    latencyMs: options.latencyMs ?? 0,
    firstFrameDelayMs: options.firstFrameDelayMs ?? 0,
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    recordings: recordings.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The recordings to answer from. The default folder is this checkout's; an installed package
 * ships none, and then the mock answers from the spec alone. A folder given explicitly must exist.
 */
function recordingsFor(option: string | false | undefined): readonly RecordingFile[] {
  if (option === false || (option === undefined && !existsSync(recordingsDir))) return [];
  return loadRecordings(option ?? recordingsDir).recordings;
}

function readSpec(file: string): OpenAPIV3_1.Document {
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof value !== "object" || value === null || typeof (value as { openapi?: unknown }).openapi !== "string") {
    throw new Error(`${file} is not an OpenAPI document (no openapi version field)`);
  }
  return value as OpenAPIV3_1.Document;
}

interface Operations {
  readonly all: readonly string[];
  readonly streaming: readonly string[];
  /** The stream unions' schema pointers. */
  readonly streamSchemas: readonly string[];
}

function operationsOf(contract: Contract): Operations {
  const all: string[] = [];
  const streaming: string[] = [];
  const streamSchemas: string[] = [];
  for (const [template, item] of Object.entries(contract.document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const id = (operation as { operationId?: unknown } | undefined)?.operationId;
      if (typeof id !== "string") continue;
      all.push(id);
      const shape = successShape(contract, template, method);
      if (shape?.mediaType === EVENT_STREAM && id !== BIDIRECTIONAL) {
        streaming.push(id);
        streamSchemas.push(`${shape.pointer}/schema`);
      }
    }
  }
  return { all, streaming, streamSchemas };
}

function faultContext(contract: Contract, operations: Operations): FaultContext {
  const exceptions = new Set<string>();
  for (const pointer of operations.streamSchemas) {
    for (const rule of contract.frameRules(pointer) ?? [])
      if (rule.messageType === "exception") exceptions.add(rule.type);
  }
  return {
    operations: operations.all,
    streamOperations: operations.streaming,
    streamExceptions: [...exceptions].sort(),
  };
}
