/**
 * The recording format: one JSON file per HTTP interaction with the Bedrock Runtime service,
 * stored under `contract-tests/recordings/<source>/<nnn>-<Operation>.json`.
 *
 * Real recordings come from two places: the import of third-party captures
 * (`contract-tests/import/`) and `bedrock-openapi record`. Synthetic ones are composed from
 * the official model for operations nobody has recorded yet; reports keep them apart.
 */
import type { JsonValue } from "../generator/shapes.js";

export interface RecordedRequest {
  readonly method: string;
  /**
   * The URL as captured. Where the recorder left a placeholder (e.g. `<AWS_REGION>`) the importer
   * uses the source's normalized URL instead and keeps the captured one in `meta.originalUrl`.
   */
  readonly url: string;
  /** Header names as captured; multi-valued headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or null when there was none or it was not JSON. */
  readonly body: JsonValue | null;
  /** Raw body bytes, present only when the body is not JSON. */
  readonly bodyBase64?: string;
}

export interface RecordedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: JsonValue | null;
  /** Raw bytes; always present for `application/vnd.amazon.eventstream`. */
  readonly bodyBase64?: string;
}

/** Where a third-party capture came from. */
export interface ImportedSource {
  readonly kind: "imported";
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
  /** Position of the interaction inside the original cassette. */
  readonly index: number;
  readonly format: string;
  readonly license: string;
}

/** A capture made by `bedrock-openapi record`. */
export interface RecordedSource {
  readonly kind: "recorded";
  readonly scenario: string;
  readonly recordedAt: string;
  readonly endpoint: string;
  readonly tool: string;
}

/** Composed from the official model because no real capture exists yet. */
export interface SyntheticSource {
  readonly kind: "synthetic";
  readonly basis: string;
}

export type Provenance = ImportedSource | RecordedSource | SyntheticSource;

export interface Recording {
  readonly operation: string;
  readonly provenance: Provenance;
  readonly request: RecordedRequest;
  readonly response: RecordedResponse;
  /** Recorder caveats carried over from the source (re-serialized bodies, stripped headers, …). */
  readonly notes: readonly string[];
  /**
   * Set when the recorder altered the interaction so that it no longer shows what the service
   * sent (hand-spliced bodies). Such a recording is reported as set aside with this reason, never
   * silently skipped. A disagreement with the spec is never a reason, and neither are re-serialized
   * JSON bodies or stripped headers: those are noted in `meta.headersStripped` (see below).
   */
  readonly setAside?: string;
  /** Free-form facts about the interaction (model id, provider, error type, …). */
  readonly meta: Readonly<Record<string, JsonValue>>;
}

/** A recording together with the file it was read from, for error messages. */
export interface RecordingFile {
  readonly file: string;
  readonly recording: Recording;
}

/**
 * Which header maps the recorder dropped, from `meta.headersStripped` (`["request"]`,
 * `["response"]` or both). Header checks on a stripped side are skipped: absence proves nothing.
 */
export function strippedHeaders(recording: Recording): { readonly request: boolean; readonly response: boolean } {
  const stripped = recording.meta["headersStripped"];
  const sides = Array.isArray(stripped) ? stripped : [];
  return { request: sides.includes("request"), response: sides.includes("response") };
}
