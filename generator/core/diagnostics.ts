/**
 * Every problem the toolchain can report, declared once: a stable code, a severity and a
 * message template. Generator, validators, contract tests and the drift check all report
 * through `problem()`, so a code's wording lives in exactly one place and machine-readable
 * output (`--format json`) stays stable across releases.
 */

export type Severity = "error" | "warning";

interface DiagnosticDefinition<P> {
  readonly severity: Severity;
  readonly message: (params: P) => string;
}

function define<P>(severity: Severity, message: (params: P) => string): DiagnosticDefinition<P> {
  return { severity, message };
}

export const diagnostics = {
  // ── generator: broken definitions ──────────────────────────────────────────
  "definition/missing-description": define<{ subject: string }>(
    "error",
    (p) => `${p.subject} has no description; every shape, member and operation must say what it is`,
  ),
  "definition/name-mismatch": define<{ constant: string; name: string }>(
    "error",
    (p) => `const ${p.constant} declares a shape named "${p.name}"; the constant and its name must be the same word`,
  ),
  "definition/unregistered-file": define<{ file: string; index: string }>(
    "error",
    (p) =>
      `${p.file} is not imported from ${p.index} (directly or through another definitions file), so its shapes are silently left out`,
  ),
  "definition/duplicate-shape-name": define<{ name: string }>(
    "error",
    (p) => `two different shapes are named "${p.name}"; component names must be unique`,
  ),
  "definition/invalid-uri-label": define<{ operation: string; label: string }>(
    "error",
    (p) => `operation ${p.operation}: URI label {${p.label}} has no input member bound to it with label()`,
  ),
  "definition/unbound-label-member": define<{ operation: string; member: string }>(
    "error",
    (p) => `operation ${p.operation}: input member "${p.member}" is bound as a label but the URI has no {${p.member}}`,
  ),
  "definition/label-not-required": define<{ operation: string; member: string }>(
    "error",
    (p) => `operation ${p.operation}: label member "${p.member}" must be required`,
  ),
  "definition/several-payloads": define<{ shape: string }>(
    "error",
    (p) => `structure ${p.shape} binds more than one member to the HTTP payload`,
  ),
  "definition/payload-with-body-members": define<{ shape: string; member: string }>(
    "error",
    (p) =>
      `structure ${p.shape} has a payload member, so member "${p.member}" must be bound to a label, header or query`,
  ),
  "definition/invalid-constraint": define<{ subject: string; detail: string }>(
    "error",
    (p) => `${p.subject}: ${p.detail}`,
  ),
  "definition/invalid-pattern": define<{ subject: string; pattern: string; reason: string }>(
    "error",
    (p) => `${p.subject}: pattern ${JSON.stringify(p.pattern)} is not a valid regular expression (${p.reason})`,
  ),
  "definition/empty-enum": define<{ shape: string }>("error", (p) => `enum ${p.shape} has no values`),
  "definition/duplicate-enum-value": define<{ shape: string; value: string }>(
    "error",
    (p) => `enum ${p.shape} lists the value ${JSON.stringify(p.value)} more than once`,
  ),
  "definition/empty-union": define<{ shape: string }>("error", (p) => `union ${p.shape} has no members`),
  "definition/union-member-required": define<{ shape: string; member: string }>(
    "error",
    (p) => `union ${p.shape}: member "${p.member}" cannot be required; exactly one member is always present`,
  ),
  "definition/event-stream-member": define<{ shape: string; member: string }>(
    "error",
    (p) => `event stream ${p.shape}: member "${p.member}" must target a structure (an event or an error)`,
  ),
  "definition/error-without-status": define<{ shape: string; status: number }>(
    "error",
    (p) => `error ${p.shape} has HTTP status ${p.status}; an error needs a status from 400 to 599`,
  ),
  "definition/duplicate-operation": define<{ name: string }>("error", (p) => `operation ${p.name} is defined twice`),
  "definition/duplicate-route": define<{ route: string; first: string; second: string }>(
    "error",
    (p) => `operations ${p.first} and ${p.second} both claim ${p.route}`,
  ),
  "definition/family-id": define<{ family: string }>(
    "error",
    (p) =>
      `model family id ${JSON.stringify(p.family)} is not kebab-case (lowercase letters and digits joined by single hyphens)`,
  ),
  "definition/duplicate-family": define<{ family: string }>(
    "error",
    (p) => `model family ${p.family} is defined more than once; family ids must be unique`,
  ),
  "definition/family-invalid-pattern": define<{ family: string; pattern: string; reason: string }>(
    "error",
    (p) =>
      `model family ${p.family}: modelIdPatterns entry ${JSON.stringify(p.pattern)} is not a valid ECMAScript regex with the u flag (${p.reason})`,
  ),
  "definition/family-unknown-ref": define<{ family: string; ref: string }>(
    "error",
    (p) =>
      `model family ${p.family} refers to component ${JSON.stringify(p.ref)}, which it does not define in its schemas`,
  ),
  "definition/family-schema-conflict": define<{ family: string; name: string; other: string }>(
    "error",
    (p) =>
      `model family ${p.family} defines component ${p.name}, which ${p.other} defines differently; component names must be unique`,
  ),
  "definition/family-missing-body": define<{ family: string; member: string; operation: string }>(
    "error",
    (p) => `model family ${p.family} serves ${p.operation} but names no ${p.member} schema`,
  ),

  // ── writing files ──────────────────────────────────────────────────────────
  "io/write-failed": define<{ file: string; reason: string }>("error", (p) => `could not write ${p.file}: ${p.reason}`),
  "io/read-failed": define<{ file: string; reason: string }>("error", (p) => `could not read ${p.file}: ${p.reason}`),
  "io/parse-failed": define<{ file: string; reason: string }>("error", (p) => `could not parse ${p.file}: ${p.reason}`),
  "spec/twins-differ": define<{ json: string; yaml: string }>(
    "error",
    (p) => `${p.yaml} does not hold the same document as ${p.json}; regenerate both with 'bedrock-openapi generate'`,
  ),
  "spec/stale": define<{ file: string }>(
    "error",
    (p) => `spec/${p.file} differs from a fresh generation; run 'npm run generate' and commit the result`,
  ),

  // ── artifacts ──────────────────────────────────────────────────────────────
  // The files derived from the 3.1 document for codegen consumers: TypeScript types, 3.0 downlevel.
  "artifact/types-failed": define<{ reason: string }>(
    "error",
    (p) => `openapi-typescript could not turn the document into TypeScript types: ${p.reason}`,
  ),
  "artifact/downlevel-unsupported": define<{ construct: string }>(
    "error",
    (p) =>
      `the OpenAPI 3.0 downlevel has no rule for ${p.construct}; add one to generator/emit/downlevel-3-0.ts rather than publish an invalid or silently weaker 3.0 file`,
  ),
  "artifact/downlevel-invalid": define<{ keyword: string; detail: string }>(
    "error",
    (p) => `the OpenAPI 3.0 downlevel is not valid OpenAPI 3.0 (swagger-parser, ${p.keyword}): ${p.detail}`,
  ),

  // ── recorder ───────────────────────────────────────────────────────────────
  "recorder/scenarios-file": define<{ detail: string }>("error", (p) => `the scenarios file ${p.detail}`),
  "recorder/invalid-scenario": define<{ index: number; name: string | undefined; detail: string }>(
    "error",
    (p) => `scenario ${p.index}${p.name === undefined ? "" : ` ("${p.name}")`}: ${p.detail}`,
  ),
  "recorder/not-sent": define<{ scenario: string; operation: string; reason: string }>(
    "error",
    (p) => `scenario "${p.scenario}": ${p.operation} failed before a request was sent: ${p.reason}`,
  ),
  "recorder/transport-failed": define<{ scenario: string; operation: string; reason: string }>(
    "error",
    (p) => `scenario "${p.scenario}": ${p.operation} was sent but no HTTP response came back: ${p.reason}`,
  ),
  "recorder/secret-left": define<{ scenario: string; found: string }>(
    "error",
    (p) => `scenario "${p.scenario}": the redacted recording still shows ${p.found}; it was not written`,
  ),
  "recorder/stream-unframed": define<{ scenario: string; reason: string }>(
    "warning",
    (p) =>
      `scenario "${p.scenario}": the event-stream body does not decode (${p.reason}); it was redacted as raw bytes, so its checksums may not match`,
  ),

  // ── validators ─────────────────────────────────────────────────────────────
  "validators/check-crashed": define<{ check: string; reason: string }>(
    "error",
    (p) => `the ${p.check} check stopped on an unexpected error, so its verdict is unknown: ${p.reason}`,
  ),
  "structure/invalid": define<{ keyword: string; detail: string }>(
    "error",
    (p) => `${p.detail} (OpenAPI 3.1 schema, keyword "${p.keyword}")`,
  ),
  "structure/unresolved-ref": define<{ ref: string; reason: string }>(
    "error",
    (p) => `$ref ${JSON.stringify(p.ref)} cannot be resolved: ${p.reason}`,
  ),
  "structure/rejected": define<{ reason: string }>("error", (p) => `swagger-parser rejects the document: ${p.reason}`),
  "arazzo/lint": define<{ rule: string; message: string }>(
    "error",
    (p) => `${p.message} (Redocly Arazzo rule ${p.rule})`,
  ),
  "lint/redocly": define<{ rule: string; severity: string; message: string }>(
    "error",
    (p) =>
      `${p.message} (Redocly ${p.rule}${p.severity === "warn" ? "; a warning, and warnings fail the check too" : ""})`,
  ),
  "lint/spectral": define<{ rule: string; severity: string; message: string }>(
    "error",
    (p) => `${p.message} (Spectral ${p.rule}, ${p.severity}; every severity fails the check)`,
  ),
  "lint/missing-description": define<{ kind: string; field: string }>(
    "error",
    (p) => `${p.kind} has no ${p.field}; readers (people and agents) choose and fill in calls by these words`,
  ),
  "lint/encoding-vector-mismatch": define<{
    subject: string;
    value: string;
    step: string;
    expected: string;
    found: string;
  }>(
    "error",
    (p) =>
      `${p.subject}: for ${JSON.stringify(p.value)} the ${p.step} gives ${JSON.stringify(p.found)}, but the vector says ${JSON.stringify(p.expected)}`,
  ),
  "lint/operation-missing-field": define<{ operation: string; field: string }>(
    "error",
    (p) => `operation ${p.operation} has no ${p.field}`,
  ),
  "lint/operation-missing-extension": define<{ operation: string; extension: string; expected: string }>(
    "error",
    (p) => `operation ${p.operation} has no valid ${p.extension} (expected ${p.expected})`,
  ),
  "lint/operation-id-mismatch": define<{ operation: string; operationId: string; expected: string }>(
    "error",
    (p) =>
      `operation ${p.operation}: operationId ${JSON.stringify(p.operationId)} must be the AWS operation name ${JSON.stringify(p.expected)}`,
  ),
  "lint/success-response-count": define<{ operation: string; statuses: string }>(
    "error",
    (p) => `operation ${p.operation} must declare exactly one 2xx response (declares: ${p.statuses || "none"})`,
  ),
  "lint/unknown-error-schema": define<{ operation: string; error: string }>(
    "error",
    (p) => `operation ${p.operation} lists error ${p.error}, but #/components/schemas/${p.error} does not exist`,
  ),
  "lint/invalid-error-schema": define<{ error: string; detail: string }>(
    "error",
    (p) => `error schema ${p.error} needs x-smithy-error {fault: "client" (4xx) | "server" (5xx), status}: ${p.detail}`,
  ),
  "lint/undeclared-error-status": define<{ operation: string; error: string; status: number }>(
    "error",
    (p) =>
      `operation ${p.operation} can return ${p.error} with status ${p.status}, but declares no ${p.status} response`,
  ),
  "lint/error-not-in-response": define<{ operation: string; error: string; status: number }>(
    "error",
    (p) =>
      `operation ${p.operation}: the ${p.status} response's JSON schema does not reference ${p.error} (directly or in anyOf)`,
  ),
  "lint/union-without-oneof": define<{ schema: string }>(
    "error",
    (p) =>
      `union ${p.schema} has neither oneOf branches nor (for a one-member union) a single property, so it cannot require exactly one member`,
  ),
  "lint/union-branch-not-single-property": define<{ schema: string; branch: string; found: string }>(
    "error",
    (p) => `union ${p.schema}: ${p.branch} must be an object schema with exactly one property, found ${p.found}`,
  ),
  "lint/union-accepts-empty": define<{ schema: string; branch: string }>(
    "error",
    (p) => `union ${p.schema}: ${p.branch} requires no member, so {} satisfies the union`,
  ),
  "lint/union-member-not-required": define<{ schema: string; branch: string; member: string }>(
    "error",
    (p) => `union ${p.schema}: ${p.branch} must require exactly its member "${p.member}"`,
  ),
  "lint/union-branch-open": define<{ schema: string; branch: string }>(
    "error",
    (p) =>
      `union ${p.schema}: ${p.branch} must set additionalProperties: false, or an object with two members matches it`,
  ),
  "lint/union-duplicate-member": define<{ schema: string; member: string; first: string; second: string }>(
    "error",
    (p) => `union ${p.schema}: member "${p.member}" appears in ${p.first} and in ${p.second}`,
  ),
  "schemas/invalid-schema": define<{ schema: string; detail: string }>(
    "error",
    (p) => `schema ${p.schema} is not valid JSON Schema 2020-12: ${p.detail}`,
  ),
  "schemas/compile-failed": define<{ schema: string; reason: string }>(
    "error",
    (p) => `AJV (draft 2020-12, strict) cannot compile schema ${p.schema}: ${p.reason}`,
  ),
  "schemas/unresolved-ref": define<{ schema: string; ref: string }>(
    "error",
    (p) => `schema ${p.schema}: $ref ${JSON.stringify(p.ref)} does not point at a schema under #/components/schemas`,
  ),
  "schemas/base64-unchecked": define<{ schema: string }>(
    "error",
    (p) =>
      `schema ${p.schema}: contentEncoding base64 is only an annotation; add format: "byte" so validators enforce it`,
  ),
  "schemas/unknown-target": define<{ target: string; reason: string }>(
    "error",
    (p) => `cannot validate against ${p.target}: ${p.reason}`,
  ),

  // ── contract tests ─────────────────────────────────────────────────────────
  "recording/malformed": define<{ reason: string }>("error", (p) => `recording cannot be imported: ${p.reason}`),
  "recording/set-aside": define<{ reason: string }>(
    "warning",
    (p) => `recording set aside (its recorder altered it): ${p.reason}`,
  ),
  "event-stream/truncated": define<{ frame: number; offset: number; detail: string }>(
    "error",
    (p) => `event stream frame ${p.frame} at byte ${p.offset}: truncated (${p.detail})`,
  ),
  "event-stream/bad-length": define<{ frame: number; offset: number; detail: string }>(
    "error",
    (p) => `event stream frame ${p.frame} at byte ${p.offset}: length check failed (${p.detail})`,
  ),
  "event-stream/prelude-crc": define<{ frame: number; offset: number; detail: string }>(
    "error",
    (p) => `event stream frame ${p.frame} at byte ${p.offset}: prelude CRC check failed (${p.detail})`,
  ),
  "event-stream/message-crc": define<{ frame: number; offset: number; detail: string }>(
    "error",
    (p) => `event stream frame ${p.frame} at byte ${p.offset}: message CRC check failed (${p.detail})`,
  ),
  "event-stream/bad-headers": define<{ frame: number; offset: number; detail: string }>(
    "error",
    (p) => `event stream frame ${p.frame} at byte ${p.offset}: headers cannot be parsed (${p.detail})`,
  ),
  "route/bad-url": define<{ url: string; reason: string }>("error", (p) => `cannot route ${p.url}: ${p.reason}`),
  "route/unknown-path": define<{ method: string; path: string }>(
    "error",
    (p) => `no path of the spec matches ${p.method} ${p.path}`,
  ),
  "route/unknown-method": define<{ method: string; path: string; template: string; declared: string }>(
    "error",
    (p) => `${p.path} matches ${p.template}, which declares no ${p.method} operation (declared: ${p.declared})`,
  ),
  "contract/missing-parameter": define<{ operation: string; location: string; name: string }>(
    "error",
    (p) => `${p.operation}: required ${p.location} parameter "${p.name}" is missing`,
  ),
  "contract/invalid-parameter": define<{ operation: string; location: string; name: string; detail: string }>(
    "error",
    (p) => `${p.operation}: ${p.location} "${p.name}" does not match its schema: ${p.detail}`,
  ),
  "contract/missing-body": define<{ operation: string; subject: string }>(
    "error",
    (p) => `${p.operation}: the ${p.subject} is required by the spec but there is none`,
  ),
  "contract/undeclared-body": define<{ operation: string; subject: string }>(
    "error",
    (p) => `${p.operation}: there is a ${p.subject} but the spec declares none`,
  ),
  "contract/undeclared-status": define<{ operation: string; status: number; declared: string }>(
    "error",
    (p) => `${p.operation}: status ${p.status} is not declared (declared: ${p.declared})`,
  ),
  "contract/undeclared-media-type": define<{ operation: string; subject: string; mediaType: string; declared: string }>(
    "error",
    (p) => `${p.operation}: ${p.subject} media type ${p.mediaType} is not declared (declared: ${p.declared})`,
  ),
  "contract/body-not-json": define<{ operation: string; subject: string; detail: string }>(
    "error",
    (p) => `${p.operation}: the ${p.subject} should be JSON but is not: ${p.detail}`,
  ),
  "contract/schema-violation": define<{ operation: string; subject: string; keyword: string; detail: string }>(
    "error",
    (p) => `${p.operation}: ${p.subject} violates "${p.keyword}": ${p.detail}`,
  ),
  "contract/event-message-type": define<{ operation: string; frame: number; messageType: string }>(
    "error",
    (p) =>
      `${p.operation}: frame ${p.frame} has :message-type ${JSON.stringify(p.messageType)}; expected "event" or "exception"`,
  ),
  "contract/unknown-event": define<{
    operation: string;
    frame: number;
    header: string;
    value: string;
    declared: string;
  }>(
    "error",
    (p) =>
      `${p.operation}: frame ${p.frame} has ${p.header} ${JSON.stringify(p.value)}, which the stream union does not declare (declared: ${p.declared})`,
  ),
  "contract/chunk-bytes": define<{ operation: string; frame: number; detail: string }>(
    "error",
    (p) => `${p.operation}: frame ${p.frame} chunk bytes are not base64-encoded JSON: ${p.detail}`,
  ),
  "contract/operation-mismatch": define<{ recorded: string; routed: string }>(
    "error",
    (p) => `the recording says ${p.recorded} but its request routes to ${p.routed}`,
  ),
  "contract/undeclared-error": define<{ operation: string; status: number; errorType: string; declared: string }>(
    "error",
    (p) =>
      `${p.operation}: X-Amzn-ErrorType ${p.errorType} is not an error declared for status ${p.status} (declared: ${p.declared})`,
  ),
  "contract/no-stream-frames": define<{ operation: string; schema: string }>(
    "error",
    (p) => `${p.operation}: event stream schema ${p.schema} has no usable x-amazon-eventstream frames extension`,
  ),
  "contract/event-header": define<{
    operation: string;
    frame: number;
    header: string;
    value: string;
    expected: string;
  }>(
    "error",
    (p) =>
      `${p.operation}: frame ${p.frame} has ${p.header} ${JSON.stringify(p.value)}; the spec says ${JSON.stringify(p.expected)}`,
  ),
  "tools/unbuildable": define<{ reason: string }>(
    "error",
    (p) => `cannot turn this operation into a tool: ${p.reason}`,
  ),
  "contract/rule-violation": define<{ operation: string; rule: string; detail: string; rejectedWith: string }>(
    "error",
    (p) => `${p.operation}: breaks x-bedrock-rules "${p.rule}": ${p.detail} (the service answers ${p.rejectedWith})`,
  ),
  "contract/malformed-rule": define<{ operation: string; index: number; detail: string }>(
    "error",
    (p) => `${p.operation}: x-bedrock-rules entry ${p.index} cannot be applied: ${p.detail}`,
  ),
  "contract/rejected-request": define<{ rejection: string; detail: string }>(
    "warning",
    (p) => `${p.detail} (expected: the service rejected this request with ${p.rejection})`,
  ),
  "contract/client-mistake": define<{ detail: string; reason: string }>(
    "warning",
    (p) => `${p.detail} (expected client mistake: ${p.reason})`,
  ),
  "contract/stale-expectation": define<{ expected: string; reason: string }>(
    "error",
    (p) => `expected problem ${p.expected} no longer occurs; remove the expectation (it said: ${p.reason})`,
  ),
  "contract/invalid-expectation": define<{ detail: string }>(
    "error",
    (p) => `expected-problems entry is invalid and excuses nothing: ${p.detail}`,
  ),
  // ── conformance library: checks of a caller's own traffic ──────────────────
  "conformance/operation-mismatch": define<{ expected: string; routed: string }>(
    "error",
    (p) => `checked as ${p.expected}, but the request's method and URL route to ${p.routed}`,
  ),
  "conformance/unknown-operation": define<{ operation: string; known: string }>(
    "error",
    (p) => `the spec describes no operation ${JSON.stringify(p.operation)} (known: ${p.known})`,
  ),
  // ── mock server: its scenario and fault configuration ──────────────────────
  "mock/invalid-scenario": define<{ rule: string; detail: string }>(
    "error",
    (p) => `scenario ${p.rule} is invalid: ${p.detail}`,
  ),
  "mock/invalid-fault": define<{ rule: string; detail: string }>(
    "error",
    (p) => `fault rule ${p.rule} is invalid: ${p.detail}`,
  ),
  "synthetic/not-exchanged": define<{ exchange: string; detail: string }>(
    "error",
    (p) => `synthetic exchange "${p.exchange}": no complete request and reply went over the wire: ${p.detail}`,
  ),
  "synthetic/sdk-disagrees": define<{ exchange: string; detail: string }>(
    "error",
    (p) => `synthetic exchange "${p.exchange}": the SDK did not read the composed reply as it was sent: ${p.detail}`,
  ),
  "synthetic/secret-left": define<{ exchange: string; found: string }>(
    "error",
    (p) => `synthetic exchange "${p.exchange}": the recording would show ${p.found}; nothing was written`,
  ),
  // The official SDK replaying a recording (sdk-replay.ts): each is a disagreement with it.
  "sdk-replay/no-command": define<{ operation: string }>(
    "error",
    (p) => `${p.operation}: the SDK has no command (or no operation schema) of that name`,
  ),
  "sdk-replay/not-replayable": define<{ operation: string; reason: string }>(
    "warning",
    (p) => `${p.operation}: not replayed: ${p.reason}`,
  ),
  "sdk-replay/input-unrepresentable": define<{ operation: string; detail: string }>(
    "error",
    (p) => `${p.operation}: the recorded request cannot be expressed as SDK input: ${p.detail}`,
  ),
  "sdk-replay/not-sent": define<{ operation: string; reason: string }>(
    "error",
    (p) => `${p.operation}: the SDK sent nothing (${p.reason})`,
  ),
  "sdk-replay/request-differs": define<{ operation: string; part: string; recorded: string; sent: string }>(
    "error",
    (p) => `${p.operation}: the SDK sends a different ${p.part}: recorded ${p.recorded}, SDK sent ${p.sent}`,
  ),
  "sdk-replay/response-rejected": define<{ operation: string; status: number; reason: string }>(
    "error",
    (p) => `${p.operation}: the SDK cannot parse the recorded ${p.status} response: ${p.reason}`,
  ),
  "sdk-replay/wrong-error": define<{ operation: string; status: number; expected: string; thrown: string }>(
    "error",
    (p) => `${p.operation}: for the recorded ${p.status} the SDK should throw ${p.expected} but threw ${p.thrown}`,
  ),
  "sdk-replay/missing-error": define<{ operation: string; status: number; expected: string }>(
    "error",
    (p) => `${p.operation}: for the recorded ${p.status} the SDK should throw ${p.expected} but returned an output`,
  ),
  "sdk-replay/unknown-in-output": define<{ operation: string; place: string; detail: string }>(
    "error",
    (p) => `${p.operation}: the SDK parsed ${p.place} as $unknown: ${p.detail}`,
  ),
  "sdk-replay/new-rejection": define<{ code: string; pointer: string; message: string }>(
    "error",
    (p) =>
      `the SDK rejects this recording and the known-rejections list does not say so: [${p.code}] at ${p.pointer}: ${p.message}`,
  ),
  "sdk-replay/stale-known-rejection": define<{ code: string; pointer: string }>(
    "error",
    (p) =>
      `the known-rejections list expects [${p.code}] at ${p.pointer}, but the replay no longer reports it; remove the entry`,
  ),
  "sdk-replay/bad-known-rejection": define<{ detail: string }>(
    "error",
    (p) => `known-rejections entry is malformed and excuses nothing: ${p.detail}`,
  ),
  "secret/access-key-id": define<{ excerpt: string }>("error", (p) => `AWS access key id found: ${p.excerpt}`),
  "secret/secret-access-key": define<{ excerpt: string }>("error", (p) => `AWS secret access key found: ${p.excerpt}`),
  "secret/session-token": define<{ excerpt: string }>("error", (p) => `AWS session token found: ${p.excerpt}`),
  "secret/sigv4-signature": define<{ excerpt: string }>("error", (p) => `real SigV4 signature found: ${p.excerpt}`),
  "secret/account-id": define<{ excerpt: string }>(
    "error",
    (p) => `AWS account id found (not a documented placeholder, not a count or time by its name): ${p.excerpt}`,
  ),
  "secret/bedrock-api-key": define<{ excerpt: string }>("error", (p) => `Amazon Bedrock API key found: ${p.excerpt}`),
  "secret/unscannable": define<{ reason: string }>("error", (p) => `cannot be scanned for secrets: ${p.reason}`),

  // ── drift ──────────────────────────────────────────────────────────────────
  // The definitions against the official model (smithy) and the shipped SDK schemas (sdk).
  "drift/missing-operation": driftDifference("operation missing from the definitions"),
  "drift/extra-operation": driftDifference("operation that AWS does not define"),
  "drift/route-mismatch": driftDifference("HTTP method and URI differ"),
  "drift/status-mismatch": driftDifference("HTTP status differs"),
  "drift/missing-error": driftDifference("error missing from the operation's error list"),
  "drift/extra-error": driftDifference("error that AWS does not list for the operation"),
  "drift/operation-trait-mismatch": driftDifference("operation trait (readonly, idempotent, paginated) differs"),
  "drift/missing-shape": driftDifference("shape missing from the definitions"),
  "drift/extra-shape": driftDifference("shape that AWS does not define"),
  "drift/type-mismatch": driftDifference("type differs"),
  "drift/missing-member": driftDifference("member missing from the definitions"),
  "drift/extra-member": driftDifference("member that AWS does not define"),
  "drift/required-mismatch": driftDifference("required flag differs"),
  "drift/binding-mismatch": driftDifference("HTTP binding differs"),
  "drift/streaming-mismatch": driftDifference("event-stream marking differs"),
  "drift/enum-value-missing": driftDifference("enum value missing from the definitions"),
  "drift/enum-value-extra": driftDifference("enum value that AWS does not define"),
  "drift/enum-name-mismatch": driftDifference("enum member name differs for the same value"),
  "drift/constraint-mismatch": driftDifference("constraint differs"),
  "drift/default-mismatch": driftDifference("default value differs"),
  "drift/sensitive-mismatch": driftDifference("@sensitive differs"),
  "drift/idempotency-token-mismatch": driftDifference("@idempotencyToken differs"),
  "drift/timestamp-format-mismatch": driftDifference("timestamp format differs"),
  "drift/error-trait-mismatch": driftDifference("error fault or retryable flag differs"),
  "drift/unmodeled-trait": driftDifference("AWS puts a trait here that the shape vocabulary cannot express"),
  "drift/stale-allow-entry": define<{ code: string; path: string; source: string }>(
    "error",
    (p) =>
      `allow-list entry [${p.code}] at ${p.path} (${p.source}) matches no difference; remove it or correct its path`,
  ),
  "drift/unreadable-model": define<{ source: string; place: string; detail: string }>(
    "error",
    (p) => `cannot read the ${p.source} model at ${p.place}: ${p.detail}`,
  ),

  // ── examples ───────────────────────────────────────────────────────────────
  // Operation examples: where the definitions put them (generator) and whether the emitted
  // values fit their schemas (the `examples` check).
  "examples/invalid-name": define<{ operation: string; name: string }>(
    "error",
    (p) =>
      `operation ${p.operation}: example name ${JSON.stringify(p.name)} must be 1 or more letters, digits, ".", "_" or "-" (it is a map key in the spec)`,
  ),
  "examples/duplicate-name": define<{ operation: string; name: string }>(
    "error",
    (p) => `operation ${p.operation} has two examples named ${JSON.stringify(p.name)}`,
  ),
  "examples/misplaced": define<{ operation: string; example: string; part: string; reason: string }>(
    "error",
    (p) => `operation ${p.operation}, example ${p.example}: the ${p.part} has no place in the spec: ${p.reason}`,
  ),
  "examples/incomplete-call": define<{ operation: string; example: string; missing: string }>(
    "error",
    (p) => `operation ${p.operation}, example ${p.example} is not a complete call: it gives no ${p.missing}`,
  ),
  "examples/invalid-value": define<{ example: string; subject: string; keyword: string; detail: string }>(
    "error",
    (p) => `example ${JSON.stringify(p.example)} (${p.subject}) violates "${p.keyword}": ${p.detail}`,
  ),
  "examples/unchecked": define<{ example: string; subject: string; reason: string }>(
    "error",
    (p) => `example ${JSON.stringify(p.example)} (${p.subject}) cannot be checked: ${p.reason}`,
  ),
  "examples/frame-header": define<{ example: string; frame: number; header: string; value: string; expected: string }>(
    "error",
    (p) =>
      `example ${JSON.stringify(p.example)}: frame ${p.frame} has ${p.header} ${JSON.stringify(p.value)}; the event stream expects ${p.expected}`,
  ),
  "examples/malformed": define<{ subject: string; detail: string }>(
    "error",
    (p) => `${p.subject} is not a valid examples entry: ${p.detail}`,
  ),
} as const;

