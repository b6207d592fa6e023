/**
 * Runs the contract: every recording against the emitted spec, judged against the known client
 * mistakes, tallied per operation. The mocha suite and `bedrock-openapi contract` both print
 * this report, so they cannot disagree about what passed.
 */
import { relative, resolve, sep } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import type { Problem } from "../generator/core/diagnostics.js";
import { expectationsWithoutRecording, judge, readExpectations } from "./expected-problems.js";
import { displayPath, loadRecordings, recordingsDir as defaultRecordingsDir, repoRoot } from "./load-recordings.js";
import type { RecordingFile } from "./recording.js";
import { operationOf } from "./router.js";
import { createContractContext, validateInteraction, type ContractProblem } from "./validate-interaction.js";
import { scanRecordings } from "./secret-scan.js";
import { HTTP_METHODS } from "../generator/core/http.js";

export interface ContractOptions {
  readonly document: OpenAPIV3_1.Document;
  /** How problems from the spec name it. */
  readonly specFile: string;
  readonly recordingsDir?: string;
  /** Check only the recordings labelled with this operation. */
  readonly only?: string;
  /** Called after every `every` recordings, for long runs. */
  readonly progress?: { readonly every: number; readonly report: (done: number, total: number) => void };
}

/** Counts of one kind of recording (real or synthetic) for one operation. */
export interface Tally {
  readonly recordings: number;
  readonly passed: number;
  readonly failed: number;
  readonly setAside: number;
  readonly clientMistakes: number;
}

export interface JudgedRecording {
  readonly file: string;
  /** Composed from the official model, not captured: proves less, so counted apart. */
  readonly synthetic: boolean;
  readonly problems: readonly ContractProblem[];
}

export interface SetAsideRecording {
  readonly file: string;
  readonly synthetic: boolean;
  readonly reason: string;
}

export interface OperationReport {
  readonly operation: string;
  /** False for an operation the spec does not describe: its recordings route nowhere, so they fail. */
  readonly inSpec: boolean;
  readonly real: Tally;
  readonly synthetic: Tally;
  readonly failed: readonly JudgedRecording[];
  readonly setAside: readonly SetAsideRecording[];
  /** Recordings whose only errors are exactly their expected client mistakes. */
  readonly clientMistakes: readonly JudgedRecording[];
  /**
   * On operations that list provider families: recordings per selected family, and the model ids
   * of recordings that match no family (their bodies were held only to the any-JSON fallback).
   */
  readonly modelFamilies?: {
    readonly byFamily: Readonly<Record<string, number>>;
    readonly noFamily: readonly string[];
  };
}

export interface ContractReport {
  /** No failed recording (one of an operation the spec lacks included), no stale expectation, no unreadable file. */
  readonly ok: boolean;
  readonly spec: string;
  readonly recordings: string;
  readonly expectations: string | null;
  readonly only: string | null;
  readonly operations: readonly OperationReport[];
  /** Operations of the spec with no recording at all (of those selected). */
  readonly withoutRecordings: readonly string[];
  /** Operations of the spec proven only by synthetic recordings: no real capture yet. */
  readonly onlySynthetic: readonly string[];
  /** Recorded operations the spec does not describe; their recordings are among the failures. */
  readonly notInSpec: readonly string[];
  /** Problems outside any one recording's verdict: unreadable files, a broken or stale expectations file. */
  readonly problems: readonly Problem[];
}

/** The operationIds the spec describes, sorted. */
export function specOperations(document: OpenAPIV3_1.Document): string[] {
  const ids = new Set<string>();
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const id = operationOf(pathItem, method)?.operationId;
      if (id !== undefined) ids.add(id);
    }
  }
  return [...ids].sort();
}

type Outcome = "passed" | "failed" | "set-aside" | "client-mistakes";

interface Judged {
  readonly operation: string;
  readonly modelFamily?: string | null;
  readonly modelId?: string;
  readonly outcome: Outcome;
  readonly entry: RecordingFile;
  readonly problems: readonly ContractProblem[];
}

