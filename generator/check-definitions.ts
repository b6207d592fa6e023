/**
 * Checks the definitions for mistakes the type system cannot catch (empty descriptions,
 * duplicate names, broken patterns, bindings that restJson1 cannot carry) before anything is
 * emitted. Every problem names the definition module and the shape path.
 */
import { checkOperationExamples } from "./check-examples.js";
import { problem, type Problem } from "./core/diagnostics.js";
import type { Operation, ServiceDefinition } from "./operations.js";
import {
  assertNever,
  isErrorShape,
  reachableShapes,
  type LengthConstraint,
  type RangeConstraint,
  type Shape,
} from "./shapes.js";

export function checkDefinitions(service: ServiceDefinition, sources: ReadonlyMap<Shape, string>): Problem[] {
  const problems: Problem[] = [];
  const shapes = reachableShapes(service.operations.flatMap((op) => [op.input, op.output, ...op.errors]));
  const byName = new Map<string, Shape>();
  for (const shape of shapes) {
    if (shape.prelude) continue;
    const where = { file: sources.get(shape), pointer: shape.name };
    const other = byName.get(shape.name);
    if (other && other !== shape)
      problems.push(problem("definition/duplicate-shape-name", { name: shape.name }, where));
    byName.set(shape.name, shape);
    problems.push(...checkShape(shape, where));
  }
  const names = new Set<string>();
  const routes = new Map<string, string>();
  for (const op of service.operations) {
    const where = { file: sources.get(op.input), pointer: `operation ${op.name}` };
    if (names.has(op.name)) problems.push(problem("definition/duplicate-operation", { name: op.name }, where));
    names.add(op.name);
    const route = `${op.method} ${op.uri.replace(/\{[^}]+\}/g, "{}")}`;
    const first = routes.get(route);
    if (first) problems.push(problem("definition/duplicate-route", { route, first, second: op.name }, where));
    routes.set(route, op.name);
    problems.push(...checkOperation(op, where));
  }
  return problems;
}

type Where = { readonly file?: string; readonly pointer: string };

function checkShape(shape: Shape, where: Where): Problem[] {
  const problems: Problem[] = [];
  const missing = (subject: string, text: string | undefined, pointer = where.pointer) => {
    if (!text || text.trim() === "")
      problems.push(problem("definition/missing-description", { subject }, { ...where, pointer }));
  };
  missing(`shape ${shape.name}`, shape.description);
  const constraints = (
    subject: string,
    pointer: string,
    c: { length?: LengthConstraint; range?: RangeConstraint; pattern?: string },
  ) => problems.push(...checkConstraints(subject, { ...where, pointer }, c));
  switch (shape.kind) {
    case "structure":
    case "union": {
      const entries = Object.entries(shape.members);
      if (shape.kind === "union" && entries.length === 0)
        problems.push(problem("definition/empty-union", { shape: shape.name }, where));
      let payloads = 0;
      for (const [name, m] of entries) {
        const pointer = `${shape.name}.${name}`;
        missing(`member ${pointer}`, m.description, pointer);
        constraints(`member ${pointer}`, pointer, m);
        if (shape.kind === "union" && m.required)
          problems.push(
            problem("definition/union-member-required", { shape: shape.name, member: name }, { ...where, pointer }),
          );
        if (shape.kind === "union" && shape.streaming && m.target.kind !== "structure")
          problems.push(
            problem("definition/event-stream-member", { shape: shape.name, member: name }, { ...where, pointer }),
          );
        if (m.binding?.in === "payload") payloads++;
      }
      if (payloads > 1) problems.push(problem("definition/several-payloads", { shape: shape.name }, where));
      if (payloads === 1)
        for (const [name, m] of entries)
          if (m.binding === undefined)
            problems.push(
              problem(
                "definition/payload-with-body-members",
                { shape: shape.name, member: name },
                { ...where, pointer: `${shape.name}.${name}` },
              ),
            );
      if (isErrorShape(shape) && !(shape.error.status >= 400 && shape.error.status <= 599))
        problems.push(
          problem("definition/error-without-status", { shape: shape.name, status: shape.error.status }, where),
        );
      break;
    }
    case "enum":
    case "intEnum": {
      const values = Object.values(shape.values).map(String);
      if (values.length === 0) problems.push(problem("definition/empty-enum", { shape: shape.name }, where));
      const seen = new Set<string>();
      for (const value of values) {
        if (seen.has(value))
          problems.push(problem("definition/duplicate-enum-value", { shape: shape.name, value }, where));
        seen.add(value);
      }
      break;
    }
    case "string":
      constraints(`shape ${shape.name}`, where.pointer, shape);
      break;
    case "blob":
      constraints(`shape ${shape.name}`, where.pointer, shape);
      break;
    case "integer":
    case "long":
    case "float":
    case "double":
      constraints(`shape ${shape.name}`, where.pointer, shape);
      break;
    case "list":
      constraints(`shape ${shape.name}`, where.pointer, shape);
      if (shape.memberConstraints)
        constraints(`member of ${shape.name}`, `${shape.name}.member`, shape.memberConstraints);
      break;
    case "map":
      constraints(`shape ${shape.name}`, where.pointer, shape);
      if (shape.keyConstraints) constraints(`key of ${shape.name}`, `${shape.name}.key`, shape.keyConstraints);
      if (shape.valueConstraints) constraints(`value of ${shape.name}`, `${shape.name}.value`, shape.valueConstraints);
      break;
    case "boolean":
    case "timestamp":
    case "document":
      break;
    default:
      assertNever(shape);
  }
  return problems;
}

