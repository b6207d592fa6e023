/**
 * The drift check must fail, with the right code and path, on copies of the real definitions
 * with one fact changed. Each case lists every unexplained difference it expects, so a check
 * that reports too much fails as surely as one that reports too little.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { bedrockRuntime } from "../../generator/definitions/index.js";
import type { ServiceDefinition } from "../../generator/operations.js";
import { header, type Shape } from "../../generator/shapes.js";
import { allowList } from "./allow-list.js";
import { checkDrift } from "./check-drift.js";
import { awsModels, smithyFile, withMember, withOperation, withShape } from "./edit-definitions.test-helper.js";
import { readSmithyModel } from "./read-smithy.js";

function unexplained(service: ServiceDefinition): string[] {
  const { sdk, smithy } = awsModels();
  const report = checkDrift(
    service,
    [
      { source: "sdk", model: sdk },
      { source: "smithy", model: smithy },
    ],
    allowList,
  );
  return report.unexplained.map((d) => `${d.source} ${d.code} ${d.path}`);
}

function details(service: ServiceDefinition): string[] {
  const { sdk, smithy } = awsModels();
  return checkDrift(
    service,
    [
      { source: "sdk", model: sdk },
      { source: "smithy", model: smithy },
    ],
    allowList,
  ).unexplained.map((d) => `${d.source}: AWS ${d.aws} / ours ${d.ours}`);
}

const editShape = <S extends Shape>(name: string, edit: (shape: S) => S) =>
  withShape(bedrockRuntime, name, (s) => edit(s as S));

describe("drift: seeded differences", () => {
  it("a member removed", () => {
    const service = withShape(bedrockRuntime, "ConverseRequest", (s) => withMember(s, "messages", () => undefined));
    assert.deepEqual(unexplained(service), [
      "sdk drift/missing-member ConverseRequest.messages",
      "smithy drift/missing-member ConverseRequest.messages",
    ]);
    assert.deepEqual(details(service), ["sdk: AWS Messages / ours (absent)", "smithy: AWS Messages / ours (absent)"]);
  });

  it("a required flag flipped", () => {
    const service = withShape(bedrockRuntime, "ConverseRequest", (s) =>
      withMember(s, "messages", (m) => ({ ...m, required: true })),
    );
    assert.deepEqual(unexplained(service), [
      "sdk drift/required-mismatch ConverseRequest.messages",
      "smithy drift/required-mismatch ConverseRequest.messages",
    ]);
    assert.deepEqual(details(service), ["sdk: AWS optional / ours required", "smithy: AWS optional / ours required"]);
  });

  it("an enum value dropped", () => {
    const service = editShape<Extract<Shape, { kind: "enum" }>>("StopReason", (s) => {
      const { END_TURN: _dropped, ...values } = s.values;
      return { ...s, values };
    });
    assert.deepEqual(unexplained(service), [
      "sdk drift/enum-value-missing StopReason.END_TURN",
      "smithy drift/enum-value-missing StopReason.END_TURN",
    ]);
  });

  it("an enum value added", () => {
    const service = editShape<Extract<Shape, { kind: "enum" }>>("StopReason", (s) => ({
      ...s,
      values: { ...s.values, TIRED: "tired" },
    }));
    assert.deepEqual(unexplained(service), [
      "sdk drift/enum-value-extra StopReason.TIRED",
      "smithy drift/enum-value-extra StopReason.TIRED",
    ]);
  });

  it("a pattern changed (only the Smithy model carries patterns)", () => {
    const service = editShape<Extract<Shape, { kind: "string" }>>("TagKey", (s) => ({ ...s, pattern: "^[a-z]*$" }));
    assert.deepEqual(unexplained(service), ["smithy drift/constraint-mismatch TagKey"]);
    assert.deepEqual(details(service), ['smithy: AWS pattern "^[a-zA-Z0-9\\\\s._:/=+@-]*$" / ours pattern "^[a-z]*$"']);
  });

  it("a header renamed", () => {
    const service = withShape(bedrockRuntime, "InvokeModelRequest", (s) =>
      withMember(s, "trace", (m) => ({ ...m, binding: header("X-Amzn-Bedrock-Tracing") })),
    );
    assert.deepEqual(unexplained(service), [
      "sdk drift/binding-mismatch InvokeModelRequest.trace",
      "smithy drift/binding-mismatch InvokeModelRequest.trace",
    ]);
    assert.deepEqual(details(service), [
      'sdk: AWS header "X-Amzn-Bedrock-Trace" / ours header "X-Amzn-Bedrock-Tracing"',
      'smithy: AWS header "X-Amzn-Bedrock-Trace" / ours header "X-Amzn-Bedrock-Tracing"',
    ]);
  });

  it("an error status changed", () => {
    const service = editShape<Extract<Shape, { kind: "structure" }>>("ThrottlingException", (s) => ({
      ...s,
      error: { fault: "client", status: 400 },
    }));
    assert.deepEqual(unexplained(service), [
      "sdk drift/status-mismatch ThrottlingException",
      "smithy drift/status-mismatch ThrottlingException",
    ]);
    assert.deepEqual(details(service), ["sdk: AWS 429 / ours 400", "smithy: AWS 429 / ours 400"]);
  });

  it("a length bound changed (only the Smithy model carries lengths)", () => {
    const service = editShape<Extract<Shape, { kind: "string" }>>("InvokeModelIdentifier", (s) => ({
      ...s,
      length: { min: 1, max: 1024 },
    }));
    assert.deepEqual(unexplained(service), ["smithy drift/constraint-mismatch InvokeModelIdentifier"]);
    assert.deepEqual(details(service), ["smithy: AWS length 1..2048 / ours length 1..1024"]);
  });

  it("a member-level length bound changed", () => {
    const service = withShape(bedrockRuntime, "DocumentBlock", (s) =>
      withMember(s, "name", (m) => ({ ...m, length: { min: 1, max: 100 } })),
    );
    assert.deepEqual(unexplained(service), ["smithy drift/constraint-mismatch DocumentBlock.name"]);
  });

  it("a list member constraint changed", () => {
    const service = editShape<Extract<Shape, { kind: "list" }>>("AdditionalModelResponseFieldPaths", (s) => ({
      ...s,
      memberConstraints: { length: { min: 1, max: 255 } },
    }));
    assert.deepEqual(unexplained(service), [
      "smithy drift/constraint-mismatch AdditionalModelResponseFieldPaths.member",
    ]);
  });

  it("a map key pattern dropped", () => {
    const service = editShape<Extract<Shape, { kind: "map" }>>("RequestMetadata", (s) => ({
      ...s,
      keyConstraints: { length: { min: 1, max: 256 } },
    }));
    assert.deepEqual(unexplained(service), ["smithy drift/constraint-mismatch RequestMetadata.key"]);
  });

  it("an operation URI changed", () => {
    const service = withOperation(bedrockRuntime, "InvokeModel", (op) => ({
      ...op,
      uri: "/model/{modelId}/invoke-model",
    }));
    assert.deepEqual(unexplained(service), [
      "sdk drift/route-mismatch operation InvokeModel",
      "smithy drift/route-mismatch operation InvokeModel",
    ]);
    assert.deepEqual(details(service), [
      "sdk: AWS POST /model/{modelId}/invoke / ours POST /model/{modelId}/invoke-model",
      "smithy: AWS POST /model/{modelId}/invoke / ours POST /model/{modelId}/invoke-model",
    ]);
  });

  it("an operation's success status changed", () => {
    const service = withOperation(bedrockRuntime, "StartAsyncInvoke", (op) => ({ ...op, status: 202 }));
    assert.deepEqual(unexplained(service), [
      "sdk drift/status-mismatch operation StartAsyncInvoke",
      "smithy drift/status-mismatch operation StartAsyncInvoke",
    ]);
  });

  it("an error dropped from an operation (only the Smithy model lists them)", () => {
    const service = withOperation(bedrockRuntime, "Converse", (op) => ({
      ...op,
      errors: op.errors.filter((e) => e.name !== "ModelTimeoutException"),
    }));
    assert.deepEqual(unexplained(service), [
      "smithy drift/missing-error operation Converse.errors.ModelTimeoutException",
    ]);
  });

  it("an operation trait dropped (only the Smithy model carries them)", () => {
    const service = withOperation(bedrockRuntime, "ListAsyncInvokes", (op) => ({ ...op, readonly: false }));
    assert.deepEqual(unexplained(service), ["smithy drift/operation-trait-mismatch operation ListAsyncInvokes"]);
  });

  it("an event stream no longer marked as streaming", () => {
    const service = editShape<Extract<Shape, { kind: "union" }>>("ResponseStream", (s) => ({ ...s, streaming: false }));
    assert.deepEqual(unexplained(service), [
      "sdk drift/streaming-mismatch ResponseStream",
      "sdk drift/streaming-mismatch operation InvokeModelWithResponseStream.output",
      "smithy drift/streaming-mismatch ResponseStream",
      "smithy drift/streaming-mismatch operation InvokeModelWithResponseStream.output",
    ]);
  });

  it("a member retargeted", () => {
    const service = withShape(bedrockRuntime, "ConverseRequest", (s) =>
      withMember(s, "system", (m) => {
        const messages = s.kind === "structure" ? s.members["messages"]!.target : m.target;
        return { ...m, target: messages };
      }),
    );
    assert.deepEqual(unexplained(service), [
      "sdk drift/type-mismatch ConverseRequest.system",
      "smithy drift/type-mismatch ConverseRequest.system",
    ]);
  });

  it("@sensitive dropped", () => {
    const service = editShape<Extract<Shape, { kind: "blob" }>>("Body", (s) => ({ ...s, sensitive: false }));
    assert.deepEqual(unexplained(service), [
      "sdk drift/sensitive-mismatch Body",
      "smithy drift/sensitive-mismatch Body",
    ]);
  });

  it("@idempotencyToken dropped", () => {
    const service = withShape(bedrockRuntime, "StartAsyncInvokeRequest", (s) =>
      withMember(s, "clientRequestToken", (m) => ({ ...m, idempotencyToken: false })),
    );
    assert.deepEqual(unexplained(service), [
      "sdk drift/idempotency-token-mismatch StartAsyncInvokeRequest.clientRequestToken",
      "smithy drift/idempotency-token-mismatch StartAsyncInvokeRequest.clientRequestToken",
    ]);
  });

  it("a default changed (only the Smithy model carries defaults)", () => {
    const service = withShape(bedrockRuntime, "ListAsyncInvokesRequest", (s) =>
      withMember(s, "sortOrder", (m) => ({ ...m, default: "Ascending" })),
    );
    assert.deepEqual(unexplained(service), ["smithy drift/default-mismatch ListAsyncInvokesRequest.sortOrder"]);
  });

  it("@retryable dropped (only the Smithy model carries it)", () => {
    const service = editShape<Extract<Shape, { kind: "structure" }>>("ModelNotReadyException", (s) => ({
      ...s,
      error: { fault: "client", status: 429 },
    }));
    assert.deepEqual(unexplained(service), ["smithy drift/error-trait-mismatch ModelNotReadyException"]);
  });

  it("a timestamp format dropped: the SDK states it on each member, Smithy on the shape", () => {
    const service = editShape<Extract<Shape, { kind: "timestamp" }>>("Timestamp", ({ format: _dropped, ...s }) => s);
    const found = unexplained(service);
    assert.ok(found.includes("smithy drift/timestamp-format-mismatch Timestamp"));
    assert.ok(found.includes("sdk drift/timestamp-format-mismatch ListAsyncInvokesRequest.submitTimeAfter"));
    assert.ok(found.includes("sdk drift/timestamp-format-mismatch GetAsyncInvokeResponse.submitTime"));
    assert.ok(
      found.every((d) => d.includes("timestamp-format-mismatch")),
      found.join("\n"),
    );
  });

  it("an operation AWS does not define", () => {
    const invoke = bedrockRuntime.operations.find((op) => op.name === "InvokeModel")!;
    const service: ServiceDefinition = {
      ...bedrockRuntime,
      operations: [
        ...bedrockRuntime.operations,
        { ...invoke, name: "InvokeModelTwice", uri: "/model/{modelId}/invoke-twice" },
      ],
    };
    assert.deepEqual(unexplained(service), [
      "sdk drift/extra-operation operation InvokeModelTwice",
      "smithy drift/extra-operation operation InvokeModelTwice",
    ]);
    assert.deepEqual(details(service), [
      "sdk: AWS (absent) / ours POST /model/{modelId}/invoke-twice",
      "smithy: AWS (absent) / ours POST /model/{modelId}/invoke-twice",
    ]);
  });

  it("an enum member renamed, its value kept", () => {
    const service = editShape<Extract<Shape, { kind: "enum" }>>("StopReason", (s) => {
      const { END_TURN: value, ...values } = s.values;
      return { ...s, values: { ...values, ENDED: value } };
    });
    assert.deepEqual(unexplained(service), [
      "sdk drift/enum-name-mismatch StopReason.END_TURN",
      "smithy drift/enum-name-mismatch StopReason.END_TURN",
    ]);
    assert.deepEqual(details(service), [
      'sdk: AWS END_TURN = "end_turn" / ours ENDED = "end_turn"',
      'smithy: AWS END_TURN = "end_turn" / ours ENDED = "end_turn"',
    ]);
  });

  it("traits the shape vocabulary cannot express, added to the Smithy model", () => {
    // The definitions never carry such a trait, so each one AWS adds must surface where it sits:
    // on an operation, a shape, a member or a list member.
    type Traited = { traits?: Record<string, unknown> };
    const ast = JSON.parse(readFileSync(smithyFile, "utf8")) as {
      shapes: Record<string, Traited & { members?: Record<string, Traited>; member?: Traited }>;
    };
    const ns = "com.amazonaws.bedrockruntime#";
    const addTrait = (on: Traited | undefined, trait: string, value: unknown) => {
      if (!on) throw new Error(`no place for ${trait}`);
      on.traits = { ...on.traits, [`smithy.api#${trait}`]: value };
    };
    addTrait(ast.shapes[`${ns}InvokeModel`], "httpChecksumRequired", {});
    addTrait(ast.shapes[`${ns}Body`], "mediaType", "application/octet-stream");
    addTrait(ast.shapes[`${ns}ConverseRequest`]?.members?.["messages"], "jsonName", "Messages");
    addTrait(ast.shapes[`${ns}AdditionalModelResponseFieldPaths`]?.member, "xmlName", "path");
    const report = checkDrift(bedrockRuntime, [{ source: "smithy", model: readSmithyModel(ast) }], allowList);
    assert.deepEqual(
      report.unexplained.map((d) => `${d.source} ${d.code} ${d.path}: AWS ${d.aws} / ours ${d.ours}`),
      [
        "smithy drift/unmodeled-trait AdditionalModelResponseFieldPaths.member: AWS smithy.api#xmlName / ours (absent)",
        "smithy drift/unmodeled-trait Body: AWS smithy.api#mediaType / ours (absent)",
        "smithy drift/unmodeled-trait ConverseRequest.messages: AWS smithy.api#jsonName / ours (absent)",
        "smithy drift/unmodeled-trait operation InvokeModel: AWS smithy.api#httpChecksumRequired / ours (absent)",
      ],
    );
  });

  it("an operation missing", () => {
    const service: ServiceDefinition = {
      ...bedrockRuntime,
      operations: bedrockRuntime.operations.filter((op) => op.name !== "CountTokens"),
    };
    const found = unexplained(service);
    assert.ok(found.includes("sdk drift/missing-operation operation CountTokens"));
    assert.ok(found.includes("smithy drift/missing-operation operation CountTokens"));
    assert.ok(found.includes("smithy drift/missing-shape CountTokensRequest"));
  });
});
