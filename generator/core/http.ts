/** HTTP vocabulary shared by the emitter, the validators and the contract tests. */

/** The operation keys of an OpenAPI path item, in the order the specification lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** `[name as written, value]` of a header, matched case-insensitively as HTTP requires. */
export function findHeaderEntry(
  headers: Readonly<Record<string, string>>,
  name: string,
): readonly [string, string] | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : [key, headers[key]!];
}

/** A header's value, matched case-insensitively. */
export function findHeader(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return findHeaderEntry(headers, name)?.[1];
}
