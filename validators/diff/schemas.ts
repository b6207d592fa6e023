/**
 * Compares two schemas in the role they play for a consumer: in a request the client writes
 * the value, so anything the new schema refuses that the old accepted breaks it; in a response
 * the client reads it, so anything new it may now receive breaks it.
 */
import { isObject, type JsonObject } from "../../generator/core/json.js";
import { escapeToken } from "../../generator/core/pointer.js";
import { compareDocs, emit, resolve, shorten, type Side, type Walk } from "./walk.js";

/** Keywords whose larger value admits more. */
const upperBounds = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"] as const;
/** Keywords whose smaller value admits more. */
const lowerBounds = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"] as const;
/** Keywords where any change may refuse old values and admit new ones. */
const exactKeywords = ["pattern", "format", "contentEncoding", "const"] as const;

export interface SchemaPair {
  readonly old: unknown;
  readonly oldPointer: string;
  readonly new: unknown;
  readonly newPointer: string;
}

/** `stream` marks the top schema of an event stream, whose union members are its events. */
export function compareSchemas(walk: Walk, side: Side, pair: SchemaPair, stream = false): void {
  if (isObject(pair.old) && isObject(pair.new)) compareDocs(walk, pair.old, pair.new, pair.newPointer);
  const before = resolve(walk.oldDoc, pair.old, pair.oldPointer);
  const after = resolve(walk.newDoc, pair.new, pair.newPointer);
  const key = `${side}|${stream}|${before.pointer}|${after.pointer}`;
  if (walk.seen.has(key)) return;
  walk.seen.add(key);
  if (before.node !== pair.old && after.node !== pair.new) compareDocs(walk, before.node, after.node, after.pointer);
  compareNodes(walk, side, before.node, after.node, { old: before.pointer, new: after.pointer }, stream);
  // OpenAPI 3.1 lets keywords sit beside a $ref (a property narrowing a shared list, say);
  // they constrain the value too, so they are compared where they are written.
  if (isObject(pair.old) && isObject(pair.new) && hasRef(pair.old) && hasRef(pair.new))
    compareNodes(
      walk,
      side,
      withoutRef(pair.old),
      withoutRef(pair.new),
      { old: pair.oldPointer, new: pair.newPointer },
      false,
    );
}

function hasRef(node: JsonObject): boolean {
  return typeof node.$ref === "string";
}

function withoutRef(node: JsonObject): JsonObject {
  const { $ref: _ref, description: _description, ...rest } = node;
  return rest;
}

function compareNodes(
  walk: Walk,
  side: Side,
  before: JsonObject,
  after: JsonObject,
  at: Places,
  stream: boolean,
): void {
  compareTypes(walk, side, before, after, at.new);
  compareBounds(walk, side, before, after, at.new);
  compareEnums(walk, side, before, after, at);
  compareProperties(walk, side, before, after, at);
  compareUnion(walk, side, before, after, at, stream);
  for (const keyword of ["items", "additionalProperties"] as const) {
    const [o, n] = [before[keyword], after[keyword]];
    if (isObject(o) && isObject(n))
      compareSchemas(walk, side, {
        old: o,
        oldPointer: `${at.old}/${keyword}`,
        new: n,
        newPointer: `${at.new}/${keyword}`,
      });
  }
}

function typesOf(node: JsonObject): string[] | undefined {
  if (typeof node.type === "string") return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === "string").sort();
  return undefined;
}

