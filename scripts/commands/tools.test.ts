import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli.js";
import { UsageError, type CommandIO } from "../command.js";
import { specJsonPath } from "../../generator/core/paths.js";
import { toolsCommand } from "./tools.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await toolsCommand.run(argv, io);
  return { code, out, err };
}

describe("bedrock-openapi tools", () => {
  const dir = mkdtempSync(join(tmpdir(), "tools-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints an MCP tools/list result by default, and a bindings list with --format json", async () => {
    const mcp = await run();
    assert.equal(mcp.code, 0);
    const list = JSON.parse(mcp.out) as { tools: { name: string; inputSchema: { type: string } }[] };
    assert.ok(list.tools.some((t) => t.name === "ConverseStream" && t.inputSchema.type === "object"));
    const out = join(dir, "tools.json");
    assert.equal((await run("--format", "json", "--out", out)).code, 0);
    const tools = JSON.parse(readFileSync(out, "utf8")) as { name: string; http: { path: string } }[];
    assert.equal(tools.find((t) => t.name === "Converse")?.http.path, "/model/{modelId}/converse");
  });

  it("exits 2 on a bad format or a spec it cannot read, and 1 on a spec it cannot use, naming the file", async () => {
    await assert.rejects(
      run("--format", "yaml"),
      (e: unknown) => e instanceof UsageError && /mcp or json/.test(e.message),
    );
    assert.equal(await main(["tools", "--format", "yaml"], { out: () => undefined, err: () => undefined }), 2);
    const missing = await run("--spec", join(dir, "nope.json"));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json/);
    const doc = JSON.parse(readFileSync(specJsonPath, "utf8")) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    delete doc.paths["/async-invoke"]!["post"]!.operationId;
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify(doc));
    const result = await run("--spec", broken);
    assert.equal(result.code, 1);
    assert.match(result.err, /broken\.json.*async-invoke.*tools\/unbuildable|broken\.json[\s\S]*operationId/);
  });
});
