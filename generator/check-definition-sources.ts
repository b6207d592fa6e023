/**
 * Checks the definition *files*, which the type system and `checkDefinitions` never see:
 * every `const X = structure({ name: "Y", … })` must have X = Y (the name is written twice and
 * can drift apart), and every file in the folder must be reachable by imports from index.ts
 * (a file nobody imports is silently left out of the spec). Reads the sources with the
 * TypeScript parser only, no type checking, so it is quick.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import ts from "typescript";
import { problem, type Problem } from "./core/diagnostics.js";

export const DEFINITIONS_INDEX = "index.ts";

/** `dir` is the definitions folder; `display` is how problems name it (e.g. "generator/definitions"). */
export function checkDefinitionSources(dir: string, display = dir): Problem[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts"))
    .sort();
  const parsed = new Map(files.map((name) => [name, parse(join(dir, name))]));
  const problems: Problem[] = [];
  for (const [name, source] of parsed) {
    for (const { constant, shapeName } of namedShapes(source)) {
      if (constant !== shapeName) {
        const file = posix.join(display, name);
        problems.push(problem("definition/name-mismatch", { constant, name: shapeName }, { file, pointer: constant }));
      }
    }
  }
  const reached = new Set<string>();
  const visit = (name: string): void => {
    const source = parsed.get(name);
    if (source === undefined || reached.has(name)) return;
    reached.add(name);
    for (const imported of localImports(source)) visit(imported);
  };
  visit(DEFINITIONS_INDEX);
  for (const name of files) {
    if (reached.has(name)) continue;
    const file = posix.join(display, name);
    problems.push(
      problem("definition/unregistered-file", { file, index: posix.join(display, DEFINITIONS_INDEX) }, { file }),
    );
  }
  return problems;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
}

/** Top-level `const X = f({ name: "…", … })`: every shape constructor call with a literal name. */
function namedShapes(source: ts.SourceFile): { constant: string; shapeName: string }[] {
  const found: { constant: string; shapeName: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
      const call = declaration.initializer;
      if (!ts.isCallExpression(call)) continue;
      const [first] = call.arguments;
      if (first === undefined || !ts.isObjectLiteralExpression(first)) continue;
      for (const property of first.properties) {
        if (
          ts.isPropertyAssignment(property) &&
          property.name.getText(source) === "name" &&
          ts.isStringLiteral(property.initializer)
        ) {
          found.push({ constant: declaration.name.text, shapeName: property.initializer.text });
        }
      }
    }
  }
  return found;
}

/** The sibling files an `import … from "./x.js"` or `export … from "./x.js"` names. */
function localImports(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    const match = /^\.\/([^/]+)\.js$/.exec(specifier.text);
    if (match) names.push(`${match[1]}.ts`);
  }
  return names;
}
