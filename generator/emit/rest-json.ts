/**
 * The restJson1 protocol layer: how an operation's input and output members travel in HTTP
 * (labels, headers, query, payload, JSON body), how errors map to statuses, and how event
 * streams are framed. Shape schemas come from shape-schemas.ts; the examples placed beside
 * parameters and bodies come from examples.ts.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { compareCodeUnits } from "../core/compare.js";
import type { Operation } from "../operations.js";
import {
  assertNever,
  type ErrorShape,
  type Member,
  type Members,
  type Shape,
  type StructureShape,
  type UnionShape,
} from "../shapes.js";
import {
  jsonBodyExamples,
  parameterExamples,
  STREAM_EXAMPLES_EXTENSION,
  streamExamples,
  type ExampleSide,
} from "./examples.js";
import { compact, schemaRef, type JsonSchema } from "./json-schema.js";
import { memberSchema, referenceTo, type SchemaContext } from "./shape-schemas.js";
import { errorExamples } from "../definitions/recorded-examples.js";

export const EVENT_STREAM_MEDIA_TYPE = "application/vnd.amazon.eventstream";
export const JSON_MEDIA_TYPE = "application/json";
export const ERROR_TYPE_HEADER = "X-Amzn-ErrorType";
/** Cross-field rules on the request body (CrossFieldRule in generator/operations.ts). */
export const RULES_EXTENSION = "x-bedrock-rules";
export const REQUEST_ID_HEADER = "x-amzn-RequestId";
/** `[namespace#]Name[:uri]`; group 1 is the name. */
export const ERROR_TYPE_PATTERN = "^(?:[^#:]*#)?([^#:]+)(?::.*)?$";

/** Reusable response headers every restJson1 reply carries, referenced from each response. */
export const commonHeaders: Record<string, OpenAPIV3_1.HeaderObject> = {
  RequestId: {
    description: "Identifier the service assigned to this request; quote it when contacting AWS Support.",
    schema: { type: "string" },
  },
  ErrorType: {
    description: [
      "Names the error, which tells apart errors that share a status code. The value can carry a namespace before `#`",
      "(such as `aws.protocols#` or `com.amazon.coral.service#`) and a `:`-separated URI after the name",
      "(`ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/`). The error name is what lies after",
      "the last `#` and before the first `:`; compare it with the error schema names. `x-amzn-errortype-grammar` gives the",
      "pattern and test vectors.",
    ].join(" "),
    schema: { type: "string", pattern: ERROR_TYPE_PATTERN },
    "x-amzn-errortype-grammar": {
      pattern: ERROR_TYPE_PATTERN,
      nameGroup: 1,
      rule: "Cut the value at the first `:`; of what remains, the error name is the part after the last `#` (all of it when there is no `#`).",
      vectors: [
        { value: "ValidationException", name: "ValidationException" },
        {
          value: "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/",
          name: "ValidationException",
        },
        { value: "com.amazon.coral.service#UnrecognizedClientException", name: "UnrecognizedClientException" },
        {
          value: "aws.protocols#ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/",
          name: "ThrottlingException",
        },
      ],
    },
  } as OpenAPIV3_1.HeaderObject,
};

type Operation31 = OpenAPIV3_1.OperationObject<Record<`x-${string}`, unknown>>;

interface SplitMembers {
  readonly labels: [string, Member][];
  readonly headers: [string, Member][];
  readonly queries: [string, Member][];
  readonly payload?: [string, Member];
  readonly body: Members;
}

/** Sorts a structure's members by where they travel. */
export function splitMembers(shape: StructureShape): SplitMembers {
  const split = {
    labels: [] as [string, Member][],
    headers: [] as [string, Member][],
    queries: [] as [string, Member][],
  };
  let payloadMember: [string, Member] | undefined;
  const body: Record<string, Member> = {};
  for (const [name, m] of Object.entries(shape.members)) {
    switch (m.binding?.in) {
      case "label":
        split.labels.push([name, m]);
        break;
      case "header":
        split.headers.push([name, m]);
        break;
      case "query":
        split.queries.push([name, m]);
        break;
      case "payload":
        payloadMember = [name, m];
        break;
      case undefined:
        body[name] = m;
        break;
      default:
        assertNever(m.binding);
    }
  }
  return { ...split, payload: payloadMember, body };
}

/** The HTTP name a header- or query-bound member travels under. */
function wireName(member: Member, fallback: string): string {
  return member.binding && "name" in member.binding ? member.binding.name : fallback;
}

export function isEventStream(shape: Shape): shape is UnionShape {
  return shape.kind === "union" && shape.streaming === true;
}

/** The component schemas an operation's input and output contribute beyond their shapes. */
export interface BodySchema {
  readonly name: string;
  readonly shape: StructureShape;
  readonly members: Members;
}

/** Input/output structures whose JSON body members become a component of the same name. */
export function bodySchemas(op: Operation): BodySchema[] {
  return [op.input, op.output].flatMap((shape) => {
    const split = splitMembers(shape);
    return split.payload || Object.keys(split.body).length === 0
      ? []
      : [{ name: shape.name, shape, members: split.body }];
  });
}

