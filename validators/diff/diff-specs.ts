/**
 * `diffSpecs(old, new)`: every change between two OpenAPI documents that a consumer of the
 * API could notice, each classified as breaking or not. Operations are matched by
 * operationId, so a moved route is one change rather than a removal and an addition;
 * schemas are followed through `$ref`s with each pair of places compared once.
 */
import { isObject, type JsonObject } from "../../generator/core/json.js";
import { escapeToken } from "../../generator/core/pointer.js";
import type { Change, SemverLevel } from "./changes.js";
import { compareSchemas } from "./schemas.js";
import { compareDocs, emit, objectAt, resolve, type Walk } from "./walk.js";

export type { Change, ChangeCode, SemverLevel } from "./changes.js";
export { changeKinds } from "./changes.js";

export interface SpecDiff {
  /** Sorted by pointer, then code. */
  readonly changes: readonly Change[];
  readonly breakingCount: number;
  /** The release level the changes call for; `none` when nothing changed. */
  readonly level: SemverLevel | "none";
}

const EVENT_STREAM = "application/vnd.amazon.eventstream";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface OperationAt {
  readonly id: string;
  readonly route: string;
  readonly pointer: string;
  readonly node: JsonObject;
  readonly pathItem: JsonObject;
  readonly pathPointer: string;
}

export function diffSpecs(oldDocument: unknown, newDocument: unknown): SpecDiff {
  const oldDoc = isObject(oldDocument) ? oldDocument : {};
  const newDoc = isObject(newDocument) ? newDocument : {};
  const found = new Map<string, { change: Change; operations: Set<string> }>();
  const report = (c: Change) => {
    const key = `${c.code}|${c.pointer}`;
    const entry = found.get(key) ?? { change: c, operations: new Set<string>() };
    for (const op of c.operations) entry.operations.add(op);
    found.set(key, entry);
  };
  const walkFor = (operation: string | undefined): Walk => ({ oldDoc, newDoc, operation, seen: new Set(), report });

  const before = operationsOf(oldDoc);
  const after = operationsOf(newDoc);
  for (const [id, op] of before) {
    if (!after.has(id)) emit(walkFor(id), "operation-removed", { route: op.route }, op.pointer);
  }
  for (const [id, op] of after) {
    const old = before.get(id);
    if (!old) emit(walkFor(id), "operation-added", { route: op.route }, op.pointer);
    else compareOperation(walkFor(id), old, op);
  }
  compareSecuritySchemes(walkFor(undefined));

  const changes = [...found.values()]
    .map(({ change, operations }) => ({ ...change, operations: [...operations].sort() }))
    .sort((a, b) =>
      a.pointer === b.pointer ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.pointer < b.pointer ? -1 : 1,
    );
  const breakingCount = changes.filter((c) => c.breaking).length;
  const levels: SemverLevel[] = ["major", "minor", "patch"];
  const level = levels.find((l) => changes.some((c) => c.level === l)) ?? "none";
  return { changes, breakingCount, level };
}

function operationsOf(doc: JsonObject): Map<string, OperationAt> {
  const operations = new Map<string, OperationAt>();
  for (const [path, item] of Object.entries(objectAt(doc, "paths"))) {
    if (!isObject(item)) continue;
    const pathPointer = `/paths/${escapeToken(path)}`;
    for (const method of METHODS) {
      const node = item[method];
      if (!isObject(node)) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const id = typeof node.operationId === "string" ? node.operationId : route;
      operations.set(id, { id, route, node, pointer: `${pathPointer}/${method}`, pathItem: item, pathPointer });
    }
  }
  return operations;
}

function compareOperation(walk: Walk, before: OperationAt, after: OperationAt): void {
  if (before.route !== after.route)
    emit(walk, "operation-route-changed", { old: before.route, new: after.route }, after.pointer);
  compareDocs(walk, before.node, after.node, after.pointer);
  compareParameters(walk, before, after);
  compareRequestBody(walk, before, after);
  compareResponses(walk, before, after);
  compareSecurity(walk, before, after);
}

interface ParameterAt {
  readonly node: JsonObject;
  readonly raw: JsonObject;
  readonly pointer: string;
}

