/**
 * Reads the provider families from the emitted spec (`x-bedrock-model-families` on InvokeModel
 * and InvokeModelWithResponseStream) and picks the one a model id selects: the first whose
 * pattern matches the percent-decoded id. Only the spec is read, as tools outside the project would.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { isObject } from "../validators/check.js";
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
function findOperation(document: OpenAPIV3_1.Document, operationId: string): { readonly value: Record<string, unknown>; readonly pointer: string } | undefined {
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
  return typeof ref === "string" && ref.startsWith(COMPONENT_REF) ? `/components/schemas/${ref.slice(COMPONENT_REF.length)}` : undefined;
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
