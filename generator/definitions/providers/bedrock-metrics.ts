// What Bedrock itself adds to the last stream chunk of every provider, whatever the family.
import { int, obj } from "./build-schema.js";
import type { JsonSchema } from "./family.js";

/**
 * Bedrock's totals for a streamed call (`amazon-bedrock-invocationMetrics` in the last chunk).
 * Families that reference it list it among their schemas under this one name.
 */
export const bedrockInvocationMetrics: JsonSchema = obj(
  "Bedrock's own totals for the call, added to the last stream chunk whatever the provider.",
  {
    inputTokenCount: int("Input tokens."),
    outputTokenCount: int("Output tokens."),
    invocationLatency: int("Milliseconds from request to the last token."),
    firstByteLatency: int("Milliseconds from request to the first token."),
    cacheReadInputTokenCount: int("Input tokens read from the prompt cache."),
    cacheWriteInputTokenCount: int("Input tokens written to the prompt cache."),
  },
  { required: ["inputTokenCount", "outputTokenCount", "invocationLatency", "firstByteLatency"] },
);
