import assert from "node:assert/strict";
import { resolve } from "node:path";
import type { OpenAPIV3_1 } from "openapi-types";
import ts from "typescript";
import { repoRoot } from "../core/paths.js";
import { emitTypeScript } from "./typescript-types.js";

const fixtureDir = resolve(repoRoot, "generator/codegen-fixture");

/** One TypeScript program over the fixture, with the fixture's own tsconfig (strict, noEmit, lib checking on). */
function compileFixture(): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const read = ts.readConfigFile(resolve(fixtureDir, "tsconfig.json"), ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, fixtureDir);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return { program, diagnostics: [...parsed.errors, ...ts.getPreEmitDiagnostics(program)] };
}

const host: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => repoRoot,
  getNewLine: () => "\n",
};

describe("TypeScript types for codegen consumers", () => {
  it("spec/bedrock-runtime.d.ts and an openapi-fetch client compile with --strict, and every @ts-expect-error in it is an error", () => {
    const { program, diagnostics } = compileFixture();
    const options = program.getCompilerOptions();
    // The proof is only as strong as the settings: a weakened tsconfig must fail here, not pass quietly.
    assert.equal(options.strict, true);
    assert.equal(options.noEmit, true);
    assert.notEqual(options.skipLibCheck, true, "the generated .d.ts must be type-checked, not skipped");
    assert.ok(
      program.getSourceFile(resolve(repoRoot, "spec/bedrock-runtime.d.ts")),
      "the fixture must import spec/bedrock-runtime.d.ts",
    );
    assert.ok(program.getSourceFile(resolve(fixtureDir, "negatives.ts")));
    // An unused @ts-expect-error is itself a diagnostic (TS2578), so a negative that starts compiling fails here.
    assert.equal(diagnostics.length, 0, ts.formatDiagnostics(diagnostics, host));
  });

  describe("emitTypeScript", () => {
    const union = {
      type: "object",
      oneOf: ["a", "b"].map((m) => ({
        type: "object",
        title: m,
        properties: { [m]: { type: "string" } },
        required: [m],
        additionalProperties: false,
      })),
      "x-smithy-union": true,
    };
    const document = {
      openapi: "3.1.0",
      info: { title: "T", version: "1" },
      paths: {},
      components: {
        schemas: {
          U: union,
          WithDefault: { type: "object", properties: { mode: { type: "string", enum: ["x", "y"], default: "x" } } },
        },
      },
    } as unknown as OpenAPIV3_1.Document;

    it("makes union members exclusive: each alternative types the others as never", async () => {
      const text = await emitTypeScript(document);
      assert.match(text, /U: \{\s+a: string;\s+b\?: never;\s+\} \| \{\s+b: string;\s+a\?: never;\s+\};/);
    });

    it("keeps a member with a default optional (the service fills it in)", async () => {
      assert.match(await emitTypeScript(document), /mode\?: "x" \| "y";/);
    });

    it("is deterministic", async () => {
      assert.equal(await emitTypeScript(document), await emitTypeScript(document));
    });
  });
});
