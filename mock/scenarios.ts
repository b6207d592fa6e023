/**
 * Scenario rules: which reply a request gets. A scenarios file is JSON:
 *
 *   { "scenarios": [ { "name": "refusal",
 *       "when": { "operation": "Converse", "modelId": "^anthropic\\.", "scenario": "refusal",
 *                 "body": [ { "pointer": "/messages/0/content/0/text", "contains": "secret" } ] },
 *       "respond": { "recording": "recordings/refusal.json" } } ] }
 *
 * Every condition given must hold (`scenario` compares with the `x-mock-scenario` request
 * header); the first scenario that matches answers. `respond` is a recording file (relative to
 * the scenarios file), an example of the spec by name, or an inline reply: `status`, `headers`
 * and a JSON `body`, or `frames` (`{headers, payload}` as the spec's stream examples write them).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { problem, ProblemsError, type Problem } from "../generator/core/diagnostics.js";
import type { JsonValue } from "../generator/core/json.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { lookup } from "../generator/core/pointer.js";
import type { Recording } from "../contract-tests/recording.js";

export const SCENARIO_HEADER = "x-mock-scenario";

export interface BodyCondition {
  readonly pointer: string;
  readonly equals?: JsonValue;
  readonly contains?: string;
}

export interface ScenarioConditions {
  readonly operation?: string;
  readonly modelId?: RegExp;
  readonly scenario?: string;
  readonly body: readonly BodyCondition[];
}

export interface InlineFrame {
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: JsonValue;
}

export type ScenarioReply =
  | { readonly kind: "recording"; readonly file: string; readonly recording: Recording }
  | { readonly kind: "example"; readonly example: string }
  | {
      readonly kind: "inline";
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly body?: JsonValue;
      readonly frames?: readonly InlineFrame[];
    };

export interface Scenario {
  readonly name: string;
  readonly when: ScenarioConditions;
  readonly respond: ScenarioReply;
}

/** What a scenario can see of a request. */
export interface ScenarioRequest {
  readonly operation: string;
  readonly modelId?: string;
  readonly scenarioHeader?: string;
  readonly body: unknown;
}

export function matchScenario(scenarios: readonly Scenario[], request: ScenarioRequest): Scenario | undefined {
  return scenarios.find((s) => matches(s.when, request));
}

function matches(when: ScenarioConditions, request: ScenarioRequest): boolean {
  if (when.operation !== undefined && when.operation !== request.operation) return false;
  if (when.modelId !== undefined && (request.modelId === undefined || !when.modelId.test(request.modelId)))
    return false;
  if (when.scenario !== undefined && when.scenario !== request.scenarioHeader) return false;
  return when.body.every((condition) => {
    const found = lookup(request.body, condition.pointer);
    if (!found.found) return false;
    if (condition.equals !== undefined && JSON.stringify(found.value) !== JSON.stringify(condition.equals))
      return false;
    if (condition.contains !== undefined) {
      const text = typeof found.value === "string" ? found.value : JSON.stringify(found.value);
      if (!text.includes(condition.contains)) return false;
    }
    return true;
  });
}

/** Reads and checks a scenarios file; every mistake is a problem naming the file, pointer and rule. */
export function readScenariosFile(file: string, operations: readonly string[]): Scenario[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProblemsError([
      problem(error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed", { file, reason }, { file }),
    ]);
  }
  return parseScenarios(value, file, operations);
}

export function parseScenarios(value: unknown, file: string, operations: readonly string[]): Scenario[] {
  const problems: Problem[] = [];
  const list = isObject(value) ? value["scenarios"] : undefined;
  if (!Array.isArray(list)) {
    throw new ProblemsError([
      problem("mock/invalid-scenario", { rule: "file", detail: 'needs a "scenarios" array' }, { file, pointer: "" }),
    ]);
  }
  const scenarios: Scenario[] = [];
  list.forEach((entry, index) => {
    const at = `/scenarios/${index}`;
    const rule = isObject(entry) && typeof entry["name"] === "string" ? `#${index} "${entry["name"]}"` : `#${index}`;
    const fail = (pointer: string, detail: string) =>
      problems.push(problem("mock/invalid-scenario", { rule, detail }, { file, pointer: at + pointer }));
    if (!isObject(entry)) return fail("", "must be an object");
    if (typeof entry["name"] !== "string" || entry["name"] === "") fail("/name", "needs a name (a non-empty string)");
    const when = parseConditions(entry["when"], operations, fail);
    const respond = parseReply(entry["respond"], dirname(file), fail);
    if (when !== undefined && respond !== undefined && typeof entry["name"] === "string") {
      scenarios.push({ name: entry["name"], when, respond });
    }
  });
  if (problems.length > 0) throw new ProblemsError(problems);
  return scenarios;
}

