/**
 * Checks where each operation example goes, before anything is emitted: names that work as map
 * keys, parameter values for members that are parameters, bodies the operation has (JSON or
 * event stream, on the side and with the status given), frames of events the stream declares,
 * and calls complete enough to send. Whether the values fit their schemas is the `examples`
 * validator's job over the emitted spec: the definitions hold no JSON Schema to check against,
 * and what users get is the emitted spec.
 */
import { problem, type Problem } from "./core/diagnostics.js";
import { isEventStream, isParameter, splitMembers } from "./emit/rest-json.js";
import type { ExampleBody, Operation, OperationExample } from "./operations.js";
import type { StructureShape, UnionShape } from "./shapes.js";

/** The characters OpenAPI allows in component keys; safe as a map key, an anchor and a file name. */
const EXAMPLE_NAME = /^[A-Za-z0-9._-]+$/;

interface Where {
  readonly file?: string;
  readonly pointer: string;
}

/** What an operation carries on one side of the call. */
type BodyKind =
  | { readonly kind: "json" }
  | { readonly kind: "stream"; readonly union: UnionShape }
  | { readonly kind: "none" };

export function checkOperationExamples(op: Operation, where: Where): Problem[] {
  const problems: Problem[] = [];
  const names = new Set<string>();
  for (const example of op.examples ?? []) {
    const at = { ...where, pointer: `${where.pointer} example ${example.name}` };
    if (!EXAMPLE_NAME.test(example.name))
      problems.push(problem("examples/invalid-name", { operation: op.name, name: example.name }, at));
    if (names.has(example.name))
      problems.push(problem("examples/duplicate-name", { operation: op.name, name: example.name }, at));
    names.add(example.name);
    if (!example.summary.trim())
      problems.push(
        problem(
          "definition/missing-description",
          { subject: `example ${example.name} of operation ${op.name} (summary)` },
          at,
        ),
      );
    const misplaced = (part: string, reason: string): Problem =>
      problem("examples/misplaced", { operation: op.name, example: example.name, part, reason }, at);
    problems.push(...checkParameters(op, example, misplaced), ...checkCompleteness(op, example, at));
    if (example.request) problems.push(...checkBody(example.request, "request", bodyKind(op.input), misplaced));
    if (example.response) {
      const { status } = example.response;
      const kind = responseKind(op, status);
      if (kind === undefined) {
        const declared = [op.status, ...new Set(op.errors.map((e) => e.error.status))].join(", ");
        problems.push(
          misplaced(`${status} response`, `the operation declares no ${status} response (declared: ${declared})`),
        );
      } else problems.push(...checkBody(example.response, `${status} response`, kind, misplaced));
    }
  }
  return problems;
}

type Misplaced = (part: string, reason: string) => Problem;

function checkParameters(op: Operation, example: OperationExample, misplaced: Misplaced): Problem[] {
  return Object.keys(example.parameters ?? {}).flatMap((name) => {
    const member = op.input.members[name];
    return member !== undefined && isParameter(name, member)
      ? []
      : [
          misplaced(
            `parameter ${name}`,
            `${op.input.name} has no member ${name} that travels as a path, query or header parameter (Content-Type and Accept are media-type keys, not parameters)`,
          ),
        ];
  });
}

/** A call needs its required parameters and, where the operation requires one, a request body. */
function checkCompleteness(op: Operation, example: OperationExample, where: Where): Problem[] {
  const given = example.parameters ?? {};
  const missing = Object.entries(op.input.members)
    .filter(([name, m]) => isParameter(name, m) && (m.binding?.in === "label" || m.required) && !(name in given))
    .map(([name]) => `value for the required parameter ${name}`);
  const split = splitMembers(op.input);
  const bodyRequired = split.payload
    ? split.payload[1].required === true
    : Object.values(split.body).some((m) => m.required);
  if (bodyRequired && example.request === undefined) missing.push("request body, which the operation requires");
  return missing.map((m) =>
    problem("examples/incomplete-call", { operation: op.name, example: example.name, missing: m }, where),
  );
}

function checkBody(body: ExampleBody, part: string, kind: BodyKind, misplaced: Misplaced): Problem[] {
  if (body.body !== undefined && kind.kind !== "json")
    return [
      misplaced(
        `${part} body`,
        kind.kind === "stream"
          ? `the ${part} is an event stream of ${kind.union.name}; give its frames`
          : `the operation has no ${part} body`,
      ),
    ];
  if (body.frames === undefined) return [];
  if (kind.kind !== "stream") return [misplaced(`${part} frames`, `the ${part} is not an event stream`)];
  return body.frames.flatMap((frame, i) =>
    frame.event in kind.union.members
      ? []
      : [misplaced(`${part} frame ${i}`, `${kind.union.name} has no member ${frame.event}`)],
  );
}

function responseKind(op: Operation, status: number): BodyKind | undefined {
  if (status === op.status) return bodyKind(op.output);
  return op.errors.some((e) => e.error.status === status) ? { kind: "json" } : undefined;
}

function bodyKind(shape: StructureShape): BodyKind {
  const split = splitMembers(shape);
  if (split.payload) {
    const target = split.payload[1].target;
    return isEventStream(target) ? { kind: "stream", union: target } : { kind: "json" };
  }
  return Object.keys(split.body).length > 0 ? { kind: "json" } : { kind: "none" };
}