/** Path-level and operation-level parameters, keyed by location and name (operation wins). */
function parametersOf(doc: JsonObject, op: OperationAt): Map<string, ParameterAt> {
  const parameters = new Map<string, ParameterAt>();
  const collect = (list: unknown, pointer: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw: unknown, i) => {
      const { node } = resolve(doc, raw, `${pointer}/parameters/${i}`);
      if (typeof node.name !== "string" || typeof node.in !== "string" || !isObject(raw)) return;
      parameters.set(`${node.in} ${node.name}`, { node, raw, pointer: `${pointer}/parameters/${i}` });
    });
  };
  collect(op.pathItem.parameters, op.pathPointer);
  collect(op.node.parameters, op.pointer);
  return parameters;
}

function compareParameters(walk: Walk, before: OperationAt, after: OperationAt): void {
  const oldParams = parametersOf(walk.oldDoc, before);
  const newParams = parametersOf(walk.newDoc, after);
  for (const [name, param] of oldParams) {
    if (!newParams.has(name)) emit(walk, "parameter-removed", { name }, param.pointer);
  }
  for (const [name, param] of newParams) {
    const old = oldParams.get(name);
    const required = param.node.required === true;
    if (!old) {
      emit(walk, required ? "parameter-added-required" : "parameter-added-optional", { name }, param.pointer);
      continue;
    }
    if ((old.node.required === true) !== required)
      emit(walk, required ? "parameter-became-required" : "parameter-became-optional", { name }, param.pointer);
    compareDocs(walk, old.node, param.node, param.pointer);
    compareSchemas(walk, "request", {
      old: old.node.schema,
      oldPointer: `${old.pointer}/schema`,
      new: param.node.schema,
      newPointer: `${param.pointer}/schema`,
    });
  }
}

function compareRequestBody(walk: Walk, before: OperationAt, after: OperationAt): void {
  // A body that appears or disappears is compared with an empty one: its media types are added or removed.
  const oldBody = resolve(walk.oldDoc, before.node.requestBody, `${before.pointer}/requestBody`);
  const newBody = resolve(walk.newDoc, after.node.requestBody, `${after.pointer}/requestBody`);
  if (newBody.node.required === true && oldBody.node.required !== true)
    emit(walk, "request-body-became-required", {}, newBody.pointer);
  compareDocs(walk, oldBody.node, newBody.node, newBody.pointer);
  compareContent(walk, "request", oldBody.node, oldBody.pointer, newBody.node, newBody.pointer);
}

function compareContent(
  walk: Walk,
  side: "request" | "response",
  before: JsonObject,
  oldPointer: string,
  after: JsonObject,
  newPointer: string,
): void {
  const oldContent = objectAt(before, "content");
  const newContent = objectAt(after, "content");
  for (const name of Object.keys(oldContent)) {
    if (!Object.hasOwn(newContent, name))
      emit(walk, `${side}-media-type-removed`, { name }, `${oldPointer}/content/${escapeToken(name)}`);
  }
  for (const [name, media] of Object.entries(newContent)) {
    const where = `${newPointer}/content/${escapeToken(name)}`;
    if (!Object.hasOwn(oldContent, name)) {
      emit(walk, `${side}-media-type-added`, { name }, where);
      continue;
    }
    const oldMedia = oldContent[name];
    if (!isObject(oldMedia) || !isObject(media)) continue;
    const pair = {
      old: oldMedia.schema,
      oldPointer: `${oldPointer}/content/${escapeToken(name)}/schema`,
      new: media.schema,
      newPointer: `${where}/schema`,
    };
    compareSchemas(walk, side, pair, name === EVENT_STREAM);
  }
}

function compareResponses(walk: Walk, before: OperationAt, after: OperationAt): void {
  const oldResponses = objectAt(before.node, "responses");
  const newResponses = objectAt(after.node, "responses");
  for (const status of Object.keys(oldResponses)) {
    if (!Object.hasOwn(newResponses, status))
      emit(walk, "response-status-removed", { name: status }, `${before.pointer}/responses/${escapeToken(status)}`);
  }
  for (const status of Object.keys(newResponses)) {
    const where = `${after.pointer}/responses/${escapeToken(status)}`;
    if (!Object.hasOwn(oldResponses, status)) {
      emit(walk, "response-status-added", { name: status }, where);
      continue;
    }
    const oldResponse = resolve(
      walk.oldDoc,
      oldResponses[status],
      `${before.pointer}/responses/${escapeToken(status)}`,
    );
    const newResponse = resolve(walk.newDoc, newResponses[status], where);
    compareDocs(walk, oldResponse.node, newResponse.node, newResponse.pointer);
    compareHeaders(walk, oldResponse.node, oldResponse.pointer, newResponse.node, newResponse.pointer);
    compareContent(walk, "response", oldResponse.node, oldResponse.pointer, newResponse.node, newResponse.pointer);
  }
}

