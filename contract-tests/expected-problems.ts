/**
 * Known client mistakes. Some recorded clients send request members the API does not define and
 * the service answers anyway (it ignores unknown members). Our request schemas stay strict — a
 * member the service silently ignores is a bug in the client — so those recordings fail them.
 * One reviewed file beside the recordings, `expected-problems.json`, names each such problem
 * exactly (code, pointer, member) with the reason it is the client's mistake.
 *
 * A recording with expectations passes, as "client mistakes", only when its error problems are
 * exactly the expected ones (reviewed-list.ts): an extra problem fails it, and so does an expected
 * one that no longer occurs (stale), so the list cannot hide a new failure or outlive the
 * mistakes it names.
 * Only request problems about a named member can be listed: what the service sends is described
 * by the spec, never excused. The one exception is a recorder artefact (`"artefact": true`): a
 * body the recording's author wrote by hand instead of capturing it (mock responses in a test
 * suite), which the reason must say; it may point into the response and need not name a member.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnostics, problem, type DiagnosticCode, type Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";
import type { ContractProblem } from "./contract-scope.js";
import { displayPath } from "./load-recordings.js";
import { reconcile } from "./reviewed-list.js";
import { childPointer } from "../generator/core/pointer.js";
import { errorMessage } from "../generator/core/errors.js";

export const EXPECTED_PROBLEMS_FILE = "expected-problems.json";

export interface ExpectedProblem {
  readonly code: DiagnosticCode;
  /** Pointer into the recording, as the problem reports it (the object holding the member). */
  readonly pointer: string;
  /** The offending member; optional only for recorder artefacts (an enum value has no member). */
  readonly member?: string;
  readonly reason: string;
  /** True when the recording's author made the body up (not a client mistake the service saw). */
  readonly artefact?: boolean;
}

export interface RecordingExpectation {
  /** Path of the recording relative to the recordings folder, `/`-separated. */
  readonly recording: string;
  readonly problems: readonly ExpectedProblem[];
  /** Where the entry sits in the expectations file, for problems about it. */
  readonly pointer: string;
}

export interface Expectations {
  /** The file they were read from, or undefined when the recordings folder has none. */
  readonly file: string | undefined;
  readonly byRecording: ReadonlyMap<string, RecordingExpectation>;
  /** An unreadable file or a malformed entry; a malformed entry excuses nothing. */
  readonly problems: readonly Problem[];
}

/** Reads `<recordingsDir>/expected-problems.json`; no file means no expectations. */
export function readExpectations(recordingsDir: string): Expectations {
  const path = join(recordingsDir, EXPECTED_PROBLEMS_FILE);
  if (!existsSync(path)) return { file: undefined, byRecording: new Map(), problems: [] };
  const file = displayPath(path);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = errorMessage(error);
    const code = error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed";
    return { file, byRecording: new Map(), problems: [problem(code, { file, reason }, { file })] };
  }
  return { file, ...parseExpectations(value, file) };
}

type Parsed = Pick<Expectations, "byRecording" | "problems">;

export function parseExpectations(value: unknown, file: string): Parsed {
  const problems: Problem[] = [];
  const invalid = (pointer: string, detail: string): void => {
    problems.push(problem("contract/invalid-expectation", { detail }, { file, pointer }));
  };
  const byRecording = new Map<string, RecordingExpectation>();
  if (!isObject(value) || !Array.isArray(value["expectations"])) {
    invalid("", 'must be an object with an "expectations" array');
    return { byRecording, problems };
  }
  unknownKeys(value, ["description", "expectations"], "", invalid);
  value["expectations"].forEach((entry: unknown, i) => {
    const at = childPointer("/expectations", i);
    const parsed = parseEntry(entry, at, invalid);
    if (parsed === undefined) return;
    if (byRecording.has(parsed.recording))
      invalid(childPointer(at, "recording"), `${parsed.recording} is listed twice`);
    else byRecording.set(parsed.recording, parsed);
  });
  return { byRecording, problems };
}

type Invalid = (pointer: string, detail: string) => void;

function parseEntry(entry: unknown, at: string, invalid: Invalid): RecordingExpectation | undefined {
  if (
    !isObject(entry) ||
    typeof entry["recording"] !== "string" ||
    !Array.isArray(entry["problems"]) ||
    entry["problems"].length === 0
  ) {
    invalid(at, 'each entry needs "recording" (a path inside the recordings folder) and a non-empty "problems" array');
    return undefined;
  }
  unknownKeys(entry, ["recording", "problems"], at, invalid);
  const problems: ExpectedProblem[] = [];
  let ok = true;
  entry["problems"].forEach((item: unknown, j) => {
    const parsed = parseProblem(item, childPointer(at, "problems", j), invalid);
    if (parsed === undefined) ok = false;
    else if (problems.some((p) => keyOf(p) === keyOf(parsed))) {
      invalid(childPointer(at, "problems", j), "the same problem is listed twice");
      ok = false;
    } else problems.push(parsed);
  });
  return ok ? { recording: entry["recording"], problems, pointer: at } : undefined;
}

