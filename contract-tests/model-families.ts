/**
 * Reads the provider families from the emitted spec (`x-bedrock-model-families` on InvokeModel
 * and InvokeModelWithResponseStream) and picks the one a model id selects: the first whose
 * pattern matches the percent-decoded id. Only the spec is read, as tools outside the project would.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { compareCodeUnits } from "../generator/core/compare.js";
import { isObject } from "../generator/core/json.js";
import { operationOf } from "./router.js";

export const MODEL_FAMILIES_EXTENSION = "x-bedrock-model-families";
export const FAMILY_OPERATIONS = ["InvokeModel", "InvokeModelWithResponseStream"] as const;

const COMPONENT_REF = "#/components/schemas/";

export interface SpecFamily {
  readonly family: string;
  readonly title: string;
  readonly modelIdPatterns: readonly string[];
  /** JSON pointers into the document (`/components/schemas/Name`). */
  readonly request?: string;
  readonly response?: string;
  readonly streamChunk?: string;
  /** Where the entry sits in the document. */
  readonly pointer: string;
}

/** The operation object with this operationId and where it sits, or undefined. */
function findOperation(
  document: OpenAPIV3_1.Document,
  operationId: string,
): { readonly value: Record<string, unknown>; readonly pointer: string } | undefined {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch", "head", "options", "trace"]) {
      const op = operationOf(item, method);
      if (op?.operationId === operationId) {
        const escaped = path.replaceAll("~", "~0").replaceAll("/", "~1");
        return { value: op as unknown as Record<string, unknown>, pointer: `/paths/${escaped}/${method}` };
      }
    }
  }
  return undefined;
}

const refPointer = (value: unknown): string | undefined => {
  const ref = isObject(value) ? value["$ref"] : undefined;
  return typeof ref === "string" && ref.startsWith(COMPONENT_REF)
    ? `/components/schemas/${ref.slice(COMPONENT_REF.length)}`
    : undefined;
};

/** The families an operation lists, in match order; an entry without a usable id or patterns is skipped. */
export function specFamilies(document: OpenAPIV3_1.Document, operationId: string): SpecFamily[] {
  const operation = findOperation(document, operationId);
  const list = operation?.value[MODEL_FAMILIES_EXTENSION];
  if (operation === undefined || !Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, i): SpecFamily[] => {
    if (!isObject(entry) || typeof entry["family"] !== "string" || !Array.isArray(entry["modelIdPatterns"])) return [];
    const pointers = Object.fromEntries(
      (["request", "response", "streamChunk"] as const).flatMap((k) => {
        const p = refPointer(entry[k]);
        return p === undefined ? [] : [[k, p]];
      }),
    );
    return [
      {
        family: entry["family"],
        title: typeof entry["title"] === "string" ? entry["title"] : entry["family"],
        modelIdPatterns: entry["modelIdPatterns"].filter((p): p is string => typeof p === "string"),
        ...pointers,
        pointer: `${operation.pointer}/${MODEL_FAMILIES_EXTENSION}/${i}`,
      },
    ];
  });
}

/** Whether a pattern matches; a pattern that is not a valid `u` regex matches nothing. */
function matches(pattern: string, modelId: string): boolean {
  try {
    return new RegExp(pattern, "u").test(modelId);
  } catch {
    return false;
  }
}

/** The first family whose pattern matches the (already percent-decoded) model id. */
export function selectFamily(families: readonly SpecFamily[], modelId: string): SpecFamily | undefined {
  return families.find((f) => f.modelIdPatterns.some((p) => matches(p, modelId)));
}

export interface FamilyCoverage {
  readonly family: string;
  readonly title: string;
  readonly modelIdPatterns: readonly string[];
  /** The operations whose `x-bedrock-model-families` list the family. */
  readonly operations: readonly string[];
  /** Recordings per operation whose model id selects this family. */
  readonly recordings: Readonly<Record<string, number>>;
}

export interface ModelsReport {
  readonly families: readonly FamilyCoverage[];
  /** Model ids of InvokeModel and stream recordings that select no family, with their count. */
  readonly unmatched: readonly { readonly modelId: string; readonly recordings: number }[];
}

/** The recording's operation and percent-decoded model id, for InvokeModel and its stream. */
export interface RecordedInvocation {
  readonly operation: string;
  readonly modelId: string;
}

/** Families of the spec, in match order across both operations, with the recordings that select each. */
export function modelsReport(document: OpenAPIV3_1.Document, invocations: readonly RecordedInvocation[]): ModelsReport {
  const perOperation = new Map(FAMILY_OPERATIONS.map((op) => [op, specFamilies(document, op)] as const));
  const families = new Map<
    string,
    { title: string; patterns: readonly string[]; operations: string[]; recordings: Record<string, number> }
  >();
  for (const [operation, list] of perOperation)
    for (const f of list) {
      const entry = families.get(f.family) ?? {
        title: f.title,
        patterns: f.modelIdPatterns,
        operations: [],
        recordings: {},
      };
      entry.operations.push(operation);
      entry.recordings[operation] = 0;
      families.set(f.family, entry);
    }
  const unmatched = new Map<string, number>();
  for (const { operation, modelId } of invocations) {
    const list = perOperation.get(operation as (typeof FAMILY_OPERATIONS)[number]);
    if (list === undefined) continue;
    const selected = selectFamily(list, modelId);
    const entry = selected === undefined ? undefined : families.get(selected.family);
    if (entry === undefined) unmatched.set(modelId, (unmatched.get(modelId) ?? 0) + 1);
    else entry.recordings[operation] = (entry.recordings[operation] ?? 0) + 1;
  }
  return {
    families: [...families].map(([family, e]) => ({
      family,
      title: e.title,
      modelIdPatterns: e.patterns,
      operations: e.operations,
      recordings: e.recordings,
    })),
    unmatched: [...unmatched]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([modelId, recordings]) => ({ modelId, recordings })),
  };
}

/** The model id in an InvokeModel-style URL (`/model/<id>/…`), percent-decoded; undefined for other URLs. */
export function modelIdFromUrl(url: string): string | undefined {
  const match = /\/model\/([^/?]+)\//.exec(url);
  if (match === null) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

export function formatModelsReport(report: ModelsReport): string {
  const lines: string[] = [];
  for (const f of report.families) {
    const counts = f.operations.map((op) => `${op} ${f.recordings[op] ?? 0}`).join(", ");
    const total = Object.values(f.recordings).reduce((a, b) => a + b, 0);
    lines.push(
      `${f.family} — ${f.title}`,
      `  patterns:   ${f.modelIdPatterns.join("  ")}`,
      `  recordings: ${counts}${total === 0 ? " (no recording covers this family yet)" : ""}`,
    );
  }
  const unmatched = report.unmatched.map((u) => `  ${u.modelId} (${u.recordings})`);
  lines.push(
    "",
    `Model ids no family matches (${report.unmatched.length}; their bodies stay any JSON):`,
    ...(unmatched.length > 0 ? unmatched : ["  none"]),
  );
  return lines.join("\n");
}
