/**
 * The reviewed list of recordings the official SDK cannot replay, each with the reason, kept in
 * `recordings/sdk-known-rejections.json`. The replay passes only when its rejections are
 * exactly the listed ones (reviewed-list.ts): a new rejection is a regression (of the SDK, the
 * harness or a recording) and a listed one that no longer occurs is stale. Entries match on the
 * recording, the code and the pointer — the message wording may change, the place and rule may not.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { diagnostics, problem, type DiagnosticCode, type Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";
import { displayPath, recordingsDir, repoRoot } from "./load-recordings.js";
import { reconcile } from "./reviewed-list.js";
import type { ReplayResult } from "./sdk-replay.js";
import { errorMessage } from "../generator/core/errors.js";

export const KNOWN_REJECTIONS_FILE = join(recordingsDir, "sdk-known-rejections.json");

export interface KnownRejection {
  /** Path of the recording relative to the recordings folder, `/`-separated. */
  readonly recording: string;
  readonly code: DiagnosticCode;
  readonly pointer: string;
  /** Why the SDK is right to refuse it, or why the disagreement is accepted. */
  readonly reason: string;
}

export interface KnownRejections {
  readonly entries: readonly KnownRejection[];
  readonly problems: readonly Problem[];
}

export function readKnownRejections(path: string = KNOWN_REJECTIONS_FILE): KnownRejections {
  const file = displayPath(path);
  if (!existsSync(path)) return { entries: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { entries: [], problems: [problem("io/parse-failed", { file, reason: errorMessage(error) }, { file })] };
  }
  const list = isObject(value) ? value["rejections"] : undefined;
  if (!Array.isArray(list)) {
    return {
      entries: [],
      problems: [
        problem(
          "sdk-replay/bad-known-rejection",
          { detail: "the file needs a rejections array" },
          { file, pointer: "/rejections" },
        ),
      ],
    };
  }
  const entries: KnownRejection[] = [];
  const problems: Problem[] = [];
  list.forEach((entry: unknown, i) => {
    const pointer = `/rejections/${i}`;
    const fields = isObject(entry) ? entry : {};
    const { recording, code, reason } = fields;
    const at = fields["pointer"];
    if (typeof recording !== "string" || typeof at !== "string" || typeof reason !== "string" || reason.trim() === "") {
      problems.push(
        problem(
          "sdk-replay/bad-known-rejection",
          { detail: "needs recording, code, pointer and a non-empty reason" },
          { file, pointer },
        ),
      );
    } else if (typeof code !== "string" || !code.startsWith("sdk-replay/") || !Object.hasOwn(diagnostics, code)) {
      problems.push(
        problem(
          "sdk-replay/bad-known-rejection",
          { detail: `code ${JSON.stringify(code)} is not an sdk-replay code` },
          { file, pointer },
        ),
      );
    } else {
      entries.push({ recording, code: code as DiagnosticCode, pointer: at, reason });
    }
  });
  return { entries, problems };
}

/** The recording's key in the list: its path under the recordings folder. */
export function recordingKey(file: string): string {
  return relative(recordingsDir, join(repoRoot, file)).split(sep).join("/");
}

export interface Comparison {
  /** `sdk-replay/new-rejection` and `sdk-replay/stale-known-rejection` problems. */
  readonly problems: readonly Problem[];
  /** The new rejections as list entries, their reason still to be written by a reviewer. */
  readonly unlisted: readonly KnownRejection[];
}

/** Rejections the list does not name, and listed ones the replay no longer gives (reviewed-list.ts). */
export function compareWithKnown(results: readonly ReplayResult[], known: readonly KnownRejection[]): Comparison {
  const found = results
    .filter((r) => r.verdict === "rejected")
    .flatMap((r) =>
      r.problems.map((p) => ({
        file: r.file,
        recording: recordingKey(r.file),
        code: p.code,
        pointer: p.pointer ?? "",
        message: p.message,
      })),
    );
  const key = (r: { readonly recording: string; readonly code: string; readonly pointer: string }): string =>
    JSON.stringify([r.recording, r.code, r.pointer]);
  // Every recording is replayed, so an entry whose recording is gone comes out stale too.
  const { unlisted, stale } = reconcile(known, found, key, key);
  const problems = [
    ...unlisted.map((f) =>
      problem(
        "sdk-replay/new-rejection",
        { code: f.code, pointer: f.pointer, message: f.message },
        { file: f.file, pointer: f.pointer },
      ),
    ),
    ...stale.map((entry) => {
      const file = displayPath(join(recordingsDir, entry.recording));
      return problem(
        "sdk-replay/stale-known-rejection",
        { code: entry.code, pointer: entry.pointer },
        { file, pointer: entry.pointer },
      );
    }),
  ];
  return {
    problems,
    unlisted: unlisted.map((f) => ({ recording: f.recording, code: f.code, pointer: f.pointer, reason: "" })),
  };
}
