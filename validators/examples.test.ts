import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { specJsonPath } from "../generator/core/paths.js";
import type { JsonObject } from "../generator/core/json.js";
import { checkExamples } from "./examples.js";
import { checkLint } from "./lint.js";
import { CONVERSE, editedSpec, placed, withEdits } from "./test-fixtures.js";

const file = "bedrock-runtime.openapi.json";
const JSON_BODY = "content/application~1json";
const STREAM_BODY = "content/application~1vnd.amazon.eventstream/x-amazon-eventstream-examples";
const CONVERSE_TOOL_USE = `${CONVERSE}/requestBody/${JSON_BODY}/examples/toolUse/value`;
const CONVERSE_STREAM = "/paths/~1model~1{modelId}~1converse-stream/post/responses/200";
const RESPONSE_STREAM = "/paths/~1model~1{modelId}~1invoke-with-response-stream/post/responses/200";
const BIDIRECTIONAL = "/paths/~1model~1{modelId}~1invoke-with-bidirectional-stream/post/requestBody";

let emitted: string;
/** A fresh copy of the real emitted spec with `edits` applied. */
const realSpec = (edits: Readonly<Record<string, unknown>> = {}): JsonObject =>
  withEdits(JSON.parse(emitted) as JsonObject, edits);
const check = (document: JsonObject) => checkExamples({ file, document });

