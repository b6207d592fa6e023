import assert from "node:assert/strict";
import { bedrockRuntime } from "../definitions/index.js";
import { operation, type Operation, type ServiceDefinition } from "../operations.js";
import { error, header, label, member, payload, prelude, query, structure, union } from "../shapes.js";
import { emitDocument } from "./document.js";
import { generateDocument } from "../generate.js";

const Oops = error({
  name: "Oops",
  description: "Bad input.",
  error: { fault: "client", status: 400 },
  members: { message: member(prelude.String, { description: "Why." }) },
});

const Ask = operation({
  name: "Ask",
  method: "POST",
  uri: "/ask/{id}",
  status: 200,
  input: structure({
    name: "AskRequest",
    description: "In.",
    members: {
      id: member(prelude.String, { description: "Id.", required: true, binding: label() }),
      mode: member(prelude.String, { description: "Mode.", binding: query("mode") }),
      trace: member(prelude.String, { description: "Trace.", binding: header("X-Trace") }),
      question: member(prelude.String, { description: "Q.", required: true }),
    },
  }),
  output: structure({
    name: "AskResponse",
    description: "Out.",
    members: { answer: member(prelude.String, { description: "A." }) },
  }),
  errors: [Oops],
  iamAction: "svc:Ask",
  tags: ["T"],
  summary: "Ask",
  description: "Asks.",
  examples: [
    {
      name: "second",
      summary: "Listed first, so shown first",
      description: "About the whole call.",
      parameters: { id: "b", trace: "on" },
      request: { body: { question: "Why?" } },
      response: { status: 200, body: { answer: "Because." } },
    },
    {
      name: "first",
      summary: "A bad question",
      parameters: { id: "a", mode: "strict" },
      request: { body: { question: "" } },
      response: { status: 400, body: { message: "Empty question." } },
    },
  ],
});

const Events = union({
  name: "Events",
  description: "Events.",
  streaming: true,
  members: {
    delta: member(
      structure({ name: "Delta", description: "D.", members: { text: member(prelude.String, { description: "T." }) } }),
      { description: "D." },
    ),
    oops: member(Oops, { description: "Failure." }),
  },
});

const Watch = operation({
  name: "Watch",
  method: "POST",
  uri: "/watch/{id}",
  status: 200,
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
  errors: [Oops],
  iamAction: "svc:Watch",
  tags: ["T"],
  summary: "Watch",
  description: "Watches.",
  examples: [
    {
      name: "cutShort",
      summary: "Two frames",
      parameters: { id: "w" },
      response: {
        status: 200,
        frames: [
          { event: "delta", payload: { text: "Hel" } },
          { event: "oops", payload: { message: "Gone." } },
        ],
      },
    },
  ],
});

// The parameters of an example are typed by the input's member names: a body member or a
// misspelt name does not compile (tsc fails on an unused @ts-expect-error if that stops).
operation({
  ...Ask,
  // @ts-expect-error `question` travels in the body, not as a parameter
  examples: [{ name: "x", summary: "x", parameters: { question: "Why?" } }],
});

const service: ServiceDefinition = { ...bedrockRuntime, operations: [Ask, Watch] as readonly Operation[] };

// The test walks the emitted JSON by known paths; typing each step would only restate them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Json = Record<string, any>;
const emitted = (): Json => JSON.parse(JSON.stringify(emitDocument(service))) as Json;

describe("operation examples → OpenAPI", () => {
  const doc = emitted();
  const ask = doc["paths"]["/ask/{id}"]["post"];
  const watch = doc["paths"]["/watch/{id}"]["post"];

  it("puts parameter values under their wire names, keyed by example name, summary only", () => {
    const byName = Object.fromEntries(ask.parameters.map((p: Json) => [p["name"], p["examples"]]));
    assert.deepEqual(byName, {
      id: {
        second: { summary: "Listed first, so shown first", value: "b" },
        first: { summary: "A bad question", value: "a" },
      },
      mode: { first: { summary: "A bad question", value: "strict" } },
      "X-Trace": { second: { summary: "Listed first, so shown first", value: "on" } },
    });
  });

  it("puts JSON bodies on the request and on the response of the example's status, in definition order", () => {
    const request = ask.requestBody.content["application/json"].examples;
    assert.deepEqual(Object.keys(request), ["second", "first"]);
    assert.deepEqual(request.second, {
      summary: "Listed first, so shown first",
      description: "About the whole call.",
      value: { question: "Why?" },
    });
    assert.deepEqual(ask.responses["200"].content["application/json"].examples, {
      second: {
        summary: "Listed first, so shown first",
        description: "About the whole call.",
        value: { answer: "Because." },
      },
    });
    assert.deepEqual(ask.responses["400"].content["application/json"].examples, {
      first: { summary: "A bad question", value: { message: "Empty question." } },
    });
  });

  it("frames event-stream examples in an x- extension, with the headers each member travels with, not in `examples`", () => {
    const media = watch.responses["200"].content["application/vnd.amazon.eventstream"];
    assert.equal(media.examples, undefined);
    assert.deepEqual(media["x-amazon-eventstream-examples"], {
      cutShort: {
        summary: "Two frames",
        frames: [
          {
            headers: { ":message-type": "event", ":event-type": "delta", ":content-type": "application/json" },
            payload: { text: "Hel" },
          },
          {
            headers: { ":message-type": "exception", ":exception-type": "oops", ":content-type": "application/json" },
            payload: { message: "Gone." },
          },
        ],
      },
    });
    // The same headers the union's own frames extension declares.
    const declared = doc["components"]["schemas"]["Events"]["x-amazon-eventstream"]["frames"];
    assert.deepEqual(
      media["x-amazon-eventstream-examples"].cutShort.frames.map((f: Json) => f["headers"]),
      [declared.delta, declared.oops],
    );
  });

  it("adds nothing where no example gives a value", () => {
    assert.equal(watch.responses["400"].content["application/json"].examples, undefined);
    assert.ok(!("examples" in ask.responses["200"].headers));
    const plain = emitDocument({ ...service, operations: [{ ...Ask, examples: undefined }] as readonly Operation[] });
    assert.ok(!JSON.stringify(plain).includes('"examples"'));
  });

  it("is deterministic: two emissions are identical, text included", () => {
    assert.equal(JSON.stringify(emitDocument(service)), JSON.stringify(emitDocument(service)));
  });

  it("gives every operation of the real spec at least one example", () => {
    const real = JSON.stringify(generateDocument());
    const paths = JSON.parse(real)["paths"] as Json;
    const withoutExamples = Object.values(paths)
      .flatMap((item: Json) => (Object.values(item) as Json[]).filter((v) => typeof v === "object"))
      .filter((op) => !/"(examples|x-amazon-eventstream-examples)"/.test(JSON.stringify(op)))
      .map((op) => op["operationId"]);
    assert.deepEqual(withoutExamples, []);
  });
});
