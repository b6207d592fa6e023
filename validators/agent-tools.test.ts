/**
 * Tool definitions from the emitted spec: one per operation; each input schema compiles alone
 * (AJV 2020, strict) and accepts every request example of its operation, put together the way
 * the tool's bindings say; and rejects one broken in a known way.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { specJsonFile } from "../contract-tests/load-recordings.js";
import { buildAgentTools, toMcpToolList, ToolBuildError, type AgentTool } from "./agent-tools.js";
import { isObject, type JsonObject } from "../generator/core/json.js";
import { escapeToken, lookup, resolve } from "../generator/core/pointer.js";

const document = JSON.parse(readFileSync(specJsonFile, "utf8")) as JsonObject;
const tools = buildAgentTools(document);

function compile(tool: AgentTool): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajvFormats.default(ajv);
  ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);
  return ajv.compile(tool.inputSchema);
}

/** The tool inputs of every example of an operation: parameter values and the body, by example name. */
function exampleInputs(tool: AgentTool): Map<string, JsonObject> {
  const opPointer = `/paths/${escapeToken(tool.http.path)}/${tool.http.method.toLowerCase()}`;
  const op = resolve(document, opPointer)!;
  const inputs = new Map<string, JsonObject>();
  const into = (name: string): JsonObject => inputs.get(name) ?? inputs.set(name, {}).get(name)!;
  const params = Array.isArray(op.value["parameters"]) ? op.value["parameters"] : [];
  params.forEach((_, i) => {
    const p = resolve(document, `${opPointer}/parameters/${i}`)!;
    const examples = isObject(p.value["examples"]) ? p.value["examples"] : {};
    for (const [name, example] of Object.entries(examples))
      into(name)[String(p.value["name"])] = (example as JsonObject)["value"];
  });
  const media = tool.http.mediaType;
  const body =
    media === undefined
      ? undefined
      : lookup(document, `${opPointer}/requestBody/content/${escapeToken(media)}/examples`);
  const frames =
    media === undefined
      ? undefined
      : lookup(document, `${opPointer}/requestBody/content/${escapeToken(media)}/x-amazon-eventstream-examples`);
  for (const [name, example] of Object.entries(frames?.found && isObject(frames.value) ? frames.value : {})) {
    const events = (example as JsonObject)["frames"] as { headers: Record<string, string>; payload: unknown }[];
    into(name)["body"] = events.map((f) => ({ [f.headers[":event-type"] ?? ""]: f.payload }));
  }
  for (const [name, example] of Object.entries(body?.found && isObject(body.value) ? body.value : {})) {
    const value = (example as JsonObject)["value"];
    if (Object.values(tool.http.bindings).some((b) => b.in === "bodyMember") && isObject(value))
      Object.assign(into(name), value);
    else into(name)["body"] = value;
  }
  return inputs;
}

describe("agent tools", () => {
  it("makes one tool per operation, named by its operationId, described by its summary and description", () => {
    const operationIds = Object.values(document["paths"] as JsonObject).flatMap((item) =>
      Object.values(item as JsonObject).flatMap((op) =>
        isObject(op) && typeof op["operationId"] === "string" ? [op["operationId"]] : [],
      ),
    );
    assert.deepEqual(tools.map((t) => t.name).sort(), operationIds.sort());
    for (const t of tools) assert.ok(t.description.length > 40, `${t.name} has a real description`);
  });

  it("puts parameters and body members in one object and bundles what they reference", () => {
    const converse = tools.find((t) => t.name === "Converse")!;
    const properties = converse.inputSchema["properties"] as JsonObject;
    assert.ok("modelId" in properties && "messages" in properties && "toolConfig" in properties);
    assert.deepEqual(converse.http.bindings["modelId"], { in: "path", name: "modelId" });
    assert.deepEqual(converse.http.bindings["messages"], { in: "bodyMember", name: "messages" });
    assert.ok(isObject(converse.inputSchema["$defs"]) && "Message" in converse.inputSchema["$defs"]);
    assert.ok(!JSON.stringify(converse.inputSchema).includes("#/components/"), "no ref leaves the tool's schema");
    const invoke = tools.find((t) => t.name === "InvokeModel")!;
    assert.equal(invoke.http.bindings["body"]?.in, "body");
  });

  it("gives each tool an input schema that compiles and accepts every request example of its operation", () => {
    let checked = 0;
    for (const tool of tools) {
      const validate = compile(tool);
      for (const [name, input] of exampleInputs(tool)) {
        assert.ok(validate(input), `${tool.name} example ${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        checked++;
      }
    }
    assert.ok(checked >= tools.length, `every operation contributes examples (${checked} checked)`);
  });

  it("rejects broken inputs: a required member missing, a wrong type, an unknown member", () => {
    const converse = tools.find((t) => t.name === "Converse")!;
    const validate = compile(converse);
    const [, good] = [...exampleInputs(converse)][0]!;
    assert.ok(validate(good));
    const { modelId: _dropped, ...noModel } = good;
    assert.equal(validate(noModel), false);
    assert.equal(validate({ ...good, messages: "hello" }), false);
    assert.equal(validate({ ...good, temperature: 0.5 }), false);
  });

  it("shapes the MCP tools/list result and refuses an operation it cannot name", () => {
    const list = toMcpToolList(tools);
    assert.equal(list.tools.length, tools.length);
    assert.deepEqual(Object.keys(list.tools[0]!).sort(), ["annotations", "description", "inputSchema", "name"]);
    assert.equal(list.tools.find((t) => t.name === "GetAsyncInvoke")?.annotations.readOnlyHint, true);
    const broken = structuredClone(document);
    const op = (broken["paths"] as Record<string, Record<string, JsonObject>>)["/model/{modelId}/converse"]!["post"]!;
    op["operationId"] = "Converse now!";
    assert.throws(
      () => buildAgentTools(broken),
      (e: unknown) => e instanceof ToolBuildError && e.pointer.endsWith("converse/post"),
    );
  });
});
