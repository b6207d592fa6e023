/**
 * Checks the provider families before they are emitted: ids, patterns, and that every schema
 * they name or reference is one they define, under a name nothing else uses differently.
 */
import { problem, type Problem } from "./core/diagnostics.js";
import type { ModelFamily } from "./operations.js";
import type { JsonValue } from "./shapes.js";

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COMPONENT_REF = "#/components/schemas/";

/**
 * `shapeNames` are the component names the shapes already take; `sources` maps a family id to
 * the module declaring it, for the problems' file.
 */
export function checkModelFamilies(
  families: readonly ModelFamily[],
  shapeNames: ReadonlySet<string>,
  sources: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const owners = new Map<string, { readonly family: string; readonly schema: JsonValue }>();
  for (const family of families) {
    const where = (pointer: string) => ({
      file: sources.get(family.family),
      pointer: `family ${family.family}${pointer}`,
    });
    const report = (found: Problem) => problems.push(found);
    if (!KEBAB_CASE.test(family.family)) report(problem("definition/family-id", { family: family.family }, where("")));
    if (seen.has(family.family)) report(problem("definition/duplicate-family", { family: family.family }, where("")));
    seen.add(family.family);
    if (family.description.trim() === "")
      report(problem("definition/missing-description", { subject: `model family ${family.family}` }, where("")));
    family.modelIdPatterns.forEach((pattern, i) => {
      try {
        new RegExp(pattern, "u");
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report(
          problem(
            "definition/family-invalid-pattern",
            { family: family.family, pattern, reason },
            where(`.modelIdPatterns[${i}]`),
          ),
        );
      }
    });
    const named: [string, string | undefined][] = [
      ["request", family.request],
      ["response", family.response],
      ["streamChunk", family.streamChunk],
    ];
    for (const [member, name] of named) {
      if (name !== undefined && !(name in family.schemas))
        report(problem("definition/family-unknown-ref", { family: family.family, ref: name }, where(`.${member}`)));
    }
    if (family.operations.includes("InvokeModel") && family.response === undefined)
      report(
        problem(
          "definition/family-missing-body",
          { family: family.family, member: "response", operation: "InvokeModel" },
          where(""),
        ),
      );
    if (family.operations.includes("InvokeModelWithResponseStream") && family.streamChunk === undefined)
      report(
        problem(
          "definition/family-missing-body",
          { family: family.family, member: "streamChunk", operation: "InvokeModelWithResponseStream" },
          where(""),
        ),
      );
    for (const [name, schema] of Object.entries(family.schemas)) {
      const at = where(`.schemas.${name}`);
      if (typeof schema["description"] !== "string" || schema["description"].trim() === "")
        report(
          problem("definition/missing-description", { subject: `schema ${name} of model family ${family.family}` }, at),
        );
      for (const ref of refsIn(schema))
        if (!(ref in family.schemas))
          report(problem("definition/family-unknown-ref", { family: family.family, ref }, at));
      if (shapeNames.has(name))
        report(problem("definition/family-schema-conflict", { family: family.family, name, other: "a shape" }, at));
      const owner = owners.get(name);
      if (owner === undefined) owners.set(name, { family: family.family, schema });
      else if (!sameJson(owner.schema, schema))
        report(
          problem(
            "definition/family-schema-conflict",
            { family: family.family, name, other: `model family ${owner.family}` },
            at,
          ),
        );
    }
  }
  return problems;
}

/** Component names a schema references; a ref outside the components is reported under its whole text. */
function refsIn(value: JsonValue): string[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap(refsIn);
  const object = value as { readonly [key: string]: JsonValue };
  const own =
    typeof object["$ref"] === "string"
      ? [object["$ref"].startsWith(COMPONENT_REF) ? object["$ref"].slice(COMPONENT_REF.length) : object["$ref"]]
      : [];
  return [
    ...own,
    ...Object.entries(object)
      .filter(([k]) => k !== "$ref")
      .flatMap(([, v]) => refsIn(v)),
  ];
}

function sameJson(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
