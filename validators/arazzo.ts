/**
 * Lints the Arazzo workflows file beside a spec with Redocly's own Arazzo rules
 * (`recommended-strict`: every finding is an error). Redocly resolves the workflows'
 * source description, so a step naming an operation the spec lacks is caught here too.
 */
import { access } from "node:fs/promises";
import { createConfig, lint, type Config } from "@redocly/openapi-core";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { fragmentToPointer } from "../generator/core/pointer.js";

let config: Promise<Config> | undefined;

/** Problems of the Arazzo file; a missing file is one only when `required`. */
export async function checkArazzoFile(file: string, required: boolean): Promise<Problem[]> {
  try {
    await access(file);
  } catch (error) {
    return required ? [problem("io/read-failed", { file, reason: (error as Error).message }, { file })] : [];
  }
  config ??= createConfig({ extends: ["recommended-strict"] });
  const found = await lint({ ref: file, config: await config });
  return found.map((p) => {
    const at = p.location[0];
    const pointer = at?.pointer === undefined ? undefined : fragmentToPointer(at.pointer);
    const params = { rule: p.ruleId, message: p.message };
    return problem("arazzo/lint", params, pointer === undefined ? { file } : { file, pointer });
  });
}
