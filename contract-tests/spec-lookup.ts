/**
 * Small readers over the emitted document: follow local `$ref`s while remembering where the
 * target lives (the schema validator and our problems both speak in document pointers), pick
 * the declared media type for a recorded one, and find headers case-insensitively.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

/** A node of the document and its JSON pointer (after following `$ref`s). */
export interface Located<T = JsonObject> {
  readonly value: T;
  readonly pointer: string;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((t) => `/${escapeToken(t)}`).join("");
}

/** `#/…` fragment for a pointer, as the schema validator takes it. */
export function fragmentOf(pointer: string): string {
  return `#${pointer.replaceAll("%", "%25")}`;
}

/** The node at `pointer`, without following `$ref`s; undefined when nothing is there. */
export function lookup(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = node[token];
    else return undefined;
  }
  return node;
}

/** The object at `pointer`, following `$ref` chains (at most 32 hops: a cycle is a broken spec). */
export function resolve(document: unknown, pointer: string): Located | undefined {
  let current = pointer;
  for (let hop = 0; hop < 32; hop++) {
    const node = lookup(document, current);
    if (!isObject(node)) return undefined;
    const ref = node["$ref"];
    if (typeof ref !== "string" || !ref.startsWith("#")) return { value: node, pointer: current };
    current = decodeURIComponent(ref.slice(1));
  }
  return undefined;
}

/** The JSON Schema `type`s a schema admits, following `$ref`s; empty when it does not say. */
export function schemaTypes(document: unknown, pointer: string): readonly string[] {
  const schema = resolve(document, pointer)?.value;
  const type = schema?.["type"];
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** `application/json; charset=utf-8` → `application/json`. */
export function essence(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}

export function isJsonMediaType(mediaType: string): boolean {
  const e = essence(mediaType);
  return e === "application/json" || e.endsWith("+json");
}

export const EVENT_STREAM = "application/vnd.amazon.eventstream";

/** The most specific declared key for `mediaType`: exact, then `type/*`, then `*\/*`. */
export function matchMediaType(declared: readonly string[], mediaType: string): string | undefined {
  const wanted = essence(mediaType);
  const [type] = wanted.split("/");
  return (
    declared.find((key) => essence(key) === wanted) ??
    declared.find((key) => essence(key) === `${type}/*`) ??
    declared.find((key) => essence(key) === "*/*")
  );
}

export function findHeader(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return findHeaderEntry(headers, name)?.[1];
}

/** `[name as recorded, value]`: problems point at the header the recording holds. */
export function findHeaderEntry(headers: Readonly<Record<string, string>>, name: string): readonly [string, string] | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : [key, headers[key]!];
}

/** A header, path or query value as the schema sees it: numbers and booleans are parsed. */
export function coerce(value: string, types: readonly string[]): unknown {
  if ((types.includes("integer") || types.includes("number")) && value.trim() !== "" && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}
