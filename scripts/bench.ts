/**
 * `npm run bench`: how long the main jobs take on this machine. Each job runs several times;
 * the median and the fastest run are printed. Performance goals are judged here, never by
 * timed assertions in tests.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { OpenAPIV3_1 } from "openapi-types";
import { loadRecordings } from "../contract-tests/load-recordings.js";
import { createContractContext, validateInteraction } from "../contract-tests/validate-interaction.js";
import { generateDocument, serializeSpec, writeSpec } from "../generator/generate.js";
import { runAllChecks } from "../validators/index.js";
import { repoRoot, specJsonPath } from "../generator/core/paths.js";

interface Job {
  readonly name: string;
  readonly runs: number;
  readonly run: () => unknown;
}

async function time(job: Job): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    const start = performance.now();
    await job.run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

const outDir = mkdtempSync(join(tmpdir(), "bench-spec-"));
const cli = resolve(repoRoot, "dist/scripts/cli.js");

const jobs: Job[] = [
  { name: "emit the document (in memory)", runs: 20, run: () => generateDocument() },
  { name: "emit and serialize every spec file", runs: 10, run: () => serializeSpec(generateDocument()) },
  { name: "generate: emit and write spec files", runs: 5, run: () => writeSpec(generateDocument(), outDir) },
  { name: "check: structure, lint, AJV compile, examples", runs: 3, run: () => runAllChecks(specJsonPath) },
  {
    name: "contract: every recording against the spec",
    runs: 3,
    run: () => {
      const document = JSON.parse(readFileSync(specJsonPath, "utf8")) as OpenAPIV3_1.Document;
      const context = createContractContext(document);
      for (const entry of loadRecordings().recordings) validateInteraction(entry, context);
    },
  },
  { name: "CLI cold start (bedrock-openapi --help)", runs: 5, run: () => execFileSync(process.execPath, [cli, "--help"]) },
];

const rows: string[] = [];
for (const job of jobs) {
  const samples = await time(job);
  const median = samples[Math.floor(samples.length / 2)]!;
  rows.push(`${job.name.padEnd(48)} ${median.toFixed(1).padStart(9)} ms  (fastest ${samples[0]!.toFixed(1)} ms, ${job.runs} runs)`);
  process.stdout.write(`${rows.at(-1)}\n`);
}
process.stdout.write(`\n${loadRecordings().recordings.length} recordings; node ${process.version}; ${new Date().toISOString()}\n`);
