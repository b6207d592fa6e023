import assert from "node:assert/strict";
import type { JsonValue } from "../../shapes.js";
import type { JsonSchema, ModelFamily } from "./family.js";
import {
  allComponents,
  allFamilies,
  compileComponents,
  familiesByProvider,
  familyFor,
} from "./family-support.test-helper.js";
import { familySamples, foreignModelIds, type FamilySample } from "./family-samples.test-helper.js";
import { modelIdPattern } from "./schema-kit.js";

const PREFIXES: Readonly<Record<string, string>> = {
  cohere: "Cohere",
  meta: "Meta",
  mistral: "Mistral",
  ai21: "AI21",
  openai: "OpenAI",
  deepseek: "DeepSeek",
  qwen: "Qwen",
};

/**
 * JSON pointers of schema nodes that lack a description. A bare `$ref` inherits its target's, except as a
 * property: there it must say what the member is for (as the spec linter asks).
 */
function undescribed(schema: JsonValue, at: string, isProperty = false): string[] {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return [];
  const node = schema as { readonly [k: string]: JsonValue };
  const keys = Object.keys(node);
  const bareRef = keys.length === 1 && keys[0] === "$ref";
  const own = (bareRef && !isProperty) || typeof node.description === "string" ? [] : [at];
  const children: [string, JsonValue, boolean][] = [];
  for (const key of ["items", "additionalProperties", "not"])
    if (node[key] !== undefined) children.push([`${at}/${key}`, node[key]!, false]);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((s, i) => children.push([`${at}/${key}/${i}`, s, false]));
  }
  const props = node.properties;
  if (props && typeof props === "object" && !Array.isArray(props)) {
    for (const [name, s] of Object.entries(props)) children.push([`${at}/properties/${name}`, s, true]);
  }
  return [...own, ...children.flatMap(([p, s, prop]) => undescribed(s, p, prop))];
}

function without(body: { readonly [k: string]: JsonValue }, member: string): { [k: string]: JsonValue } {
  const copy = { ...body };
  delete copy[member];
  return copy;
}

const validator = compileComponents(allComponents());

describe("provider families: definitions", () => {
  it("have unique kebab-case ids, and name request, response and chunk schemas they define", () => {
    const ids = allFamilies.map((f) => f.family);
    assert.equal(new Set(ids).size, ids.length);
    for (const f of allFamilies) {
      assert.match(f.family, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const name of [f.request, f.response, f.streamChunk]) {
        if (name !== undefined) assert.ok(name in f.schemas, `${f.family}: ${name} is not among its schemas`);
      }
      assert.equal(
        f.response !== undefined,
        f.operations.includes("InvokeModel"),
        `${f.family}: response vs operations`,
      );
      assert.equal(
        f.streamChunk !== undefined,
        f.operations.includes("InvokeModelWithResponseStream"),
        `${f.family}: streamChunk vs operations`,
      );
    }
  });

  it("prefix every component with the provider's name and never define one twice", () => {
    for (const [provider, families] of Object.entries(familiesByProvider)) {
      for (const f of families) {
        for (const name of Object.keys(f.schemas))
          assert.ok(name.startsWith(PREFIXES[provider]!), `${name} (${provider})`);
      }
    }
    assert.doesNotThrow(() => allComponents());
    const [first] = allFamilies;
    assert.throws(() => allComponents([first!, { ...first!, family: "copy" }]), /defined twice/);
  });

  it("compile, every component, under AJV 2020 strict mode", () => {
    for (const name of Object.keys(allComponents())) assert.doesNotThrow(() => validator(name), name);
  });

  it("strict compilation refuses a keyword JSON Schema does not know", () => {
    assert.throws(
      () => compileComponents({ BadX: { type: "string", description: "x", maxLenght: 3 } })("BadX"),
      /strict mode/,
    );
  });

  it("describe every schema and property", () => {
    for (const [name, schema] of Object.entries(allComponents())) assert.deepEqual(undescribed(schema, name), []);
    const broken: JsonSchema = { type: "object", description: "ok", properties: { a: { type: "string" } } };
    assert.deepEqual(undescribed(broken, "Broken"), ["Broken/properties/a"]);
    const bareRefProperty: JsonSchema = {
      type: "object",
      description: "ok",
      properties: { b: { $ref: "#/components/schemas/X" } },
    };
    assert.deepEqual(undescribed(bareRefProperty, "BareRef"), ["BareRef/properties/b"]);
  });

  it("say in the description whether the request is closed or open, matching the schema", () => {
    for (const f of allFamilies) {
      const closed = f.schemas[f.request]?.additionalProperties === false;
      assert.match(f.description, closed ? /schema is closed/ : /schema is open/, f.family);
    }
  });
});

