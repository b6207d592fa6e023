import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { bedrockRuntime, shapeSources } from "../../generator/definitions/index.js";
import { formatProblem, problem, type Problem } from "../../generator/core/diagnostics.js";
import { allowList } from "../../validators/drift/allow-list.js";
import type { AllowedDifference } from "../../validators/drift/apply-allow-list.js";
import {
  allowListFile,
  checkDrift,
  definitionLocator,
  differenceProblem,
  staleProblem,
  type AwsModel,
  type DriftReport,
} from "../../validators/drift/check-drift.js";
import type { Difference } from "../../validators/drift/compare.js";
import { loadInstalledSdk, sdkPackageName } from "../../validators/drift/installed-sdk.js";
import { UnreadableModelError, type DriftModel, type DriftSource } from "../../validators/drift/model.js";
import { readSdkSchemas } from "../../validators/drift/read-sdk.js";
import { readSmithyModel } from "../../validators/drift/read-smithy.js";
import {
  defineCommand,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  FORMAT_FLAG,
  outputFormat,
  type CommandIO,
} from "../command.js";
import { errorMessage } from "../../generator/core/errors.js";
import { smithyModelPath } from "../../generator/core/paths.js";

export const driftCommand = defineCommand({
  name: "drift",
  about: `Compares the typed definitions with what AWS publishes and names every difference:
operations (method, URI, status, input/output, errors, streaming), structures and
unions (members, targets, required), HTTP bindings, enum values and, from the Smithy
model only, length/range/pattern, defaults, @sensitive, @idempotencyToken, timestamp
formats and error traits. Differences kept on purpose are listed, with a reason each,
in ${allowListFile}; an entry there that matches nothing is reported as stale.

Always compares with the installed ${sdkPackageName} schemas, and with a Smithy model:
the reviewed copy in reference/bedrock-runtime.smithy.json unless --smithy or the
BEDROCK_SMITHY_MODEL environment variable names another.`,
  flags: [
    {
      name: "smithy",
      value: "FILE",
      description: "compare with this Smithy 2.0 JSON AST instead of the vendored model",
    },
    FORMAT_FLAG,
  ],
  exitCodes: {
    ok: "no unexplained difference",
    problems: "differences, stale allow-list entries or an unreadable SDK",
  },
  async run(args, io) {
    const format = outputFormat(args);
    const smithyPath = args.values.get("smithy") ?? smithyModelPath;

    const against: AwsModel[] = [];
    const labels: Partial<Record<DriftSource, string>> = {};
    const sdk = loadInstalledSdk();
    labels.sdk = `${sdkPackageName} ${sdk.version}`;
    const sdkModel = readModel("sdk", labels.sdk, () => readSdkSchemas(sdk.exports));
    if (!("model" in sdkModel)) return fail(io, format, [sdkModel.problem], EXIT_PROBLEMS);
    against.push({ source: "sdk", model: sdkModel.model });

    {
      const file = resolve(smithyPath);
      labels.smithy = file;
      let ast: unknown;
      try {
        ast = JSON.parse(await readFile(file, "utf8"));
      } catch (error) {
        const reason = errorMessage(error);
        const code = error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed";
        return fail(io, format, [problem(code, { file, reason }, { file })], EXIT_USAGE);
      }
      const smithyModel = readModel("smithy", file, () => readSmithyModel(ast));
      if (!("model" in smithyModel)) return fail(io, format, [smithyModel.problem], EXIT_USAGE);
      against.push({ source: "smithy", model: smithyModel.model });
    }

    const report = checkDrift(bedrockRuntime, against, allowList);
    const locate = definitionLocator(bedrockRuntime, shapeSources);
    if (format === "json") io.out(JSON.stringify(jsonReport(report, labels, locate), null, 2));
    else io.out(textReport(report, labels, locate));
    return report.unexplained.length > 0 || report.stale.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
});

type Read = { readonly model: DriftModel } | { readonly problem: Problem };

function readModel(source: DriftSource, file: string, read: () => DriftModel): Read {
  try {
    return { model: read() };
  } catch (error) {
    if (!(error instanceof UnreadableModelError)) throw error;
    return {
      problem: problem(
        "drift/unreadable-model",
        { source, place: error.place, detail: error.detail },
        { file, pointer: error.place },
      ),
    };
  }
}

function fail(io: CommandIO, format: "text" | "json", problems: readonly Problem[], exit: number): number {
  if (format === "json") io.out(JSON.stringify({ ok: false, problems }, null, 2));
  else for (const p of problems) io.err(formatProblem(p));
  return exit;
}

type Locate = (path: string) => string | undefined;

function jsonReport(report: DriftReport, labels: Partial<Record<DriftSource, string>>, locate: Locate) {
  return {
    ok: report.unexplained.length === 0 && report.stale.length === 0,
    compared: report.compared.map((source) => ({ source, from: labels[source] })),
    differences: report.unexplained.map((d) => ({ ...d, ...placed(d, locate) })),
    stale: report.stale.map((s) => ({ ...staleProblem(s), source: s.source, reason: s.entry.reason })),
    allowed: report.allowed.map(({ difference, entry }) => ({
      ...difference,
      reason: entry.reason,
      ...(entry.evidence ? { evidence: entry.evidence } : {}),
    })),
  };
}

function placed(d: Difference, locate: Locate): { message: string; file?: string } {
  const p = differenceProblem(d, locate);
  return { message: p.message, ...(p.file ? { file: p.file } : {}) };
}

function textReport(report: DriftReport, labels: Partial<Record<DriftSource, string>>, locate: Locate): string {
  const lines = [`Compared the definitions with ${report.compared.map((s) => `${s} (${labels[s]})`).join(" and ")}.`];
  if (report.unexplained.length > 0) {
    lines.push("", `Differences not on the allow-list (${report.unexplained.length}):`);
    for (const [source, differences] of groupBy(report.unexplained, (d) => d.source)) {
      lines.push(`  ${source}`);
      for (const [code, group] of groupBy(differences, (d) => d.code)) {
        lines.push(`    ${code} (${group.length})`);
        for (const d of group) {
          const file = locate(d.path);
          lines.push(
            `      ${d.path}${file ? `  (${file})` : ""}`,
            `        AWS:  ${d.aws}`,
            `        ours: ${d.ours}`,
          );
        }
      }
    }
  }
  if (report.stale.length > 0) {
    lines.push("", `Stale allow-list entries (${report.stale.length}):`);
    for (const s of report.stale) lines.push(`  ${staleProblem(s).message}`);
  }
  if (report.allowed.length > 0) {
    lines.push("", `Kept on purpose (${count(report.allowed.length, "difference")}, see ${allowListFile}):`);
    for (const [entry, allowed] of groupBy(report.allowed, (a: AllowedDifference) => a.entry)) {
      const sources = [...new Set(allowed.map((a) => a.difference.source))].join(", ");
      lines.push(
        `  ${entry.code} ${entry.path} (${sources}${allowed.length > 1 ? `, ${allowed.length} matches` : ""})`,
        `    ${entry.reason}`,
      );
    }
  }
  const clean = report.unexplained.length === 0 && report.stale.length === 0;
  lines.push(
    "",
    clean
      ? "No unexplained differences."
      : `${count(report.unexplained.length, "unexplained difference")}, ${count(report.stale.length, "stale allow-list entry", "stale allow-list entries")}.`,
  );
  return lines.join("\n");
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
