/**
 * `npm run bench`: every stage of the pipeline against the floor it cannot beat, as ratios
 * taken in the same run (so a loaded machine moves both sides together). Prints a table and
 * writes bench/results.json. Performance is judged here, never by timed assertions in tests.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { crc32 } from "node:zlib";
import type { OpenAPIV3_1 } from "openapi-types";
import { repoRoot } from "../generator/core/paths.js";
import { writeFilesAtomically } from "../generator/files.js";
import { SPEC_3_0_BASENAME, SPEC_BASENAME } from "../generator/generate.js";
import { coldRatio, median, runJson, timePair, timeProcess } from "./measure.js";
import { replayCorpus, peerReplay, streamBodies } from "./corpus.js";
import type { ReplayProcessResult } from "./replay-process.js";

interface Row {
  readonly measure: string;
  /** The measured value, in `unit`. */
  readonly value: number;
  readonly unit: string;
  /** What it is compared with, in the same unit, and what that is. */
  readonly floor: number;
  readonly floorName: string;
  /** value / floor, or the relation the target names. */
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
}

const rows: Row[] = [];
const started = performance.now();
const dist = resolve(repoRoot, "dist");
const cli = join(dist, "scripts/cli.js");
const out = mkdtempSync(join(tmpdir(), "bench-spec-"));
const log = (text: string): void => void process.stderr.write(`${text}\n`);

try {
  // ── cold processes ──────────────────────────────────────────────────────────
  log("cold generate …");
  const generateArgs = [cli, "generate", "--out", out];
  timeProcess(generateArgs); // the first run writes every artifact; later runs find them current
  const generate = coldRatio(generateArgs, 7);
  rows.push(coldRow("cold generate (artifacts current)", generate, 8));
  log("cold check …");
  const specFile = join(out, `${SPEC_BASENAME}.json`);
  const checkArgs = [cli, "check", "--spec", specFile, "--fresh"];
  const check = coldRatio(checkArgs, 3);
  rows.push(coldRow("cold check --fresh", check, 25));

  // ── check against its parts, each alone in a process ────────────────────────
  log("check parts …");
  const partNames = ["redocly", "swagger-parser", "ajv", "spectral"] as const;
  const partTimes = new Map<string, number[]>(partNames.map((p) => [p, []]));
  for (let i = 0; i < 2; i++) {
    for (const part of partNames)
      partTimes.get(part)!.push(timeProcess([join(dist, "bench/check-part.js"), part, specFile]));
  }
  const bare = check.floorMs;
  // Each process pays one node start; the parts' sum counts it once, like the command does.
  const partsSum = partNames.reduce((sum, p) => sum + median(partTimes.get(p)!) - bare, 0) + bare;
  const checkMs = check.ms;
  rows.push({
    measure: "check vs its parts run alone",
    value: checkMs,
    unit: "ms",
    floor: partsSum,
    floorName: `${partNames.map((p) => `${p} ${fmt(median(partTimes.get(p)!))}`).join(" + ")} ms, one node start`,
    ratio: checkMs / partsSum,
    target: "≤ 1.25 (overhead < 25%)",
    met: checkMs / partsSum <= 1.25,
  });

  // ── contract replay, in process ─────────────────────────────────────────────
  log("replay …");
  const corpus = replayCorpus();
  rows.push({
    measure: `loading ${corpus.count} recordings (read + JSON.parse + shape check)`,
    value: corpus.loadMs,
    unit: "ms",
    floor: corpus.readMs,
    floorName: "reading the files alone",
    ratio: corpus.loadMs / corpus.readMs,
    target: "reported",
    met: true,
  });
  const { a: parseMs, b: validateMs } = timePair(
    () => corpus.texts.forEach((t) => JSON.parse(t)),
    () => corpus.validateAll(),
  );
  const mib = corpus.bytes / 2 ** 20;
  rows.push({
    measure: `replay validation throughput (${fmt(mib)} MiB, ${corpus.count} interactions; ${fmt(corpus.count / (validateMs / 1000))} interactions/s)`,
    value: mib / (validateMs / 1000),
    unit: "MiB/s",
    floor: mib / (parseMs / 1000),
    floorName: "JSON.parse over the same bytes",
    ratio: parseMs / validateMs,
    target: "≥ 0.30 of JSON.parse",
    met: parseMs / validateMs >= 0.3,
  });

  // ── event-stream decoding against zlib.crc32 ────────────────────────────────
  log("event streams …");
  const streams = streamBodies(corpus.recordings);
  const streamBytes = streams.bodies.reduce((sum, b) => sum + b.byteLength, 0);
  const { a: crcMs, b: decodeMs } = timePair(
    () => streams.bodies.forEach((b) => crc32(b)),
    () => streams.decodeAll(),
  );
  const streamMib = streamBytes / 2 ** 20;
  rows.push({
    measure: `event-stream decoding (${streams.bodies.length} streams, ${streams.frames} frames, ${fmt(streamMib)} MiB)`,
    value: streamMib / (decodeMs / 1000),
    unit: "MiB/s",
    floor: streamMib / (crcMs / 1000),
    floorName: "zlib.crc32 over the same bytes",
    ratio: decodeMs / crcMs,
    target: "≤ 3× zlib.crc32 time",
    met: decodeMs / crcMs <= 3,
  });

  // ── the peer validator on the JSON responses it handles ─────────────────────
  log("peer validator …");
  const downlevel = JSON.parse(readFileSync(join(out, `${SPEC_3_0_BASENAME}.json`), "utf8")) as OpenAPIV3_1.Document;
  const peer = peerReplay(corpus, downlevel);
  const { a: peerMs, b: oursBodyMs } = timePair(peer.runPeer, peer.runOursBody);
  rows.push({
    measure: `JSON response bodies, same work: ours vs openapi-response-validator (${peer.count} responses)`,
    value: oursBodyMs,
    unit: "ms",
    floor: peerMs,
    floorName: "openapi-response-validator on the 3.0 downlevel",
    ratio: oursBodyMs / peerMs,
    target: "< 1 (faster than the peer)",
    met: oursBodyMs < peerMs,
  });
  const { a: peerAgainMs, b: oursMs } = timePair(peer.runPeer, peer.runOurs);
  rows.push({
    measure: `the same recordings, whole interaction checked (route, parameters, request, headers, body)`,
    value: oursMs,
    unit: "ms",
    floor: peerAgainMs,
    floorName: "openapi-response-validator, response body only",
    ratio: oursMs / peerAgainMs,
    target: "reported (more work than the peer)",
    met: true,
  });

  // ── growth and memory: streamed replay, each scale in its own process ───────
  log("growth …");
  const scales = [1, 4, 16].map((times) =>
    runJson<ReplayProcessResult>([join(dist, "bench/replay-process.js"), String(times)]),
  );
  const perInteraction = (r: ReplayProcessResult): number => r.ms / r.interactions;
  const one = scales[0]!;
  for (const scale of scales.slice(1)) {
    rows.push({
      measure: `replay at ${scale.times}× (${scale.interactions} interactions, streamed)`,
      value: perInteraction(scale) * 1000,
      unit: "µs/interaction",
      floor: perInteraction(one) * 1000,
      floorName: "µs/interaction at 1×",
      ratio: perInteraction(scale) / perInteraction(one),
      target: "≤ 1.25 (linear)",
      met: perInteraction(scale) / perInteraction(one) <= 1.25,
    });
  }
  const sixteen = scales[2]!;
  rows.push({
    measure: "peak RSS of the replay at 16×",
    value: sixteen.maxRssMiB,
    unit: "MiB",
    floor: one.maxRssMiB,
    floorName: "peak RSS at 1×",
    ratio: sixteen.maxRssMiB / one.maxRssMiB,
    // Holding every copy would need 16× the corpus (over 100 MiB of text alone, several times that parsed).
    target: "≤ 1.5× the 1× peak (streamed)",
    met: sixteen.maxRssMiB / one.maxRssMiB <= 1.5,
  });
} finally {
  rmSync(out, { recursive: true, force: true });
}

