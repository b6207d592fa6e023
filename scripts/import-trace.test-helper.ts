/**
 * A module-resolution hook for tests: appends every URL a child process resolves to the file
 * named by IMPORT_TRACE_FILE, so a test can see which packages a command loaded.
 */
import { appendFileSync } from "node:fs";

type Resolved = { readonly url: string };
type Next = (specifier: string, context: unknown) => Promise<Resolved>;

export async function resolve(specifier: string, context: unknown, next: Next): Promise<Resolved> {
  const resolved = await next(specifier, context);
  const file = process.env["IMPORT_TRACE_FILE"];
  if (file !== undefined) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
