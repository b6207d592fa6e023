/**
 * Definitions → one OpenAPI 3.1 document. Pure and deterministic: components sorted by name,
 * paths in the service's operation order, every object built in a fixed key order.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { compareCodeUnits } from "../core/compare.js";
import type { ModelFamily, Operation, ServiceDefinition } from "../operations.js";
import { isErrorShape, reachableShapes, type Shape } from "../shapes.js";
import type { JsonSchema } from "./json-schema.js";
import { bodySchemas, commonHeaders, emitOperation } from "./rest-json.js";
import {
  familiesFor,
  familyBodySchema,
  familyExtension,
  familySchemas,
  MODEL_FAMILIES_EXTENSION,
} from "./model-families.js";
import { shapeSchema, structureSchema, type SchemaContext } from "./shape-schemas.js";

export type OpenApiDocument = OpenAPIV3_1.Document;

export function emitDocument(service: ServiceDefinition): OpenApiDocument {
  const ctx: SchemaContext = {
    strictShapes: requestShapes(service.operations),
    nullableShapes: nullableShapes(service.operations),
  };
  return {
    openapi: "3.1.0",
    info: {
      title: service.title,
      version: service.apiVersion,
      summary: service.summary,
      description: service.description,
      contact: { ...service.contact },
      license: { ...service.license },
      "x-aws-service": {
        sdkId: service.sdkId,
        endpointPrefix: service.endpointPrefix,
        signingName: service.signingName,
        apiVersion: service.apiVersion,
      },
    } as OpenAPIV3_1.InfoObject,
    externalDocs: { ...service.externalDocs },
    servers: service.servers.map((s) => ({
      url: s.url,
      description: s.description,
      variables: {
        region: { default: s.regions[0], enum: [...s.regions], description: "AWS Region that hosts the endpoint." },
      },
    })),
    security: [{ sigv4: [] }, { bearer: [] }],
    tags: service.tags.map((t) => ({ ...t })),
    paths: emitPaths(service, ctx),
    components: {
      schemas: emitSchemas(service, ctx) as Record<string, OpenAPIV3_1.SchemaObject>,
      headers: commonHeaders,
      securitySchemes: securitySchemes(service),
    },
  };
}

function securitySchemes(service: ServiceDefinition): Record<string, OpenAPIV3_1.SecuritySchemeObject> {
  return {
    sigv4: {
      type: "apiKey",
      name: "Authorization",
      in: "header",
      description: `AWS Signature Version 4 with the signing name \`${service.signingName}\`. Sign each request with your AWS credentials (an AWS SDK or signing library does this); the signature travels in the Authorization header, alongside X-Amz-Date and, for temporary credentials, X-Amz-Security-Token.`,
      "x-amazon-apigateway-authtype": "awsSigv4",
      "x-aws-signing-name": service.signingName,
    } as OpenAPIV3_1.SecuritySchemeObject,
    bearer: {
      type: "http",
      scheme: "bearer",
      description: `An Amazon Bedrock API key, sent as \`Authorization: Bearer <key>\`, instead of a SigV4 signature. Besides the operation's own IAM action, the identity behind the key needs \`${service.bearerIamAction}\` (denying it blocks both short-term and long-term keys). InvokeModelWithBidirectionalStream does not accept API keys.`,
      "x-aws-iam-action": service.bearerIamAction,
    } as OpenAPIV3_1.SecuritySchemeObject,
  };
}

function emitPaths(service: ServiceDefinition, ctx: SchemaContext): OpenAPIV3_1.PathsObject {
  const families = service.modelFamilies ?? [];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of service.operations) {
    const words = service.paths[op.uri];
    const item = (paths[op.uri] ??= words ? { summary: words.summary, description: words.description } : {});
    item[op.method.toLowerCase()] = withModelFamilies(
      withServiceFacts(emitOperation(op, ctx), service),
      op.name,
      families,
    );
  }
  return paths as OpenAPIV3_1.PathsObject;
}

type EmittedOperation = ReturnType<typeof emitOperation>;

/** What the service definition adds to an operation: the path-encoding rule on labels, and who may authenticate how. */
function withServiceFacts(operation: EmittedOperation, service: ServiceDefinition): EmittedOperation {
  const parameters = operation.parameters?.map((p) =>
    "in" in p && p.in === "path"
      ? {
          ...p,
          "x-aws-path-encoding": {
            rule: service.pathEncoding.rule,
            vectors: [...(service.pathEncoding.vectors[p.name] ?? [])],
          },
        }
      : p,
  );
  // Bedrock API keys do not work with the bidirectional stream: only SigV4 is offered there.
  const security = operation["x-aws-bidirectional-stream"] === undefined ? {} : { security: [{ sigv4: [] }] };
  return { ...operation, ...(parameters ? { parameters } : {}), ...security };
}