const totalSeconds = (performance.now() - started) / 1000;
const context = {
  node: process.version,
  cpus: cpus().length,
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  date: new Date().toISOString(),
  benchSeconds: Number(totalSeconds.toFixed(1)),
};
process.stdout.write(`${table(rows)}\n\n`);
process.stdout.write(
  `node ${context.node}, ${context.cpus} cpus, load average ${context.loadAverage.join(" ")}, ${fmt(totalSeconds)} s\n`,
);
const results = { ...context, allMet: rows.every((r) => r.met), measures: rows.map(rounded) };
await writeFilesAtomically(
  new Map([[resolve(repoRoot, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`]]),
);
process.stdout.write(`wrote bench/results.json${results.allMet ? "" : " (some targets missed)"}\n`);

function coldRow(measure: string, run: { ms: number; floorMs: number; ratio: number }, limit: number): Row {
  return {
    measure,
    value: run.ms,
    unit: "ms",
    floor: run.floorMs,
    floorName: "node -e 0",
    ratio: run.ratio,
    target: `≤ ${limit}× node -e 0`,
    met: run.ratio <= limit,
  };
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function rounded(row: Row): Row {
  const round = (n: number): number => Number(n.toPrecision(4));
  return { ...row, value: round(row.value), floor: round(row.floor), ratio: round(row.ratio) };
}

function table(all: readonly Row[]): string {
  const header = ["measure", "value", "floor", "ratio", "target", "met?"];
  const lines = all.map((r) => [
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    `${fmt(r.floor)} (${r.floorName})`,
    fmt(r.ratio),
    r.target,
    r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [render(header), render(widths.map((w) => "-".repeat(w))), ...lines.map(render)].join("\n");
}
