import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import { formatProblem, problem } from "../../generator/core/diagnostics.js";
import { loadRecordings, recordingsDir } from "../../contract-tests/load-recordings.js";
import {
  FAMILY_OPERATIONS,
  formatModelsReport,
  modelIdFromUrl,
  modelsReport,
  type RecordedInvocation,
} from "../../contract-tests/model-families.js";
import {
  defineCommand,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  FORMAT_FLAG,
  outputFormat,
  UsageError,
} from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";

export const modelsCommand = defineCommand({
  name: "models",
  about: `Lists the provider families the spec describes for InvokeModel and
InvokeModelWithResponseStream (x-bedrock-model-families): id, title, model id patterns,
operations, and how many recordings of each operation select the family. Then the
model ids of recordings no family matches.`,
  flags: [
    { name: "spec", value: "FILE", description: "the JSON spec (default: spec/bedrock-runtime.openapi.json)" },
    { name: "recordings", value: "DIR", description: "the recordings folder (default: contract-tests/recordings)" },
    FORMAT_FLAG,
  ],
  exitCodes: { ok: "listed", problems: "a recording file could not be read" },
  async run(args, io) {
    const format = outputFormat(args);
    const specFile = resolve(args.values.get("spec") ?? specJsonPath);
    let document: OpenAPIV3_1.Document;
    try {
      document = JSON.parse(readFileSync(specFile, "utf8")) as OpenAPIV3_1.Document;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.err(
        formatProblem(
          problem(
            error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed",
            { file: specFile, reason },
            { file: specFile },
          ),
        ),
      );
      return EXIT_USAGE;
    }
    let loaded: ReturnType<typeof loadRecordings>;
    try {
      loaded = loadRecordings(resolve(args.values.get("recordings") ?? recordingsDir));
    } catch {
      throw new UsageError(`--recordings ${args.values.get("recordings") ?? recordingsDir} is not a readable folder`);
    }
    const invocations = loaded.recordings.flatMap(({ recording }): RecordedInvocation[] => {
      const modelId = modelIdFromUrl(recording.request.url);
      const operation = recording.operation;
      return modelId !== undefined && (FAMILY_OPERATIONS as readonly string[]).includes(operation)
        ? [{ operation, modelId }]
        : [];
    });
    const report = modelsReport(document, invocations);
    for (const found of loaded.problems) io.err(formatProblem(found));
    io.out(format === "json" ? JSON.stringify(report, null, 2) : formatModelsReport(report));
    return loaded.problems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
});
