/**
 * Every example in the spec, checked against the schema beside it with the AJV setup of the
 * schemas check (`createSchemaValidator`): `examples` and `example` on parameters, request and
 * response media types and response headers, and the `x-amazon-eventstream-examples` frames on
 * event-stream media types. A frame must carry the headers its union's `x-amazon-eventstream`
 * declares for one member, and its payload must fit that member's schema (restJson1 sends the
 * member's value, not the one-key union wrapper).
 *
 * Redocly's example rules cover media types and parameters too; this check exists because they
 * stop there (stream frames, headers) and because its errors name the example and the place
 * inside the value. An example nothing can be checked against (no schema, only an
 * `externalValue`) is a problem too: the bar is that every example is proven.
 */
import { problem, ProblemsError, type Problem } from "../generator/core/diagnostics.js";
import { crashed, type SpecInput } from "./check.js";
import { isObject } from "../generator/core/json.js";
import { escapeToken, lookup, resolve, type Located } from "../generator/core/pointer.js";
import { condenseUnionErrors, describeError } from "./schema-errors.js";
import { createSchemaValidator, type SchemaError, type SchemaValidator } from "./schemas.js";
import { readFrameRules, type FrameRule } from "./stream-frames.js";
import { HTTP_METHODS } from "../generator/core/http.js";

// The extension generator/emit/examples.ts writes; spelled out, as validators know only the emitted document.
const STREAM_EXAMPLES_EXTENSION = "x-amazon-eventstream-examples";

/** One walk over one document: the validator, the file every problem names, the problems found. */
class ExampleWalk {
  readonly problems: Problem[] = [];
  private readonly schemas: SchemaValidator;
  /** Places already checked: a shared component (header, parameter, example) is reported once. */
  private readonly visited = new Set<string>();

  constructor(
    readonly document: unknown,
    readonly file: string,
  ) {
    this.schemas = createSchemaValidator(document, file);
  }

  report(found: Omit<Problem, "file">): void {
    this.problems.push({ ...found, file: this.file });
  }

  firstVisit(pointer: string): boolean {
    if (this.visited.has(pointer)) return false;
    this.visited.add(pointer);
    return true;
  }

  /** Validates `value` against the schema at `schemaPointer`; each error is reported at `at` + its instance path. */
  checkValue(example: string, subject: string, schemaPointer: string, value: unknown, at: string): void {
    let errors: SchemaError[];
    try {
      errors = this.schemas.validate(`#${schemaPointer.replaceAll("%", "%25")}`, value);
    } catch (error) {
      if (!(error instanceof ProblemsError)) throw error;
      const reason = `its schema is unusable: ${error.problems.map((p) => p.message).join("; ")}`;
      this.report(problem("examples/unchecked", { example, subject, reason }, { pointer: at }));
      return;
    }
    for (const e of condenseUnionErrors(errors)) {
      this.report(
        problem(
          "examples/invalid-value",
          { example, subject, keyword: e.keyword, detail: describeError(e) },
          { pointer: `${at}${e.instancePath}` },
        ),
      );
    }
  }
}

export async function checkExamples({ file, document }: SpecInput): Promise<Problem[]> {
  try {
    return findExampleProblems(document, file);
  } catch (error) {
    return [crashed("examples", file, error)];
  }
}

/** The walk itself, synchronous so the Redocly rule `bedrock/examples-match-schema` can run it; may throw. */
export function findExampleProblems(document: unknown, file: string): Problem[] {
  const walk = new ExampleWalk(document, file);
  const paths = lookup(document, "/paths");
  if (!paths.found || !isObject(paths.value)) return [];
  for (const [path, item] of Object.entries(paths.value)) {
    if (!isObject(item)) continue;
    const itemPointer = `/paths/${escapeToken(path)}`;
    checkParameters(walk, `${itemPointer}/parameters`, path);
    for (const method of HTTP_METHODS) {
      const op = resolve(walk.document, `${itemPointer}/${method}`);
      if (op === undefined) continue;
      const name =
        typeof op.value["operationId"] === "string" ? op.value["operationId"] : `${method.toUpperCase()} ${path}`;
      checkOperation(walk, op, name);
    }
  }
  return walk.problems;
}

