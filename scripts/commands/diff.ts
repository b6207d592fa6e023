import { relative } from "node:path";
import { formatProblem, ProblemsError } from "../../generator/core/diagnostics.js";
import type { Change, SpecDiff } from "../../validators/diff/diff-specs.js";
import type { SpecSource } from "../../validators/diff/read-spec.js";
import { defineCommand, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from "../command.js";
import { repoRoot, specJsonPath } from "../../generator/core/paths.js";

type Format = "text" | "json" | "markdown";
const defaultGitPath = relative(repoRoot, specJsonPath);

export const diffCommand = defineCommand({
  name: "diff",
  about: `Lists every change from OLD to NEW that a consumer of the API can notice, and says which
ones break consumers. Operations are matched by operationId; schemas are followed through
$refs. Request schemas are judged as the client writes them (a member removed, a new required
member, a lowered maxLength, a removed enum value break), response schemas as the client
reads them (a member removed or made optional, a new enum value, union member or stream
event break). Added and removed statuses, removed media types and security changes break too.`,
  positionals: [
    { name: "OLD", description: "the spec before the change (a source, see below)" },
    { name: "NEW", description: "the spec after the change (a source, see below)" },
  ],
  flags: [
    {
      name: "format",
      value: "FORMAT",
      description: "text (default), json, or markdown (release notes, job summaries)",
    },
    { name: "allow-breaking", description: "exit 0 even when breaking changes are found" },
  ],
  notes: `OLD and NEW are each one of:
  FILE            a spec file, JSON or YAML (.yaml/.yml)
  git:REF         ${defaultGitPath} at a git revision (tag, branch, commit)
  git:REF:PATH    PATH (from the repository root) at a git revision
  REF             as git:REF, when no file of that name exists`,
  exitCodes: { ok: "no breaking changes (or --allow-breaking)", problems: "breaking changes" },
  async run(args, io) {
    const format = args.values.get("format") ?? "text";
    if (format !== "text" && format !== "json" && format !== "markdown")
      throw new UsageError(`--format must be text, json or markdown, not ${format}`);
    const [oldSource, newSource] = args.positionals as [string, string];
    // Loaded here: reading and comparing specs is not needed for --help.
    const { readSpecSource } = await import("../../validators/diff/read-spec.js");
    const { diffSpecs } = await import("../../validators/diff/diff-specs.js");
    const options = { cwd: process.cwd(), defaultGitPath };
    let sides: [SpecSource, SpecSource];
    try {
      sides = await Promise.all([readSpecSource(oldSource, options), readSpecSource(newSource, options)]);
    } catch (error) {
      if (!(error instanceof ProblemsError)) throw error;
      for (const p of error.problems) io.err(`diff: ${formatProblem(p)}`);
      return EXIT_USAGE;
    }
    const [before, after] = sides;
    const result = diffSpecs(before.document, after.document);
    io.out(render(format, result, before.label, after.label));
    return result.breakingCount > 0 && !args.switches.has("allow-breaking") ? EXIT_PROBLEMS : EXIT_OK;
  },
});

function render(format: Format, result: SpecDiff, before: string, after: string): string {
  if (format === "json") return JSON.stringify({ old: before, new: after, ...result }, null, 2);
  if (format === "markdown") return renderMarkdown(result, before, after);
  return renderText(result, before, after);
}

function summary(result: SpecDiff): string {
  if (result.changes.length === 0) return "No changes.";
  return `${result.changes.length} change(s), ${result.breakingCount} breaking; release level: ${result.level}.`;
}

function renderText(result: SpecDiff, before: string, after: string): string {
  const lines = [`Comparing ${before} → ${after}`];
  for (const c of result.changes) {
    const ops = c.operations.length > 0 ? ` (${c.operations.join(", ")})` : "";
    lines.push(`  ${c.breaking ? "BREAKING" : c.level.padEnd(8)} [${c.code}] ${c.pointer}: ${c.message}${ops}`);
  }
  lines.push(summary(result));
  return lines.join("\n");
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function table(changes: readonly Change[]): string[] {
  return [
    "| change | operations | where | code |",
    "| --- | --- | --- | --- |",
    ...changes.map(
      (c) =>
        `| ${cell(c.message)} | ${cell(c.operations.join(", ") || "all")} | \`${cell(c.pointer)}\` | \`${c.code}\` |`,
    ),
  ];
}

function renderMarkdown(result: SpecDiff, before: string, after: string): string {
  const lines = [`## API changes from \`${before}\` to \`${after}\``, "", summary(result)];
  const groups: [string, Change[]][] = [
    ["Breaking changes", result.changes.filter((c) => c.breaking)],
    ["Additions", result.changes.filter((c) => c.level === "minor")],
  ];
  for (const [title, changes] of groups) if (changes.length > 0) lines.push("", `### ${title}`, "", ...table(changes));
  const docs = result.changes.filter((c) => c.level === "patch");
  if (docs.length > 0)
    lines.push(
      "",
      `<details><summary>Documentation changes (${docs.length})</summary>`,
      "",
      ...table(docs),
      "",
      "</details>",
    );
  return lines.join("\n");
}
