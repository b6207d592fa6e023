/**
 * Every provider family, in match order: the first whose pattern matches a model id wins, so
 * more specific patterns come before broader ones of the same provider.
 */
import { amazonFamilies } from "./amazon.js";
import { anthropicFamilies } from "./anthropic.js";
import type { ModelFamily } from "./family.js";

export type { FamilyOperation, JsonSchema, ModelFamily } from "./family.js";

export const modelFamilies: readonly ModelFamily[] = [...anthropicFamilies, ...amazonFamilies];

/** Family id → the definition module that declares it, so a problem can name the file. */
export const familySources: ReadonlyMap<string, string> = new Map([
  ...anthropicFamilies.map((f) => [f.family, "generator/definitions/providers/anthropic.ts"] as const),
  ...amazonFamilies.map((f) => [f.family, "generator/definitions/providers/amazon.ts"] as const),
]);
