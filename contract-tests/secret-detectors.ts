/**
 * The one table of secret shapes. The recorder's redaction (`redact.ts`) replaces what these
 * detectors match and the scan (`secret-scan.ts`) reports it, so the two cannot disagree: a
 * value the scan would flag is a value the recorder would have replaced.
 *
 * Each text detector is a global pattern whose named group `secret` is the secret itself and
 * whose optional group `keep` is a non-secret prefix (a parameter name, a key id's 4-letter
 * type) that a redaction keeps. `allow` excuses a match by its context.
 */
import type { DiagnosticCode } from "../generator/core/diagnostics.js";

export type SecretCode = Extract<DiagnosticCode, `secret/${string}`>;

export type RedactionKind =
  | "authorization"
  | "security-token"
  | "access-key-id"
  | "secret-key"
  | "signature"
  | "bearer-token"
  | "account-id"
  | "secret-value";

/**
 * Account ids that are documented placeholders: AWS documentation's examples (111122223333,
 * 123456789012) and the test id some third-party captures use (012345678901).
 */
export const PLACEHOLDER_ACCOUNT_IDS: ReadonlySet<string> = new Set(["111122223333", "123456789012", "012345678901"]);

/** What a redaction puts in place of a secret. */
export const REDACTED = "REDACTED";
/** AWS's documentation account id: same length as any account id. */
export const PLACEHOLDER_ACCOUNT_ID = "111122223333";
/** Replaces the 16 characters after a key id's prefix; `*` is outside every key id pattern. */
export const PLACEHOLDER_KEY_ID_SUFFIX = "*".repeat(16);

export interface TextDetector {
  readonly code: SecretCode;
  readonly kind: RedactionKind;
  readonly pattern: RegExp;
  /** What replaces the whole match; `keep` is the kept prefix ("" when none). */
  readonly replacement: (keep: string) => string;
  /** True when this match is not a secret, judged by the text before it. */
  readonly allow?: (secret: string, before: string) => boolean;
}

const KEY_ID_PREFIXES = "ABIA|ACCA|AGPA|AIDA|AIPA|AKIA|ANPA|ANVA|APKA|AROA|ASCA|ASIA";

/**
 * Names under which a bare 12-digit number is a count, size, time or similar quantity rather
 * than an account id: the JSON key or header name just before the number decides.
 */
const QUANTITY_NAME =
  /(?:token|count|length|size|bytes|time|stamp|date|latency|duration|millis|seconds|seed|offset|index|total|usage)[a-z_-]*["']?\s*[:=]\s*["']?$/i;

/** Standalone 12-digit runs: not inside a longer number, word, decimal fraction or version. */
const ACCOUNT_ID =
  /(?<!\d[.,])(?:(?<=%[0-9A-Fa-f]{2})|(?<=\\[nrt])|(?<![0-9A-Za-z]))(?<secret>\d{12})(?![0-9A-Za-z]|[.,]\d)/g;

export const TEXT_DETECTORS: readonly TextDetector[] = [
  {
    code: "secret/sigv4-signature",
    kind: "signature",
    pattern: /(?<keep>(?:X-Amz-)?Signature=)(?<secret>[0-9a-fA-F]{64})(?![0-9a-fA-F])/gi,
    replacement: (keep) => `${keep}${REDACTED}`,
  },
  {
    code: "secret/session-token",
    kind: "security-token",
    pattern: /(?<keep>X-Amz-Security-Token=|x-amz-security-token:\s*)(?!REDACTED)(?<secret>[^\s&"',\\<]+)/gi,
    replacement: (keep) => `${keep}${REDACTED}`,
  },
  {
    // STS session tokens begin with the base64 of their binary header: IQoJb3JpZ2lu… (current),
    // AgoJb3JpZ2lu… (older regional), FwoGZXIvYXdz… / FQoGZXIvYXdz… (legacy).
    code: "secret/session-token",
    kind: "security-token",
    pattern: /(?<![A-Za-z0-9/+])(?<secret>(?:IQoJ|AgoJ|FwoG|FQoG)[A-Za-z0-9/+=%]{40,})/g,
    replacement: () => REDACTED,
  },
  {
    // Bedrock API keys: long-term keys start ABSK, short-term ones bedrock-api-key-.
    code: "secret/bedrock-api-key",
    kind: "bearer-token",
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:ABSK|bedrock-api-key-)[A-Za-z0-9/+=%]{16,})/g,
    replacement: () => REDACTED,
  },
  {
    code: "secret/access-key-id",
    kind: "access-key-id",
    pattern: new RegExp(`(?<![A-Z0-9])(?<secret>(?<keep>${KEY_ID_PREFIXES})[A-Z0-9]{16})(?![A-Z0-9])`, "g"),
    replacement: (keep) => `${keep}${PLACEHOLDER_KEY_ID_SUFFIX}`,
  },
  {
    // A secret key after a label: `aws_secret_access_key=`, `"SecretAccessKey": "`, `secret access key: `.
    code: "secret/secret-access-key",
    kind: "secret-key",
    pattern:
      /(?<keep>(?:aws[_ ]?)?secret[_ ]?(?:access[_ ]?)?key["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    replacement: (keep) => `${keep}${REDACTED}`,
  },
  {
    code: "secret/account-id",
    kind: "account-id",
    pattern: ACCOUNT_ID,
    replacement: () => PLACEHOLDER_ACCOUNT_ID,
    allow: (secret, before) => PLACEHOLDER_ACCOUNT_IDS.has(secret) || QUANTITY_NAME.test(before.slice(-60)),
  },
];

/**
 * A secret key's shape with no label: exactly 40 characters of the base64 alphabet standing on
 * their own, mixing upper case, lower case and digits, with high character entropy. Base64
 * content is excused by context: a run that continues (longer than 40) or ends in padding is
 * data, not a key; so is a hex digest (no upper case).
 */
export const BARE_SECRET_KEY: TextDetector = {
  code: "secret/secret-access-key",
  kind: "secret-key",
  pattern: /(?<![A-Za-z0-9/+=])(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
  replacement: () => REDACTED,
  allow: (secret) => !looksLikeSecretKey(secret),
};

/**
 * Mixed case, digits, at least 4.2 bits of entropy per character (real keys score ~5), and not
 * base64 of printable text: a key is random, so its 30 decoded bytes are binary, whereas a
 * 40-character chunk `bytes` decodes to readable JSON.
 */
export function looksLikeSecretKey(value: string): boolean {
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value)) return false;
  if (!/[/+]/.test(value) && /^[A-Za-z]+[0-9]*$/.test(value)) return false;
  if (decodesToText(value)) return false;
  return entropy(value) >= 4.2;
}

function decodesToText(base64: string): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(base64, "base64"));
    return /^[\P{Cc}\t\n\r]*$/u.test(text);
  } catch {
    return false;
  }
}

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