export function emitOperation(op: Operation, ctx: SchemaContext): Operation31 {
  const input = splitMembers(op.input);
  const bidirectional = input.payload !== undefined && isEventStream(input.payload[1].target);
  return compact({
    operationId: op.name,
    summary: op.summary,
    description: op.description,
    tags: [...op.tags],
    parameters: parameters(op, input, ctx),
    requestBody: requestBody(op, input, ctx),
    responses: { ...successResponse(op, ctx), ...errorResponses(op) },
    "x-smithy-id": `com.amazonaws.bedrockruntime#${op.name}`,
    "x-smithy-errors": op.errors.map((e) => e.name).sort(),
    "x-aws-iam-action": op.iamAction,
    "x-smithy-readonly": op.readonly ? true : undefined,
    "x-smithy-idempotent": op.idempotent ? true : undefined,
    "x-aws-pagination": op.pagination ? { ...op.pagination } : undefined,
    [RULES_EXTENSION]: op.rules?.map((rule) => ({ ...rule })),
    "x-smithy-media-type-headers": mediaTypeHeaders(op),
    "x-aws-bidirectional-stream": bidirectional
      ? {
          protocol: "HTTP/2",
          note: "The request body is itself an event stream that stays open while the response streams back; clients need an HTTP/2 connection and an event-stream encoder, which OpenAPI cannot describe.",
        }
      : undefined,
  }) as Operation31;
}

/**
 * OpenAPI ignores header parameters named Content-Type, Accept or Authorization and response
 * headers named Content-Type: media types travel as the keys of `content` instead. Members
 * bound to them are listed in `x-smithy-media-type-headers` so their meaning is not lost.
 */
const IGNORED_REQUEST_HEADERS = new Set(["content-type", "accept", "authorization"]);
const IGNORED_RESPONSE_HEADERS = new Set(["content-type"]);

function mediaTypeHeaders(op: Operation): JsonSchema["x-smithy-media-type-headers"] {
  const listed = (members: [string, Member][], ignored: ReadonlySet<string>) =>
    Object.fromEntries(
      members
        .filter(([name, m]) => ignored.has(wireName(m, name).toLowerCase()))
        .map(([name, m]) => [
          wireName(m, name),
          { member: name, required: m.required === true, description: m.description },
        ]),
    );
  const request = listed(splitMembers(op.input).headers, IGNORED_REQUEST_HEADERS);
  const response = listed(splitMembers(op.output).headers, IGNORED_RESPONSE_HEADERS);
  const sides = Object.entries({ request, response }).filter(([, headers]) => Object.keys(headers).length > 0);
  return sides.length > 0 ? Object.fromEntries(sides) : undefined;
}

/** Whether an input member becomes an OpenAPI parameter: a label, a query, or a header OpenAPI does not ignore. */
export function isParameter(name: string, m: Member): boolean {
  switch (m.binding?.in) {
    case "label":
    case "query":
      return true;
    case "header":
      return !IGNORED_REQUEST_HEADERS.has(wireName(m, name).toLowerCase());
    default:
      return false;
  }
}

function parameters(op: Operation, input: SplitMembers, ctx: SchemaContext): OpenAPIV3_1.ParameterObject[] | undefined {
  const params: OpenAPIV3_1.ParameterObject[] = [
    ...input.labels.map(([name, m]) => parameter(name, "path", m, ctx, parameterExamples(op, name))),
    ...input.queries.map(([name, m]) => parameter(wireName(m, name), "query", m, ctx, parameterExamples(op, name))),
    ...input.headers
      .filter(([name, m]) => isParameter(name, m))
      .map(([name, m]) => parameter(wireName(m, name), "header", m, ctx, parameterExamples(op, name))),
  ];
  return params.length > 0 ? params : undefined;
}

function parameter(
  name: string,
  location: "path" | "query" | "header",
  m: Member,
  ctx: SchemaContext,
  examples: Record<string, OpenAPIV3_1.ExampleObject> | undefined,
): OpenAPIV3_1.ParameterObject {
  const { description, ...schema } = memberSchema(m, ctx);
  return compact({
    name,
    in: location,
    description,
    required: location === "path" ? true : m.required ? true : undefined,
    schema: schema as OpenAPIV3_1.ParameterObject["schema"],
    examples,
  });
}

function requestBody(
  op: Operation,
  input: SplitMembers,
  ctx: SchemaContext,
): OpenAPIV3_1.RequestBodyObject | undefined {
  if (input.payload) {
    const [, m] = input.payload;
    return compact({
      description: m.description,
      required: m.required ? true : undefined,
      content: payloadContent(op, "request", m, ctx),
    });
  }
  const bodyMembers = Object.values(input.body);
  if (bodyMembers.length === 0) return undefined;
  return compact({
    description: op.input.description,
    required: bodyMembers.some((m) => m.required) ? true : undefined,
    content: { [JSON_MEDIA_TYPE]: jsonMediaType({ $ref: schemaRef(op.input.name) }, jsonBodyExamples(op, "request")) },
  });
}