function compareTypes(walk: Walk, side: Side, before: JsonObject, after: JsonObject, pointer: string): void {
  const [o, n] = [typesOf(before), typesOf(after)];
  if (o === undefined && n === undefined) return;
  const removed = o !== undefined && (n === undefined ? [] : o.filter((t) => !n.includes(t)));
  const added = n !== undefined && (o === undefined ? [] : n.filter((t) => !o.includes(t)));
  const narrowed = (o === undefined && n !== undefined) || (Array.isArray(removed) && removed.length > 0);
  const widened = (n === undefined && o !== undefined) || (Array.isArray(added) && added.length > 0);
  const params = { keyword: "type", old: o?.join("|") ?? "any", new: n?.join("|") ?? "any" };
  if (side === "request") {
    if (narrowed) emit(walk, "request-type-narrowed", params, `${pointer}/type`);
    else if (widened) emit(walk, "request-type-widened", params, `${pointer}/type`);
  } else if (widened) emit(walk, "response-type-widened", params, `${pointer}/type`);
  else if (narrowed) emit(walk, "response-type-narrowed", params, `${pointer}/type`);
}

function show(value: unknown): string {
  return value === undefined ? "none" : shorten(typeof value === "number" ? String(value) : JSON.stringify(value));
}

function compareBounds(walk: Walk, side: Side, before: JsonObject, after: JsonObject, pointer: string): void {
  const report = (keyword: string, narrowed: boolean, widened: boolean) => {
    const params = { keyword, old: show(before[keyword]), new: show(after[keyword]) };
    const where = `${pointer}/${keyword}`;
    // A change that does both (a rewritten pattern) is reported as the side's breaking kind.
    if (side === "request") {
      if (narrowed) emit(walk, "request-constraint-narrowed", params, where);
      else if (widened) emit(walk, "request-constraint-widened", params, where);
    } else if (widened) emit(walk, "response-constraint-widened", params, where);
    else if (narrowed) emit(walk, "response-constraint-narrowed", params, where);
  };
  const numberAt = (node: JsonObject, k: string) => (typeof node[k] === "number" ? (node[k] as number) : undefined);
  for (const keyword of upperBounds) {
    const [o, n] = [numberAt(before, keyword), numberAt(after, keyword)];
    if (o === n) continue;
    report(keyword, n !== undefined && (o === undefined || n < o), o !== undefined && (n === undefined || n > o));
  }
  for (const keyword of lowerBounds) {
    const [o, n] = [numberAt(before, keyword), numberAt(after, keyword)];
    if (o === n) continue;
    report(keyword, n !== undefined && (o === undefined || n > o), o !== undefined && (n === undefined || n < o));
  }
  for (const keyword of exactKeywords) {
    const [o, n] = [before[keyword], after[keyword]];
    if (JSON.stringify(o) === JSON.stringify(n)) continue;
    report(keyword, n !== undefined, o !== undefined);
  }
  const closed = (node: JsonObject) => node.additionalProperties === false;
  if (closed(before) !== closed(after)) {
    const params = {
      keyword: "additionalProperties",
      old: closed(before) ? "forbidden" : "allowed",
      new: closed(after) ? "forbidden" : "allowed",
    };
    const where = `${pointer}/additionalProperties`;
    const narrowed = closed(after);
    if (side === "request")
      emit(walk, narrowed ? "request-constraint-narrowed" : "request-constraint-widened", params, where);
    else emit(walk, narrowed ? "response-constraint-narrowed" : "response-constraint-widened", params, where);
  }
}

interface Places {
  readonly old: string;
  readonly new: string;
}

function compareEnums(walk: Walk, side: Side, before: JsonObject, after: JsonObject, at: Places): void {
  if (!Array.isArray(before.enum) || !Array.isArray(after.enum)) {
    if (Array.isArray(before.enum) !== Array.isArray(after.enum)) {
      const narrowed = Array.isArray(after.enum);
      const params = {
        keyword: "enum",
        old: narrowed ? "any value" : "a list",
        new: narrowed ? "a list" : "any value",
      };
      if (side === "request")
        emit(walk, narrowed ? "request-constraint-narrowed" : "request-constraint-widened", params, `${at.new}/enum`);
      else
        emit(walk, narrowed ? "response-constraint-narrowed" : "response-constraint-widened", params, `${at.new}/enum`);
    }
    return;
  }
  const oldValues = before.enum.map((v) => JSON.stringify(v));
  const newValues = after.enum.map((v) => JSON.stringify(v));
  oldValues.forEach((value, i) => {
    if (!newValues.includes(value)) emit(walk, `${side}-enum-value-removed`, { value }, `${at.old}/enum/${i}`);
  });
  newValues.forEach((value, i) => {
    if (!oldValues.includes(value)) emit(walk, `${side}-enum-value-added`, { value }, `${at.new}/enum/${i}`);
  });
}

