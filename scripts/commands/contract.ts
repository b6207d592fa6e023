import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import { formatProblem, problem } from "../../generator/core/diagnostics.js";
import { EXPECTED_PROBLEMS_FILE } from "../../contract-tests/expected-problems.js";
import { displayPath, recordingsDir } from "../../contract-tests/load-recordings.js";
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
import { errorMessage } from "../../generator/core/errors.js";
import { checkFileSizeSync } from "../../generator/core/limits.js";

/** Past this many recordings a run takes long enough to deserve progress lines even off a TTY (CI logs). */
const PROGRESS_THRESHOLD = 200;
const PROGRESS_EVERY = 100;

export const contractCommand = defineCommand({
  name: "contract",
  about: `Replays every recorded interaction against the emitted spec: route, parameters, request
body, status, response headers and body, and each event-stream frame. Prints a table per
operation (real recordings; synthetic ones on a row of their own), then each failure as
file#pointer [code] message.

A recording passes, fails, is set aside (its recorder altered it; the reason is shown) or
shows known client mistakes: request members the API does not define, which the service
ignored. Those are listed exactly, with a reason each, in DIR/${EXPECTED_PROBLEMS_FILE}; such a
recording passes only when its errors are exactly the listed ones, and a listed problem
that no longer occurs is a failure (stale expectation).`,
  flags: [
    { name: "only", value: "OPERATION", description: "check only the recordings of this operation of the spec" },
    {
      name: "recordings",
      value: "DIR",
      description: "the recordings folder, <DIR>/<source>/*.json\n(default: contract-tests/recordings)",
    },
    { name: "spec", value: "FILE", description: "the JSON spec (default: spec/bedrock-runtime.openapi.json)" },
    { ...FORMAT_FLAG, description: "text (default) or json (the report; progress goes to stderr)" },
  ],
  exitCodes: {
    ok: "every recording passes (or is set aside, or shows exactly its expected client mistakes)",
    problems:
      "a recording fails (one that routes to no operation of the spec included), an expectation\nis stale or a recording file is unreadable",
  },
  async run(args, io) {
    // Loaded here: the contract machinery pulls in AJV and the AWS SDK, which `--help` does not need.
    const { runContract, specOperations } = await import("../../contract-tests/run-contract.js");
    const { formatDetails, formatTable } = await import("../../contract-tests/format-report.js");
    const format = outputFormat(args);

    const specFile = resolve(args.values.get("spec") ?? specJsonPath);
    let document: OpenAPIV3_1.Document;
    try {
      document = readSpec(specFile);
    } catch (error) {
      const reason = errorMessage(error);
      const code = error instanceof SyntaxError ? "io/parse-failed" : "io/read-failed";
      io.err(formatProblem(problem(code, { file: specFile, reason }, { file: specFile })));
      return EXIT_USAGE;
    }
    const dir = resolve(args.values.get("recordings") ?? recordingsDir);
    if (!isDirectory(dir)) throw new UsageError(`--recordings ${dir} is not a folder`);
    const only = args.values.get("only");
    const operations = specOperations(document);
    if (only !== undefined && !operations.includes(only)) {
      throw new UsageError(
        `--only ${only} is not an operation of the spec; valid operations: ${operations.join(", ")}`,
      );
    }

    const report = runContract({
      document,
      specFile: displayPath(specFile),
      recordingsDir: dir,
      ...(only === undefined ? {} : { only }),
      progress: {
        every: PROGRESS_EVERY,
        report: (done, total) => {
          if (process.stderr.isTTY || total > PROGRESS_THRESHOLD)
            io.err(`contract: checked ${done} of ${total} recordings`);
        },
      },
    });
    if (format === "json") io.out(JSON.stringify(report, null, 2));
    else io.out(`${formatTable(report)}\n${formatDetails(report)}`);
    return report.ok ? EXIT_OK : EXIT_PROBLEMS;
  },
});

function readSpec(file: string): OpenAPIV3_1.Document {
  checkFileSizeSync(file);
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof value !== "object" || value === null || typeof (value as { openapi?: unknown }).openapi !== "string") {
    throw new Error("not an OpenAPI document (no openapi version field)");
  }
  // The router reads every path item; one that is not an object is a broken spec, said so here.
  const paths = (value as { paths?: unknown }).paths;
  if (paths !== undefined && (typeof paths !== "object" || paths === null || Array.isArray(paths))) {
    throw new Error("paths must be an object");
  }
  for (const [template, item] of Object.entries(paths ?? {})) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw new Error(
        `paths[${JSON.stringify(template)}] must be a path item object, not ${item === null ? "null" : typeof item}`,
      );
    }
  }
  return value as OpenAPIV3_1.Document;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
