/**
 * Timing helpers for the benchmark. Every result is a ratio against a floor measured in the
 * same run, so a busy or slow machine moves both sides together and the ratio stays meaningful.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one child process, in ms; a non-zero exit is a broken benchmark, not a sample. */
export function timeProcess(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return elapsed;
}

/** Runs a child that prints one JSON line at its end, and returns that line parsed. */
export function runJson<T>(args: readonly string[]): T {
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as T;
}

export const BARE_NODE = ["-e", "0"];

/**
 * Runs `target` and a bare `node -e 0` alternately, `pairs` times, and returns the median of the
 * per-pair ratios: a burst of load hits one pair, not one side of every pair.
 */
export function coldRatio(target: readonly string[], pairs: number): { ms: number; floorMs: number; ratio: number } {
  const targets: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const floor = timeProcess(BARE_NODE);
    const ms = timeProcess(target);
    floors.push(floor);
    targets.push(ms);
    ratios.push(ms / floor);
  }
  return { ms: median(targets), floorMs: median(floors), ratio: median(ratios) };
}

/**
 * Two workloads timed in alternation, so both see the same machine; returns the median time of
 * each (ms per call).
 */
export function timePair(a: () => void, b: () => void, budgetMs = 600, minRounds = 5): { a: number; b: number } {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  const until = performance.now() + budgetMs;
  while (as.length < minRounds || performance.now() < until) {
    let start = performance.now();
    a();
    as.push(performance.now() - start);
    start = performance.now();
    b();
    bs.push(performance.now() - start);
  }
  return { a: median(as), b: median(bs) };
}