function checkOperation(walk: ExampleWalk, op: Located, name: string): void {
  checkParameters(walk, `${op.pointer}/parameters`, name);
  const body = resolve(walk.document, `${op.pointer}/requestBody`);
  if (body) checkContent(walk, body.pointer, `${name} request body`);
  const responses = op.value["responses"];
  if (!isObject(responses)) return;
  for (const status of Object.keys(responses)) {
    const response = resolve(walk.document, `${op.pointer}/responses/${escapeToken(status)}`);
    if (response === undefined) continue;
    checkContent(walk, response.pointer, `${name} ${status} response`);
    const headers = response.value["headers"];
    if (!isObject(headers)) continue;
    for (const header of Object.keys(headers)) {
      const located = resolve(walk.document, `${response.pointer}/headers/${escapeToken(header)}`);
      if (located) checkParameterLike(walk, located, `${name} ${status} response header ${header}`);
    }
  }
}

function checkParameters(walk: ExampleWalk, pointer: string, owner: string): void {
  const list = lookup(walk.document, pointer);
  if (!list.found || !Array.isArray(list.value)) return;
  list.value.forEach((_, i) => {
    const located = resolve(walk.document, `${pointer}/${i}`);
    if (located === undefined) return;
    const where = typeof located.value["in"] === "string" ? `${located.value["in"]} ` : "";
    checkParameterLike(walk, located, `${owner} ${where}parameter ${String(located.value["name"])}`);
  });
}

/** Parameters and headers: examples beside a `schema`, or inside `content` media types. */
function checkParameterLike(walk: ExampleWalk, node: Located, subject: string): void {
  if (!walk.firstVisit(node.pointer)) return;
  checkExampleFields(walk, node, `${node.pointer}/schema`, subject);
  checkContent(walk, node.pointer, subject);
}

function checkContent(walk: ExampleWalk, ownerPointer: string, subject: string): void {
  const content = lookup(walk.document, `${ownerPointer}/content`);
  if (!content.found || !isObject(content.value)) return;
  for (const mediaType of Object.keys(content.value)) {
    const media = resolve(walk.document, `${ownerPointer}/content/${escapeToken(mediaType)}`);
    if (media === undefined || !walk.firstVisit(media.pointer)) continue;
    checkExampleFields(walk, media, `${media.pointer}/schema`, `${subject}, ${mediaType}`);
    if (media.value[STREAM_EXAMPLES_EXTENSION] !== undefined)
      checkStreamExamples(walk, media, `${subject}, ${mediaType}`);
  }
}

/** `example` (one value) and `examples` (a map of Example Objects, or `$ref`s to them) on one object. */
function checkExampleFields(walk: ExampleWalk, owner: Located, schemaPointer: string, subject: string): void {
  const hasSchema = owner.value["schema"] !== undefined;
  const check = (example: string, value: unknown, at: string): void => {
    if (hasSchema) walk.checkValue(example, subject, schemaPointer, value, at);
    else
      walk.report(
        problem("examples/unchecked", { example, subject, reason: "there is no schema beside it" }, { pointer: at }),
      );
  };
  if (owner.value["example"] !== undefined) check("example", owner.value["example"], `${owner.pointer}/example`);
  const examples = owner.value["examples"];
  if (examples === undefined) return;
  if (!isObject(examples)) {
    walk.report(
      problem(
        "examples/malformed",
        { subject, detail: "examples must be a map of Example Objects" },
        { pointer: `${owner.pointer}/examples` },
      ),
    );
    return;
  }
  for (const name of Object.keys(examples)) {
    const at = `${owner.pointer}/examples/${escapeToken(name)}`;
    const example = resolve(walk.document, at);
    if (example !== undefined && !walk.firstVisit(example.pointer)) continue;
    if (example === undefined) {
      walk.report(
        problem(
          "examples/malformed",
          { subject, detail: `example ${JSON.stringify(name)} is not an Example Object (or a $ref to one)` },
          { pointer: at },
        ),
      );
    } else if (example.value["value"] !== undefined) {
      check(name, example.value["value"], `${example.pointer}/value`);
    } else {
      const reason =
        example.value["externalValue"] !== undefined
          ? "its externalValue lies outside the document"
          : "it has no value";
      walk.report(problem("examples/unchecked", { example: name, subject, reason }, { pointer: example.pointer }));
    }
  }
}

