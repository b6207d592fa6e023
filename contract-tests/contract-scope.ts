/**
 * What the checks of one interaction share: the document, the schema validator, the recording
 * file and operation every problem names, and the list the problems go to.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { problem, ProblemsError, type DiagnosticCode, type Problem } from "../generator/diagnostics.js";
import { createSchemaValidator, type SchemaError, type SchemaValidator } from "../validators/schemas.js";
import { fragmentOf } from "./spec-lookup.js";

/**
 * A problem found in one recording. `member` names the object member a schema error is about
 * (the unknown one, the missing one), as data: expected client mistakes match on it, and
 * reading it back out of a message would tie them to its wording.
 */
export interface ContractProblem extends Problem {
  readonly member?: string;
}

export interface ContractContext {
  readonly document: OpenAPIV3_1.Document;
  readonly schemas: SchemaValidator;
}

/** Compiles nothing yet: schemas are compiled once each, on first use, and reused. */
export function createContractContext(document: OpenAPIV3_1.Document, specFile = "spec/bedrock-runtime.openapi.json"): ContractContext {
  return { document, schemas: createSchemaValidator(document, specFile) };
}

type ParamsOf<C extends DiagnosticCode> = Parameters<typeof problem<C>>[1];

export class Scope {
  readonly problems: ContractProblem[] = [];
  /**
   * Set while checking a request the service answered with 400 (e.g. `400 ValidationException`):
   * the spec rejecting it too is agreement, so findings become `contract/rejected-request` warnings.
   */
  requestRejection: string | undefined;

  constructor(
    readonly context: ContractContext,
    readonly file: string,
    public operation: string,
  ) {}

  report<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, pointer?: string, member?: string): void {
    const where = pointer === undefined ? { file: this.file } : { file: this.file, pointer };
    const found = problem(code, params, where);
    const reported = this.requestRejection === undefined ? found : problem("contract/rejected-request", { rejection: this.requestRejection, detail: found.message }, where);
    this.problems.push(member === undefined ? reported : { ...reported, member });
  }

  /**
   * The ways `value` fails the schema at `schemaPointer` in the document, or undefined when the
   * spec itself is unusable there (a ref to nothing, a schema AJV refuses), which is reported.
   */
  schemaErrors(schemaPointer: string, value: unknown): SchemaError[] | undefined {
    try {
      return this.context.schemas.validate(fragmentOf(schemaPointer), value);
    } catch (error) {
      if (!(error instanceof ProblemsError)) throw error;
      this.problems.push(...error.problems);
      return undefined;
    }
  }

  /** Validates `value`; each error becomes a problem at `at` + its instance path. */
  checkSchema(schemaPointer: string, value: unknown, subject: string, at: string): boolean {
    const errors = this.schemaErrors(schemaPointer, value);
    for (const e of condenseUnionErrors(errors ?? [])) {
      const params = { operation: this.operation, subject, keyword: e.keyword, detail: describeError(e) };
      this.report("contract/schema-violation", params, `${at}${e.instancePath}`, memberOf(e));
    }
    return errors?.length === 0;
  }
}

/**
 * AJV reports every branch of a failed oneOf/anyOf, which buries the cause under "required" and
 * "additionalProperties" noise from branches the value never meant to match. When errors exist
 * deeper inside the value, they are the cause (the branch whose key matched): keep only those.
 * Otherwise keep the union error and name the members it expected.
 */
export function condenseUnionErrors(errors: readonly SchemaError[]): SchemaError[] {
  const drop = new Set<SchemaError>();
  const replace = new Map<SchemaError, SchemaError>();
  for (const union of errors) {
    if (union.keyword !== "oneOf" && union.keyword !== "anyOf") continue;
    const branchNoise = errors.filter((e) => e.schemaPath.startsWith(`${union.schemaPath}/`) && e.instancePath === union.instancePath);
    const deeper = errors.some((e) => e.instancePath.startsWith(`${union.instancePath}/`));
    for (const e of branchNoise) drop.add(e);
    if (deeper) {
      drop.add(union);
      continue;
    }
    const expected = [...new Set(branchNoise.map((e) => e.params["missingProperty"]).filter((m): m is string => typeof m === "string"))];
    if (expected.length > 0) replace.set(union, { ...union, params: { ...union.params, expectedOneOf: expected } });
  }
  return errors.filter((e) => !drop.has(e)).map((e) => replace.get(e) ?? e);
}

/** The member an object-level schema error is about; AJV points at the object, not the member. */
function memberOf(e: SchemaError): string | undefined {
  const member = e.params["additionalProperty"] ?? e.params["missingProperty"];
  return typeof member === "string" ? member : undefined;
}

/** AJV's message, the params it leaves out but a reader needs, and the failing schema keyword. */
export function describeError(e: SchemaError): string {
  return `${e.message}${describeParams(e.params)} (schema ${e.schemaPath})`;
}

/** The params AJV's message leaves out but a reader needs (the extra property, the allowed values). */
function describeParams(params: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  if (typeof params["additionalProperty"] === "string") parts.push(`"${params["additionalProperty"]}"`);
  if (Array.isArray(params["allowedValues"])) parts.push(`allowed: ${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`);
  if (Array.isArray(params["expectedOneOf"])) parts.push(`expected exactly one of: ${params["expectedOneOf"].join(", ")}`);
  if (typeof params["passingSchemas"] === "object" && params["passingSchemas"] !== null) {
    parts.push(`passing branches: ${JSON.stringify(params["passingSchemas"])}`);
  }
  return parts.length === 0 ? "" : ` [${parts.join("; ")}]`;
}