type Fail = (pointer: string, detail: string) => void;

function parseConditions(value: unknown, operations: readonly string[], fail: Fail): ScenarioConditions | undefined {
  if (value === undefined) return { body: [] };
  if (!isObject(value)) return void fail("/when", "must be an object");
  const known = ["operation", "modelId", "scenario", "body"];
  for (const key of Object.keys(value))
    if (!known.includes(key)) fail(`/when/${key}`, `unknown condition; use ${known.join(", ")}`);
  const operation = value["operation"];
  if (operation !== undefined && (typeof operation !== "string" || !operations.includes(operation))) {
    fail("/when/operation", `must be an operation of the spec: ${operations.join(", ")}`);
  }
  let modelId: RegExp | undefined;
  if (value["modelId"] !== undefined) {
    try {
      if (typeof value["modelId"] !== "string") throw new Error("not a string");
      modelId = new RegExp(value["modelId"], "u");
    } catch (error) {
      fail("/when/modelId", `must be a regular expression: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const scenario = value["scenario"];
  if (scenario !== undefined && typeof scenario !== "string") fail("/when/scenario", "must be a string");
  const body = parseBodyConditions(value["body"], fail);
  return {
    body,
    ...(typeof operation === "string" ? { operation } : {}),
    ...(modelId === undefined ? {} : { modelId }),
    ...(typeof scenario === "string" ? { scenario } : {}),
  };
}

function parseBodyConditions(value: unknown, fail: Fail): BodyCondition[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail("/when/body", "must be an array of {pointer, equals | contains}");
    return [];
  }
  const result: BodyCondition[] = [];
  value.forEach((condition, i) => {
    const at = `/when/body/${i}`;
    if (!isObject(condition) || typeof condition["pointer"] !== "string")
      return fail(at, "needs a JSON pointer string in pointer");
    const pointer = condition["pointer"];
    if (pointer !== "" && !pointer.startsWith("/")) return fail(`${at}/pointer`, 'a JSON pointer starts with "/"');
    const hasEquals = Object.hasOwn(condition, "equals");
    const contains = condition["contains"];
    if (!hasEquals && contains === undefined) return fail(at, "needs equals or contains");
    if (contains !== undefined && typeof contains !== "string") return fail(`${at}/contains`, "must be a string");
    result.push({
      pointer,
      ...(hasEquals ? { equals: condition["equals"] as JsonValue } : {}),
      ...(typeof contains === "string" ? { contains } : {}),
    });
  });
  return result;
}

function parseReply(value: unknown, base: string, fail: Fail): ScenarioReply | undefined {
  if (!isObject(value)) return void fail("/respond", "must be an object with recording, example, or status");
  if (typeof value["recording"] === "string") return readRecording(resolvePath(base, value["recording"]), fail);
  if (typeof value["example"] === "string") return { kind: "example", example: value["example"] };
  const status = value["status"];
  if (typeof status !== "number" || !Number.isInteger(status) || status < 200 || status > 599) {
    return void fail("/respond/status", "needs recording, example, or an HTTP status (200-599) for an inline reply");
  }
  const headers = value["headers"] ?? {};
  if (!isObject(headers) || Object.values(headers).some((h) => typeof h !== "string")) {
    return void fail("/respond/headers", "must map header names to strings");
  }
  const frames = value["frames"];
  if (frames !== undefined && !(Array.isArray(frames) && frames.every(isFrame))) {
    return void fail("/respond/frames", "must be an array of {headers: {name: string}, payload: JSON}");
  }
  return {
    kind: "inline",
    status,
    headers: headers as Record<string, string>,
    ...(Object.hasOwn(value, "body") ? { body: value["body"] as JsonValue } : {}),
    ...(frames === undefined ? {} : { frames: frames as InlineFrame[] }),
  };
}

function isFrame(value: unknown): boolean {
  const headers = isObject(value) ? value["headers"] : undefined;
  return (
    isObject(value) &&
    isObject(headers) &&
    Object.values(headers as JsonObject).every((h) => typeof h === "string") &&
    Object.hasOwn(value, "payload")
  );
}

function readRecording(file: string, fail: Fail): ScenarioReply | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return void fail(
      "/respond/recording",
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const response = isObject(value) ? value["response"] : undefined;
  if (!isObject(response) || typeof response["status"] !== "number" || !isObject(response["headers"])) {
    return void fail("/respond/recording", `${file} is not a recording (needs response.status and response.headers)`);
  }
  return { kind: "recording", file, recording: value as unknown as Recording };
}