/** Header names are case-insensitive on the wire, so they are matched in lower case. */
function compareHeaders(
  walk: Walk,
  before: JsonObject,
  oldPointer: string,
  after: JsonObject,
  newPointer: string,
): void {
  const index = (response: JsonObject) =>
    new Map(
      Object.entries(objectAt(response, "headers")).map(([name, header]) => [name.toLowerCase(), { name, header }]),
    );
  const oldHeaders = index(before);
  const newHeaders = index(after);
  for (const [key, { name }] of oldHeaders) {
    if (!newHeaders.has(key))
      emit(walk, "response-header-removed", { name }, `${oldPointer}/headers/${escapeToken(name)}`);
  }
  for (const [key, { name, header }] of newHeaders) {
    const where = `${newPointer}/headers/${escapeToken(name)}`;
    const old = oldHeaders.get(key);
    if (!old) {
      emit(walk, "response-header-added", { name }, where);
      continue;
    }
    const oldHeader = resolve(walk.oldDoc, old.header, `${oldPointer}/headers/${escapeToken(old.name)}`);
    const newHeader = resolve(walk.newDoc, header, where);
    compareSchemas(walk, "response", {
      old: oldHeader.node.schema,
      oldPointer: `${oldHeader.pointer}/schema`,
      new: newHeader.node.schema,
      newPointer: `${newHeader.pointer}/schema`,
    });
  }
}

/** An operation's accepted credentials: its own `security`, else the document's. */
function requirementsOf(doc: JsonObject, op: OperationAt): { names: string[]; pointer: string } {
  const own = Array.isArray(op.node.security);
  const list: unknown = own ? op.node.security : doc.security;
  const names = Array.isArray(list)
    ? list.filter(isObject).map((r) => Object.keys(r).sort().join("+") || "anonymous")
    : [];
  return { names, pointer: own ? `${op.pointer}/security` : "/security" };
}

function compareSecurity(walk: Walk, before: OperationAt, after: OperationAt): void {
  const o = requirementsOf(walk.oldDoc, before);
  const n = requirementsOf(walk.newDoc, after);
  for (const name of o.names)
    if (!n.names.includes(name)) emit(walk, "security-requirement-removed", { name }, o.pointer);
  for (const name of n.names)
    if (!o.names.includes(name)) emit(walk, "security-requirement-added", { name }, n.pointer);
}

const SCHEME_KEYS = [
  "type",
  "scheme",
  "in",
  "name",
  "bearerFormat",
  "openIdConnectUrl",
  "x-amazon-apigateway-authtype",
  "x-aws-signing-name",
];

function compareSecuritySchemes(walk: Walk): void {
  const oldSchemes = objectAt(objectAt(walk.oldDoc, "components"), "securitySchemes");
  const newSchemes = objectAt(objectAt(walk.newDoc, "components"), "securitySchemes");
  for (const name of Object.keys(oldSchemes)) {
    if (!Object.hasOwn(newSchemes, name))
      emit(walk, "security-scheme-removed", { name }, `/components/securitySchemes/${escapeToken(name)}`);
  }
  for (const [name, scheme] of Object.entries(newSchemes)) {
    const where = `/components/securitySchemes/${escapeToken(name)}`;
    const old = oldSchemes[name];
    if (!isObject(old)) {
      emit(walk, "security-scheme-added", { name }, where);
      continue;
    }
    if (!isObject(scheme)) continue;
    for (const keyword of SCHEME_KEYS) {
      const [was, is] = [JSON.stringify(old[keyword]) ?? "none", JSON.stringify(scheme[keyword]) ?? "none"];
      if (was !== is)
        emit(
          walk,
          "security-scheme-changed",
          { keyword: `${name}.${keyword}`, old: was, new: is },
          `${where}/${escapeToken(keyword)}`,
        );
    }
    compareDocs(walk, old, scheme, where);
  }
}
