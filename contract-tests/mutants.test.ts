/**
 * Proof that the contract checks can fail: real recordings, each broken in memory in exactly one
 * way, must be rejected by validateInteraction with exactly one error — the expected code, at
 * the expected place (a JSON pointer into the recording, or the frame for stream framing), for
 * the expected rule. The unbroken originals must pass, so every rejection below is the
 * mutation's doing.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import { formatProblem, type DiagnosticCode } from "../generator/core/diagnostics.js";
import type { JsonValue } from "../generator/shapes.js";
import { decodeEventStream, encodeEventStream, type DecodedFrame, type MessageHeaderValue } from "./event-stream.js";
import { loadRecordings, specJsonFile } from "./load-recordings.js";
import type { Recording, RecordingFile } from "./recording.js";
import { createContractContext, validateInteraction } from "./validate-interaction.js";

const context = createContractContext(JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document);
const { recordings } = loadRecordings();

const CONVERSE_TOOL_USE = "dd-trace-py/010-Converse.json";
const CONVERSE_STREAM = "otel-python-contrib/003-ConverseStream.json";
const INVOKE_STREAM = "openllmetry-js/002-InvokeModelWithResponseStream.json";
const APPLY_GUARDRAIL = "openinference-py/012-ApplyGuardrail.json";
const INVOKE_VALIDATION_ERROR = "openllmetry/036-InvokeModel.json";

/** A mutable deep copy of a real recording, so each mutant starts from what was captured. */
function original(name: string): { file: string; recording: Mutable<Recording> } {
  const found = recordings.find((r) => r.file.endsWith(`/${name}`));
  assert.ok(found, `recording ${name} is missing`);
  return { file: found.file, recording: structuredClone(found.recording) as Mutable<Recording> };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
type JsonRecord = Record<string, JsonValue>;

/** The JSON value at a path of keys and indexes, as an object to edit in place. */
function at(root: JsonValue | null, ...path: (string | number)[]): JsonRecord {
  let node: unknown = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  assert.ok(typeof node === "object" && node !== null, `nothing to mutate at ${path.join("/")}`);
  return node as JsonRecord;
}

function frames(recording: Mutable<Recording>): DecodedFrame[] {
  return decodeEventStream(Buffer.from(recording.response.bodyBase64!, "base64"));
}

/** Re-encodes the stream after `edit` (the codec recomputes both CRCs: only the edit differs). */
function editFrames(
  recording: Mutable<Recording>,
  edit: (headers: Record<string, MessageHeaderValue>, payload: JsonRecord, index: number) => void,
): void {
  const encoded = frames(recording).map((f) => {
    const headers = { ...(f.headers as Record<string, MessageHeaderValue>) };
    const payload = JSON.parse(new TextDecoder().decode(f.payload)) as JsonRecord;
    edit(headers, payload, f.index);
    return { headers, payload: JSON.stringify(payload) };
  });
  recording.response.bodyBase64 = Buffer.from(encodeEventStream(encoded)).toString("base64");
}

function editBytes(recording: Mutable<Recording>, edit: (bytes: Buffer) => Buffer): void {
  recording.response.bodyBase64 = edit(Buffer.from(recording.response.bodyBase64!, "base64")).toString("base64");
}

interface Expected {
  readonly code: DiagnosticCode;
  readonly pointer: string;
  /** The rule: the schema keyword for schema violations, else a fragment of the message that names it. */
  readonly rule: RegExp;
}

interface Mutant {
  readonly name: string;
  readonly recording: string;
  readonly mutate: (recording: Mutable<Recording>) => void;
  readonly expected: Expected;
}

const schemaRule = (keyword: string, detail = ""): RegExp =>
  new RegExp(`violates "${keyword}"${detail === "" ? "" : `.*${detail}`}`);
/** Framing problems have no JSON pointer inside the bytes: the frame index (and offset) names the place. */
const frameRule = (frame: number, what: string): RegExp => new RegExp(`frame ${frame} at byte \\d+: ${what}`);

const mutants: readonly Mutant[] = [
  // ── Converse: a 200 with tool use ──
  {
    name: "response drops a required member (stopReason)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void delete at(r.response.body)["stopReason"],
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body",
      rule: schemaRule("required", "stopReason"),
    },
  },
  {
    name: "response drops a required member of a nested structure (toolUse.toolUseId)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void delete at(r.response.body, "output", "message", "content", 1, "toolUse")["toolUseId"],
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/output/message/content/1/toolUse",
      rule: schemaRule("required", "toolUseId"),
    },
  },
  {
    name: "response has an unknown enum value (stopReason)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.response.body)["stopReason"] = "teleported"),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/stopReason",
      rule: schemaRule("enum", "end_turn"),
    },
  },
  {
    name: "response content block carries two union members (text and image)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) =>
      void (at(r.response.body, "output", "message", "content", 0)["image"] = {
        format: "png",
        source: { bytes: "iVBORw0KGgo=" },
      }),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/output/message/content/0",
      rule: schemaRule("oneOf"),
    },
  },
  {
    name: "response content block is an empty union {}",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.response.body, "output", "message")["content"] = [{}]),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/output/message/content/0",
      rule: schemaRule("oneOf"),
    },
  },
  {
    name: "response has a number where a string belongs (toolUse.name)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.response.body, "output", "message", "content", 1, "toolUse")["name"] = 42),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/output/message/content/1/toolUse/name",
      rule: schemaRule("type", "string"),
    },
  },
  {
    name: "request breaks a range constraint (inferenceConfig.maxTokens 0)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.request.body, "inferenceConfig")["maxTokens"] = 0),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/inferenceConfig/maxTokens",
      rule: schemaRule("minimum", ">= 1"),
    },
  },
  {
    name: "request breaks a length constraint (a 65-character tool name)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.request.body, "toolConfig", "tools", 0, "toolSpec")["name"] = "t".repeat(65)),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/toolConfig/tools/0/toolSpec/name",
      rule: schemaRule("maxLength", "64"),
    },
  },
  {
    name: "request has an unknown enum value (message role)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.request.body, "messages", 0)["role"] = "robot"),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/messages/0/role",
      rule: schemaRule("enum", "user"),
    },
  },
  {
    name: "request content block is an empty union {}",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.request.body, "messages", 0)["content"] = [{}]),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/messages/0/content/0",
      rule: schemaRule("oneOf"),
    },
  },
  {
    name: "request content block carries two union members (text and image)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) =>
      void (at(r.request.body, "messages", 0, "content", 0)["image"] = {
        format: "png",
        source: { bytes: "iVBORw0KGgo=" },
      }),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/messages/0/content/0",
      rule: schemaRule("oneOf"),
    },
  },
  {
    name: "request has a member the API does not define (strict requests)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (at(r.request.body)["temperature"] = 0.5),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body",
      rule: schemaRule("additionalProperties", "temperature"),
    },
  },
  {
    name: "request image bytes are not base64",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) =>
      void (at(r.request.body, "messages", 0)["content"] = [
        { image: { format: "png", source: { bytes: "not base64!" } } },
      ]),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/messages/0/content/0/image/source/bytes",
      rule: schemaRule("format", "byte"),
    },
  },
  {
    name: "an undeclared status (418)",
    recording: CONVERSE_TOOL_USE,
    mutate: (r) => void (r.response.status = 418),
    expected: { code: "contract/undeclared-status", pointer: "/response/status", rule: /status 418 is not declared/ },
  },

  // ── ConverseStream: messageStart, contentBlockDelta, contentBlockStop, messageStop, metadata ──
  {
    name: "one byte flipped in a frame's prelude (frame 1 prelude CRC)",
    recording: CONVERSE_STREAM,
    mutate: (r) => editBytes(r, (b) => flip(b, frames(r)[1]!.offset + 8)),
    expected: {
      code: "event-stream/prelude-crc",
      pointer: "/response/bodyBase64",
      rule: frameRule(1, "prelude CRC check failed"),
    },
  },
  {
    name: "one byte flipped in a frame's payload (frame 2 message CRC)",
    recording: CONVERSE_STREAM,
    mutate: (r) => editBytes(r, (b) => flip(b, frames(r)[2]!.offset + frames(r)[2]!.length - 10)),
    expected: {
      code: "event-stream/message-crc",
      pointer: "/response/bodyBase64",
      rule: frameRule(2, "message CRC check failed"),
    },
  },
  {
    name: "the stream cut off inside frame 3",
    recording: CONVERSE_STREAM,
    mutate: (r) => editBytes(r, (b) => b.subarray(0, frames(r)[3]!.offset + 50)),
    expected: { code: "event-stream/truncated", pointer: "/response/bodyBase64", rule: frameRule(3, "truncated") },
  },
  {
    name: "an event's :event-type changed to one the union lacks",
    recording: CONVERSE_STREAM,
    mutate: (r) =>
      editFrames(
        r,
        (h, _p, i) => void (i === 2 && (h[":event-type"] = { type: "string", value: "contentBlockHologram" })),
      ),
    expected: {
      code: "contract/unknown-event",
      pointer: "/response/frames/2/headers/:event-type",
      rule: /"contentBlockHologram", which the stream union does not declare/,
    },
  },
  {
    name: "an event payload has an unknown enum value (messageStop.stopReason)",
    recording: CONVERSE_STREAM,
    mutate: (r) => editFrames(r, (_h, p, i) => void (i === 3 && (p["stopReason"] = "teleported"))),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/frames/3/payload/stopReason",
      rule: schemaRule("enum", "max_tokens"),
    },
  },
  {
    name: "an event payload's delta is an empty union {}",
    recording: CONVERSE_STREAM,
    mutate: (r) => editFrames(r, (_h, p, i) => void (i === 1 && (p["delta"] = {}))),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/frames/1/payload/delta",
      rule: schemaRule("oneOf"),
    },
  },

  // ── InvokeModelWithResponseStream: chunks of base64 model output ──
  {
    name: "a chunk's bytes no longer decode to JSON",
    recording: INVOKE_STREAM,
    mutate: (r) =>
      editFrames(
        r,
        (_h, p, i) => void (i === 0 && (p["bytes"] = Buffer.from('{"type": "message_start",').toString("base64"))),
      ),
    expected: {
      code: "contract/chunk-bytes",
      pointer: "/response/frames/0/payload/bytes",
      rule: /decoded bytes are not JSON/,
    },
  },
  {
    // PayloadPart.bytes is optional in the model, so the schema lets it go; the chunk check does not.
    name: "a chunk without bytes",
    recording: INVOKE_STREAM,
    mutate: (r) => editFrames(r, (_h, p, i) => void (i === 0 && delete p["bytes"])),
    expected: { code: "contract/chunk-bytes", pointer: "/response/frames/0/payload/bytes", rule: /bytes is missing/ },
  },

  // ── InvokeModel: a 400 ValidationException (status 400 admits ServiceQuotaExceededException too) ──
  {
    name: "error body has a number where the message belongs",
    recording: INVOKE_VALIDATION_ERROR,
    mutate: (r) => void (at(r.response.body)["message"] = 42),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/message",
      rule: schemaRule("type", "string"),
    },
  },

  // ── ApplyGuardrail ──
  {
    name: "guardrail response has an unknown action",
    recording: APPLY_GUARDRAIL,
    mutate: (r) => void (at(r.response.body)["action"] = "SHRUGGED"),
    expected: {
      code: "contract/schema-violation",
      pointer: "/response/body/action",
      rule: schemaRule("enum", "GUARDRAIL_INTERVENED"),
    },
  },
  {
    name: "guardrail response drops required usage",
    recording: APPLY_GUARDRAIL,
    mutate: (r) => void delete at(r.response.body)["usage"],
    expected: { code: "contract/schema-violation", pointer: "/response/body", rule: schemaRule("required", "usage") },
  },
  {
    name: "guardrail request has a number where the text belongs",
    recording: APPLY_GUARDRAIL,
    mutate: (r) => void (at(r.request.body, "content", 0, "text")["text"] = 7),
    expected: {
      code: "contract/schema-violation",
      pointer: "/request/body/content/0/text/text",
      rule: schemaRule("type", "string"),
    },
  },
  {
    name: "guardrail request has an unknown source",
    recording: APPLY_GUARDRAIL,
    mutate: (r) => void (at(r.request.body)["source"] = "SIDEWAYS"),
    expected: { code: "contract/schema-violation", pointer: "/request/body/source", rule: schemaRule("enum", "INPUT") },
  },
];

function flip(bytes: Buffer, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

function errorsOf(entry: RecordingFile): ReturnType<typeof validateInteraction>["problems"] {
  return validateInteraction(entry, context).problems.filter((p) => p.severity === "error");
}

describe("mutants: real recordings broken in one way each are rejected precisely", () => {
  for (const name of [...new Set(mutants.map((m) => m.recording))]) {
    it(`the original ${name} passes`, () => {
      const entry = original(name);
      const result = validateInteraction(entry, context);
      assert.equal(result.verdict, "passed", result.problems.map(formatProblem).join("\n"));
      assert.deepEqual(result.problems.map(formatProblem), []);
    });
  }

  for (const mutant of mutants) {
    it(`${mutant.recording}: ${mutant.name}`, () => {
      const entry = original(mutant.recording);
      mutant.mutate(entry.recording);
      const errors = errorsOf(entry);
      const shown = errors.map(formatProblem).join("\n");
      assert.deepEqual(
        errors.map((p) => [p.code, p.pointer, p.file]),
        [[mutant.expected.code, mutant.expected.pointer, entry.file]],
        shown,
      );
      assert.match(errors[0]!.message, mutant.expected.rule);
    });
  }
});
