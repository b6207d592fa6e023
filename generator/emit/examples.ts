/**
 * Operation examples → OpenAPI. Parameter values and JSON bodies become `examples` maps: one
 * Example Object per operation example that gives a value there, keyed by the example's name,
 * in definition order (so the first example is the one tools show by default, and a request
 * pairs with its response by key). Bodies carry the example's description; parameter values
 * carry only its summary, since an operation can have a dozen parameters and the description
 * is about the whole call.
 *
 * Event-stream bodies get no `examples`: an Example Object's `value` is the whole body, and a
 * tool would render a list of frames as if it were one JSON document, which the body never is.
 * They go in `x-amazon-eventstream-examples` on the event-stream media type instead: per
 * example, its frames in order, each with the frame headers it travels with and its JSON
 * payload (the union member's value, as restJson1 frames it).
 */
import type { OpenAPIV3_1 } from "openapi-types";
import type { ExampleBody, Operation, OperationExample } from "../operations.js";
import type { JsonValue, UnionShape } from "../shapes.js";
import { compact } from "./json-schema.js";
import { eventFrameHeaders } from "./shape-schemas.js";

export const STREAM_EXAMPLES_EXTENSION = "x-amazon-eventstream-examples";

/** The part of a call an example value belongs to: the request, or the response with this status. */
export type ExampleSide = "request" | number;

export interface StreamFrameExample {
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: JsonValue;
}

export interface StreamExample {
  readonly summary: string;
  readonly description?: string;
  readonly frames: readonly StreamFrameExample[];
}

type ExampleMap<T> = Record<string, T> | undefined;

/** Examples for the parameter bound to input member `member`. */
export function parameterExamples(op: Operation, member: string): ExampleMap<OpenAPIV3_1.ExampleObject> {
  return exampleObjects(op, (example) => example.parameters?.[member], false);
}

/** Examples for a JSON body on one side of the call. */
export function jsonBodyExamples(op: Operation, side: ExampleSide): ExampleMap<OpenAPIV3_1.ExampleObject> {
  return exampleObjects(op, (example) => bodyOf(example, side)?.body, true);
}

/** Examples for an event-stream body on one side of the call, framed as `union` frames them. */
export function streamExamples(op: Operation, side: ExampleSide, union: UnionShape): ExampleMap<StreamExample> {
  const entries = (op.examples ?? []).flatMap((example) => {
    const frames = bodyOf(example, side)?.frames;
    if (frames === undefined) return [];
    const framed = frames.map((frame): StreamFrameExample => {
      const m = union.members[frame.event];
      // checkDefinitions reports this first; reaching it means the emitter was called unchecked.
      if (m === undefined)
        throw new Error(`example ${example.name} of ${op.name}: ${union.name} has no member ${frame.event}`);
      return { headers: eventFrameHeaders(frame.event, m), payload: frame.payload };
    });
    return [
      [example.name, compact({ summary: example.summary, description: example.description, frames: framed })] as const,
    ];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function bodyOf(example: OperationExample, side: ExampleSide): ExampleBody | undefined {
  if (side === "request") return example.request;
  return example.response?.status === side ? example.response : undefined;
}

function exampleObjects(
  op: Operation,
  valueOf: (example: OperationExample) => JsonValue | undefined,
  withDescription: boolean,
): ExampleMap<OpenAPIV3_1.ExampleObject> {
  const entries = (op.examples ?? []).flatMap((example) => {
    const value = valueOf(example);
    if (value === undefined) return [];
    const description = withDescription ? example.description : undefined;
    return [[example.name, compact({ summary: example.summary, description, value })] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