function checkConstraints(
  subject: string,
  where: Where,
  c: { length?: LengthConstraint; range?: RangeConstraint; pattern?: string },
): Problem[] {
  const problems: Problem[] = [];
  for (const [label, bounds] of [
    ["length", c.length],
    ["range", c.range],
  ] as const) {
    if (!bounds) continue;
    if (label === "length" && ((bounds.min ?? 0) < 0 || (bounds.max ?? 0) < 0))
      problems.push(
        problem("definition/invalid-constraint", { subject, detail: "a length bound cannot be negative" }, where),
      );
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max)
      problems.push(
        problem(
          "definition/invalid-constraint",
          { subject, detail: `${label} minimum ${bounds.min} exceeds maximum ${bounds.max}` },
          where,
        ),
      );
  }
  if (c.pattern !== undefined) {
    try {
      // JSON Schema patterns are ECMA-262 and validators compile them in Unicode mode.
      new RegExp(c.pattern, "u");
    } catch (e) {
      problems.push(
        problem("definition/invalid-pattern", { subject, pattern: c.pattern, reason: (e as Error).message }, where),
      );
    }
  }
  return problems;
}

function checkOperation(op: Operation, where: Where): Problem[] {
  const problems: Problem[] = [];
  if (!op.summary.trim())
    problems.push(problem("definition/missing-description", { subject: `operation ${op.name} summary` }, where));
  if (!op.description.trim())
    problems.push(problem("definition/missing-description", { subject: `operation ${op.name}` }, where));
  const uriLabels = [...op.uri.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]!);
  const labelMembers = Object.entries(op.input.members).filter(([, m]) => m.binding?.in === "label");
  for (const label of uriLabels)
    if (!labelMembers.some(([name]) => name === label))
      problems.push(problem("definition/invalid-uri-label", { operation: op.name, label }, where));
  for (const [name, m] of labelMembers) {
    if (!uriLabels.includes(name))
      problems.push(problem("definition/unbound-label-member", { operation: op.name, member: name }, where));
    if (!m.required)
      problems.push(problem("definition/label-not-required", { operation: op.name, member: name }, where));
  }
  problems.push(...checkOperationExamples(op, where));
  return problems;
}
