/**
 * What every check takes and gives: the parsed spec plus the file it came from, and a list
 * of problems. Checks never throw; an unexpected error becomes a `validators/check-crashed`
 * problem so a broken check can never pass silently.
 */
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { errorMessage } from "../generator/core/errors.js";

export interface SpecInput {
  /** Where the document was read from; every problem names it. */
  readonly file: string;
  /** The parsed document, not yet known to be an OpenAPI description. */
  readonly document: unknown;
}

export function crashed(check: string, file: string, error: unknown): Problem {
  return problem("validators/check-crashed", { check, reason: errorMessage(error) }, { file, pointer: "" });
}