/** What a drift difference reports: which AWS source, what it says and what the definitions say. */
export interface DriftFact {
  readonly source: string;
  readonly aws: string;
  readonly ours: string;
}

function driftDifference(what: string): DiagnosticDefinition<DriftFact> {
  return define<DriftFact>("error", (p) => `${what}: ${p.source} says ${p.aws}; the definitions say ${p.ours}`);
}

export type DiagnosticCode = keyof typeof diagnostics;
type ParamsOf<C extends DiagnosticCode> = Parameters<(typeof diagnostics)[C]["message"]>[0];

/** One reported problem. `file` and `pointer` say where; `code` says which rule. */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** The file the problem is in (a definition module, the emitted spec, a recording). */
  readonly file?: string;
  /** Where inside it: a JSON pointer, a shape path or a frame index. */
  readonly pointer?: string;
}

export interface Where {
  readonly file?: string;
  readonly pointer?: string;
}

export function problem<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, where: Where = {}): Problem {
  const definition = diagnostics[code] as DiagnosticDefinition<ParamsOf<C>>;
  return { code, severity: definition.severity, message: definition.message(params), ...where };
}

/** One line per problem: `file#pointer: [code] message`. */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.pointer].filter(Boolean).join("#");
  return `${place ? `${place}: ` : ""}${p.severity} [${p.code}] ${p.message}`;
}

/** Thrown when a stage cannot go on; carries every problem found so far. */
export class ProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ProblemsError";
  }
}
