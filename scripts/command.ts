/**
 * The contract every CLI command implements, the small argument parser they share, and the
 * one usage-text format. Commands print through `io` (so tests can capture output) and return
 * their exit code: 0 success, 1 problems found, 2 usage error.
 *
 * A command declares its flags once (`FlagSpec`); the parser, the `--help` text and the tests
 * all read that declaration, so a flag cannot be accepted yet left out of the help.
 */
export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface Command {
  readonly name: string;
  /** Every flag the command accepts, `--help` included. */
  readonly flags: FlagSpec;
  /** The operands the command takes, in order; each is required. */
  readonly positionals: readonly Positional[];
  /** Full `--help` text, generated from `flags`. */
  readonly help: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface Flag {
  /** Without the dashes: `out` for `--out`. */
  readonly name: string;
  /** The placeholder of the value (`DIR`, `FILE`); absent for a switch. */
  readonly value?: string;
  /** One line or more; wrapped lines are indented under the first. */
  readonly description: string;
  /** Shown without brackets in the usage line; the command enforces it. */
  readonly required?: boolean;
}

export type FlagSpec = readonly Flag[];

/** A named operand (`OLD`, `NEW`); every declared one must be given, and no more. */
export interface Positional {
  readonly name: string;
  readonly description: string;
}

const HELP_FLAG: Flag = { name: "help", description: "show this text" };

export interface ParsedArgs {
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
  /** The operands, one per declared Positional. */
  readonly positionals: readonly string[];
}

/**
 * Parses `argv` against `spec`. An unknown flag, a stray positional argument, a missing value
 * or a value that looks like a flag (`--out --help`) is a UsageError.
 */
export function parseArgs(argv: readonly string[], spec: FlagSpec, operands: readonly Positional[] = []): ParsedArgs {
  const byName = new Map([...spec, HELP_FLAG].map((f) => [f.name, f]));
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
      if (positionals.length >= operands.length) {
        const takes =
          operands.length === 0 ? "only options" : `only ${operands.map((o) => o.name).join(" ")} and options`;
        throw new UsageError(`unexpected argument ${arg}: this command takes ${takes}`);
      }
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const flag = byName.get(name);
    if (flag?.value !== undefined) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value (${flag.value})`);
      if (eq === -1 && value.startsWith("--")) {
        throw new UsageError(
          `--${name} needs a value (${flag.value}), not the option ${value}; write --${name}=${value} if you mean it`,
        );
      }
      values.set(name, value);
    } else if (flag !== undefined && eq === -1) {
      switches.add(name);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!switches.has("help") && positionals.length < operands.length) {
    const missing = operands.slice(positionals.length).map((o) => o.name);
    throw new UsageError(`missing ${missing.join(" and ")}: expected ${operands.map((o) => o.name).join(" ")}`);
  }
  return { values, switches, positionals };
}

/** Reads `--format text|json`, defaulting to text. */
export function outputFormat(args: ParsedArgs): "text" | "json" {
  const format = args.values.get("format") ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not ${format}`);
  return format;
}

export const FORMAT_FLAG: Flag = { name: "format", value: "FORMAT", description: "text (default) or json" };

export interface CommandDefinition {
  readonly name: string;
  /** What the command does, as paragraphs of prose (already wrapped). */
  readonly about: string;
  readonly flags: FlagSpec;
  /** Operands, shown in the usage line before the options and listed under "Arguments:". */
  readonly positionals?: readonly Positional[];
  /** Paragraphs after the options (optional). */
  readonly notes?: string;
  /** The meaning of exit codes 1 (and 0 when it needs saying); 2 is always "usage error". */
  readonly exitCodes: { readonly ok: string; readonly problems: string };
  /** Runs with parsed arguments; `--help` and stray arguments are already handled. */
  readonly run: (args: ParsedArgs, io: CommandIO) => Promise<number>;
}

/** Builds a Command whose help text, parser and flags all come from one declaration. */
export function defineCommand(def: CommandDefinition): Command {
  const help = formatHelp(def);
  return {
    name: def.name,
    flags: [...def.flags, HELP_FLAG],
    positionals: def.positionals ?? [],
    help,
    async run(argv, io) {
      const args = parseArgs(argv, def.flags, def.positionals);
      if (args.switches.has("help")) {
        io.out(help);
        return EXIT_OK;
      }
      return def.run(args, io);
    },
  };
}

const flagLabel = (f: Flag) => (f.value === undefined ? `--${f.name}` : `--${f.name} ${f.value}`);

/** The one usage format: synopsis, about, options table, notes, exit codes. */
export function formatHelp(def: Omit<CommandDefinition, "run">): string {
  const flags = [...def.flags, HELP_FLAG];
  const operands = def.positionals ?? [];
  const synopsis = [
    ...operands.map((o) => o.name),
    ...flags.filter((f) => f !== HELP_FLAG).map((f) => (f.required ? flagLabel(f) : `[${flagLabel(f)}]`)),
  ].join(" ");
  const width = Math.max(...flags.map((f) => flagLabel(f).length), ...operands.map((o) => o.name.length)) + 2;
  const describe = (label: string, description: string) => {
    const [first, ...rest] = description.split("\n");
    return [`  ${label.padEnd(width)}${first}`, ...rest.map((line) => `  ${" ".repeat(width)}${line}`)].join("\n");
  };
  const args = operands.length === 0 ? [] : ["", "Arguments:", ...operands.map((o) => describe(o.name, o.description))];
  const options = flags.map((f) => describe(flagLabel(f), f.description));
  return [
    `Usage: bedrock-openapi ${def.name}${synopsis === "" ? "" : ` ${synopsis}`}`,
    "",
    def.about,
    ...args,
    "",
    "Options:",
    ...options,
    ...(def.notes === undefined ? [] : ["", def.notes]),
    "",
    "Exit codes:",
    `  0  ${indent(def.exitCodes.ok)}`,
    `  1  ${indent(def.exitCodes.problems)}`,
    "  2  usage error: an unknown option, a stray argument, a missing or unacceptable value, or",
    "     a file or folder named on the command line that cannot be read or is not what it should be",
  ].join("\n");
}

const indent = (text: string) => text.split("\n").join("\n     ");
