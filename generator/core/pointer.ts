/**
 * JSON pointers (RFC 6901). Problems carry plain pointers (`/paths/~1model~1{modelId}/post`)
 * so `formatProblem` prints `file#/paths/...`; the tools we wrap hand back URI fragments
 * (`#/...`, sometimes percent-encoded) or token arrays, which are normalized here.
 */
import { isObject, type JsonObject } from "./json.js";

/** Where OpenAPI keeps named schemas; a local `$ref` to one starts with this. */
export const SCHEMA_REF_PREFIX = "#/components/schemas/";

// Most tokens hold neither `~` nor `/`: skipping the replacements for them matters in replay,
// which walks pointers for every recording.
export function escapeToken(token: string | number): string {
  const text = String(token);
  return text.includes("~") || text.includes("/") ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text;
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join("");
}

/** The pointer reached from `parent` (a pointer) through `tokens`, each escaped. */
export function childPointer(parent: string, ...tokens: (string | number)[]): string {
  return parent + pointerOf(tokens);
}

export function tokensOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => (t.includes("~") ? t.replaceAll("~1", "/").replaceAll("~0", "~") : t));
}

/** `#/a/b%20c` → `/a/b c`; a fragment that is not valid percent-encoding is kept as written. */
export function fragmentToPointer(fragment: string): string {
  const raw = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

export function lookup(root: unknown, pointer: string): Lookup {
  let node = root;
  for (const token of tokensOf(pointer)) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < node.length) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return { found: false };
  }
  return { found: true, value: node };
}

/** A node of a document and its JSON pointer, after following local `$ref`s. */
export interface Located {
  readonly value: JsonObject;
  readonly pointer: string;
}

/**
 * The object at `pointer`, following local `$ref` chains and remembering where the target lives
 * (schema validation and problems both speak in document pointers). Undefined when there is no
 * object, a `$ref` leaves the document, or the chain runs past 32 hops (a cycle is the structure
 * check's to report).
 */
export function resolve(document: unknown, pointer: string): Located | undefined {
  let current = pointer;
  for (let hop = 0; hop < 32; hop++) {
    const node = lookup(document, current);
    if (!node.found || !isObject(node.value)) return undefined;
    const ref = node.value["$ref"];
    if (typeof ref !== "string") return { value: node.value, pointer: current };
    if (!ref.startsWith("#")) return undefined;
    current = fragmentToPointer(ref);
  }
  return undefined;
}
