/**
 * Definitions → one OpenAPI 3.1 document. Pure and deterministic: components sorted by name,
 * paths in the service's operation order, every object built in a fixed key order.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { compareCodeUnits } from "../core/compare.js";
import type { Operation, ServiceDefinition } from "../operations.js";
import { reachableShapes, type Shape } from "../shapes.js";
import type { JsonSchema } from "./json-schema.js";
import { bodySchemas, commonHeaders, emitOperation } from "./rest-json.js";
import { shapeSchema, structureSchema, type SchemaContext } from "./shape-schemas.js";

export type OpenApiDocument = OpenAPIV3_1.Document;

export function emitDocument(service: ServiceDefinition): OpenApiDocument {
  const ctx: SchemaContext = { strictShapes: requestShapes(service.operations), nullableShapes: nullableShapes(service.operations) };
  return {
    openapi: "3.1.0",
    info: {
      title: service.title,
      version: service.apiVersion,
      summary: service.summary,
      description: service.description,
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
    paths: emitPaths(service.operations, ctx),
    components: {
      schemas: emitSchemas(service.operations, ctx) as Record<string, OpenAPIV3_1.SchemaObject>,
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
      description: "An Amazon Bedrock API key, sent as `Authorization: Bearer <key>`, instead of a SigV4 signature.",
    },
  };
}

function emitPaths(operations: readonly Operation[], ctx: SchemaContext): OpenAPIV3_1.PathsObject {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const item = (paths[op.uri] ??= {});
    item[op.method.toLowerCase()] = emitOperation(op, ctx);
  }
  return paths as OpenAPIV3_1.PathsObject;
}

/** Every named shape the operations reach, plus the JSON body of each input and output. */
function emitSchemas(operations: readonly Operation[], ctx: SchemaContext): Record<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  const ioShapes = new Set<Shape>(operations.flatMap((op) => [op.input, op.output]));
  for (const shape of reachableShapes(operations.flatMap(operationRoots))) {
    if (shape.prelude || ioShapes.has(shape)) continue;
    schemas.set(shape.name, shapeSchema(shape, ctx));
  }
  for (const body of operations.flatMap(bodySchemas)) schemas.set(body.name, structureSchema(body.shape, body.members, ctx));
  return Object.fromEntries([...schemas.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
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
