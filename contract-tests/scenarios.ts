/**
 * The scenarios file `bedrock-openapi record` runs: a JSON array of
 * `{ "name": string, "operation": string, "input": object }`, where `operation` is an SDK
 * command name without the `Command` suffix and `input` is that command's input, written in
 * JSON:
 * - blob members named `body` (InvokeModel, InvokeModelWithResponseStream, and CountTokens'
 *   `input.invokeModel.body`) are the model's request document: give any JSON value, it is
 *   sent serialized;
 * - every other blob (image, document, video and audio bytes, redacted reasoning) is a base64
 *   string;
 * - timestamps are ISO 8601 strings or epoch seconds.
 *
 * The input is walked alongside the SDK's own input schema. Only what the recorder must
 * convert, and what the SDK would otherwise drop without a word (unknown member names), is
 * checked; required members, ranges and unions are left to the service, so a scenario can
 * record a validation error on purpose.
 */
import { readFile } from "node:fs/promises";
import { NormalizedSchema } from "@smithy/core/schema";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import type { JsonValue } from "../generator/shapes.js";
import { isObject } from "../generator/core/json.js";
import { escapeToken } from "../generator/core/pointer.js";
import {
  isRecordableOperation,
  recordableOperationNames,
  recordableOperations,
  type RecordableOperationName,
} from "./recordable-operations.js";
import { errorMessage } from "../generator/core/errors.js";
import { isCanonicalBase64 } from "../generator/core/base64.js";

/** A scenario input value as the SDK takes it: JSON, plus bytes for blobs and dates for timestamps. */
export type SdkValue = JsonValue | Uint8Array | Date | readonly SdkValue[] | { readonly [key: string]: SdkValue };

export interface Scenario {
  /** Position in the file, for messages. */
  readonly index: number;
  readonly name: string;
  readonly operation: RecordableOperationName;
  /** The command input, converted for the SDK. */
  readonly input: { readonly [member: string]: SdkValue };
}

export interface LoadedScenarios {
  readonly scenarios: readonly Scenario[];
  readonly problems: readonly Problem[];
}

const SCENARIO_KEYS = ["name", "operation", "input"] as const;

/** Reads and checks a scenarios file; any problem means no scenario should run. */
export async function loadScenarios(file: string): Promise<LoadedScenarios> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { scenarios: [], problems: [problem("io/read-failed", { file, reason: errorMessage(error) })] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { scenarios: [], problems: [problem("io/parse-failed", { file, reason: errorMessage(error) })] };
  }
  return parseScenarios(parsed, file);
}

/** Checks an already parsed scenarios document; `file` only labels the problems. */
export function parseScenarios(document: unknown, file: string): LoadedScenarios {
  if (!Array.isArray(document)) {
    return {
      scenarios: [],
      problems: [
        problem(
          "recorder/scenarios-file",
          { detail: `must hold a JSON array of scenarios, not ${describe(document)}` },
          { file, pointer: "" },
        ),
      ],
    };
  }
  if (document.length === 0) {
    return {
      scenarios: [],
      problems: [problem("recorder/scenarios-file", { detail: "lists no scenarios" }, { file, pointer: "" })],
    };
  }
  const problems: Problem[] = [];
  const scenarios: Scenario[] = [];
  const firstIndexOfName = new Map<string, number>();
  document.forEach((entry: unknown, index) => {
    const issues: Issue[] = [];
    const scenario = checkScenario(entry, index, issues);
    if (scenario !== undefined) {
      const earlier = firstIndexOfName.get(scenario.name);
      if (earlier !== undefined)
        issues.push({
          pointer: `/${index}/name`,
          detail: `the name "${scenario.name}" is already used by scenario ${earlier}`,
        });
      else firstIndexOfName.set(scenario.name, index);
    }
    const name = isObject(entry) && typeof entry["name"] === "string" ? entry["name"] : undefined;
    for (const issue of issues) {
      problems.push(
        problem("recorder/invalid-scenario", { index, name, detail: issue.detail }, { file, pointer: issue.pointer }),
      );
    }
    if (scenario !== undefined && issues.length === 0) scenarios.push(scenario);
  });
  return { scenarios: problems.length === 0 ? scenarios : [], problems };
}

interface Issue {
  readonly pointer: string;
  readonly detail: string;
}

