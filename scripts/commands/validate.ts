import { readFileSync } from "node:fs";
import { formatProblem, type Problem } from "../../generator/core/diagnostics.js";
import { errorMessage } from "../../generator/core/errors.js";
import { isObject, type JsonValue } from "../../generator/core/json.js";
import type { HarReport } from "../../contract-tests/conformance/har.js";
import type { HttpRequest, HttpResponse } from "../../contract-tests/conformance/messages.js";
import type { ConformanceValidator, ValidationResult } from "../../contract-tests/conformance/validator.js";
import {
  defineCommand,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  FORMAT_FLAG,
  outputFormat,
  UsageError,
  type CommandIO,
} from "../command.js";

const EVENT_STREAM = "application/vnd.amazon.eventstream";

export const validateCommand = defineCommand({
  name: "validate",
  about: `Checks traffic against the spec with the same rules the contract tests apply to recordings:
route, parameters, body schemas (InvokeModel bodies by provider family), status, declared headers,
error types and event-stream frames. Give --operation with one of --request, --response or
--stream; or give --har alone.`,
  flags: [
    { name: "operation", value: "OP", description: "the operationId to check against (Converse, InvokeModel, ...)" },
    {
      name: "request",
      value: "FILE",
      description:
        'a JSON file: {"method", "url", "headers", "body"} (body a JSON value or raw text;\n"bodyBase64" for bytes), or only the request body, with --url',
    },
    {
      name: "response",
      value: "FILE",
      description:
        'a JSON file: {"status", "headers", "body"} (or "bodyBase64"), or only the response\nbody, with --status (default 200)',
    },
    { name: "stream", value: "FILE", description: "raw application/vnd.amazon.eventstream bytes of a response" },
    {
      name: "har",
      value: "FILE",
      description:
        "a HAR capture (browser dev tools, mitmproxy, proxies): each Bedrock Runtime entry is\nrouted and checked; other hosts are skipped with a note",
    },
    { name: "url", value: "URL", description: "the request URL, when --request FILE holds only the body" },
    {
      name: "method",
      value: "METHOD",
      description: "the request method, when --request FILE holds only the body (default POST)",
    },
    {
      name: "status",
      value: "N",
      description: "the response status, when --response or --stream gives only a body (default 200)",
    },
    {
      name: "model-id",
      value: "ID",
      description:
        "with --response or --stream of InvokeModel or its stream: the model id, which selects\nthe provider family the body or chunks are held to",
    },
    {
      name: "host",
      value: "HOST",
      description: "with --har: also check entries to HOST (host or host:port, e.g. a gateway)",
    },
    { name: "spec", value: "FILE", description: "the spec to check against (default: the one in this package)" },
    FORMAT_FLAG,
  ],
  notes: `Problems name the input file and a JSON pointer into the message (/body/messages/0/role,
/frames/3/payload/delta); HAR problems name the entry (FILE entry 3#/response/status).`,
  exitCodes: { ok: "no problems", problems: "problems found" },
  async run(args, io) {
    const format = outputFormat(args);
    const inputs = (["request", "response", "stream", "har"] as const).filter((k) => args.values.has(k));
    if (inputs.length !== 1) throw new UsageError("give exactly one of --request, --response, --stream or --har");
    const input = inputs[0]!;
    const file = args.values.get(input)!;
    const operation = args.values.get("operation");
    if (input === "har" && operation !== undefined)
      throw new UsageError("--har routes each entry itself; drop --operation");
    if (input !== "har" && operation === undefined) throw new UsageError(`--${input} needs --operation`);
    if (input !== "har" && args.values.has("host")) throw new UsageError("--host applies to --har only");
    if (args.values.has("model-id") && input !== "response" && input !== "stream") {
      throw new UsageError("--model-id applies to --response and --stream only (a request's URL names its model)");
    }

    // Loaded here: the validator compiles schemas with AJV, which --help does not need.
    const { createValidator } = await import("../../contract-tests/conformance/validator.js");
    const { HarFormatError, validateHar } = await import("../../contract-tests/conformance/har.js");
    let validator: ConformanceValidator;
    try {
      const spec = args.values.get("spec");
      validator = createValidator(spec === undefined ? {} : { spec });
    } catch (error) {
      return unreadable(io, errorMessage(error));
    }
    if (operation !== undefined && !validator.operations.includes(operation)) {
      throw new UsageError(`the spec describes no operation ${operation} (known: ${validator.operations.join(", ")})`);
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return unreadable(io, `cannot read ${file}: ${errorMessage(error)}`);
    }

    if (input === "har") {
      const host = args.values.get("host");
      let report: HarReport;
      try {
        report = validateHar(
          validator,
          JSON.parse(bytes.toString("utf8")),
          host === undefined ? {} : { hosts: [host] },
        );
      } catch (error) {
        if (error instanceof SyntaxError || error instanceof HarFormatError)
          return unreadable(io, `${file}: ${errorMessage(error)}`);
        throw error;
      }
      io.out(format === "json" ? JSON.stringify({ file, ...report }, null, 2) : renderHar(file, report));
      return report.ok ? EXIT_OK : EXIT_PROBLEMS;
    }

    const modelId = args.values.get("model-id");
    const responseOptions = modelId === undefined ? {} : { modelId };
    let result: ValidationResult;
    if (input === "stream") {
      const status = statusOf(args.values.get("status"));
      result = validator.validateResponse(
        operation!,
        {
          status,
          headers: { "Content-Type": EVENT_STREAM },
          body: new Uint8Array(bytes),
        },
        responseOptions,
      );
    } else if (input === "request") {
      result = validator.validateRequest(operation!, requestOf(file, bytes, args.values));
    } else {
      result = validator.validateResponse(operation!, responseOf(file, bytes, args.values), responseOptions);
    }
    io.out(
      format === "json"
        ? JSON.stringify({ file, ...result }, null, 2)
        : renderResult(file, `${operation} ${input}`, result),
    );
    return result.ok ? EXIT_OK : EXIT_PROBLEMS;
  },
});

