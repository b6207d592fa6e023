/**
 * The recordings the mock answers from by default: successful (status 200) interactions that
 * their recorder left intact, found by operation and model id and, for replay, by the exact
 * request (body and query). Where several recordings share one request, repeated requests get
 * them in turn, in the loader's stable order, as a cassette plays back: replaying the recordings
 * in order reproduces each one. Otherwise the first recording for the operation and model wins.
 */
import { compareCodeUnits } from "../generator/core/compare.js";
import type { Recording, RecordingFile } from "../contract-tests/recording.js";
import type { Contract } from "./contract.js";

export interface IndexedRecording {
  readonly file: string;
  readonly recording: Recording;
}

export interface RecordingIndex {
  /** The recording whose request (body and query) equals this one, else the first for the operation and model id. */
  find(
    operation: string,
    modelId: string | undefined,
    body: unknown,
    query: Readonly<Record<string, readonly string[]>>,
  ): IndexedRecording | undefined;
  readonly size: number;
}

export function indexRecordings(contract: Contract, recordings: readonly RecordingFile[]): RecordingIndex {
  const bySubject = new Map<string, IndexedRecording>();
  const byRequest = new Map<string, IndexedRecording[]>();
  const played = new Map<string, number>();
  let size = 0;
  for (const { file, recording } of recordings) {
    if (recording.setAside !== undefined || recording.response.status !== 200) continue;
    const routed = contract.route(recording.request.method, recording.request.url);
    if (!routed.ok || routed.route.operationId !== recording.operation) continue;
    const subject = subjectKey(recording.operation, modelIdOf(routed.route.pathParams));
    const entry = { file, recording };
    size++;
    if (!bySubject.has(subject)) bySubject.set(subject, entry);
    const requestKey = `${subject}\n${canonicalJson(requestBodyOf(recording))}\n${canonicalJson(routed.route.query)}`;
    byRequest.set(requestKey, [...(byRequest.get(requestKey) ?? []), entry]);
  }
  return {
    size,
    find(operation, modelId, body, query) {
      const subject = subjectKey(operation, modelId);
      const requestKey = `${subject}\n${canonicalJson(body)}\n${canonicalJson(query)}`;
      const same = byRequest.get(requestKey);
      if (same === undefined) return bySubject.get(subject);
      const turn = played.get(requestKey) ?? 0;
      played.set(requestKey, turn + 1);
      return same[turn % same.length];
    },
  };
}

/** The path label that names what a call is about: a model, a guardrail or an async job. */
export function modelIdOf(pathParams: Readonly<Record<string, string>>): string | undefined {
  return pathParams["modelId"] ?? pathParams["guardrailIdentifier"] ?? pathParams["invocationArn"];
}

function subjectKey(operation: string, modelId: string | undefined): string {
  return `${operation} ${modelId ?? ""}`;
}

function requestBodyOf(recording: Recording): unknown {
  const { body, bodyBase64 } = recording.request;
  if (body !== null) return body;
  return bodyBase64 === undefined ? null : { base64: bodyBase64 };
}

/** JSON with sorted keys: two bodies that differ only in member order are the same request. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareCodeUnits(a, b)))
      : v,
  );
}
