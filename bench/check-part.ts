/**
 * One part of `check`, run alone in its own process, so the benchmark can set the whole
 * command against the sum of its parts: `node dist/bench/check-part.js <part> <spec.json>`.
 */
import { checkLint } from "../validators/lint.js";
import { loadSpec } from "../validators/index.js";
import { checkSchemas } from "../validators/schemas.js";
import { checkSpectral } from "../validators/spectral.js";
import { checkStructure } from "../validators/structure.js";

const parts = {
  /** Redocly recommended-strict plus the project's plugin rules. */
  redocly: checkLint,
  /** swagger-parser's structural validation of the 3.1 document. */
  "swagger-parser": checkStructure,
  /** AJV (2020-12, strict) compiling every component schema. */
  ajv: checkSchemas,
  /** Spectral's spectral:oas ruleset. */
  spectral: checkSpectral,
} as const;

const [part, specFile] = process.argv.slice(2);
if (part === undefined || specFile === undefined || !(part in parts)) {
  process.stderr.write(`usage: check-part <${Object.keys(parts).join("|")}> <spec.json>\n`);
  process.exit(2);
}
const loaded = await loadSpec(specFile);
if (!("document" in loaded)) throw new Error(`cannot read ${specFile}`);
const problems = await parts[part as keyof typeof parts](loaded);
process.stdout.write(`${JSON.stringify({ part, problems: problems.length })}\n`);