function checkScenario(entry: unknown, index: number, issues: Issue[]): Scenario | undefined {
  const at = `/${index}`;
  if (!isObject(entry)) {
    issues.push({ pointer: at, detail: `must be an object with ${SCENARIO_KEYS.join(", ")}, not ${describe(entry)}` });
    return undefined;
  }
  for (const key of Object.keys(entry)) {
    if (!(SCENARIO_KEYS as readonly string[]).includes(key)) {
      issues.push({
        pointer: `${at}/${escapeToken(key)}`,
        detail: `unknown key "${key}"; a scenario has only ${SCENARIO_KEYS.join(", ")}`,
      });
    }
  }
  const { name, operation, input } = entry;
  if (typeof name !== "string" || name.trim() === "") {
    issues.push({ pointer: `${at}/name`, detail: `"name" must be a non-empty string, not ${describe(name)}` });
  }
  let operationName: RecordableOperationName | undefined;
  if (typeof operation !== "string") {
    issues.push({
      pointer: `${at}/operation`,
      detail: `"operation" must be a string naming one of ${recordableOperationNames.join(", ")}, not ${describe(operation)}`,
    });
  } else if (operation === "InvokeModelWithBidirectionalStream") {
    issues.push({
      pointer: `${at}/operation`,
      detail: "InvokeModelWithBidirectionalStream runs only over HTTP/2 and cannot be recorded",
    });
  } else if (!isRecordableOperation(operation)) {
    issues.push({
      pointer: `${at}/operation`,
      detail: `"${operation}" is not a Bedrock Runtime operation; expected one of ${recordableOperationNames.join(", ")}`,
    });
  } else {
    operationName = operation;
  }
  if (!isObject(input)) {
    issues.push({
      pointer: `${at}/input`,
      detail: `"input" must be an object (the SDK command input), not ${describe(input)}`,
    });
    return undefined;
  }
  if (operationName === undefined) return undefined;
  const schema = NormalizedSchema.of(recordableOperations[operationName].inputSchema);
  const converted = convert(input, schema, `${at}/input`, issues);
  if (!isObject(converted) || typeof name !== "string") return undefined;
  return { index, name, operation: operationName, input: converted };
}

/** Converts one JSON value to what the SDK expects at `schema`, reporting what cannot be sent. */
function convert(value: unknown, schema: NormalizedSchema, pointer: string, issues: Issue[]): SdkValue | undefined {
  if (schema.isDocumentSchema()) return value as JsonValue;
  if (value === null) {
    issues.push({ pointer, detail: "null cannot be sent; leave the member out instead" });
    return undefined;
  }
  if (schema.isBlobSchema()) return convertBlob(value, schema, pointer, issues);
  if (schema.isTimestampSchema()) return convertTimestamp(value, pointer, issues);
  if (schema.isListSchema()) {
    if (!Array.isArray(value)) {
      issues.push({ pointer, detail: `expected a list (${schema.getName() ?? "array"}), not ${describe(value)}` });
      return undefined;
    }
    const member = schema.getValueSchema();
    return value.map((item: unknown, i) => convert(item, member, `${pointer}/${i}`, issues) ?? null);
  }
  if (schema.isMapSchema()) {
    if (!isObject(value)) {
      issues.push({ pointer, detail: `expected a map (${schema.getName() ?? "object"}), not ${describe(value)}` });
      return undefined;
    }
    const member = schema.getValueSchema();
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        convert(item, member, `${pointer}/${escapeToken(key)}`, issues) ?? null,
      ]),
    );
  }
  if (schema.isStructSchema()) {
    if (!isObject(value)) {
      issues.push({
        pointer,
        detail: `expected an object (${schema.getName() ?? "structure"}), not ${describe(value)}`,
      });
      return undefined;
    }
    const members = schema.getMemberSchemas();
    const result: Record<string, SdkValue> = {};
    for (const [key, item] of Object.entries(value)) {
      const member = members[key];
      if (member === undefined) {
        const expected = Object.keys(members).join(", ");
        issues.push({
          pointer: `${pointer}/${escapeToken(key)}`,
          detail: `unknown member "${key}" of ${schema.getName() ?? "this structure"}; expected one of ${expected}`,
        });
        continue;
      }
      const converted = convert(item, member, `${pointer}/${escapeToken(key)}`, issues);
      if (converted !== undefined) result[key] = converted;
    }
    return result;
  }
  // Scalars go as written: a wrong type is the service's to reject, and worth recording.
  return value as JsonValue;
}

function convertBlob(
  value: unknown,
  schema: NormalizedSchema,
  pointer: string,
  issues: Issue[],
): Uint8Array | undefined {
  if (schema.isMemberSchema() && schema.getMemberName() === "body") {
    return new TextEncoder().encode(JSON.stringify(value));
  }
  if (typeof value !== "string" || !isCanonicalBase64(value)) {
    issues.push({ pointer, detail: `expected the bytes as a base64 string, not ${describe(value)}` });
    return undefined;
  }
  return new Uint8Array(Buffer.from(value, "base64"));
}

function convertTimestamp(value: unknown, pointer: string, issues: Issue[]): Date | undefined {
  const date =
    typeof value === "number"
      ? new Date(value * 1000)
      : typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? new Date(value)
        : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    issues.push({
      pointer,
      detail: `expected a timestamp (an ISO 8601 date-time or epoch seconds), not ${describe(value)}`,
    });
    return undefined;
  }
  return date;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}
