/**
 * What the checks of one interaction share: the document, the schema validator, the recording
 * file and operation every problem names, and the list the problems go to.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import { problem, ProblemsError, type DiagnosticCode, type Problem } from "../generator/core/diagnostics.js";
import { condenseUnionErrors, describeError } from "../validators/schema-errors.js";
import { createSchemaValidator, type SchemaError, type SchemaValidator } from "../validators/schemas.js";
import type { SpecFamily } from "./model-families.js";
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
export function createContractContext(
  document: OpenAPIV3_1.Document,
  specFile = "spec/bedrock-runtime.openapi.json",
): ContractContext {
  return { document, schemas: createSchemaValidator(document, specFile) };
}

type ParamsOf<C extends DiagnosticCode> = Parameters<typeof problem<C>>[1];

export class Scope {
  readonly problems: ContractProblem[] = [];
  /**
   * Set while checking a request the service answered with `400 ValidationException`: the spec
   * rejecting it too is agreement, so findings become `contract/rejected-request` warnings.
   */
  requestRejection: string | undefined;
  /** The provider family the recording's model id selects (InvokeModel and its stream), when one does. */
  family: SpecFamily | undefined;
  /** Whether the operation lists families at all, so a missing `family` means "matched none". */
  familyChecked = false;

  constructor(
    readonly context: ContractContext,
    readonly file: string,
    public operation: string,
  ) {}

  report<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, pointer?: string, member?: string): void {
    const where = pointer === undefined ? { file: this.file } : { file: this.file, pointer };
    const found = problem(code, params, where);
    const reported =
      this.requestRejection === undefined
        ? found
        : problem("contract/rejected-request", { rejection: this.requestRejection, detail: found.message }, where);
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

/** The member an object-level schema error is about; AJV points at the object, not the member. */
function memberOf(e: SchemaError): string | undefined {
  const member = e.params["additionalProperty"] ?? e.params["missingProperty"];
  return typeof member === "string" ? member : undefined;
}