function parseProblem(item: unknown, at: string, invalid: Invalid): ExpectedProblem | undefined {
  if (!isObject(item)) {
    invalid(at, "each expected problem must be an object");
    return undefined;
  }
  unknownKeys(item, ["code", "pointer", "member", "reason", "artefact"], at, invalid);
  const { code, pointer, member, reason, artefact } = item;
  if (artefact !== undefined && artefact !== true) invalid(at, '"artefact" may only be true');
  const isArtefact = artefact === true;
  const failures: string[] = [];
  if (typeof code !== "string" || !(code in diagnostics) || diagnostics[code as DiagnosticCode].severity !== "error") {
    failures.push(`"code" must be an error code of generator/core/diagnostics.ts, not ${JSON.stringify(code)}`);
  }
  const inRequest = typeof pointer === "string" && pointer.startsWith("/request/");
  const inResponse = typeof pointer === "string" && pointer.startsWith("/response/");
  if (!(inRequest || (isArtefact && inResponse))) {
    const where = isArtefact
      ? "into the request or the response"
      : "into the request (a client mistake is in what the client sent)";
    failures.push(`"pointer" must point ${where}, not ${JSON.stringify(pointer)}`);
  }
  if (!(isArtefact && member === undefined) && (typeof member !== "string" || member === ""))
    failures.push('"member" must name the offending member');
  if (typeof reason !== "string" || reason.trim() === "")
    failures.push('"reason" must say why this is the client\'s mistake');
  for (const detail of failures) invalid(at, detail);
  if (failures.length > 0) return undefined;
  return {
    code: code as DiagnosticCode,
    pointer: pointer as string,
    ...(typeof member === "string" ? { member } : {}),
    reason: reason as string,
    ...(isArtefact ? { artefact: true } : {}),
  };
}

function unknownKeys(
  value: Readonly<Record<string, unknown>>,
  known: readonly string[],
  at: string,
  invalid: Invalid,
): void {
  for (const key of Object.keys(value))
    if (!known.includes(key)) invalid(childPointer(at, key), `unknown key "${key}"`);
}

export interface Judgement {
  readonly outcome: "client-mistakes" | "failed";
  readonly problems: readonly ContractProblem[];
}

/**
 * Compares a recording's error problems with its expected ones, exactly (reviewed-list.ts).
 * Matched problems become `contract/client-mistake` warnings carrying the reason; unmatched ones
 * stay errors; expected ones that did not occur become `contract/stale-expectation` errors at the
 * expected pointer.
 */
export function judge(
  file: string,
  problems: readonly ContractProblem[],
  expectation: RecordingExpectation,
): Judgement {
  const errors = problems.filter((p) => p.severity === "error");
  const { listed, unlisted, stale } = reconcile(expectation.problems, errors, keyOf, keyOf);
  const judged = problems.map((found): ContractProblem => {
    const expected = listed.get(found);
    if (expected === undefined) return found;
    const excused = problem(
      "contract/client-mistake",
      { detail: found.message, reason: expected.reason },
      { file, ...pointerOf(found) },
    );
    return expected.member === undefined ? excused : { ...excused, member: expected.member };
  });
  for (const expected of stale) {
    const staleProblem = problem(
      "contract/stale-expectation",
      { expected: describe(expected), reason: expected.reason },
      { file, pointer: expected.pointer },
    );
    judged.push(expected.member === undefined ? staleProblem : { ...staleProblem, member: expected.member });
  }
  return { outcome: unlisted.length > 0 || stale.length > 0 ? "failed" : "client-mistakes", problems: judged };
}

/** Expectations whose recording is not in the folder: stale, since nothing can match them. */
export function expectationsWithoutRecording(expectations: Expectations, present: ReadonlySet<string>): Problem[] {
  const file = expectations.file;
  return [...expectations.byRecording.values()]
    .filter((e) => !present.has(e.recording))
    .map((e) => {
      const expected = `${e.problems.map(describe).join(", ")} in ${e.recording} (no such recording)`;
      const reason = e.problems.map((p) => p.reason).join("; ");
      return problem(
        "contract/stale-expectation",
        { expected, reason },
        { ...(file === undefined ? {} : { file }), pointer: childPointer(e.pointer, "recording") },
      );
    });
}

function describe(e: ExpectedProblem): string {
  return `[${e.code}] at ${e.pointer}${e.member === undefined ? "" : ` on member "${e.member}"`}`;
}

function keyOf(p: { readonly code: string; readonly pointer?: string; readonly member?: string }): string {
  return JSON.stringify([p.code, p.pointer ?? "", p.member ?? ""]);
}

function pointerOf(p: Problem): { pointer?: string } {
  return p.pointer === undefined ? {} : { pointer: p.pointer };
}