/** The media types of a member bound to the whole HTTP body on one side of the call. */
function payloadContent(
  op: Operation,
  side: ExampleSide,
  m: Member,
  ctx: SchemaContext,
): Record<string, OpenAPIV3_1.MediaTypeObject> {
  const target = m.target;
  if (isEventStream(target)) {
    const schema = referenceTo(target, ctx) as OpenAPIV3_1.SchemaObject;
    return {
      [EVENT_STREAM_MEDIA_TYPE]: compact({ schema, [STREAM_EXAMPLES_EXTENSION]: streamExamples(op, side, target) }),
    };
  }
  const examples = jsonBodyExamples(op, side);
  if (target.kind === "blob") {
    // A raw body whose format the model decides (its Content-Type header says which); JSON in practice.
    return {
      [JSON_MEDIA_TYPE]: jsonMediaType(
        { description: "The model's own request or response document; its schema depends on the model." },
        examples,
      ),
      "*/*": { schema: { type: "string", contentMediaType: "application/octet-stream" } as OpenAPIV3_1.SchemaObject },
    };
  }
  return { [JSON_MEDIA_TYPE]: jsonMediaType(referenceTo(target, ctx), examples) };
}

function jsonMediaType(
  schema: JsonSchema,
  examples: Record<string, OpenAPIV3_1.ExampleObject> | undefined,
): OpenAPIV3_1.MediaTypeObject {
  return compact({ schema: schema as OpenAPIV3_1.SchemaObject, examples });
}

function successResponse(op: Operation, ctx: SchemaContext): OpenAPIV3_1.ResponsesObject {
  const output = splitMembers(op.output);
  const headers: Record<string, OpenAPIV3_1.HeaderObject | OpenAPIV3_1.ReferenceObject> = {
    [REQUEST_ID_HEADER]: { $ref: "#/components/headers/RequestId" },
  };
  for (const [name, m] of output.headers) {
    if (IGNORED_RESPONSE_HEADERS.has(wireName(m, name).toLowerCase())) continue;
    const { description, ...schema } = memberSchema(m, ctx);
    headers[wireName(m, name)] = compact({
      description,
      required: m.required ? true : undefined,
      schema: schema as OpenAPIV3_1.HeaderObject["schema"],
    });
  }
  let content: Record<string, OpenAPIV3_1.MediaTypeObject> | undefined;
  if (output.payload) content = payloadContent(op, op.status, output.payload[1], ctx);
  else if (Object.keys(output.body).length > 0)
    content = {
      [JSON_MEDIA_TYPE]: jsonMediaType({ $ref: schemaRef(op.output.name) }, jsonBodyExamples(op, op.status)),
    };
  return { [String(op.status)]: compact({ description: op.output.description, headers, content }) };
}

/** One response per status; errors that share a status are alternatives (`anyOf`), since their bodies can be identical. */
function errorResponses(op: Operation): OpenAPIV3_1.ResponsesObject {
  const byStatus = new Map<number, ErrorShape[]>();
  for (const e of op.errors) byStatus.set(e.error.status, [...(byStatus.get(e.error.status) ?? []), e]);
  const responses: OpenAPIV3_1.ResponsesObject = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const shapes = byStatus
      .get(status)!
      .slice()
      .sort((a, b) => compareCodeUnits(a.name, b.name));
    const refs = shapes.map((e) => ({ $ref: schemaRef(e.name) }));
    responses[String(status)] = {
      description:
        shapes.length === 1
          ? shapes[0]!.description
          : `One of: ${shapes.map((e) => e.name).join(", ")}. The \`${ERROR_TYPE_HEADER}\` header tells which.`,
      headers: {
        [ERROR_TYPE_HEADER]: { $ref: "#/components/headers/ErrorType" },
        [REQUEST_ID_HEADER]: { $ref: "#/components/headers/RequestId" },
      },
      content: {
        [JSON_MEDIA_TYPE]: jsonMediaType(
          refs.length === 1 ? refs[0]! : { anyOf: refs },
          errorBodyExamples(op, status, shapes),
        ),
      },
    };
  }
  return responses;
}

/** The operation's own examples for this status, then one per error shape that has a stock example. */
function errorBodyExamples(
  op: Operation,
  status: number,
  shapes: readonly ErrorShape[],
): Record<string, OpenAPIV3_1.ExampleObject> | undefined {
  const own = jsonBodyExamples(op, status) ?? {};
  const stock = shapes.flatMap((e) => {
    const example = errorExamples[e.name];
    if (example === undefined || example.name in own) return [];
    return [[example.name, { summary: `${e.name}: ${example.summary}`, value: example.body }] as const];
  });
  const all = { ...own, ...Object.fromEntries(stock) };
  return Object.keys(all).length > 0 ? all : undefined;
}

export type { JsonSchema };