function unreadable(io: CommandIO, message: string): number {
  io.err(`validate: ${message}`);
  return EXIT_USAGE;
}

function statusOf(raw: string | undefined): number {
  if (raw === undefined) return 200;
  if (!/^[1-5]\d\d$/.test(raw)) throw new UsageError(`--status must be an HTTP status (100-599), not ${raw}`);
  return Number(raw);
}

/** The file's JSON, or undefined when it is not JSON (then it is a raw body). */
function jsonOf(bytes: Buffer): JsonValue | undefined {
  try {
    return JSON.parse(bytes.toString("utf8")) as JsonValue;
  } catch {
    return undefined;
  }
}

/** `body`, or `bodyBase64` decoded, of an envelope. */
function envelopeBody(file: string, envelope: Readonly<Record<string, JsonValue>>): JsonValue | Uint8Array | undefined {
  const base64 = envelope["bodyBase64"];
  if (base64 === undefined) return envelope["body"];
  if (typeof base64 !== "string") throw new UsageError(`${file}: bodyBase64 must be a base64 string`);
  return new Uint8Array(Buffer.from(base64, "base64"));
}

function envelopeHeaders(file: string, envelope: Readonly<Record<string, JsonValue>>): Record<string, string> {
  const headers = envelope["headers"] ?? {};
  if (!isObject(headers) || Object.values(headers).some((v) => typeof v !== "string")) {
    throw new UsageError(`${file}: headers must be an object of string values`);
  }
  return headers as Record<string, string>;
}

function requestOf(file: string, bytes: Buffer, flags: ReadonlyMap<string, string>): HttpRequest {
  const json = jsonOf(bytes);
  if (isObject(json) && typeof json["method"] === "string" && typeof json["url"] === "string") {
    if (flags.has("url") || flags.has("method"))
      throw new UsageError(`${file} gives method and url itself; drop --url and --method`);
    return {
      method: json["method"],
      url: json["url"],
      headers: envelopeHeaders(file, json),
      body: envelopeBody(file, json),
    };
  }
  const url = flags.get("url");
  if (url === undefined)
    throw new UsageError(
      `${file} holds only a body, so --url is needed (or write {"method", "url", "headers", "body"})`,
    );
  const body = json ?? new Uint8Array(bytes);
  const headers = json === undefined ? {} : { "Content-Type": "application/json" };
  return { method: flags.get("method") ?? "POST", url, headers, body };
}

function responseOf(file: string, bytes: Buffer, flags: ReadonlyMap<string, string>): HttpResponse {
  const json = jsonOf(bytes);
  if (isObject(json) && typeof json["status"] === "number") {
    if (flags.has("status")) throw new UsageError(`${file} gives its status itself; drop --status`);
    return { status: json["status"], headers: envelopeHeaders(file, json), body: envelopeBody(file, json) };
  }
  const headers = json === undefined ? {} : { "Content-Type": "application/json" };
  return { status: statusOf(flags.get("status")), headers, body: json ?? new Uint8Array(bytes) };
}

function problemLine(
  file: string,
  p: { code: Problem["code"]; severity: Problem["severity"]; pointer: string; message: string },
): string {
  return formatProblem({ ...p, file });
}

function renderResult(file: string, what: string, result: ValidationResult): string {
  const lines = result.problems.map((p) => problemLine(file, p));
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const family =
    result.modelFamily === undefined ? "" : ` (model family: ${result.modelFamily ?? "none matched; any JSON"})`;
  lines.push(
    result.ok ? `${file}: ${what}${family} conforms to the spec.` : `${file}: ${what}${family}: ${errors} problem(s).`,
  );
  return lines.join("\n");
}

function renderHar(file: string, report: HarReport): string {
  const lines: string[] = [];
  for (const entry of report.entries) {
    const head = `entry ${entry.index}: ${entry.method} ${entry.url}`;
    if (entry.skipped !== undefined) {
      lines.push(`${head}: skipped, ${entry.skipped}`);
      continue;
    }
    lines.push(`${head} → ${entry.operation ?? "?"}: ${entry.ok ? "ok" : `${entry.problems.length} problem(s)`}`);
    for (const note of entry.notes) lines.push(`  note: ${note}`);
    for (const p of entry.problems) lines.push(`  ${problemLine(`${file} entry ${entry.index}`, p)}`);
  }
  lines.push(
    `${file}: ${report.checked} entr${report.checked === 1 ? "y" : "ies"} checked, ${report.failed} with problems, ${report.skipped} skipped.`,
  );
  return lines.join("\n");
}
