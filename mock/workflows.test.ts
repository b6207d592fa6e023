/**
 * The Arazzo workflows in spec/ executed by Redocly Respect against the mock on 127.0.0.1
 * (auth off, no recordings: replies come from the spec's examples, picked by two scenarios so
 * the tool-use loop gets its tool call first and its answer second). Respect also checks each
 * JSON reply against the spec's schemas; the streamed workflow's reply is an event stream,
 * binary to Respect, so its schema check is off there (the contract tests decode and check frames).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../contract-tests/load-recordings.js";
import { startMock, type RunningMock, type Scenario } from "./index.js";

const ARAZZO = join(repoRoot, "spec", "bedrock-runtime.arazzo.yaml");
const REDOCLY = join(repoRoot, "node_modules", "@redocly", "cli", "bin", "cli.js");

const toolLoop: Scenario[] = [
  {
    name: "tool-result-answered",
    when: { operation: "Converse", body: [{ pointer: "/messages/2/content/0/toolResult/status", equals: "success" }] },
    respond: { kind: "example", example: "toolResult" },
  },
  {
    name: "tool-requested",
    when: {
      operation: "Converse",
      body: [{ pointer: "/toolConfig/tools/0/toolSpec/name", equals: "get_order_status" }],
    },
    respond: { kind: "example", example: "toolUse" },
  },
];

interface RespectRun {
  readonly exitCode: number;
  readonly workflows: Record<string, { status: string; steps: string[] }>;
}

interface Executed {
  readonly type: "step" | "workflow";
  readonly workflowId: string;
  readonly status: string;
  readonly stepId?: string;
  readonly executedSteps?: Executed[];
}

/** Step ids in the order run; a `goto` shows up as a nested workflow entry holding the steps it ran. */
function stepsOf(entry: Executed): string[] {
  return (entry.executedSteps ?? []).flatMap((s) => (s.type === "step" ? [s.stepId ?? "?"] : stepsOf(s)));
}

async function respect(mock: RunningMock, dir: string, ...args: string[]): Promise<RespectRun> {
  const out = join(dir, `respect-${Math.random().toString(36).slice(2)}.json`);
  const argv = [REDOCLY, "respect", ARAZZO, "--server", `bedrockRuntime=${mock.url}`, "--json-output", out, ...args];
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
  let exitCode = 0;
  try {
    await promisify(execFile)(process.execPath, argv, { env, cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    exitCode = typeof (error as { code?: unknown }).code === "number" ? (error as { code: number }).code : -1;
  }
  const report = JSON.parse(readFileSync(out, "utf8")) as { files: Record<string, { executedWorkflows: Executed[] }> };
  const workflows = Object.fromEntries(
    Object.values(report.files).flatMap((f) =>
      f.executedWorkflows.map((w) => [w.workflowId, { status: w.status, steps: stepsOf(w) }]),
    ),
  );
  return { exitCode, workflows };
}

describe("Arazzo workflows run by Redocly Respect against the mock", function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "arazzo-"));
  let mock: RunningMock;
  before(async () => {
    mock = await startMock({ recordings: false, auth: { enabled: false }, scenarios: toolLoop });
  });
  after(async () => {
    await mock?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs the chat turn, the guardrail screen and the tool-use loop green, every step with Respect's schema checks", async () => {
    const run = await respect(mock, dir, "--skip", "streamingChat");
    assert.equal(run.exitCode, 0);
    assert.deepEqual(run.workflows, {
      converseChatTurn: { status: "success", steps: ["chatTurn"] },
      guardrailThenConverse: { status: "success", steps: ["applyGuardrail", "askModel"] },
      toolUseLoop: { status: "success", steps: ["requestTool", "sendToolResult"] },
    });
  });

  it("runs the streamed chat green (status and content type checked; the binary stream is not JSON to Respect)", async () => {
    const run = await respect(
      mock,
      dir,
      "--workflow",
      "streamingChat",
      "--severity",
      JSON.stringify({ SCHEMA_CHECK: "off" }),
    );
    assert.equal(run.exitCode, 0);
    assert.deepEqual(run.workflows, { streamingChat: { status: "success", steps: ["converseStream"] } });
  });

  it("fails the tool-use loop when the model answers without asking for the tool", async () => {
    const answerPlainly: Scenario = {
      name: "plain",
      when: { operation: "Converse", body: [] },
      respond: { kind: "example", example: "crossProviderChat" },
    };
    const plain = await startMock({ recordings: false, auth: { enabled: false }, scenarios: [answerPlainly] });
    try {
      const run = await respect(plain, dir, "--workflow", "toolUseLoop");
      assert.notEqual(run.exitCode, 0);
      assert.equal(run.workflows["toolUseLoop"]?.status, "error");
    } finally {
      await plain.close();
    }
  });
});
