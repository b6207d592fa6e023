import assert from "node:assert/strict";
import { checkOperationExamples } from "./check-examples.js";
import { checkDefinitions } from "./check-definitions.js";
import { bedrockRuntime } from "./definitions/index.js";
import type { Operation, OperationExample } from "./operations.js";
import { error, header, label, member, payload, prelude, structure, union } from "./shapes.js";

const Oops = error({ name: "Oops", description: "Bad.", error: { fault: "client", status: 400 }, members: {} });

/** POST /do/{id} with a required header, a JSON body and a JSON reply. */
const jsonOp: Operation = {
  name: "Do",
  method: "POST",
  uri: "/do/{id}",
  status: 200,
  input: structure({
    name: "DoRequest",
    description: "In.",
    members: {
      id: member(prelude.String, { description: "Id.", required: true, binding: label() }),
      token: member(prelude.String, { description: "Token.", required: true, binding: header("X-Token") }),
      note: member(prelude.String, { description: "Note.", required: true }),
      mediaType: member(prelude.String, { description: "Body media type.", binding: header("Content-Type") }),
    },
  }),
  output: structure({
    name: "DoResponse",
    description: "Out.",
    members: { done: member(prelude.Boolean, { description: "Done." }) },
  }),
  errors: [Oops],
  iamAction: "svc:Do",
  tags: ["T"],
  summary: "Do",
  description: "Does.",
};

const Events = union({
  name: "Events",
  description: "Events.",
  streaming: true,
  members: { tick: member(structure({ name: "Tick", description: "T.", members: {} }), { description: "T." }) },
});

/** POST /watch/{id} with no body, answered with an event stream. */
const streamOp: Operation = {
  ...jsonOp,
  name: "Watch",
  uri: "/watch/{id}",
  input: structure({
    name: "WatchRequest",
    description: "In.",
    members: { id: member(prelude.String, { description: "Id.", required: true, binding: label() }) },
  }),
  output: structure({
    name: "WatchResponse",
    description: "Out.",
    members: { events: member(Events, { description: "E.", binding: payload() }) },
  }),
};

const complete: OperationExample = {
  name: "ok",
  summary: "Fine",
  parameters: { id: "1", token: "t" },
  request: { body: { note: "n" } },
  response: { status: 200, body: { done: true } },
};

function found(op: Operation, ...examples: OperationExample[]): [string, string][] {
  return checkOperationExamples(
    { ...op, examples },
    { file: "generator/definitions/x.ts", pointer: `operation ${op.name}` },
  ).map((p) => [p.code, p.message]);
}

describe("generator/check-examples", () => {
  it("accepts complete calls, JSON and streamed, and the real definitions' examples", () => {
    assert.deepEqual(
      found(jsonOp, complete, { ...complete, name: "error.case", response: { status: 400, body: { message: "no" } } }),
      [],
    );
    assert.deepEqual(
      found(streamOp, {
        name: "s",
        summary: "S",
        parameters: { id: "1" },
        response: { status: 200, frames: [{ event: "tick", payload: {} }] },
      }),
      [],
    );
    assert.deepEqual(checkDefinitions(bedrockRuntime, new Map()), []);
  });

  it("rejects names that cannot be map keys, duplicates and an empty summary, naming the file and example", () => {
    const problems = checkOperationExamples(
      { ...jsonOp, examples: [{ ...complete, name: "has space", summary: " " }, complete, complete] },
      { file: "f.ts", pointer: "operation Do" },
    );
    assert.deepEqual(
      problems.map((p) => [p.code, p.pointer]),
      [
        ["examples/invalid-name", "operation Do example has space"],
        ["definition/missing-description", "operation Do example has space"],
        ["examples/duplicate-name", "operation Do example ok"],
      ],
    );
    assert.ok(problems.every((p) => p.file === "f.ts"));
  });

  it("rejects a value for a member that is not a parameter, Content-Type included", () => {
    const reason = (name: string) =>
      `operation Do, example ok: the parameter ${name} has no place in the spec: DoRequest has no member ${name} that travels as a path, query or header parameter (Content-Type and Accept are media-type keys, not parameters)`;
    assert.deepEqual(
      found(jsonOp, {
        ...complete,
        parameters: { id: "1", token: "t", note: "n", nope: "x", mediaType: "application/json" },
      }),
      [
        ["examples/misplaced", reason("note")],
        ["examples/misplaced", reason("nope")],
        ["examples/misplaced", reason("mediaType")],
      ],
    );
  });

  it("rejects a call without its required parameters or required body", () => {
    assert.deepEqual(
      found(jsonOp, { name: "bare", summary: "Bare", response: { status: 200, body: {} } }).map(([, m]) => m),
      [
        "operation Do, example bare is not a complete call: it gives no value for the required parameter id",
        "operation Do, example bare is not a complete call: it gives no value for the required parameter token",
        "operation Do, example bare is not a complete call: it gives no request body, which the operation requires",
      ],
    );
  });

  it("rejects a response status the operation does not declare", () => {
    assert.deepEqual(found(jsonOp, { ...complete, response: { status: 404, body: {} } }), [
      [
        "examples/misplaced",
        "operation Do, example ok: the 404 response has no place in the spec: the operation declares no 404 response (declared: 200, 400)",
      ],
    ]);
  });

  it("rejects frames where the body is JSON, a JSON body where it is a stream, and events the stream lacks", () => {
    assert.deepEqual(
      found(jsonOp, { ...complete, request: { frames: [] } }).map(([code]) => code),
      ["examples/misplaced"],
    );
    const stream = (response: OperationExample["response"]): OperationExample => ({
      name: "s",
      summary: "S",
      parameters: { id: "1" },
      response,
    });
    assert.deepEqual(
      found(streamOp, stream({ status: 200, body: {} }), {
        ...stream({ status: 200, frames: [{ event: "tock", payload: {} }] }),
        name: "t",
      }),
      [
        [
          "examples/misplaced",
          "operation Watch, example s: the 200 response body has no place in the spec: the 200 response is an event stream of Events; give its frames",
        ],
        [
          "examples/misplaced",
          "operation Watch, example t: the 200 response frame 0 has no place in the spec: Events has no member tock",
        ],
      ],
    );
    assert.deepEqual(
      found(streamOp, { name: "r", summary: "R", parameters: { id: "1" }, request: { body: {} } }).map(([, m]) => m),
      ["operation Watch, example r: the request body has no place in the spec: the operation has no request body"],
    );
  });
});
