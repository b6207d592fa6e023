/**
 * The drift check: our definitions against each AWS source, with the allow-list applied.
 * Pure: the caller loads the SDK and the Smithy file, and prints the result.
 */
import { problem, type Problem } from "../../generator/core/diagnostics.js";
import type { ServiceDefinition } from "../../generator/operations.js";
import { reachableShapes, type Shape } from "../../generator/shapes.js";
import { applyAllowList, type AllowEntry, type AllowListResult, type StaleEntry } from "./apply-allow-list.js";
import { compareModels, type Difference } from "./compare.js";
import type { DriftModel, DriftSource } from "./model.js";
import { readDefinitions } from "./read-definitions.js";

export const allowListFile = "validators/drift/allow-list.ts";

export interface AwsModel {
  readonly source: DriftSource;
  readonly model: DriftModel;
}

export interface DriftReport extends AllowListResult {
  readonly compared: readonly DriftSource[];
}

export function checkDrift(
  service: ServiceDefinition,
  against: readonly AwsModel[],
  allowList: readonly AllowEntry[],
): DriftReport {
  const ours = readDefinitions(service);
  const differences = against.flatMap(({ source, model }) => compareModels(model, ours, source));
  const compared = against.map((a) => a.source);
  return { ...applyAllowList(differences, allowList, compared), compared };
}

/** A difference as a catalogued problem, placed in the definition module that holds our side. */
export function differenceProblem(difference: Difference, locate: (path: string) => string | undefined): Problem {
  const file = locate(difference.path);
  return problem(difference.code, difference, { ...(file ? { file } : {}), pointer: difference.path });
}

export function staleProblem({ entry, source }: StaleEntry): Problem {
  return problem(
    "drift/stale-allow-entry",
    { code: entry.code, path: entry.path, source },
    { file: allowListFile, pointer: entry.path },
  );
}

/**
 * Finds the definition module behind a difference path: the shape it starts with, or for
 * `operation X…` the module that declares X's input.
 */
export function definitionLocator(
  service: ServiceDefinition,
  sources: ReadonlyMap<Shape, string>,
): (path: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const shape of reachableShapes(service.operations.flatMap((op) => [op.input, op.output, ...op.errors]))) {
    const file = sources.get(shape);
    if (file && !shape.prelude) byName.set(shape.name, file);
  }
  const operations = new Map(service.operations.map((op) => [op.name, op.input.name]));
  return (path) => {
    const [head = ""] = path.split(".");
    const name = head.startsWith("operation ") ? operations.get(head.slice("operation ".length)) : head;
    return name === undefined ? undefined : byName.get(name);
  };
}
