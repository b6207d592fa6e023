/**
 * Every provider family, in match order: the first whose pattern matches a model id wins, so
 * more specific patterns come before broader ones of the same provider. Providers' patterns
 * start with their own `<provider>.` prefix, so they never compete with each other.
 */
import { ai21Families } from "./ai21.js";
import { amazonFamilies } from "./amazon.js";
import { anthropicFamilies } from "./anthropic.js";
import { cohereFamilies } from "./cohere.js";
import { deepseekFamilies } from "./deepseek.js";
import type { ModelFamily } from "./family.js";
import { metaFamilies } from "./meta.js";
import { mistralFamilies } from "./mistral.js";
import { openaiFamilies } from "./openai.js";
import { qwenFamilies } from "./qwen.js";

export type { FamilyOperation, JsonSchema, ModelFamily } from "./family.js";

const byModule: readonly (readonly [string, readonly ModelFamily[]])[] = [
  ["anthropic", anthropicFamilies],
  ["amazon", amazonFamilies],
  ["cohere", cohereFamilies],
  ["meta", metaFamilies],
  ["mistral", mistralFamilies],
  ["ai21", ai21Families],
  ["openai", openaiFamilies],
  ["deepseek", deepseekFamilies],
  ["qwen", qwenFamilies],
];

export const modelFamilies: readonly ModelFamily[] = byModule.flatMap(([, families]) => families);

/** Family id → the definition module that declares it, so a problem can name the file. */
export const familySources: ReadonlyMap<string, string> = new Map(
  byModule.flatMap(([module, families]) =>
    families.map((f) => [f.family, `generator/definitions/providers/${module}.ts`] as const),
  ),
);
