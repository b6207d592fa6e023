/**
 * The `files` step's check of the OpenAPI 3.0 downlevel: swagger-parser must accept it as 3.0,
 * because the generators it exists for read nothing else.
 */
import { readFile } from "node:fs/promises";
import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPI } from "openapi-types";
import { problem, type Problem } from "../../generator/diagnostics.js";

/** Checks the downlevel at `file`; a missing file is a problem only when `required`. */
export async function checkDownlevelFile(file: string, required: boolean): Promise<Problem[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return required ? [problem("io/read-failed", { file, reason: (error as Error).message }, { file })] : [];
  }
  try {
    return await validateOpenApi30(JSON.parse(text) as unknown, file);
  } catch (error) {
    return [problem("io/parse-failed", { file, reason: (error as Error).message }, { file })];
  }
}

/** swagger-parser picks its schema by the `openapi` field, so a 3.1 document is refused here first. */
export async function validateOpenApi30(document: unknown, file: string): Promise<Problem[]> {
  const version = isObject(document) ? document["openapi"] : undefined;
  if (typeof version !== "string" || !/^3\.0\.\d+$/.test(version)) {
    return [problem("artifact/downlevel-invalid", { keyword: "openapi", detail: `is ${JSON.stringify(version)}, not 3.0.x` }, { file, pointer: "/openapi" })];
  }
  try {
    // It dereferences in place, so it gets a copy; external refs are never followed (no network).
    await SwaggerParser.validate(structuredClone(document) as OpenAPI.Document, { resolve: { external: false } });
    return [];
  } catch (error) {
    const details = isObject(error) && Array.isArray(error["details"]) ? error["details"].filter(isObject) : [];
    if (details.length === 0) return [problem("artifact/downlevel-invalid", { keyword: "parse", detail: (error as Error).message }, { file, pointer: "" })];
    return details.map((d) =>
      problem(
        "artifact/downlevel-invalid",
        { keyword: String(d["keyword"]), detail: `${String(d["message"])}${extraOf(d)}` },
        { file, pointer: String(d["instancePath"] ?? "") },
      ),
    );
  }
}

/** Names the offending property of an additionalProperties error, which ajv keeps in params. */
function extraOf(detail: Record<string, unknown>): string {
  const params = detail["params"];
  const extra = isObject(params) ? params["additionalProperty"] : undefined;
  return typeof extra === "string" ? `: "${extra}"` : "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
