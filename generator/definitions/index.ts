/**
 * The Bedrock Runtime definitions, plus which module declares each shape, so that a problem
 * found in a definition can name the file it is in.
 */
import * as asyncInvoke from "./async-invoke.js";
import * as converseContent from "./converse-content.js";
import * as converse from "./converse.js";
import * as errors from "./errors.js";
import * as guardrailChecks from "./guardrail-checks.js";
import * as guardrail from "./guardrail.js";
import * as invoke from "./invoke.js";
import * as tokens from "./tokens.js";
import type { Shape } from "../shapes.js";

export { bedrockRuntime } from "./service.js";

const modules: Record<string, Record<string, unknown>> = {
  "generator/definitions/errors.ts": errors,
  "generator/definitions/guardrail.ts": guardrail,
  "generator/definitions/invoke.ts": invoke,
  "generator/definitions/converse-content.ts": converseContent,
  "generator/definitions/converse.ts": converse,
  "generator/definitions/tokens.ts": tokens,
  "generator/definitions/async-invoke.ts": asyncInvoke,
  "generator/definitions/guardrail-checks.ts": guardrailChecks,
};

/** Shape → the definition module that exports it. */
export const shapeSources: ReadonlyMap<Shape, string> = new Map(
  Object.entries(modules).flatMap(([file, exports]) =>
    Object.values(exports)
      .filter(
        (value): value is Shape => typeof value === "object" && value !== null && "kind" in value && "name" in value,
      )
      .map((shape) => [shape, file] as const),
  ),
);