function checkStreamExamples(walk: ExampleWalk, media: Located, subject: string): void {
  const at = `${media.pointer}/${STREAM_EXAMPLES_EXTENSION}`;
  const examples = media.value[STREAM_EXAMPLES_EXTENSION];
  if (!isObject(examples)) {
    walk.report(
      problem(
        "examples/malformed",
        { subject, detail: `${STREAM_EXAMPLES_EXTENSION} must map example names to {summary, frames}` },
        { pointer: at },
      ),
    );
    return;
  }
  const rules = readFrameRules(walk.document, `${media.pointer}/schema`)?.rules;
  for (const [name, example] of Object.entries(examples)) {
    const exampleAt = `${at}/${escapeToken(name)}`;
    const frames = isObject(example) ? example["frames"] : undefined;
    if (!Array.isArray(frames)) {
      walk.report(
        problem(
          "examples/malformed",
          { subject, detail: `example ${JSON.stringify(name)} has no frames list` },
          { pointer: exampleAt },
        ),
      );
      continue;
    }
    if (rules === undefined) {
      const reason = "the media type's schema is not an event-stream union with x-amazon-eventstream frames";
      walk.report(problem("examples/unchecked", { example: name, subject, reason }, { pointer: exampleAt }));
      continue;
    }
    frames.forEach((frame: unknown, i) => checkFrame(walk, rules, name, subject, frame, i, `${exampleAt}/frames/${i}`));
  }
}

function checkFrame(
  walk: ExampleWalk,
  rules: readonly FrameRule[],
  example: string,
  subject: string,
  frame: unknown,
  index: number,
  at: string,
): void {
  const headers = isObject(frame) ? frame["headers"] : undefined;
  if (!isObject(frame) || !isObject(headers) || frame["payload"] === undefined) {
    walk.report(
      problem(
        "examples/malformed",
        { subject, detail: `example ${JSON.stringify(example)} frame ${index} needs headers and a payload` },
        { pointer: at },
      ),
    );
    return;
  }
  const headerProblem = (header: string, expected: string): void => {
    const value = headers[header] === undefined ? "(missing)" : String(headers[header]);
    walk.report(
      problem(
        "examples/frame-header",
        { example, frame: index, header, value, expected },
        { pointer: `${at}/headers/${escapeToken(header)}` },
      ),
    );
  };
  const messageType = headers[":message-type"];
  const typeHeader = messageType === "exception" ? ":exception-type" : ":event-type";
  const candidates = rules.filter((r) => r.headers[":message-type"] === messageType);
  if (candidates.length === 0) {
    headerProblem(
      ":message-type",
      `one of ${[...new Set(rules.map((r) => JSON.stringify(r.headers[":message-type"])))].join(", ")}`,
    );
    return;
  }
  const rule = candidates.find((r) => r.headers[typeHeader] === headers[typeHeader]);
  if (rule === undefined) {
    headerProblem(typeHeader, `one of ${candidates.map((r) => JSON.stringify(r.headers[typeHeader])).join(", ")}`);
    return;
  }
  for (const [header, expected] of Object.entries(rule.headers)) {
    if (headers[header] !== expected) headerProblem(header, JSON.stringify(expected));
  }
  walk.checkValue(
    example,
    `${subject}, frame ${index} (${rule.member})`,
    rule.schemaPointer,
    frame["payload"],
    `${at}/payload`,
  );
}
