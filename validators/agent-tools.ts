/**
 * Tool definitions for AI agents, derived from the emitted spec only: one tool per operation,
 * whose input is one JSON object holding the operation's path, query and header parameters
 * and its request body. A JSON object body is flattened into the top level (its members are
 * what an agent fills in); any other body (raw model bytes, an event stream) is the `body`
 * member. Component schemas the input uses are bundled as `$defs`, so each input schema stands
 * alone, as MCP's `tools/list` carries it.
 */
import { isObject, type JsonObject } from "../generator/core/json.js";
import { toJsonSchema, type CopyNotes } from "./json-schema-copy.js";
import {
  escapeToken,
  lookup,
  resolve,
  SCHEMA_REF_PREFIX as COMPONENT_REF_PREFIX,
  tokensOf,
} from "../generator/core/pointer.js";

const EVENT_STREAM = "application/vnd.amazon.eventstream";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export type Binding = "path" | "query" | "header" | "body" | "bodyMember";

export interface AgentTool {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: JsonObject;
  /** How each input member travels on the wire: where, and under which wire name. */
  readonly http: {
    readonly method: string;
    readonly path: string;
    readonly bindings: Readonly<Record<string, { readonly in: Binding; readonly name: string }>>;
    readonly mediaType?: string;
  };
  readonly readOnly: boolean;
  readonly idempotent: boolean;
}

/** The MCP `tools/list` result shape. */
export interface McpToolList {
  readonly tools: readonly {
    name: string;
    description: string;
    inputSchema: JsonObject;
    annotations: { readOnlyHint: boolean; idempotentHint: boolean };
  }[];
}

export class ToolBuildError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

export function buildAgentTools(document: unknown): AgentTool[] {
  const paths = lookup(document, "/paths");
  if (!paths.found || !isObject(paths.value)) throw new ToolBuildError("/paths", "the spec has no paths");
  const tools: AgentTool[] = [];
  for (const path of Object.keys(paths.value)) {
    for (const method of HTTP_METHODS) {
      const op = resolve(document, `/paths/${escapeToken(path)}/${method}`);
      if (op !== undefined) tools.push(toolOf(document, path, method, op.value, op.pointer));
    }
  }
  return tools;
}

export function toMcpToolList(tools: readonly AgentTool[]): McpToolList {
  return {
    tools: tools.map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: t.inputSchema,
      annotations: { readOnlyHint: t.readOnly, idempotentHint: t.idempotent },
    })),
  };
}

