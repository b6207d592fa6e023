/**
 * Structural validation: swagger-parser resolves every $ref and validates the document
 * against the OpenAPI 3.1 schema. It dereferences in place, so it gets a deep copy.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPI } from "openapi-types";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { crashed, type SpecInput } from "./check.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { fragmentToPointer, pointerOf } from "../generator/core/pointer.js";
import { errorMessage } from "../generator/core/errors.js";

export async function checkStructure({ file, document }: SpecInput): Promise<Problem[]> {
  try {
    const { copy, problems } = withoutServerVariableDescriptions(document, file);
    try {
      // External refs are not followed: the published spec must stand alone, and a check
      // must never reach the network. Lint reports them as unresolved.
      // The cast only picks the overload: deciding whether it is an OpenAPI document is swagger-parser's job.
      await SwaggerParser.validate(copy as OpenAPI.Document, { continueOnError: true, resolve: { external: false } });
    } catch (error) {
      problems.push(...fromParserError(error, file));
    }
    return problems;
  } catch (error) {
    return [crashed("structure", file, error)];
  }
}

/**
 * swagger-parser 13.0 ships an OpenAPI 3.1 schema that rejects `description` on a server
 * variable, which OpenAPI 3.1 allows (a false positive; see DESIGN.md). The spec keeps its
 * descriptions: only the copy handed to swagger-parser loses them, and only after we have
 * checked here what the schema would have checked, that each one is a string.
 */
function withoutServerVariableDescriptions(document: unknown, file: string): { copy: unknown; problems: Problem[] } {
  const copy = structuredClone(document);
  const problems: Problem[] = [];
  if (!isObject(copy)) return { copy, problems };
  const strip = (servers: unknown, at: readonly (string | number)[]): void => {
    if (!Array.isArray(servers)) return;
    servers.forEach((server, i) => {
      const variables = isObject(server) ? server["variables"] : undefined;
      if (!isObject(variables)) return;
      for (const [name, variable] of Object.entries(variables)) {
        if (!isObject(variable) || !("description" in variable)) continue;
        if (typeof variable["description"] !== "string") {
          const pointer = pointerOf([...at, i, "variables", name, "description"]);
          problems.push(problem("structure/invalid", { keyword: "type", detail: "must be string" }, { file, pointer }));
        }
        delete variable["description"];
      }
    });
  };
  strip(copy["servers"], ["servers"]);
  for (const [path, item] of Object.entries(isObject(copy["paths"]) ? copy["paths"] : {})) {
    if (!isObject(item)) continue;
    strip(item["servers"], ["paths", path, "servers"]);
    for (const [method, operation] of Object.entries(item)) {
      if (isObject(operation)) strip(operation["servers"], ["paths", path, method, "servers"]);
    }
  }
  return { copy, problems };
}

/** swagger-parser reports through three error shapes; each becomes problems with a pointer. */
function fromParserError(error: unknown, file: string): Problem[] {
  if (isObject(error) && Array.isArray(error["details"])) {
    // An `if` error only says that its `then`/`else` branch failed; that branch's own errors
    // are in the list too and say what is wrong.
    return error["details"]
      .filter(isObject)
      .filter((detail) => detail["keyword"] !== "if")
      .map((detail) => schemaProblem(detail, file));
  }
  if (isObject(error) && Array.isArray(error["errors"])) {
    return error["errors"].map((inner) => refProblem(inner, file));
  }
  if (isObject(error) && typeof error["targetRef"] === "string") return [refProblem(error, file)];
  const reason = errorMessage(error);
  return [problem("structure/rejected", { reason: reason.trim() || "not an OpenAPI document" }, { file, pointer: "" })];
}

function schemaProblem(detail: JsonObject, file: string): Problem {
  const params = isObject(detail["params"]) ? detail["params"] : {};
  const extra = params["unevaluatedProperty"] ?? params["additionalProperty"];
  const message = String(detail["message"] ?? "is invalid");
  return problem(
    "structure/invalid",
    { keyword: String(detail["keyword"]), detail: typeof extra === "string" ? `${message}: "${extra}"` : message },
    { file, pointer: String(detail["instancePath"] ?? "") },
  );
}

function refProblem(error: unknown, file: string): Problem {
  if (!isObject(error)) return problem("structure/rejected", { reason: String(error) }, { file, pointer: "" });
  const path = error["path"];
  const pointer = Array.isArray(path)
    ? pointerOf(path.map(String))
    : fragmentToPointer(typeof error["parentPath"] === "string" ? error["parentPath"] : "#");
  const ref = typeof error["targetRef"] === "string" ? error["targetRef"] : "?";
  return problem(
    "structure/unresolved-ref",
    { ref, reason: String(error["message"] ?? "unresolvable") },
    { file, pointer },
  );
}
