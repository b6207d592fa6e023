/**
 * Test support: copies of the real definitions with one shape or operation changed, built in
 * memory. Shapes point at each other by reference, so changing one means rebuilding every
 * shape on the way to it; the real definition objects are never touched.
 */
import { readFileSync } from "node:fs";
import type { Operation, ServiceDefinition } from "../../generator/operations.js";
import type { EnumShape, ErrorShape, Members, Shape, StringShape, StructureShape } from "../../generator/shapes.js";
import { loadInstalledSdk } from "./installed-sdk.js";
import type { DriftModel } from "./model.js";
import { readSdkSchemas } from "./read-sdk.js";
import { readSmithyModel } from "./read-smithy.js";
import { smithyModelPath } from "../../generator/core/paths.js";

/** The official model (BEDROCK_SMITHY_MODEL, or the copy beside the checkout). */
export const smithyFile = smithyModelPath;

let cached: { sdk: DriftModel; smithy: DriftModel } | undefined;

/** Both AWS models, read once per test run. */
export function awsModels(): { sdk: DriftModel; smithy: DriftModel } {
  cached ??= {
    sdk: readSdkSchemas(loadInstalledSdk().exports),
    smithy: readSmithyModel(JSON.parse(readFileSync(smithyFile, "utf8"))),
  };
  return cached;
}

/** A copy of `service` in which the shape named `name` is replaced by `edit(shape)`. */
export function withShape(service: ServiceDefinition, name: string, edit: (shape: Shape) => Shape): ServiceDefinition {
  const copies = new Map<Shape, Shape>();
  let found = false;
  const copy = (shape: Shape): Shape => {
    const done = copies.get(shape);
    if (done) return done;
    let next: Shape;
    switch (shape.kind) {
      case "structure":
      case "union":
        next = { ...shape, members: copyMembers(shape.members, copy) };
        break;
      case "list":
        next = { ...shape, member: copy(shape.member) };
        break;
      case "map":
        next = { ...shape, key: copy(shape.key) as StringShape | EnumShape, value: copy(shape.value) };
        break;
      default:
        next = shape;
    }
    if (shape.name === name) {
      next = edit(next);
      found = true;
    }
    copies.set(shape, next);
    return next;
  };
  const operations = service.operations.map(
    (op): Operation => ({
      ...op,
      input: copy(op.input) as StructureShape,
      output: copy(op.output) as StructureShape,
      errors: op.errors.map((e) => copy(e) as ErrorShape),
    }),
  );
  if (!found) throw new Error(`no shape named ${name} is reachable from the operations`);
  return { ...service, operations };
}

/** A copy of `service` in which operation `name` is replaced by `edit(operation)`. */
export function withOperation(
  service: ServiceDefinition,
  name: string,
  edit: (op: Operation) => Operation,
): ServiceDefinition {
  if (!service.operations.some((op) => op.name === name)) throw new Error(`no operation named ${name}`);
  return { ...service, operations: service.operations.map((op) => (op.name === name ? edit(op) : op)) };
}

/** A copy of a structure or union with member `name` changed (or removed, when `edit` returns undefined). */
export function withMember(
  shape: Shape,
  name: string,
  edit: (member: Members[string]) => Members[string] | undefined,
): Shape {
  if (shape.kind !== "structure" && shape.kind !== "union") throw new Error(`${shape.name} has no members`);
  if (!(name in shape.members)) throw new Error(`${shape.name} has no member ${name}`);
  const members = Object.fromEntries(
    Object.entries(shape.members).flatMap(([key, m]) => {
      if (key !== name) return [[key, m]];
      const edited = edit(m);
      return edited ? [[key, edited]] : [];
    }),
  );
  return { ...shape, members };
}

function copyMembers(members: Members, copy: (shape: Shape) => Shape): Members {
  return Object.fromEntries(Object.entries(members).map(([name, m]) => [name, { ...m, target: copy(m.target) }]));
}
