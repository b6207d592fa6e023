/**
 * The contract every CLI command implements, and the small argument parser they share.
 * Commands print through `io` (so tests can capture output) and return their exit code:
 * 0 success, 1 problems found, 2 usage error.
 */
export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface Command {
  readonly name: string;
  /** Full `--help` text. */
  readonly help: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface FlagSpec {
  /** Flags that take a value (`--out DIR`, `--out=DIR`). */
  readonly values?: readonly string[];
  /** Flags that are on or off (`--help`). */
  readonly switches?: readonly string[];
}

export interface ParsedArgs {
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** Parses `argv` against `spec`; an unknown flag or a missing value is a UsageError. */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const valueFlags = new Set(spec.values ?? []);
  const switchFlags = new Set([...(spec.switches ?? []), "help"]);
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h") {
      switches.add("help");
      continue;
    }
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valueFlags.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else if (switchFlags.has(name) && eq === -1) {
      switches.add(name);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { values, switches, positionals };
}

/** Reads `--format text|json`, defaulting to text. */
export function outputFormat(args: ParsedArgs): "text" | "json" {
  const format = args.values.get("format") ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not ${format}`);
  return format;
}
