/**
 * Test support for the provider families: the families of this folder in matching order, one
 * strict AJV 2020 instance holding every family schema under `$defs`, and the recordings of
 * InvokeModel traffic read straight from contract-tests/recordings.
 */
import { compareCodeUnits } from "../../core/compare.js";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { fromUtf8, toUtf8 } from "@smithy/core/serde";
import type { JsonValue } from "../../shapes.js";
import { ai21Families } from "./ai21.js";
import { cohereFamilies } from "./cohere.js";
import { deepseekFamilies } from "./deepseek.js";
import type { JsonSchema, ModelFamily } from "./family.js";
import { metaFamilies } from "./meta.js";
import { mistralFamilies } from "./mistral.js";
import { openaiFamilies } from "./openai.js";
import { qwenFamilies } from "./qwen.js";

/** Provider files and their families, in the order the index concatenates them. */
export const familiesByProvider: Readonly<Record<string, readonly ModelFamily[]>> = {
  cohere: cohereFamilies,
  meta: metaFamilies,
  mistral: mistralFamilies,
  ai21: ai21Families,
  openai: openaiFamilies,
  deepseek: deepseekFamilies,
  qwen: qwenFamilies,
};

export const allFamilies: readonly ModelFamily[] = Object.values(familiesByProvider).flat();

/** First family whose pattern matches, as the contract prescribes (`u` flag, decoded id). */
export function familyFor(modelId: string, families: readonly ModelFamily[] = allFamilies): ModelFamily | undefined {
  return families.find((f) => f.modelIdPatterns.some((p) => new RegExp(p, "u").test(modelId)));
}

const DEFS_ID = "provider-families";
const COMPONENT_PREFIX = "#/components/schemas/";

function rewriteRefs(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_PREFIX)
        ? [key, `#/$defs/${value.slice(COMPONENT_PREFIX.length)}`]
        : [key, rewriteRefs(value)],
    ),
  );
}

/** Every component of every family, keyed by name; throws on a name two families both define. */
export function allComponents(families: readonly ModelFamily[] = allFamilies): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const family of families) {
    for (const [name, schema] of Object.entries(family.schemas)) {
      if (name in out) throw new Error(`component ${name} is defined twice (again by ${family.family})`);
      out[name] = schema;
    }
  }
  return out;
}

/** A strict AJV holding `components` under `$defs`; `validator(name)` compiles one of them. */
export function compileComponents(components: Record<string, JsonSchema>): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajvFormats.default(ajv);
  ajv.addFormat("byte", {
    type: "string",
    validate: (v: string) => /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0,
  });
  ajv.addSchema({ $id: DEFS_ID, $defs: rewriteRefs(components) as Record<string, JsonValue> });
  return (name) => {
    const run = ajv.getSchema(`${DEFS_ID}#/$defs/${name}`);
    if (!run) throw new Error(`no component ${name}`);
    return run;
  };
}

export interface InvokeRecording {
  /** Path relative to contract-tests/recordings. */
  readonly file: string;
  readonly operation: "InvokeModel" | "InvokeModelWithResponseStream";
  readonly modelId: string;
  readonly status: number;
  readonly setAside?: string;
  readonly requestBody: JsonValue | null;
  readonly responseBody: JsonValue | null;
  /** The JSON inside each `chunk` event's `bytes`, in order (streams with status 200 only). */
  readonly chunks: readonly JsonValue[];
}

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const recordingsDir = path.join(repoRoot, "contract-tests", "recordings");

function jsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

interface RawRecording {
  readonly operation?: unknown;
  readonly setAside?: string;
  readonly request?: { readonly url?: string; readonly body?: JsonValue | null };
  readonly response?: { readonly status?: number; readonly body?: JsonValue | null; readonly bodyBase64?: string };
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** The JSON of each `chunk` event of an event stream; throws on a frame that is not well-formed. */
export function decodeChunks(bytes: Uint8Array): JsonValue[] {
  const chunks: JsonValue[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < bytes.byteLength; ) {
    const length = view.getUint32(offset, false);
    const message = codec.decode(bytes.subarray(offset, offset + length));
    offset += length;
    if (message.headers[":event-type"]?.value !== "chunk") continue;
    const payload = JSON.parse(toUtf8(message.body)) as { bytes?: string };
    if (typeof payload.bytes !== "string") throw new Error("a chunk event without base64 `bytes`");
    chunks.push(JSON.parse(Buffer.from(payload.bytes, "base64").toString("utf8")) as JsonValue);
  }
  return chunks;
}

/** Every InvokeModel / InvokeModelWithResponseStream recording, with its percent-decoded model id. */
export function loadInvokeRecordings(): InvokeRecording[] {
  const out: InvokeRecording[] = [];
  for (const full of jsonFiles(recordingsDir)) {
    const raw = JSON.parse(fs.readFileSync(full, "utf8")) as RawRecording;
    if (raw.operation !== "InvokeModel" && raw.operation !== "InvokeModelWithResponseStream") continue;
    const match = /\/model\/([^/]+)\/invoke/.exec(raw.request?.url ?? "");
    if (!match?.[1]) continue;
    const status = raw.response?.status ?? 0;
    const streamed = raw.operation === "InvokeModelWithResponseStream" && status === 200 && raw.response?.bodyBase64;
    out.push({
      file: path.relative(recordingsDir, full),
      operation: raw.operation,
      modelId: decodeURIComponent(match[1]),
      status,
      ...(raw.setAside === undefined ? {} : { setAside: raw.setAside }),
      requestBody: raw.request?.body ?? null,
      responseBody: raw.response?.body ?? null,
      chunks: streamed ? decodeChunks(Buffer.from(raw.response?.bodyBase64 ?? "", "base64")) : [],
    });
  }
  return out.sort((a, b) => compareCodeUnits(a.file, b.file));
}
