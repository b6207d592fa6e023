import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SPEC_3_0_BASENAME } from "../generator/generate.js";
import { specDir } from "../generator/core/paths.js";
import { checkDownlevel, checkDownlevelFile } from "./downlevel.js";

const committed = resolve(specDir, `${SPEC_3_0_BASENAME}.json`);

describe("validators: the OpenAPI 3.0 downlevel", () => {
  it("the committed downlevel passes swagger-parser as 3.0", async () => {
    assert.deepEqual(await checkDownlevelFile(committed, true), []);
  });

  it("a 3.1 keyword left in it is reported with its place", async () => {
    const doc = JSON.parse(await readFile(committed, "utf8")) as {
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    doc.components.schemas["StopReason"]!["const"] = "end_turn";
    const problems = await checkDownlevel(doc, "x.json");
    assert.ok(problems.length > 0);
    assert.ok(
      problems.some(
        (p) =>
          p.code === "structure/invalid" &&
          p.pointer === "/components/schemas/StopReason" &&
          p.message.includes('"const"'),
      ),
      JSON.stringify(problems),
    );
  });

  it("a document that says 3.1 is refused before swagger-parser could validate it as 3.1", async () => {
    const problems = await checkDownlevel(
      { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {} },
      "x.json",
    );
    assert.deepEqual(
      problems.map((p) => [p.code, p.pointer]),
      [["artifact/downlevel-invalid", "/openapi"]],
    );
  });

  it("a missing downlevel is a problem only where one is required", async () => {
    const missing = join(await mkdtemp(join(tmpdir(), "downlevel-")), `${SPEC_3_0_BASENAME}.json`);
    assert.deepEqual(await checkDownlevelFile(missing, false), []);
    assert.deepEqual(
      (await checkDownlevelFile(missing, true)).map((p) => p.code),
      ["io/read-failed"],
    );
    await writeFile(missing, "{ not json");
    assert.deepEqual(
      (await checkDownlevelFile(missing, false)).map((p) => p.code),
      ["io/parse-failed"],
    );
  });
});