function toolOf(document: unknown, path: string, method: string, op: JsonObject, pointer: string): AgentTool {
  const name = op["operationId"];
  if (typeof name !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
    throw new ToolBuildError(
      pointer,
      "an operation needs an operationId of 1–64 letters, digits, _ or - to become a tool",
    );
  }
  const notes: CopyNotes = { refs: [], base64Unchecked: [], origins: new WeakMap() };
  const properties: JsonObject = {};
  const required: string[] = [];
  const bindings: Record<string, { in: Binding; name: string }> = {};
  const add = (
    key: string,
    schema: unknown,
    binding: Binding,
    wireName: string,
    isRequired: boolean,
    at: string,
  ): void => {
    if (key in properties) throw new ToolBuildError(at, `input member ${JSON.stringify(key)} would be bound twice`);
    properties[key] = schema;
    bindings[key] = { in: binding, name: wireName };
    if (isRequired) required.push(key);
  };

  for (const listPointer of [`/paths/${escapeToken(path)}/parameters`, `${pointer}/parameters`]) {
    const list = lookup(document, listPointer);
    (list.found && Array.isArray(list.value) ? list.value : []).forEach((_, i) => {
      const p = resolve(document, `${listPointer}/${i}`);
      if (p === undefined) return;
      const location = String(p.value["in"]);
      if (location !== "path" && location !== "query" && location !== "header") return;
      const wire = String(p.value["name"]);
      const schema = withDescription(
        toJsonSchema(p.value["schema"] ?? {}, `${p.pointer}/schema`, "", notes),
        p.value["description"],
      );
      add(wire, schema, location, wire, p.value["required"] === true, p.pointer);
    });
  }

  let mediaType: string | undefined;
  const body = resolve(document, `${pointer}/requestBody`);
  if (body !== undefined && isObject(body.value["content"])) {
    mediaType = Object.keys(body.value["content"])[0];
    const mediaPointer = `${body.pointer}/content/${escapeToken(mediaType ?? "")}`;
    const schemaPointer = `${mediaPointer}/schema`;
    const objectBody = mediaType === "application/json" ? objectSchemaAt(document, schemaPointer) : undefined;
    if (objectBody !== undefined) {
      const members = isObject(objectBody.value["properties"]) ? objectBody.value["properties"] : {};
      const bodyRequired = Array.isArray(objectBody.value["required"]) ? objectBody.value["required"] : [];
      for (const [member, schema] of Object.entries(members)) {
        const at = `${objectBody.pointer}/properties/${escapeToken(member)}`;
        add(member, toJsonSchema(schema, at, "", notes), "bodyMember", member, bodyRequired.includes(member), at);
      }
    } else {
      const declared = lookup(document, schemaPointer);
      const copied = toJsonSchema(declared.found ? declared.value : {}, schemaPointer, "", notes);
      // An event-stream body is a sequence of events, each one member of the union schema.
      const stream = mediaType === EVENT_STREAM;
      const schema = stream ? { type: "array", items: copied } : copied;
      const note = stream
        ? "The events to send, in order; each is the union with exactly one member set (the frame's :event-type)."
        : `The request body, sent as ${mediaType ?? "the declared media type"}.`;
      add(
        "body",
        withDescription(schema, stream ? note : (body.value["description"] ?? note)),
        "body",
        "body",
        body.value["required"] === true,
        mediaPointer,
      );
    }
  }

  const inputSchema: JsonObject = {
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
    ...bundledDefs(document, notes),
  };
  const summary = typeof op["summary"] === "string" ? op["summary"] : name;
  const details = typeof op["description"] === "string" ? op["description"] : "";
  return {
    name,
    description: details === "" ? summary : `${summary}.\n\n${details}`,
    inputSchema,
    http: { method: method.toUpperCase(), path, bindings, ...(mediaType === undefined ? {} : { mediaType }) },
    readOnly: op["x-smithy-readonly"] === true,
    idempotent: op["x-smithy-idempotent"] === true,
  };
}

/** The object schema a body is (directly or through one component `$ref`), or undefined when it is not an object. */
function objectSchemaAt(document: unknown, pointer: string): { pointer: string; value: JsonObject } | undefined {
  const node = resolve(document, pointer);
  if (node === undefined) return undefined;
  const isObjectSchema = node.value["type"] === "object" || isObject(node.value["properties"]);
  return isObjectSchema ? node : undefined;
}

function withDescription(schema: unknown, description: unknown): unknown {
  if (!isObject(schema) || typeof description !== "string" || "description" in schema) return schema;
  return { ...schema, description };
}

/** Every component schema the copied input reaches, transitively, as `$defs`. */
function bundledDefs(document: unknown, notes: CopyNotes): { $defs?: JsonObject } {
  const defs: JsonObject = {};
  for (let i = 0; i < notes.refs.length; i++) {
    const ref = notes.refs[i]!.ref;
    if (!ref.startsWith(COMPONENT_REF_PREFIX))
      throw new ToolBuildError(notes.refs[i]!.pointer, `cannot bundle $ref ${ref}`);
    const name = tokensOf(`/${ref.slice(COMPONENT_REF_PREFIX.length)}`)[0]!;
    if (name in defs) continue;
    const at = `/components/schemas/${escapeToken(name)}`;
    const component = lookup(document, at);
    if (!component.found) throw new ToolBuildError(notes.refs[i]!.pointer, `$ref ${ref} points at nothing`);
    defs[name] = toJsonSchema(component.value, at, "", notes); // adds its own refs to the list being walked
  }
  return Object.keys(defs).length > 0 ? { $defs: defs } : {};
}
