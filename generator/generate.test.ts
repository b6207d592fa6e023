import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkDefinitions } from "./check-definitions.js";
import { bedrockRuntime } from "./definitions/index.js";
import { ProblemsError, type DiagnosticCode } from "./core/diagnostics.js";
import {
  generateDocument,
  HTML_FILE,
  serializeSpec,
  specIsCurrent,
  SPEC_3_0_BASENAME,
  SPEC_BASENAME,
  TYPES_FILE,
  writeSpec,
} from "./generate.js";
import { ARAZZO_FILE } from "./emit/arazzo.js";
import type { Operation, ServiceDefinition } from "./operations.js";
import { enumeration, error, label, member, payload, prelude, string, structure, union, type Shape } from "./shapes.js";
import { repoRoot } from "./core/paths.js";
import { MANIFEST_FILE } from "./artifact-manifest.js";

const errorShape = error({
  name: "Oops",
  description: "Failure.",
  error: { fault: "server", status: 500 },
  members: {},
});
const outputShape = structure({ name: "Out", description: "Output.", members: {} });

function operationWith(input: Operation["input"], overrides: Partial<Operation> = {}): Operation {
  return {
    name: "Do",
    method: "POST",
    uri: "/do/{id}",
    status: 200,
    input,
    output: outputShape,
    errors: [errorShape],
    iamAction: "svc:Do",
    tags: ["T"],
    summary: "Do it",
    description: "Does it.",
    ...overrides,
  };
}

function serviceWith(input: Operation["input"], overrides: Partial<Operation> = {}): ServiceDefinition {
  return serviceOf(operationWith(input, overrides));
}

function serviceOf(...operations: Operation[]): ServiceDefinition {
  return { ...bedrockRuntime, operations };
}

const idMember = member(prelude.String, { description: "Id.", required: true, binding: label() });
const SPEC_FILES = [
  `${SPEC_BASENAME}.json`,
  `${SPEC_BASENAME}.yaml`,
  `${SPEC_3_0_BASENAME}.json`,
  `${SPEC_3_0_BASENAME}.yaml`,
  TYPES_FILE,
  HTML_FILE,
  ARAZZO_FILE,
];
const codes = (service: ServiceDefinition): DiagnosticCode[] =>
  checkDefinitions(service, new Map<Shape, string>()).map((p) => p.code);

