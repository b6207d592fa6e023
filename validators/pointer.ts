/**
 * JSON pointers (RFC 6901). Problems carry plain pointers (`/paths/~1model~1{modelId}/post`)
 * so `formatProblem` prints `file#/paths/...`; the tools we wrap hand back URI fragments
 * (`#/...`, sometimes percent-encoded) or token arrays, which are normalized here.
 */
import { isObject } from "./check.js";

export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join("");
}

export function tokensOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
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