describe("validators/examples", () => {
  before(async () => {
    emitted = await readFile(specJsonPath, "utf8");
  });

  it("finds no problem in the emitted spec, whose every operation has examples", async () => {
    assert.deepEqual(await check(realSpec()), []);
  });

  describe("rejects a bad example in the real spec, at the place inside its value", () => {
    it("a value outside an enum", async () => {
      const problems = await check(realSpec({ [`${CONVERSE_TOOL_USE}/messages/0/role`]: "customer" }));
      assert.deepEqual(placed(problems), [["examples/invalid-value", `${CONVERSE_TOOL_USE}/messages/0/role`]]);
      assert.match(
        problems[0]!.message,
        /^example "toolUse" \(Converse request body, application\/json\) violates "enum": .*allowed: "user", "assistant", "system"/,
      );
      assert.equal(problems[0]!.file, file);
    });

    it("a missing required member", async () => {
      const response = `${CONVERSE}/responses/200/${JSON_BODY}/examples/toolResult/value`;
      const problems = await check(realSpec({ [`${response}/stopReason`]: undefined }));
      assert.deepEqual(placed(problems), [["examples/invalid-value", response]]);
      assert.match(problems[0]!.message, /violates "required": must have required property 'stopReason'/);
    });

    it("a union with two members", async () => {
      const block = `${CONVERSE_TOOL_USE}/messages/0/content/0`;
      const problems = await check(realSpec({ [block]: { text: "Hi", cachePoint: { type: "default" } } }));
      assert.deepEqual(placed(problems), [["examples/invalid-value", block]]);
      assert.match(problems[0]!.message, /violates "oneOf": must match exactly one schema in oneOf/);
    });

    it("a parameter value that breaks its pattern, and an error body that fits no error", async () => {
      const arn = "/paths/~1async-invoke~1{invocationArn}/get/parameters/0/examples/completedJob/value";
      const error = `${CONVERSE}/responses/400/${JSON_BODY}/examples/maxTokensTooHigh/value`;
      const problems = await check(
        realSpec({
          [arn]: "arn:aws:bedrock:us-east-1:111122223333:async-invoke/TOO-LONG-AND-UPPER",
          [`${error}/message`]: 42,
        }),
      );
      const found = problems.map((p) => [p.code, p.pointer, /violates "(\w+)"/.exec(p.message)?.[1]]);
      assert.deepEqual(
        found.sort(),
        [
          ["examples/invalid-value", error + "/message", "type"],
          ["examples/invalid-value", arn, "pattern"],
        ].sort(),
      );
    });
  });

  describe("event-stream examples", () => {
    const frame = (n: number): string => `${CONVERSE_STREAM}/${STREAM_BODY}/toolUse/frames/${n}`;

    it("checks each frame's payload against the member its headers select", async () => {
      const problems = await check(
        realSpec({ [`${frame(0)}/payload/role`]: "robot", [`${frame(9)}/payload/usage/inputTokens`]: -1 }),
      );
      assert.deepEqual(placed(problems), [
        ["examples/invalid-value", `${frame(0)}/payload/role`],
        ["examples/invalid-value", `${frame(9)}/payload/usage/inputTokens`],
      ]);
      assert.match(
        problems[0]!.message,
        /\(ConverseStream 200 response, application\/vnd\.amazon\.eventstream, frame 0 \(messageStart\)\)/,
      );
    });

    it("rejects an event the union does not declare and a header that disagrees with the union's", async () => {
      const problems = await check(
        realSpec({
          [`${frame(0)}/headers/:event-type`]: "messageBegin",
          [`${frame(3)}/headers/:content-type`]: "text/plain",
        }),
      );
      assert.deepEqual(placed(problems), [
        ["examples/frame-header", `${frame(0)}/headers/:event-type`],
        ["examples/frame-header", `${frame(3)}/headers/:content-type`],
      ]);
      assert.match(
        problems[0]!.message,
        /frame 0 has :event-type "messageBegin"; the event stream expects one of "messageStart", /,
      );
    });

    it("checks chunk frames on response and request streams alike", async () => {
      const response = `${RESPONSE_STREAM}/${STREAM_BODY}/anthropicMessages/frames/2/payload/bytes`;
      const request = `${BIDIRECTIONAL}/${STREAM_BODY}/novaSonicTextTurn/frames/0/payload`;
      const problems = await check(realSpec({ [response]: "not base64!", [request]: { bytes: "e30=", extra: true } }));
      assert.deepEqual(placed(problems), [
        ["examples/invalid-value", response],
        ["examples/invalid-value", request],
      ]);
      assert.match(problems[0]!.message, /violates "format"/);
      assert.match(problems[1]!.message, /violates "additionalProperties": .*"extra"/);
    });

    it("rejects a malformed frame and an extension whose schema is not an event stream", async () => {
      const problems = await check(
        realSpec({
          [`${frame(1)}/headers`]: undefined,
          [`${CONVERSE}/responses/200/content/application~1json/x-amazon-eventstream-examples`]: {
            odd: { frames: [] },
          },
        }),
      );
      assert.deepEqual(placed(problems), [
        ["examples/unchecked", `${CONVERSE}/responses/200/content/application~1json/x-amazon-eventstream-examples/odd`],
        ["examples/malformed", frame(1)],
      ]);
    });

    it("are what Redocly's example rules cannot see: it finds the bad media-type example, not the bad frame", async () => {
      const document = realSpec({
        [`${CONVERSE_TOOL_USE}/messages/0/role`]: "customer",
        [`${frame(0)}/payload/role`]: "robot",
      });
      const lint = (await checkLint({ file, document })).filter((p) => p.message.includes("example"));
      assert.deepEqual(
        lint.map((p) => p.pointer),
        [`${CONVERSE_TOOL_USE}/messages/0/role`],
      );
      assert.equal((await check(document)).length, 2);
    });
  });

  describe("on the fixture", () => {
    const request = `${CONVERSE}/requestBody/${JSON_BODY}`;
    /** The fixture with a valid request example, `hello`, and `edits` after it. */
    const withHello = (edits: Readonly<Record<string, unknown>> = {}): JsonObject =>
      editedSpec({
        [`${request}/examples`]: { hello: { summary: "Greet the model", value: { content: { text: "Hello!" } } } },
        ...edits,
      });

    it("accepts a valid example", async () => {
      assert.deepEqual(await check(withHello()), []);
    });

    it("reports an example whose schema does not compile as unchecked, not as valid", async () => {
      const problems = await check(withHello({ "/components/schemas/ImageBlock/properties/bytes/maxLenght": 3 }));
      assert.deepEqual(placed(problems), [["examples/unchecked", `${request}/examples/hello/value`]]);
      assert.match(problems[0]!.message, /cannot be checked: its schema is unusable: AJV .* cannot compile/);
    });

    it("follows a $ref to a component example and blames the component", async () => {
      const document = withHello({
        [`${request}/examples/shared`]: { $ref: "#/components/examples/Shared" },
        "/components/examples": { Shared: { summary: "Shared", value: { content: { text: 7 } } } },
      });
      assert.deepEqual(placed(await check(document)), [
        ["examples/invalid-value", "/components/examples/Shared/value/content/text"],
      ]);
    });

    it("checks a single `example` and response header examples too, a shared header once", async () => {
      const shared = { "X-Count": { $ref: "#/components/headers/Count" } };
      const document = withHello({
        [`${request}/example`]: { content: {} },
        "/components/headers": { Count: { schema: { type: "integer" }, examples: { one: { value: "one" } } } },
        [`${CONVERSE}/responses/200/headers`]: shared,
        [`${CONVERSE}/responses/403/headers`]: shared,
      });
      assert.deepEqual(placed(await check(document)), [
        ["examples/invalid-value", `${request}/example/content`],
        ["examples/invalid-value", "/components/headers/Count/examples/one/value"],
      ]);
    });

    it("reports what it cannot check: no schema, an externalValue, no value, and examples that are not a map", async () => {
      const document = withHello({
        [`${request}/schema`]: undefined,
        [`${request}/examples/remote`]: { externalValue: "https://example.com/hello.json" },
        [`${request}/examples/empty`]: { summary: "Nothing" },
        [`${CONVERSE}/responses/200/${JSON_BODY}/examples`]: [{ value: 1 }],
      });
      assert.deepEqual(placed(await check(document)), [
        ["examples/unchecked", `${request}/examples/hello/value`],
        ["examples/unchecked", `${request}/examples/remote`],
        ["examples/unchecked", `${request}/examples/empty`],
        ["examples/malformed", `${CONVERSE}/responses/200/${JSON_BODY}/examples`],
      ]);
    });

    it("reports, rather than throws, on a document without paths or with junk in them", async () => {
      assert.deepEqual(await check({ openapi: "3.1.0" }), []);
      assert.deepEqual(
        await check({ paths: { "/x": { get: { responses: { "200": { content: { "application/json": 5 } } } } } } }),
        [],
      );
    });
  });
});
