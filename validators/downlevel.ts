/**
 * The OpenAPI 3.0 downlevel must be valid 3.0, because the generators it exists for read
 * nothing else. swagger-parser picks its meta-schema by the `openapi` field, so a document
 * that still says 3.1 is refused here first; the rest is the same structural check.
 */
import { readFile } from "node:fs/promises";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { isObject } from "../generator/core/json.js";
import { checkStructure } from "./structure.js";

/** Checks the downlevel at `file`; a missing file is a problem only when `required`. */
export async function checkDownlevelFile(file: string, required: boolean): Promise<Problem[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return required ? [problem("io/read-failed", { file, reason: (error as Error).message }, { file })] : [];
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return [problem("io/parse-failed", { file, reason: (error as Error).message }, { file })];
  }
  return checkDownlevel(document, file);
}

export async function checkDownlevel(document: unknown, file: string): Promise<Problem[]> {
  const version = isObject(document) ? document["openapi"] : undefined;
  if (typeof version !== "string" || !/^3\.0\.\d+$/.test(version)) {
    return [
      problem(
        "artifact/downlevel-invalid",
        { keyword: "openapi", detail: `is ${JSON.stringify(version)}, not 3.0.x` },
        { file, pointer: "/openapi" },
      ),
    ];
  }
  return checkStructure({ file, document });
}