/**
 * An operation the provider families serve gets the `x-bedrock-model-families` list, and its
 * JSON request body and (InvokeModel) 200 body schemas name the families' bodies.
 */
function withModelFamilies(
  operation: EmittedOperation,
  name: string,
  families: readonly ModelFamily[],
): EmittedOperation {
  const serving = familiesFor(families, name);
  if (serving.length === 0) return operation;
  const withSchema = (
    content: Record<string, OpenAPIV3_1.MediaTypeObject> | undefined,
    names: (string | undefined)[],
  ) => {
    const media = content?.["application/json"];
    const schema = media?.schema as { description?: string } | undefined;
    const named = familyBodySchema(names, schema?.description ?? "The model's own JSON body.");
    if (content === undefined || media === undefined || named === undefined) return content;
    return { ...content, "application/json": { ...media, schema: named as OpenAPIV3_1.SchemaObject } };
  };
  const requestBody = operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
  const ok = operation.responses?.["200"] as OpenAPIV3_1.ResponseObject | undefined;
  return {
    ...operation,
    ...(requestBody === undefined
      ? {}
      : {
          requestBody: {
            ...requestBody,
            content: withSchema(
              requestBody.content,
              serving.map((f) => f.request),
            )!,
          },
        }),
    responses: {
      ...operation.responses,
      ...(ok === undefined
        ? {}
        : {
            "200": {
              ...ok,
              content: withSchema(
                ok.content,
                serving.map((f) => f.response),
              ),
            },
          }),
    },
    [MODEL_FAMILIES_EXTENSION]: familyExtension(families, name),
  } as EmittedOperation;
}

/** Every named shape the operations reach, the JSON body of each input and output, and the families' schemas. */
function emitSchemas(service: ServiceDefinition, ctx: SchemaContext): Record<string, JsonSchema> {
  const operations = service.operations;
  const families = service.modelFamilies ?? [];
  const schemas = new Map<string, JsonSchema>();
  const ioShapes = new Set<Shape>(operations.flatMap((op) => [op.input, op.output]));
  for (const shape of reachableShapes(operations.flatMap(operationRoots))) {
    if (shape.prelude || ioShapes.has(shape)) continue;
    const schema = shapeSchema(shape, ctx);
    const retryable = isErrorShape(shape)
      ? { "x-retryable": service.retryableErrors.has(shape) || shape.error.retryable === true }
      : {};
    schemas.set(shape.name, { ...schema, ...retryable });
  }
  for (const body of operations.flatMap(bodySchemas))
    schemas.set(body.name, structureSchema(body.shape, body.members, ctx));
  for (const [name, schema] of familySchemas(families)) schemas.set(name, schema as JsonSchema);
  for (const op of operations) {
    const chunk = streamChunkShape(op);
    const current = chunk === undefined ? undefined : schemas.get(chunk);
    if (chunk !== undefined && current !== undefined)
      schemas.set(chunk, withChunkContentSchema(current, families, op.name));
  }
  return Object.fromEntries([...schemas.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** The structure an event stream's `chunk` member carries (PayloadPart), for operations whose output streams. */
function streamChunkShape(op: Operation): string | undefined {
  const payload = Object.values(op.output.members).find((m) => m.binding?.in === "payload")?.target;
  if (payload?.kind !== "union" || payload.streaming !== true) return undefined;
  return payload.members["chunk"]?.target.name;
}

/** The chunk's `bytes` say, with `contentSchema`, which JSON they decode to: one of the families' chunk schemas. */
function withChunkContentSchema(schema: JsonSchema, families: readonly ModelFamily[], operation: string): JsonSchema {
  const bytes = schema.properties?.["bytes"];
  const content = familyBodySchema(
    familiesFor(families, operation).map((f) => f.streamChunk),
    "The JSON a chunk's bytes decode to.",
  );
  if (bytes === undefined || content === undefined) return schema;
  return {
    ...schema,
    properties: {
      ...schema.properties,
      bytes: { ...bytes, contentMediaType: "application/json", contentSchema: content } as JsonSchema,
    },
  };
}

function operationRoots(op: Operation): Shape[] {
  return [op.input, op.output, ...op.errors];
}

/** Structures in responses whose service sends null for unset optional members, with those operations. */
function nullableShapes(operations: readonly Operation[]): ReadonlyMap<Shape, readonly string[]> {
  const nullable = new Map<Shape, string[]>();
  for (const op of operations.filter((o) => o.outputSendsNulls !== undefined))
    for (const shape of reachableShapes([op.output]))
      if (shape.kind === "structure") nullable.set(shape, [...(nullable.get(shape) ?? []), op.name]);
  return nullable;
}

/** Shapes reachable from any request: they get `additionalProperties: false`. */
export function requestShapes(operations: readonly Operation[]): ReadonlySet<Shape> {
  return new Set(reachableShapes(operations.map((op) => op.input)));
}
