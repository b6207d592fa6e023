/**
 * Reader C: our typed definitions, walked from the service's operations, reduced to the
 * comparable model. Prelude shapes (String, Integer, …) are targets only, as in Smithy.
 * The provider families (`service.modelFamilies`) are not read: they describe what travels inside
 * the `Body` blob, which the Smithy model leaves opaque, so there is nothing to compare them with.
 */
import type { ServiceDefinition } from "../../generator/operations.js";
import {
  assertNever,
  reachableShapes,
  type ElementConstraints,
  type Member,
  type Shape,
} from "../../generator/shapes.js";
import {
  fullCoverage,
  type Constraints,
  type DriftModel,
  type ElementFacts,
  type MemberFacts,
  type OperationFacts,
  type ShapeFacts,
  type TargetFacts,
} from "./model.js";

export function readDefinitions(service: ServiceDefinition): DriftModel {
  const operations = new Map<string, OperationFacts>();
  for (const op of service.operations) {
    operations.set(op.name, {
      name: op.name,
      method: op.method,
      uri: op.uri,
      status: op.status,
      input: op.input.name,
      output: op.output.name,
      errors: op.errors.map((e) => e.name),
      readonly: op.readonly ?? false,
      idempotent: op.idempotent ?? false,
      ...(op.pagination ? { pagination: op.pagination } : {}),
      unmodeled: [],
    });
  }
  const shapes = new Map<string, ShapeFacts>();
  for (const shape of reachableShapes(service.operations.flatMap((op) => [op.input, op.output, ...op.errors]))) {
    if (!shape.prelude) shapes.set(shape.name, shapeFacts(shape));
  }
  return { operations, shapes, coverage: fullCoverage };
}

function shapeFacts(shape: Shape): ShapeFacts {
  const base = {
    name: shape.name,
    kind: shape.kind,
    sensitive: shape.sensitive ?? false,
    streaming: false,
    constraints: {},
    unmodeled: [],
  };
  switch (shape.kind) {
    case "structure":
      return {
        ...base,
        members: memberFacts(shape.members),
        ...(shape.error ? { error: { ...shape.error, retryable: shape.error.retryable ?? false } } : {}),
      };
    case "union":
      return { ...base, streaming: shape.streaming ?? false, members: memberFacts(shape.members) };
    case "list":
      return {
        ...base,
        constraints: constraints(shape),
        listMember: elementFacts(shape.member, shape.memberConstraints),
      };
    case "map":
      return {
        ...base,
        constraints: constraints(shape),
        mapKey: elementFacts(shape.key, shape.keyConstraints),
        mapValue: elementFacts(shape.value, shape.valueConstraints),
      };
    case "enum":
    case "intEnum":
      return { ...base, enumValues: new Map<string, string | number>(Object.entries(shape.values)) };
    case "string":
    case "blob":
    case "integer":
    case "long":
    case "float":
    case "double":
      return { ...base, constraints: constraints(shape) };
    case "timestamp":
      return { ...base, ...(shape.format ? { timestampFormat: shape.format } : {}) };
    case "boolean":
    case "document":
      return base;
    default:
      return assertNever(shape);
  }
}

function memberFacts(members: Readonly<Record<string, Member>>): ReadonlyMap<string, MemberFacts> {
  return new Map(
    Object.entries(members).map(([name, m]) => [
      name,
      {
        target: targetFacts(m.target),
        required: m.required ?? false,
        ...(m.default !== undefined ? { default: m.default } : {}),
        constraints: constraints(m),
        ...(m.binding ? { binding: m.binding } : {}),
        idempotencyToken: m.idempotencyToken ?? false,
        unmodeled: [],
      },
    ]),
  );
}

function targetFacts(shape: Shape): TargetFacts {
  return {
    name: shape.name,
    kind: shape.kind,
    sensitive: shape.sensitive ?? false,
    ...(shape.kind === "timestamp" && shape.format ? { timestampFormat: shape.format } : {}),
  };
}

/** Picks the constraint fields only, so that absent ones stay absent. */
function constraints(c: Constraints): Constraints {
  return {
    ...(c.length ? { length: c.length } : {}),
    ...(c.range ? { range: c.range } : {}),
    ...(c.pattern !== undefined ? { pattern: c.pattern } : {}),
  };
}

function elementFacts(target: Shape, c: ElementConstraints | undefined): ElementFacts {
  return { target: targetFacts(target), constraints: c ? constraints(c) : {}, unmodeled: [] };
}