function requiredOf(node: JsonObject): Set<string> {
  return new Set(Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === "string") : []);
}

function compareProperties(walk: Walk, side: Side, before: JsonObject, after: JsonObject, at: Places): void {
  const oldProps = isObject(before.properties) ? before.properties : {};
  const newProps = isObject(after.properties) ? after.properties : {};
  const [oldRequired, newRequired] = [requiredOf(before), requiredOf(after)];
  for (const name of Object.keys(oldProps)) {
    if (!Object.hasOwn(newProps, name))
      emit(walk, `${side}-property-removed`, { name }, `${at.old}/properties/${escapeToken(name)}`);
  }
  for (const [name, schema] of Object.entries(newProps)) {
    const where = `${at.new}/properties/${escapeToken(name)}`;
    if (!Object.hasOwn(oldProps, name)) {
      if (side === "response") emit(walk, "response-property-added", { name }, where);
      else
        emit(
          walk,
          newRequired.has(name) ? "request-property-added-required" : "request-property-added-optional",
          { name },
          where,
        );
      continue;
    }
    const [was, is] = [oldRequired.has(name), newRequired.has(name)];
    if (was !== is) {
      if (side === "request")
        emit(walk, is ? "request-property-became-required" : "request-property-became-optional", { name }, where);
      else emit(walk, is ? "response-property-became-required" : "response-property-became-optional", { name }, where);
    }
    const oldPointer = `${at.old}/properties/${escapeToken(name)}`;
    compareSchemas(walk, side, { old: oldProps[name], oldPointer, new: schema, newPointer: where });
  }
}

/**
 * Union members are matched by what identifies them: the one property an exactly-one branch
 * requires, else the component a `$ref` names, else the title, else the position.
 */
function memberKey(member: unknown, index: number): string {
  if (!isObject(member)) return `#${index}`;
  if (typeof member.$ref === "string") return member.$ref.slice(member.$ref.lastIndexOf("/") + 1);
  if (Array.isArray(member.required) && member.required.length === 1 && typeof member.required[0] === "string")
    return member.required[0];
  if (typeof member.title === "string") return member.title;
  return `#${index}`;
}

function unionOf(node: JsonObject): { keyword: string; members: unknown[] } | undefined {
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const members = node[keyword];
    if (Array.isArray(members)) return { keyword, members };
  }
  return undefined;
}

function compareUnion(
  walk: Walk,
  side: Side,
  before: JsonObject,
  after: JsonObject,
  at: Places,
  stream: boolean,
): void {
  const [o, n] = [unionOf(before), unionOf(after)];
  if (!o || !n) return;
  const oldKeys = o.members.map(memberKey);
  const newKeys = n.members.map(memberKey);
  const kind = stream ? "stream-event" : "union-member";
  oldKeys.forEach((name, i) => {
    if (!newKeys.includes(name)) emit(walk, `${side}-${kind}-removed`, { name }, `${at.old}/${o.keyword}/${i}`);
  });
  newKeys.forEach((name, i) => {
    const where = `${at.new}/${n.keyword}/${i}`;
    const j = oldKeys.indexOf(name);
    if (j === -1) emit(walk, `${side}-${kind}-added`, { name }, where);
    else
      compareSchemas(walk, side, {
        old: o.members[j],
        oldPointer: `${at.old}/${o.keyword}/${j}`,
        new: n.members[i],
        newPointer: where,
      });
  });
}
