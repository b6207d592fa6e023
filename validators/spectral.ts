/**
 * Spectral with its `spectral:oas` ruleset (the recommended rules), as a second opinion beside
 * Redocly: it checks things Redocly does not (for example `array-items`: every array schema
 * states its `items`). Every finding is a problem, hints included: the bar is zero.
 *
 * Spectral and its rulesets are large; they are imported on first use so that commands other
 * than `check` never pay for loading them.
 */
import type { RulesetDefinition } from "@stoplight/spectral-core";
import { problem, type Problem } from "../generator/core/diagnostics.js";
import { crashed, type SpecInput } from "./check.js";
import { pointerOf } from "../generator/core/pointer.js";

const SEVERITIES = ["error", "warn", "info", "hint"] as const;

interface SpectralRun {
  run(text: string, source: string): Promise<readonly SpectralFinding[]>;
}

interface SpectralFinding {
  readonly code: string | number;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly severity: number;
}

let loaded: Promise<SpectralRun> | undefined;

async function loadSpectral(): Promise<SpectralRun> {
  const [core, parsers, rulesets, refResolver] = await Promise.all([
    import("@stoplight/spectral-core"),
    import("@stoplight/spectral-parsers"),
    import("@stoplight/spectral-rulesets"),
    import("@stoplight/spectral-ref-resolver"),
  ]);
  // spectral-parsers is CommonJS whose named exports Node cannot detect: they sit on `default`.
  const jsonParser = parsers.default.Json;
  // No readers: a `$ref` outside the document stays unresolved (and is reported), never fetched.
  const spectral = new core.Spectral({ resolver: new refResolver.Resolver({ resolvers: {} }) });
  // The ruleset's declared type is narrower than what it is (a complete definition); the cast says so.
  spectral.setRuleset({ extends: [rulesets.oas as RulesetDefinition] });
  return {
    run: (text, source) => spectral.run(new core.Document(text, jsonParser, source)),
  };
}

export async function checkSpectral({ file, document }: SpecInput): Promise<Problem[]> {
  try {
    loaded ??= loadSpectral().catch((error: unknown) => {
      loaded = undefined; // let the next run try again rather than replay the failure
      throw error;
    });
    const spectral = await loaded;
    const findings = await spectral.run(JSON.stringify(document, null, 2), file);
    return findings.map((f) => fromSpectral(f, file));
  } catch (error) {
    return [crashed("spectral", file, error)];
  }
}

function fromSpectral(finding: SpectralFinding, file: string): Problem {
  const severity = SEVERITIES[finding.severity] ?? String(finding.severity);
  return problem(
    "lint/spectral",
    { rule: String(finding.code), severity, message: finding.message },
    { file, pointer: pointerOf(finding.path) },
  );
}
