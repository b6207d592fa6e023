/**
 * AJV (JSON Schema 2020-12, strict, all errors) over the component schemas. One AJV instance
 * per document holds a `$defs` copy of `components.schemas`; each schema is compiled once,
 * on first use, and cached. `checkSchemas` compiles them all and reports what AJV refuses;
 * `createSchemaValidator` lends the same compiled schemas to others (the contract tests).
 */
import { Ajv2020, type AnySchema, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { problem, ProblemsError, type Problem } from "../generator/core/diagnostics.js";
import { crashed, type SpecInput } from "./check.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { COMPONENTS_ID, toJsonSchema, withoutRefs, type CopyNotes } from "./json-schema-copy.js";
import { escapeToken, fragmentToPointer, lookup, SCHEMA_REF_PREFIX, tokensOf } from "../generator/core/pointer.js";
import { errorMessage } from "../generator/core/errors.js";
import { isCanonicalBase64 } from "../generator/core/base64.js";

/** One way a value fails a schema; paths are JSON pointers like AJV's, into the OpenAPI document. */
export interface SchemaError {
  /** Where in the value, e.g. `/messages/0/content`. */
  readonly instancePath: string;
  /** Which schema keyword failed, e.g. `#/components/schemas/Message/properties/role/enum`. */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A `#/…` ref into the OpenAPI document (`#/components/schemas/Message`, a media type's schema…) or a schema object. */
export type SchemaTarget = string | JsonObject | boolean;

export interface SchemaValidator {
  /**
   * The ways `value` fails the target schema; `[]` when it conforms. Throws a ProblemsError
   * (`schemas/unknown-target` or `schemas/compile-failed`) when the target itself cannot be
   * used: that is a broken spec or caller, never a verdict on the value.
   */
  validate(target: SchemaTarget, value: unknown): SchemaError[];
}

const COMPONENTS_POINTER = "/components/schemas/";

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the
// whole `module.exports`, whose `default` is the plugin function.
const addFormats = ajvFormats.default;

function withFormats(ajv: Ajv2020): Ajv2020 {
  addFormats(ajv);
  // ajv-formats 3.0.1 tests `byte` with a `gm` regex, so any string with one base64-looking
  // (or empty) line passes ("garbage\n" does). Blobs are single-line base64: the whole value.
  ajv.addFormat("byte", { type: "string", validate: isCanonicalBase64 });
  return ajv;
}

/**
 * `run` reports every error with its schema (allErrors, verbose): that costs on every call, also
 * for values that pass, mostly in unions, whose failing branches all collect errors. `quick`
 * (compiled on first use by a second AJV without either option) only answers yes or no, so the
 * detailed run is paid only by values that fail.
 */
type Compiled =
  | { readonly ok: true; readonly run: ValidateFunction; readonly quick: () => ValidateFunction }
  | { readonly ok: false; readonly problem: Problem };
type Build = (ajv: Ajv2020) => ValidateFunction | undefined;

/** The `$defs` copy of one document's component schemas and everything compiled from it. */
class CompiledComponents {
  readonly ajv: Ajv2020;
  readonly defs: Readonly<Record<string, unknown>>;
  readonly notes: CopyNotes = { refs: [], base64Unchecked: [], origins: new WeakMap() };
  private readonly byPointer = new Map<string, Compiled>();
  private quickAjv: Ajv2020 | undefined;
  private readonly bySchema = new WeakMap<object, Compiled>();

  constructor(
    readonly document: unknown,
    readonly file: string,
  ) {
    // Each component is checked against the meta-schema on its own (to name the broken one),
    // so AJV need not check the whole `$defs` document when it is added.
    this.ajv = withFormats(new Ajv2020({ strict: true, allErrors: true, validateSchema: false, verbose: true }));
    const schemas = lookup(document, "/components/schemas");
    const components = schemas.found && isObject(schemas.value) ? schemas.value : {};
    this.defs = Object.fromEntries(
      Object.entries(components).map(([name, schema]) => [
        name,
        toJsonSchema(schema, componentPointer(name), "", this.notes),
      ]),
    );
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: this.defs });
  }

  /** Compiles (once) the schema at an OpenAPI pointer, e.g. `/components/schemas/Message`. */
  compilePointer(pointer: string): Compiled {
    const cached = this.byPointer.get(pointer);
    if (cached) return cached;
    const node = lookup(this.document, pointer);
    const compiled: Compiled = !node.found
      ? {
          ok: false,
          problem: problem(
            "schemas/unknown-target",
            { target: `#${pointer}`, reason: "nothing is there" },
            { file: this.file, pointer },
          ),
        }
      : pointer.startsWith(COMPONENTS_POINTER)
        ? this.compile(pointer, (ajv) =>
            ajv.getSchema(`${COMPONENTS_ID}#/$defs/${pointer.slice(COMPONENTS_POINTER.length)}`),
          )
        : this.compile(pointer, this.compileStandalone(node.value, pointer));
    this.byPointer.set(pointer, compiled);
    return compiled;
  }

  compileSchema(schema: JsonObject | boolean): Compiled {
    if (typeof schema === "boolean") return this.compile("", (ajv) => ajv.compile(schema));
    const cached = this.bySchema.get(schema);
    if (cached) return cached;
    const compiled = this.compile("", this.compileStandalone(schema, ""));
    this.bySchema.set(schema, compiled);
    return compiled;
  }

  /** Both AJVs compile the same copy: made once, on the first (detailed) compile. */
  private compileStandalone(schema: unknown, pointer: string): Build {
    let copy: AnySchema | undefined;
    return (ajv) => ajv.compile((copy ??= this.standalone(schema, pointer)));
  }

  private quick(): Ajv2020 {
    if (this.quickAjv === undefined) {
      this.quickAjv = withFormats(
        new Ajv2020({ strict: true, allErrors: false, validateSchema: false, verbose: false }),
      );
      this.quickAjv.addSchema({ $id: COMPONENTS_ID, $defs: this.defs });
    }
    return this.quickAjv;
  }

  private standalone(schema: unknown, pointer: string): AnySchema {
    const copy = toJsonSchema(schema, pointer, COMPONENTS_ID, {
      refs: [],
      base64Unchecked: [],
      origins: this.notes.origins,
    });
    if (isSchema(copy)) return copy;
    throw new Error(`a schema is an object or a boolean, not ${JSON.stringify(copy)}`);
  }

  private compile(pointer: string, build: Build): Compiled {
    const schema = describeSchema(pointer);
    try {
      const run = build(this.ajv);
      let quick: ValidateFunction | undefined;
      if (run) return { ok: true, run, quick: () => (quick ??= build(this.quick()) ?? run) };
      return {
        ok: false,
        problem: problem(
          "schemas/unknown-target",
          { target: `#${pointer}`, reason: "AJV has no schema there" },
          { file: this.file, pointer },
        ),
      };
    } catch (error) {
      return {
        ok: false,
        problem: problem("schemas/compile-failed", { schema, reason: reasonOf(error) }, { file: this.file, pointer }),
      };
    }
  }
}

/** AJV names places by the `$id` of the `$defs` document, a made-up URL that would only confuse. */
function reasonOf(error: unknown): string {
  return errorMessage(error).replaceAll(COMPONENTS_ID, "");
}

function isSchema(value: unknown): value is AnySchema {
  return isObject(value) || typeof value === "boolean";
}

function componentPointer(name: string): string {
  return `${COMPONENTS_POINTER}${escapeToken(name)}`;
}

/** `/components/schemas/Message/properties/role` → `Message`; other places by pointer. */
function describeSchema(pointer: string): string {
  if (!pointer.startsWith(COMPONENTS_POINTER)) return pointer === "" ? "(inline schema)" : `#${pointer}`;
  return tokensOf(pointer)[2] ?? pointer;
}

/**
 * AJV's own schemaPath is relative to whichever function it compiled (a component reached
 * through $ref starts again at `#`), so the failing schema is found by identity instead:
 * `verbose` hands back the schema object, and the copy remembers where each one came from.
 */
function toSchemaError(error: ErrorObject, origins: WeakMap<object, string>): SchemaError {
  const parent: unknown = error.parentSchema;
  const origin = isObject(parent) ? origins.get(parent) : undefined;
  return {
    instancePath: error.instancePath,
    schemaPath: origin === undefined ? error.schemaPath : `#${origin}/${escapeToken(error.keyword)}`,
    keyword: error.keyword,
    message: error.message ?? `fails ${error.keyword}`,
    params: error.params,
  };
}

export function createSchemaValidator(document: unknown, file = "(in-memory document)"): SchemaValidator {
  const components = new CompiledComponents(document, file);
  // By the ref as given, so a replay does not decode the same fragment for every recording.
  const byRef = new Map<string, Compiled>();
  const compileRef = (target: string): Compiled =>
    target.startsWith("#")
      ? components.compilePointer(fragmentToPointer(target))
      : {
          ok: false,
          problem: problem("schemas/unknown-target", { target, reason: 'a ref must start with "#/"' }, { file }),
        };
  return {
    validate(target, value) {
      let compiled: Compiled;
      if (typeof target === "string") {
        compiled = byRef.get(target) ?? compileRef(target);
        byRef.set(target, compiled);
      } else compiled = components.compileSchema(target);
      if (!compiled.ok) throw new ProblemsError([compiled.problem]);
      if (compiled.quick()(value) || compiled.run(value)) return [];
      return (compiled.run.errors ?? []).map((error) => toSchemaError(error, components.notes.origins));
    },
  };
}

/**
 * Compiles every component schema and reports, each at its pointer: schemas that are not
 * valid JSON Schema, refs that point nowhere, base64 blobs nothing enforces, and schemas
 * AJV strict mode refuses.
 */
export async function checkSchemas({ file, document }: SpecInput): Promise<Problem[]> {
  try {
    const components = new CompiledComponents(document, file);
    const problems: Problem[] = [];
    const broken = new Set<string>();
    for (const [name, schema] of Object.entries(components.defs)) {
      if (isSchema(schema) && components.ajv.validateSchema(schema)) continue;
      broken.add(name);
      const errors = isSchema(schema)
        ? (components.ajv.errors ?? [])
        : [{ instancePath: "", message: "must be an object or a boolean", keyword: "type" }];
      for (const error of errors) {
        const detail = `${error.instancePath || "(the schema itself)"} ${error.message ?? error.keyword}`;
        problems.push(
          problem(
            "schemas/invalid-schema",
            { schema: name, detail },
            { file, pointer: `${componentPointer(name)}${error.instancePath}` },
          ),
        );
      }
    }
    for (const { pointer, ref } of components.notes.refs) {
      if (ref.startsWith(SCHEMA_REF_PREFIX) && lookup(document, fragmentToPointer(ref)).found) continue;
      problems.push(problem("schemas/unresolved-ref", { schema: describeSchema(pointer), ref }, { file, pointer }));
    }
    for (const pointer of components.notes.base64Unchecked) {
      problems.push(problem("schemas/base64-unchecked", { schema: describeSchema(pointer) }, { file, pointer }));
    }
    problems.push(...compileAll(components, broken, problems.length > 0));
    return problems;
  } catch (error) {
    return [crashed("schemas", file, error)];
  }
}

/**
 * Compiling a schema also compiles what it references, so one bad schema fails every schema
 * that uses it. Blame goes to the schemas that fail with their refs removed; a failure that
 * only shows through refs is reported only if nothing else explains it.
 */
function compileAll(components: CompiledComponents, skip: ReadonlySet<string>, explained: boolean): Problem[] {
  const own: Problem[] = [];
  const throughRefs: Problem[] = [];
  for (const name of Object.keys(components.defs)) {
    if (skip.has(name)) continue;
    const compiled = components.compilePointer(componentPointer(name));
    if (compiled.ok) continue;
    try {
      const isolated = withoutRefs(components.defs[name]);
      if (isSchema(isolated)) components.ajv.compile(isolated);
      throughRefs.push(compiled.problem);
    } catch (error) {
      own.push(
        problem(
          "schemas/compile-failed",
          { schema: name, reason: reasonOf(error) },
          { file: components.file, pointer: componentPointer(name) },
        ),
      );
    }
  }
  return own.length > 0 || explained ? own : throughRefs;
}