function checkBodies(family: ModelFamily, sample: FamilySample): void {
  const request = validator(family.request);
  assert.ok(request(sample.request), `${family.family} sample request: ${JSON.stringify(request.errors)}`);
  assert.equal(request(without(sample.request, sample.requestRequired)), false, "missing required member accepted");
  const [wrongKey, wrongValue] = sample.requestWrongType;
  assert.equal(request({ ...sample.request, [wrongKey]: wrongValue }), false, `wrong type of ${wrongKey} accepted`);
  const closed = family.schemas[family.request]?.additionalProperties === false;
  assert.equal(
    request({ ...sample.request, notAField: 1 }),
    !closed,
    closed ? "unknown field accepted" : "open request refused",
  );

  const parts = [
    [family.response, sample.response, sample.responseRequired, sample.responseWrongType],
    [family.streamChunk, sample.chunk, sample.chunkRequired, sample.chunkWrongType],
  ] as const;
  for (const [name, body, required, wrong] of parts) {
    if (name === undefined) continue;
    assert.ok(body && required && wrong, `${family.family}: sample for ${name} missing`);
    const run = validator(name);
    assert.ok(run(body), `${name} sample: ${JSON.stringify(run.errors)}`);
    assert.equal(run(without(body, required)), false, `${name}: missing ${required} accepted`);
    assert.equal(run({ ...body, [wrong[0]]: wrong[1] }), false, `${name}: wrong ${wrong[0]} accepted`);
    assert.ok(run({ ...body, extraFromService: true }), `${name} must stay open to extra members`);
  }
}

describe("provider families: bodies", () => {
  it("has a sample for every family", () => {
    assert.deepEqual(Object.keys(familySamples).sort(), allFamilies.map((f) => f.family).sort());
  });
  for (const family of allFamilies) {
    it(`${family.family}: accepts its sample, rejects a missing member, a wrong type and (if closed) an unknown field`, () => {
      checkBodies(family, familySamples[family.family]!);
    });
  }
});

const forms = (id: string): string[] => [
  id,
  `us.${id}`,
  `eu.${id}`,
  `apac.${id}`,
  `global.${id}`,
  `us-gov.${id}`,
  `jp.${id}`,
  `au.${id}`,
  `arn:aws:bedrock:us-east-1::foundation-model/${id}`,
  `arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.${id}`,
];

describe("provider families: model id patterns", () => {
  it("are valid `u`-flag regexes anchored at a start, dot or slash", () => {
    for (const f of allFamilies) {
      for (const p of f.modelIdPatterns) {
        assert.doesNotThrow(() => new RegExp(p, "u"));
        assert.ok(p.startsWith("(^|[./])"), `${f.family}: ${p}`);
      }
    }
  });

  for (const family of allFamilies) {
    it(`${family.family}: claims its ids in every form, first among the families, and no one else's`, () => {
      for (const id of familySamples[family.family]!.ids) {
        for (const form of forms(id)) assert.equal(familyFor(form)?.family, family.family, form);
      }
      const others = [
        ...foreignModelIds,
        ...Object.entries(familySamples).flatMap(([name, s]) => (name === family.family ? [] : s.ids)),
      ];
      const own = [family];
      for (const id of others) for (const form of forms(id)) assert.equal(familyFor(form, own), undefined, form);
    });
  }

  it("an anchored pattern refuses a look-alike that an unanchored one would take", () => {
    const anchored = new RegExp(modelIdPattern("cohere", "command-r"), "u");
    assert.equal(anchored.test("notcohere.command-r-v1:0"), false);
    assert.equal(new RegExp("cohere\\.command-r", "u").test("notcohere.command-r-v1:0"), true);
  });
});
