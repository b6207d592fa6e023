/**
 * Reads one side of a diff: a spec file (JSON or YAML) or a spec at a git revision.
 *   `git:REF`        the default spec path at REF (e.g. `git:v0.1.0`, `git:origin/main`)
 *   `git:REF:PATH`   PATH (relative to the repository root) at REF
 *   `REF`            as `git:REF`, when no file of that name exists and git resolves it
 * Failures become problems naming the source, never stacks.
 */
import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { promisify } from "node:util";
import YAML from "yaml";
import { problem, ProblemsError } from "../../generator/core/diagnostics.js";
import { isObject, type JsonObject } from "../../generator/core/json.js";

const run = promisify(execFile);

export interface SpecSource {
  /** How the source is named in output: a path, or `REF:PATH`. */
  readonly label: string;
  readonly document: JsonObject;
}

export interface ReadOptions {
  /** Where files are resolved and git runs. */
  readonly cwd: string;
  /** The path read at a git revision when none is given, relative to the repository root. */
  readonly defaultGitPath: string;
}

export async function readSpecSource(source: string, options: ReadOptions): Promise<SpecSource> {
  if (source.startsWith("git:")) return readAtRevision(source.slice(4), options);
  const file = resolve(options.cwd, source);
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile) return parseSpec(await readText(file), file);
  if (await isRevision(source, options.cwd)) return readAtRevision(source, options);
  throw new ProblemsError([
    problem(
      "io/read-failed",
      { file: source, reason: "no such file, and git knows no revision of that name" },
      { file: source },
    ),
  ]);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new ProblemsError([problem("io/read-failed", { file, reason: (error as Error).message }, { file })]);
  }
}

async function isRevision(ref: string, cwd: string): Promise<boolean> {
  if (ref.startsWith("-")) return false;
  try {
    await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

async function readAtRevision(spec: string, options: ReadOptions): Promise<SpecSource> {
  const colon = spec.indexOf(":");
  const ref = colon === -1 ? spec : spec.slice(0, colon);
  const path = colon === -1 ? options.defaultGitPath : spec.slice(colon + 1);
  const label = `${ref}:${path}`;
  if (ref === "" || ref.startsWith("-") || path === "")
    throw new ProblemsError([
      problem(
        "io/read-failed",
        { file: `git:${spec}`, reason: "expected git:REF or git:REF:PATH" },
        { file: `git:${spec}` },
      ),
    ]);
  try {
    // A large buffer: the spec is a few megabytes and git show prints it whole.
    const { stdout } = await run("git", ["show", `${ref}:${path}`], { cwd: options.cwd, maxBuffer: 256 * 1024 * 1024 });
    return parseSpec(stdout, label);
  } catch (error) {
    if (error instanceof ProblemsError) throw error;
    const stderr = (error as { stderr?: unknown }).stderr;
    const reason =
      typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim().split("\n")[0]! : (error as Error).message;
    throw new ProblemsError([
      problem("io/read-failed", { file: label, reason: `git show failed: ${reason}` }, { file: label }),
    ]);
  }
}

/** JSON unless the name says YAML; either way the result must look like an OpenAPI document. */
export function parseSpec(text: string, label: string): SpecSource {
  let document: unknown;
  try {
    document = /\.ya?ml$/i.test(label) ? YAML.parse(text) : JSON.parse(text);
  } catch (error) {
    throw new ProblemsError([
      problem("io/parse-failed", { file: label, reason: (error as Error).message }, { file: label }),
    ]);
  }
  if (!isObject(document) || typeof document.openapi !== "string" || !isObject(document.paths)) {
    const reason = "not an OpenAPI document: it needs an `openapi` version and a `paths` object";
    throw new ProblemsError([problem("io/parse-failed", { file: label, reason }, { file: label })]);
  }
  return { label, document };
}
