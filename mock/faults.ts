/**
 * Faults on demand. A SPEC is rules separated by `;`, each a kind and `key=value` options:
 *
 *   throttling,rate=0.25,seed=7;model-timeout,operation=Converse;
 *   stream-exception,operation=ConverseStream,after=2,exception=modelStreamErrorException
 *
 * or the same rules as JSON (`{"faults": [{"kind": "throttling", "rate": 0.25}]}`) in a file.
 * A rule applies to requests of its `operation` and `model` (a regex on the model id); with a
 * `rate` below 1 it fires on that share of them, drawn from its own generator seeded by `seed`,
 * so a run is repeatable. The first rule that fires wins.
 */
import { readFileSync } from "node:fs";
import { problem, ProblemsError, type Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";

/** Replies the service sends instead of an answer, by status and `X-Amzn-ErrorType`. */
export const ERROR_FAULTS = {
  throttling: {
    status: 429,
    errorType: "ThrottlingException",
    message: "Too many requests, please wait before trying again.",
  },
  "model-timeout": { status: 408, errorType: "ModelTimeoutException", message: "The model did not answer in time." },
  "service-unavailable": {
    status: 503,
    errorType: "ServiceUnavailableException",
    message: "The service is unavailable. Try again later.",
  },
} as const;

export type ErrorFaultKind = keyof typeof ERROR_FAULTS;
export type FaultKind = ErrorFaultKind | "stream-exception";
const KINDS: readonly FaultKind[] = [...(Object.keys(ERROR_FAULTS) as ErrorFaultKind[]), "stream-exception"];

export interface FaultRule {
  readonly kind: FaultKind;
  readonly operation?: string;
  readonly model?: RegExp;
  readonly rate: number;
  readonly seed: number;
  /** stream-exception: how many frames go out before the exception frame. */
  readonly after: number;
  /** stream-exception: the `:exception-type` of the frame. */
  readonly exception: string;
  readonly message?: string;
}

export interface FaultContext {
  /** Operations whose responses are event streams: the only ones a stream-exception can hit. */
  readonly streamOperations: readonly string[];
  /** Every operation of the spec. */
  readonly operations: readonly string[];
  /** `:exception-type` values the spec's response streams declare. */
  readonly streamExceptions: readonly string[];
}

/** Decides, request by request, which fault (if any) strikes; one generator per rule. */
export class FaultPlan {
  private readonly draws: (() => number)[];
  constructor(readonly rules: readonly FaultRule[]) {
    this.draws = rules.map((rule) => mulberry32(rule.seed));
  }

  /** The first rule matching the request whose draw fires. Every matching rule draws, so one rule's luck does not shift another's. */
  pick(operation: string, modelId: string | undefined, streaming: boolean): FaultRule | undefined {
    let chosen: FaultRule | undefined;
    this.rules.forEach((rule, i) => {
      if (rule.operation !== undefined && rule.operation !== operation) return;
      if (rule.model !== undefined && (modelId === undefined || !rule.model.test(modelId))) return;
      if (rule.kind === "stream-exception" && !streaming) return;
      const fires = rule.rate >= 1 || this.draws[i]!() < rule.rate;
      if (fires && chosen === undefined) chosen = rule;
    });
    return chosen;
  }
}

/** `--faults SPEC`: a file when SPEC names a .json file, else inline rules. `source` names it in problems. */
export function readFaults(spec: string, context: FaultContext): FaultRule[] {
  if (!spec.trim().endsWith(".json")) return parseFaultSpec(spec, context);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(spec, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProblemsError([
      problem(
        error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed",
        { file: spec, reason },
        { file: spec },
      ),
    ]);
  }
  return parseFaultList(value, spec, context);
}

export function parseFaultSpec(spec: string, context: FaultContext): FaultRule[] {
  const entries = spec
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const [kind, ...options] = part.split(",").map((s) => s.trim());
      const entry: Record<string, unknown> = { kind };
      for (const option of options) {
        const eq = option.indexOf("=");
        entry[eq === -1 ? option : option.slice(0, eq)] = eq === -1 ? "" : option.slice(eq + 1);
      }
      return entry;
    });
  return parseFaultList({ faults: entries }, "--faults", context);
}