describe("generator", () => {
  it("the real definitions pass their checks", () => {
    assert.deepEqual(checkDefinitions(bedrockRuntime, new Map()), []);
  });

  it("two generations are byte-identical", async () => {
    const first = await serializeSpec(generateDocument(), { reuse: false });
    const second = await serializeSpec(generateDocument(), { reuse: false });
    assert.deepEqual([...first.keys()], SPEC_FILES);
    assert.deepEqual(first, second);
  });

  it("the committed spec/ equals a fresh generation", async () => {
    for (const [name, text] of await serializeSpec(generateDocument())) {
      const committed = await readFile(resolve(repoRoot, "spec", name), "utf8");
      assert.ok(committed === text, `spec/${name} is stale: run 'npm run generate' and commit the result`);
    }
  });

  it("YAML and JSON describe the same document", async () => {
    const files = await serializeSpec(generateDocument());
    const { parse } = await import("yaml");
    for (const name of [SPEC_BASENAME, SPEC_3_0_BASENAME]) {
      const json: unknown = JSON.parse(files.get(`${name}.json`)!);
      assert.deepEqual(parse(files.get(`${name}.yaml`)!), json);
      // Read as YAML 1.1 too: unquoted dates (info.version, date-time examples) would become Date objects.
      assert.deepEqual(parse(files.get(`${name}.yaml`)!, { version: "1.1" }), json);
    }
  });

  describe("rejects broken definitions", () => {
    it("an empty description, naming the member", () => {
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, note: member(prelude.String, { description: " " }) },
      });
      const problems = checkDefinitions(
        serviceWith(input),
        new Map<Shape, string>([[input, "generator/definitions/x.ts"]]),
      );
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.code, "definition/missing-description");
      assert.equal(problems[0]!.file, "generator/definitions/x.ts");
      assert.equal(problems[0]!.pointer, "In.note");
    });

    it("an invalid regular expression", () => {
      const bad = string({ name: "Bad", description: "Bad.", pattern: "^[a-" });
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, v: member(bad, { description: "V." }) },
      });
      assert.deepEqual(codes(serviceWith(input)), ["definition/invalid-pattern"]);
    });

    it("min above max", () => {
      const bad = string({ name: "Bad", description: "Bad.", length: { min: 5, max: 1 } });
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, v: member(bad, { description: "V." }) },
      });
      assert.deepEqual(codes(serviceWith(input)), ["definition/invalid-constraint"]);
    });

    it("two shapes with one name", () => {
      const a = string({ name: "Twin", description: "A." });
      const b = string({ name: "Twin", description: "B." });
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, a: member(a, { description: "A." }), b: member(b, { description: "B." }) },
      });
      assert.deepEqual(codes(serviceWith(input)), ["definition/duplicate-shape-name"]);
    });

    it("a URI label without a member, and a label member that is optional", () => {
      const input = structure({
        name: "In",
        description: "In.",
        members: { other: member(prelude.String, { description: "O.", binding: label() }) },
      });
      assert.deepEqual(codes(serviceWith(input)).sort(), [
        "definition/invalid-uri-label",
        "definition/label-not-required",
        "definition/unbound-label-member",
      ]);
    });

    it("duplicate enum values and empty enums", () => {
      const dup = enumeration({ name: "Dup", description: "D.", values: { A: "a", B: "a" } });
      const empty = enumeration({ name: "None", description: "N.", values: {} });
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, d: member(dup, { description: "D." }), e: member(empty, { description: "E." }) },
      });
      assert.deepEqual(codes(serviceWith(input)).sort(), ["definition/duplicate-enum-value", "definition/empty-enum"]);
    });

    it("a required union member and an event stream member that is not a structure", () => {
      const u = union({
        name: "U",
        description: "U.",
        streaming: true,
        members: { x: member(prelude.String, { description: "X.", required: true }) },
      });
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, u: member(u, { description: "U." }) },
      });
      assert.deepEqual(codes(serviceWith(input)).sort(), [
        "definition/event-stream-member",
        "definition/union-member-required",
      ]);
    });

    it("two members bound to the payload", () => {
      const input = structure({
        name: "In",
        description: "In.",
        members: {
          id: idMember,
          a: member(prelude.Blob, { description: "A.", binding: payload() }),
          b: member(prelude.Blob, { description: "B.", binding: payload() }),
        },
      });
      assert.deepEqual(codes(serviceWith(input)), ["definition/several-payloads"]);
    });

    it("a body member beside a payload member, naming the member", () => {
      const input = structure({
        name: "In",
        description: "In.",
        members: {
          id: idMember,
          body: member(prelude.Blob, { description: "Body.", binding: payload() }),
          note: member(prelude.String, { description: "Note." }),
        },
      });
      const problems = checkDefinitions(
        serviceWith(input),
        new Map<Shape, string>([[input, "generator/definitions/x.ts"]]),
      );
      assert.deepEqual(
        problems.map((p) => [p.code, p.file, p.pointer]),
        [["definition/payload-with-body-members", "generator/definitions/x.ts", "In.note"]],
      );
    });

    it("a union without members", () => {
      const empty = union({ name: "Nothing", description: "N.", members: {} });
      const input = structure({
        name: "In",
        description: "In.",
        members: { id: idMember, n: member(empty, { description: "N." }) },
      });
      assert.deepEqual(codes(serviceWith(input)), ["definition/empty-union"]);
    });

    it("an error whose status is not 4xx or 5xx, naming the error", () => {
      const input = structure({ name: "In", description: "In.", members: { id: idMember } });
      const bad = error({
        name: "Fine",
        description: "Not a failure.",
        error: { fault: "client", status: 200 },
        members: {},
      });
      const problems = checkDefinitions(
        serviceWith(input, { errors: [errorShape, bad] }),
        new Map<Shape, string>([[bad, "generator/definitions/errors.ts"]]),
      );
      assert.deepEqual(
        problems.map((p) => [p.code, p.file, p.pointer]),
        [["definition/error-without-status", "generator/definitions/errors.ts", "Fine"]],
      );
    });

    it("one operation name used twice, naming the operation", () => {
      const input = structure({ name: "In", description: "In.", members: { id: idMember } });
      const problems = checkDefinitions(
        serviceOf(operationWith(input), operationWith(input, { uri: "/again/{id}" })),
        new Map<Shape, string>([[input, "generator/definitions/do.ts"]]),
      );
      assert.deepEqual(
        problems.map((p) => [p.code, p.file, p.pointer]),
        [["definition/duplicate-operation", "generator/definitions/do.ts", "operation Do"]],
      );
    });

    it("two operations on one route, whatever their labels are called", () => {
      const input = structure({ name: "In", description: "In.", members: { id: idMember } });
      const other = structure({
        name: "OtherIn",
        description: "Other.",
        members: { key: member(prelude.String, { description: "Key.", required: true, binding: label() }) },
      });
      const problems = checkDefinitions(
        serviceOf(operationWith(input), operationWith(other, { name: "DoOther", uri: "/do/{key}" })),
        new Map<Shape, string>(),
      );
      assert.deepEqual(
        problems.map((p) => [p.code, p.pointer]),
        [["definition/duplicate-route", "operation DoOther"]],
      );
      assert.match(problems[0]!.message, /operations Do and DoOther both claim POST \/do\/\{\}/);
      assert.deepEqual(
        codes(
          serviceOf(operationWith(input), operationWith(other, { name: "DoOther", method: "PUT", uri: "/do/{key}" })),
        ),
        [],
      );
    });

    it("a missing operation summary", () => {
      const input = structure({ name: "In", description: "In.", members: { id: idMember } });
      assert.deepEqual(codes(serviceWith(input, { summary: "" })), ["definition/missing-description"]);
    });

    it("generateDocument throws every problem at once", () => {
      const input = structure({ name: "In", description: "", members: { id: idMember } });
      assert.throws(
        () => generateDocument(serviceWith(input, { summary: "" }), new Map()),
        (e: unknown) => e instanceof ProblemsError && e.problems.length === 2,
      );
    });
  });

  describe("writing", () => {
    it("writes every spec file and its manifest, and leaves no temporary file", async () => {
      const dir = await mkdtemp(join(tmpdir(), "spec-"));
      await writeSpec(generateDocument(), dir);
      assert.deepEqual((await readdir(dir)).sort(), [...SPEC_FILES, MANIFEST_FILE].sort());
    });

    describe("skipping a folder that is current", () => {
      let dir: string;
      before(async () => {
        dir = await mkdtemp(join(tmpdir(), "spec-"));
        await writeSpec(generateDocument(), dir);
      });

      it("writes nothing when the inputs and the files are unchanged", async () => {
        assert.deepEqual(await writeSpec(generateDocument(), dir), []);
        assert.equal(await specIsCurrent(generateDocument(), dir), true);
      });

      it("writes everything again when a file was edited, and restores it", async () => {
        const types = join(dir, TYPES_FILE);
        const original = await readFile(types, "utf8");
        await writeFile(types, `${original}// edited\n`);
        assert.equal(await specIsCurrent(generateDocument(), dir), false);
        assert.equal((await writeSpec(generateDocument(), dir)).length, SPEC_FILES.length);
        assert.equal(await readFile(types, "utf8"), original);
      });

      it("writes everything again when a file is missing or the manifest is not ours", async () => {
        await rm(join(dir, HTML_FILE));
        assert.equal(await specIsCurrent(generateDocument(), dir), false);
        await writeSpec(generateDocument(), dir);
        await writeFile(join(dir, MANIFEST_FILE), "{}");
        assert.equal(await specIsCurrent(generateDocument(), dir), false);
        assert.equal((await writeSpec(generateDocument(), dir)).length, SPEC_FILES.length);
      });

      it("is not current for another document", async () => {
        const other = { ...generateDocument(), info: { ...generateDocument().info, version: "0.0.0-other" } };
        assert.equal(await specIsCurrent(other, dir), false);
      });
    });

    it("a failed write reports the place and changes nothing", async () => {
      const dir = await mkdtemp(join(tmpdir(), "spec-"));
      const blocker = join(dir, "spec");
      await writeFile(blocker, "not a folder");
      await assert.rejects(
        writeSpec(generateDocument(), blocker),
        (e: unknown) => e instanceof ProblemsError && e.problems[0]!.code === "io/write-failed",
      );
      assert.equal(await readFile(blocker, "utf8"), "not a folder");
      assert.deepEqual(await readdir(dir), ["spec"]);
    });
  });
});
