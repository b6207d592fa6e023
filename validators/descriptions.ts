/**
 * Which parts of an OpenAPI document lack the words a reader (often an agent choosing an
 * operation) needs: a summary and a description on path items and operations; a description
 * on parameters, headers, request bodies, responses, schemas and their properties, tags,
 * servers, server variables and security schemes; and `info` with summary, description,
 * contact, license and externalDocs. One walk, used by the lint rule `bedrock/descriptions`
 * and by the test that keeps the emitted spec at zero.
 */
import { HTTP_METHODS } from "../generator/core/http.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { pointerOf } from "../generator/core/pointer.js";

export type DescribedKind =
  | "info"
  | "path item"
  | "operation"
  | "parameter"
  | "header"
  | "request body"
  | "response"
  | "schema"
  | "property"
  | "tag"
  | "server"
  | "server variable"
  | "security scheme";

export interface Undescribed {
  /** JSON pointer of the object that lacks the field. */
  readonly pointer: string;
  readonly kind: DescribedKind;
  /** `description`, `summary`, `contact`, … */
  readonly field: string;
}

type Path = readonly (string | number)[];

/** Every missing or blank field, in document order. A `$ref` object is judged where it points. */
export function findUndescribed(document: unknown): Undescribed[] {
  const found: Undescribed[] = [];
  if (!isObject(document)) return found;
  const need = (node: unknown, path: Path, kind: DescribedKind, field = "description"): void => {
    if (!isObject(node) || !hasText(node[field])) found.push({ pointer: pointerOf(path), kind, field });
  };
  const unlessRef = (node: unknown, path: Path, kind: DescribedKind): void => {
    if (!(isObject(node) && typeof node["$ref"] === "string")) need(node, path, kind);
  };

  const info = document["info"];
  for (const field of ["summary", "description", "contact", "license", "externalDocs"] as const) {
    const holder = field === "externalDocs" ? document : info;
    if (!isObject(holder) || holder[field] === undefined || holder[field] === "") {
      found.push({ pointer: pointerOf(field === "externalDocs" ? [] : ["info"]), kind: "info", field });
    }
  }
  each(document["servers"], (server, i) => {
    need(server, ["servers", i], "server");
    const variables = isObject(server) ? server["variables"] : undefined;
    entries(variables, (name, variable) => need(variable, ["servers", i, "variables", name], "server variable"));
  });
  each(document["tags"], (tag, i) => need(tag, ["tags", i], "tag"));

  entries(document["paths"], (route, item) => {
    const at: Path = ["paths", route];
    need(item, at, "path item", "summary");
    need(item, at, "path item", "description");
    if (!isObject(item)) return;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const opAt = [...at, method];
      need(op, opAt, "operation", "summary");
      need(op, opAt, "operation", "description");
      if (!isObject(op)) continue;
      each(op["parameters"], (p, i) => {
        unlessRef(p, [...opAt, "parameters", i], "parameter");
        if (isObject(p)) schemaWalk(p["schema"], [...opAt, "parameters", i, "schema"], found);
      });
      const body = op["requestBody"];
      if (body !== undefined) unlessRef(body, [...opAt, "requestBody"], "request body");
      if (isObject(body)) contentWalk(body, [...opAt, "requestBody"], found);
      entries(op["responses"], (status, response) => {
        const rAt = [...opAt, "responses", status];
        unlessRef(response, rAt, "response");
        if (!isObject(response)) return;
        entries(response["headers"], (name, h) => unlessRef(h, [...rAt, "headers", name], "header"));
        contentWalk(response, rAt, found);
      });
    }
  });

  const components: JsonObject = isObject(document["components"]) ? document["components"] : {};
  entries(components["schemas"], (name, schema) => {
    need(schema, ["components", "schemas", name], "schema");
    schemaWalk(schema, ["components", "schemas", name], found);
  });
  entries(components["headers"], (name, h) => need(h, ["components", "headers", name], "header"));
  entries(components["parameters"], (name, p) => need(p, ["components", "parameters", name], "parameter"));
  entries(components["responses"], (name, r) => need(r, ["components", "responses", name], "response"));
  entries(components["requestBodies"], (name, b) => need(b, ["components", "requestBodies", name], "request body"));
  entries(components["securitySchemes"], (name, s) =>
    need(s, ["components", "securitySchemes", name], "security scheme"),
  );
  return found;
}

/** Inline schemas under a request body or response: their properties need words too. */
function contentWalk(holder: JsonObject, at: Path, found: Undescribed[]): void {
  entries(holder["content"], (mediaType, media) => {
    if (isObject(media)) schemaWalk(media["schema"], [...at, "content", mediaType, "schema"], found);
  });
}

/** Every property of a schema, at any depth (through items, unions and maps), needs a description. */
function schemaWalk(schema: unknown, at: Path, found: Undescribed[]): void {
  if (!isObject(schema)) return;
  entries(schema["properties"], (name, property) => {
    const pAt = [...at, "properties", name];
    if (!isObject(property) || !hasText(property["description"]))
      found.push({ pointer: pointerOf(pAt), kind: "property", field: "description" });
    schemaWalk(property, pAt, found);
  });
  for (const key of ["items", "additionalProperties", "not"] as const) schemaWalk(schema[key], [...at, key], found);
  for (const key of ["oneOf", "anyOf", "allOf"] as const) {
    each(schema[key], (branch, i) => {
      // A titled inline schema (a union branch) is a type of its own to generators: it needs words too.
      if (isObject(branch) && hasText(branch["title"]) && !hasText(branch["description"])) {
        found.push({ pointer: pointerOf([...at, key, i]), kind: "schema", field: "description" });
      }
      schemaWalk(branch, [...at, key, i], found);
    });
  }
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

function each(list: unknown, visit: (item: unknown, index: number) => void): void {
  if (Array.isArray(list)) list.forEach(visit);
}

function entries(map: unknown, visit: (key: string, value: unknown) => void): void {
  if (isObject(map)) for (const [key, value] of Object.entries(map)) visit(key, value);
}

/** Counts by kind and field (`operation.summary: 2`), for reports and the before/after note. */
export function countUndescribed(found: readonly Undescribed[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const u of found) counts[`${u.kind}.${u.field}`] = (counts[`${u.kind}.${u.field}`] ?? 0) + 1;
  return counts;
}