export function parseFaultList(value: unknown, source: string, context: FaultContext): FaultRule[] {
  const list = isObject(value) ? value["faults"] : undefined;
  if (!Array.isArray(list)) {
    throw new ProblemsError([
      problem("mock/invalid-fault", { rule: "list", detail: 'needs a "faults" array' }, { file: source, pointer: "" }),
    ]);
  }
  const problems: Problem[] = [];
  const rules = list.flatMap((entry, index) => {
    const rule = `#${index}${isObject(entry) && typeof entry["kind"] === "string" ? ` (${entry["kind"]})` : ""}`;
    const before = problems.length;
    const fail = (key: string, detail: string) =>
      problems.push(
        problem(
          "mock/invalid-fault",
          { rule, detail },
          { file: source, pointer: `/faults/${index}${key === "" ? "" : `/${key}`}` },
        ),
      );
    const parsed = isObject(entry) ? parseRule(entry, context, fail) : (fail("", "must be an object"), undefined);
    return parsed !== undefined && problems.length === before ? [parsed] : [];
  });
  if (problems.length > 0) throw new ProblemsError(problems);
  return rules;
}

const OPTIONS = ["kind", "operation", "model", "rate", "seed", "after", "exception", "message"];

function parseRule(
  entry: Record<string, unknown>,
  context: FaultContext,
  fail: (key: string, detail: string) => void,
): FaultRule | undefined {
  for (const key of Object.keys(entry))
    if (!OPTIONS.includes(key)) fail(key, `unknown option; use ${OPTIONS.join(", ")}`);
  const kind = entry["kind"];
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    fail("kind", `must be one of ${KINDS.join(", ")}`);
    return undefined;
  }
  const operation = optionalString(entry, "operation", fail);
  if (operation !== undefined && !context.operations.includes(operation))
    fail("operation", `is not an operation of the spec: ${context.operations.join(", ")}`);
  if (kind === "stream-exception" && operation !== undefined && !context.streamOperations.includes(operation)) {
    fail("operation", `a stream-exception needs a streaming operation: ${context.streamOperations.join(", ")}`);
  }
  let model: RegExp | undefined;
  const modelSource = optionalString(entry, "model", fail);
  if (modelSource !== undefined) {
    try {
      model = new RegExp(modelSource, "u");
    } catch (error) {
      fail("model", `is not a regular expression: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const rate = numberOption(entry, "rate", 1, fail);
  if (!(rate > 0 && rate <= 1)) fail("rate", "must be a number above 0 and at most 1");
  const seed = numberOption(entry, "seed", 1, fail);
  if (!Number.isInteger(seed)) fail("seed", "must be an integer");
  const after = numberOption(entry, "after", 1, fail);
  if (!Number.isInteger(after) || after < 0) fail("after", "must be a whole number of frames (0 or more)");
  const exception = optionalString(entry, "exception", fail) ?? "throttlingException";
  if (!context.streamExceptions.includes(exception))
    fail("exception", `must be an exception the response streams declare: ${context.streamExceptions.join(", ")}`);
  if (kind !== "stream-exception" && (entry["after"] !== undefined || entry["exception"] !== undefined)) {
    fail(entry["after"] !== undefined ? "after" : "exception", "applies only to stream-exception");
  }
  const message = optionalString(entry, "message", fail);
  return {
    kind: kind as FaultKind,
    rate,
    seed,
    after,
    exception,
    ...(operation === undefined ? {} : { operation }),
    ...(model === undefined ? {} : { model }),
    ...(message === undefined ? {} : { message }),
  };
}

function optionalString(
  entry: Record<string, unknown>,
  key: string,
  fail: (key: string, detail: string) => void,
): string | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") {
    fail(key, "must be a non-empty string");
    return undefined;
  }
  return value;
}

/** Numbers come as numbers from JSON and as text from the inline form. */
function numberOption(
  entry: Record<string, unknown>,
  key: string,
  fallback: number,
  fail: (key: string, detail: string) => void,
): number {
  const value = entry[key];
  if (value === undefined) return fallback;
  const number =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (Number.isNaN(number)) fail(key, `must be a number, not ${JSON.stringify(value)}`);
  return Number.isNaN(number) ? fallback : number;
}

/** A small seeded generator: the same seed gives the same faults on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
