import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// dist/generator/ → the repository root, where the TypeScript sources are.
const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = `${root}generator/dsl-typos/typos.ts`;

/** Compiles the fixture as the build does, with `source` in place of the file's text. */
function diagnosticsOf(source: string): readonly ts.Diagnostic[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  assert.ok(config);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === fixture ? source : readFile(file));
  const program = ts.createProgram([fixture], { ...config.options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(fixture));
}

describe("the shape DSL rejects misspelt options at compile time", () => {
  const text = readFileSync(fixture, "utf8");
  const expectations = [...text.matchAll(/\/\/ @ts-expect-error `(\w+)`/g)].map((m) => ({
    key: m[1]!,
    offset: m.index,
  }));

  it("the fixture compiles with every @ts-expect-error directive used", () => {
    assert.ok(expectations.length >= 10);
    assert.deepEqual(
      diagnosticsOf(text).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
      [],
    );
  });

  it("without the directives, each marked line fails on its misspelt key", () => {
    const stripped = text.replace(/\/\/ @ts-expect-error /g, "// expected error: ");
    const diagnostics = diagnosticsOf(stripped).filter((d) => d.start !== undefined);
    const lines = stripped.split("\n");
    const lineOf = (offset: number) => stripped.slice(0, offset).split("\n").length - 1;
    for (const { key, offset } of expectations) {
      const line = lineOf(offset) + 1; // the directive covers the next line
      const onLine = diagnostics.filter((d) => lineOf(d.start!) === line);
      assert.equal(onLine.length, 1, `line ${line + 1}: ${lines[line]}`);
      const at = stripped.slice(onLine[0]!.start!, onLine[0]!.start! + onLine[0]!.length!);
      assert.equal(at, key, `line ${line + 1} fails at "${at}", not at the typo "${key}"`);
    }
    assert.equal(diagnostics.length, expectations.length);
  });
});
