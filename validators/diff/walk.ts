/**
 * What the comparison carries while it walks two documents side by side: both roots, the
 * operation being walked (so every change names where it is reached from), the pairs of
 * places already compared (cycle protection), and the sink for changes.
 */
import { isObject, type JsonObject } from "../../generator/core/json.js";
import { lookup } from "../../generator/core/pointer.js";
import { change, type Change, type ChangeCode, type ChangeParams } from "./changes.js";

export type Side = "request" | "response";

export interface Walk {
  readonly oldDoc: JsonObject;
  readonly newDoc: JsonObject;
  readonly operation: string | undefined;
  readonly seen: Set<string>;
  readonly report: (change: Change) => void;
}

/** A node and where it sits in its document after following local `$ref`s. */
export interface Located {
  readonly node: JsonObject;
  readonly pointer: string;
}

export function emit<C extends ChangeCode>(walk: Walk, code: C, params: ChangeParams<C>, pointer: string): void {
  walk.report(change(code, params, pointer, walk.operation));
}

/**
 * Follows local `$ref`s (a chain of them too) to the node they name. A ref that leaves the
 * document or names nothing leaves the node as written, so its siblings are still compared.
 */
export function resolve(doc: JsonObject, node: unknown, pointer: string): Located {
  let current: unknown = node;
  let at = pointer;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === "string"; hops++) {
    if (!current.$ref.startsWith("#")) break;
    const target = decodeFragment(current.$ref);
    const found = lookup(doc, target);
    if (!found.found) break;
    current = found.value;
    at = target;
  }
  return { node: isObject(current) ? current : {}, pointer: at };
}

function decodeFragment(ref: string): string {
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

export function objectAt(node: JsonObject, key: string): JsonObject {
  const value = node[key];
  return isObject(value) ? value : {};
}

/** Reports a changed description or summary (documentation only) at `pointer`. */
export function compareDocs(walk: Walk, oldNode: JsonObject, newNode: JsonObject, pointer: string): void {
  for (const key of ["summary", "description"] as const) {
    const before = oldNode[key];
    const after = newNode[key];
    if (typeof before === "string" && typeof after === "string" && before !== after)
      emit(walk, "description-changed", { name: key }, `${pointer}/${key}`);
  }
}

export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