export function runContract(options: ContractOptions): ContractReport {
  const dir = resolve(options.recordingsDir ?? defaultRecordingsDir);
  const loaded = loadRecordings(dir);
  const expectations = readExpectations(dir);
  const keyOf = (file: string): string => relative(dir, resolve(repoRoot, file)).split(sep).join("/");
  const stale = expectationsWithoutRecording(expectations, new Set(loaded.recordings.map((r) => keyOf(r.file))));

  const context = createContractContext(options.document, options.specFile);
  const selected = loaded.recordings.filter(
    (r) => options.only === undefined || r.recording.operation === options.only,
  );
  const judged = selected.map((entry, i): Judged => {
    const result = validateInteraction(entry, context);
    const done = i + 1;
    if (options.progress !== undefined && done % options.progress.every === 0)
      options.progress.report(done, selected.length);
    const expectation = expectations.byRecording.get(keyOf(entry.file));
    const family =
      result.modelFamily === undefined ? {} : { modelFamily: result.modelFamily, modelId: modelIdOf(entry) };
    if (expectation === undefined)
      return { operation: result.operation, outcome: result.verdict, entry, problems: result.problems, ...family };
    // Judged even when set aside: it was not validated, so its expected problems are stale.
    const { outcome, problems } = judge(entry.file, result.problems, expectation);
    return { operation: result.operation, outcome, entry, problems, ...family };
  });

  const described = specOperations(options.document);
  const recorded = [...new Set(judged.map((j) => j.operation))];
  // With --only, a selected recording that routes elsewhere still shows, under where it went.
  const names = [...new Set([...(options.only === undefined ? described : [options.only]), ...recorded])].sort();
  const operations = names.map((name) =>
    operationReport(
      name,
      described.includes(name),
      judged.filter((j) => j.operation === name),
    ),
  );
  // Recordings are public data: a secret in one fails the run, whatever the spec says.
  const secrets = scanRecordings(dir, displayPath);
  const problems = [...loaded.problems, ...expectations.problems, ...stale, ...secrets];
  return {
    ok: problems.length === 0 && operations.every((o) => o.failed.length === 0),
    spec: options.specFile,
    recordings: displayPath(dir),
    expectations: expectations.file ?? null,
    only: options.only ?? null,
    operations,
    withoutRecordings: operations
      .filter((o) => o.inSpec && o.real.recordings + o.synthetic.recordings === 0)
      .map((o) => o.operation),
    onlySynthetic: operations
      .filter((o) => o.inSpec && o.real.recordings === 0 && o.synthetic.recordings > 0)
      .map((o) => o.operation),
    notInSpec: operations.filter((o) => !o.inSpec).map((o) => o.operation),
    problems,
  };
}

function operationReport(operation: string, inSpec: boolean, judged: readonly Judged[]): OperationReport {
  const isSynthetic = (j: Judged): boolean => j.entry.recording.provenance.kind === "synthetic";
  const recording = (j: Judged): JudgedRecording => ({
    file: j.entry.file,
    synthetic: isSynthetic(j),
    problems: j.problems,
  });
  return {
    operation,
    inSpec,
    real: tally(judged.filter((j) => !isSynthetic(j))),
    synthetic: tally(judged.filter(isSynthetic)),
    failed: judged.filter((j) => j.outcome === "failed").map(recording),
    setAside: judged
      .filter((j) => j.outcome === "set-aside")
      .map((j) => ({ file: j.entry.file, synthetic: isSynthetic(j), reason: j.entry.recording.setAside ?? "" })),
    clientMistakes: judged.filter((j) => j.outcome === "client-mistakes").map(recording),
    ...familyCounts(judged),
  };
}

function familyCounts(judged: readonly Judged[]): Pick<OperationReport, "modelFamilies"> {
  const checked = judged.filter((j) => j.modelFamily !== undefined);
  if (checked.length === 0) return {};
  const byFamily: Record<string, number> = {};
  for (const j of checked)
    if (typeof j.modelFamily === "string") byFamily[j.modelFamily] = (byFamily[j.modelFamily] ?? 0) + 1;
  const noFamily = checked.filter((j) => j.modelFamily === null).map((j) => j.modelId ?? "?");
  return { modelFamilies: { byFamily: Object.fromEntries(Object.entries(byFamily).sort()), noFamily } };
}

/** The percent-decoded model id of an InvokeModel-style URL, for the report. */
function modelIdOf(entry: RecordingFile): string {
  const match = /\/model\/([^/]+)\//.exec(entry.recording.request.url);
  if (match === null) return "?";
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

function tally(judged: readonly Judged[]): Tally {
  const count = (outcome: Outcome): number => judged.filter((j) => j.outcome === outcome).length;
  return {
    recordings: judged.length,
    passed: count("passed"),
    failed: count("failed"),
    setAside: count("set-aside"),
    clientMistakes: count("client-mistakes"),
  };
}
