/**
 * Redocly lint: the built-in `recommended-strict` ruleset plus our plugin's rules. Every
 * result is a problem, warnings included: the quality bar is zero of either.
 */
import { resolve } from "node:path";
import {
  BaseResolver,
  Source,
  createConfig,
  lintDocument,
  type Config,
  type NormalizedProblem,
} from "@redocly/openapi-core";
import { diagnostics, problem, type Problem } from "../generator/core/diagnostics.js";
import { crashed, type SpecInput } from "./check.js";
import { fragmentToPointer } from "../generator/core/pointer.js";
import { bedrockPlugin, bedrockRuleIds, decodeRuleMessage } from "./redocly-plugin.js";

/** The spec must stand alone and no check may reach the network: external refs fail. */
class SelfContainedResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    throw new Error(`${absoluteRef} is outside the document; the spec must be self-contained`);
  }
}

let config: Promise<Config> | undefined;

/** Plugin rules whose problems another check of `check` already reports, with more detail. */
const LEFT_TO_OTHER_CHECKS = { "bedrock/examples-match-schema": "off" } as const;

function lintConfig(): Promise<Config> {
  config ??= createConfig({
    extends: ["recommended-strict"],
    // Listed in the config, not passed as a ready plugin: only config plugins get their rule
    // ids prefixed (`bedrock/…`), which is how `rules` below switches them on.
    plugins: [bedrockPlugin],
    rules: { ...Object.fromEntries(bedrockRuleIds.map((id) => [id, "error"])), ...LEFT_TO_OTHER_CHECKS },
  }).catch((error: unknown) => {
    config = undefined; // let the next run try again rather than replay the failure
    throw error;
  });
  return config;
}

export async function checkLint({ file, document }: SpecInput): Promise<Problem[]> {
  try {
    const lintedConfig = await lintConfig();
    // Redocly reads the parsed tree and only uses the text for line numbers, which our
    // problems do not carry; a copy keeps its walk away from the caller's document.
    const source = new Source(resolve(file), JSON.stringify(document, null, 2), "application/json");
    const results = await lintDocument({
      document: { source, parsed: structuredClone(document) },
      config: lintedConfig,
      externalRefResolver: new SelfContainedResolver(lintedConfig.resolve),
    });
    return results.map((result) => fromRedocly(result, file));
  } catch (error) {
    return [crashed("lint", file, error)];
  }
}

function fromRedocly(result: NormalizedProblem, file: string): Problem {
  const pointer = fragmentToPointer(result.location[0]?.pointer ?? "#");
  const ours = result.ruleId.startsWith("bedrock/") ? decodeRuleMessage(result.message) : undefined;
  if (ours) {
    // Rebuilt rather than re-derived: the rule already rendered the message from this code.
    return { code: ours.code, severity: diagnostics[ours.code].severity, message: ours.message, file, pointer };
  }
  return problem(
    "lint/redocly",
    { rule: result.ruleId, severity: result.severity, message: result.message },
    { file, pointer },
  );
}