/** A JSON key or header name whose string value is a secret whatever it looks like. */
export interface NameDetector {
  readonly code: SecretCode;
  readonly kind: RedactionKind;
  readonly name: RegExp;
  /** The value must look like this to count (names alone say little: `secretName: "x"`). */
  readonly value: RegExp;
}

export const NAME_DETECTORS: readonly NameDetector[] = [
  {
    code: "secret/session-token",
    kind: "security-token",
    name: /^x-amz-security-token$|session[_-]?token/i,
    value: /^[A-Za-z0-9+/=%]{40,}$/,
  },
  { code: "secret/secret-access-key", kind: "secret-key", name: /secret/i, value: /^[A-Za-z0-9/+]{40}$/ },
  {
    code: "secret/bedrock-api-key",
    kind: "bearer-token",
    name: /^x-api-key$|api[_-]?key/i,
    value: /^[A-Za-z0-9+/=%._-]{24,}$/,
  },
];

export interface Match {
  readonly detector: TextDetector;
  readonly secret: string;
  readonly index: number;
  readonly length: number;
}

/**
 * Where the unlabeled 40-character shape is looked for: `any` in a JSON string of the recording,
 * `quoted` (a whole JSON string value) in decoded bodies, `none` in text joined from stream
 * deltas, where concatenation makes up boundaries.
 */
export type BareKeyMode = "any" | "quoted" | "none";

const QUOTED_BARE_KEY: TextDetector = {
  ...BARE_SECRET_KEY,
  pattern: /(?<=")(?<secret>[A-Za-z0-9/+]{40})(?=")/g,
};

/** Every detector match in `text`, context exclusions applied. */
export function detect(text: string, bare: BareKeyMode = "any"): Match[] {
  const found: Match[] = [];
  const extra = bare === "any" ? [BARE_SECRET_KEY] : bare === "quoted" ? [QUOTED_BARE_KEY] : [];
  for (const detector of [...TEXT_DETECTORS, ...extra]) {
    for (const m of text.matchAll(detector.pattern)) {
      const secret = m.groups?.["secret"] ?? m[0];
      if (detector.allow?.(secret, text.slice(0, m.index)) === true) continue;
      found.push({ detector, secret, index: m.index, length: m[0].length });
    }
  }
  return found;
}

/** The name detector that makes `value` under `name` a secret, if any. */
export function detectByName(name: string, value: string): NameDetector | undefined {
  return NAME_DETECTORS.find((d) => d.name.test(name) && d.value.test(value) && value !== REDACTED);
}

/**
 * How a finding is printed: the first four characters and the rest as stars, so a reader can
 * find the value without being able to use it (`AKIA****************`).
 */
export function mask(secret: string): string {
  const shown = secret.length <= 8 ? 0 : 4;
  const stars = Math.min(secret.length - shown, 16);
  const more = secret.length - shown - stars;
  return `${secret.slice(0, shown)}${"*".repeat(stars)}${more > 0 ? `…(${secret.length} chars)` : ""}`;
}
