/**
 * The contract replay over the recordings repeated `times` times, streamed (one recording in
 * memory at a time), in its own process so its peak RSS is its own:
 * `node dist/bench/replay-process.js <times>`. Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { OpenAPIV3_1 } from "openapi-types";
import { specJsonPath } from "../generator/core/paths.js";
import { iterateRecordings } from "../contract-tests/load-recordings.js";
import { createContractContext, validateInteraction } from "../contract-tests/validate-interaction.js";

export interface ReplayProcessResult {
  readonly times: number;
  readonly interactions: number;
  readonly ms: number;
  readonly maxRssMiB: number;
}

function replay(context: ReturnType<typeof createContractContext>): number {
  let interactions = 0;
  for (const read of iterateRecordings()) {
    if ("problem" in read) throw new Error(read.problem.message);
    validateInteraction(read, context);
    interactions++;
  }
  return interactions;
}

const times = Number(process.argv[2] ?? "1");
const document = JSON.parse(readFileSync(specJsonPath, "utf8")) as OpenAPIV3_1.Document;
const context = createContractContext(document);
replay(context); // compiles what the corpus needs, once
const start = performance.now();
let interactions = 0;
for (let i = 0; i < times; i++) interactions += replay(context);
const ms = performance.now() - start;
const result: ReplayProcessResult = { times, interactions, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(result)}\n`);
