/**
 * Small readers for the contract checks: pointers into the emitted document, the declared media
 * type for a recorded one, parameter values as schemas see them.
 * Reading the document itself (`isObject`, `lookup`, `resolve`) is the validators' (validators/).
 */
import { resolve } from "../generator/core/pointer.js";

/** `#/…` fragment for a pointer, as the schema validator takes it. */
export function fragmentOf(pointer: string): string {
  return `#${pointer.replaceAll("%", "%25")}`;
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

/** A header, path or query value as the schema sees it: numbers and booleans are parsed. */
export function coerce(value: string, types: readonly string[]): unknown {
  if ((types.includes("integer") || types.includes("number")) && value.trim() !== "" && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}
