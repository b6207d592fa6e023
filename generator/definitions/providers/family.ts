/**
 * A model provider's own request and response bodies for InvokeModel and
 * InvokeModelWithResponseStream, chosen by model id. The emitter turns each family into
 * component schemas and one entry of the operations' `x-bedrock-model-families` list.
 */
import type { JsonValue } from "../../shapes.js";

/** A JSON Schema 2020-12 object; references point at `#/components/schemas/<Name>`. */
export type JsonSchema = { readonly [keyword: string]: JsonValue };

export type FamilyOperation = "InvokeModel" | "InvokeModelWithResponseStream";

export interface ModelFamily {
  /** Stable kebab-case id, e.g. `anthropic-messages`. */
  readonly family: string;
  readonly title: string;
  /** Our own words: what the family covers, and whether its request schema is closed or open and why. */
  readonly description: string;
  /** ECMAScript regex sources, tested with the `u` flag against the percent-decoded modelId. */
  readonly modelIdPatterns: readonly string[];
  /** The operations this family serves (embedding and rerank models have no stream). */
  readonly operations: readonly FamilyOperation[];
  /** Component name of the request body schema. */
  readonly request: string;
  /** Component name of the InvokeModel response body schema. */
  readonly response?: string;
  /** Component name of the JSON inside each stream `chunk` event's base64 `bytes`. */
  readonly streamChunk?: string;
  /** Every component schema the family introduces, keyed by component name (provider-prefixed, unique). */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
}
