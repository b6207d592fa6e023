import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkDefinitionSources } from "./check-definition-sources.js";

// dist/generator/ → the TypeScript sources of the definitions.
const definitions = fileURLToPath(new URL("../../generator/definitions/", import.meta.url));

describe("checkDefinitionSources: the definition files themselves", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "definition-sources-"));
    cpSync(definitions, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("the repository's definitions pass: every const matches its shape name, every file is registered", () => {
    assert.deepEqual(checkDefinitionSources(definitions, "generator/definitions"), []);
  });

  it("reports a shape whose const name and name: disagree, at the file and constant", () => {
    const file = join(dir, "tokens.ts");
    const text = readFileSync(file, "utf8");
    const edited = text.replace(
      'export const ConverseTokensRequest = structure({\n  name: "ConverseTokensRequest"',
      'export const ConverseTokensRequest = structure({\n  name: "ConverseTokenRequest"',
    );
    assert.notEqual(edited, text);
    writeFileSync(file, edited);
    const problems = checkDefinitionSources(dir, "generator/definitions");
    assert.deepEqual(
      problems.map((p) => [p.code, p.file, p.pointer]),
      [["definition/name-mismatch", "generator/definitions/tokens.ts", "ConverseTokensRequest"]],
    );
    assert.match(problems[0]!.message, /const ConverseTokensRequest declares a shape named "ConverseTokenRequest"/);
  });

  it("reports a planted definitions file that nothing imports from index.ts", () => {
    writeFileSync(
      join(dir, "forgotten.ts"),
      'import { prelude, structure } from "../shapes.js";\nexport const Forgotten = structure({ name: "Forgotten", description: "d", members: {} });\n',
    );
    const problems = checkDefinitionSources(dir, "generator/definitions");
    assert.deepEqual(
      problems.map((p) => [p.code, p.file]),
      [["definition/unregistered-file", "generator/definitions/forgotten.ts"]],
    );
  });

  it("a file imported only by another definitions file counts as registered; an unregistered importer does not", () => {
    writeFileSync(join(dir, "extra.ts"), 'export const note = "reached through tokens.ts";\n');
    const tokens = join(dir, "tokens.ts");
    writeFileSync(tokens, `import { note } from "./extra.js";\nvoid note;\n${readFileSync(tokens, "utf8")}`);
    assert.deepEqual(checkDefinitionSources(dir), []);
    writeFileSync(join(dir, "extra2.ts"), 'export const other = "reached only through orphan.ts";\n');
    writeFileSync(join(dir, "orphan.ts"), 'import { other } from "./extra2.js";\nexport const again = other;\n');
    assert.deepEqual(
      checkDefinitionSources(dir).map((p) => p.file?.replace(dir, "")),
      ["/extra2.ts", "/orphan.ts"],
    );
  });
});
