/**
 * Scans recordings for credentials and real account ids. Recordings are public data: a leaked
 * access key, session token or signature must fail the build, not wait for a reviewer.
 *
 * Every string in the file is scanned with its JSON pointer; base64 bodies are decoded and
 * scanned too, one level further for base64 nested inside them (InvokeModelWithResponseStream
 * chunks carry base64 JSON inside base64 event frames).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { problem, type DiagnosticCode, type Problem } from "../generator/core/diagnostics.js";
import { childPointer, tokensOf } from "../generator/core/pointer.js";

/**
 * Account ids that are documented placeholders: AWS documentation's examples (111122223333,
 * 123456789012) and the test ids the shared recordings README lists (012345678901 appears in
 * otel-python-contrib and openllmetry inference-profile ARNs).
 */
export const PLACEHOLDER_ACCOUNT_IDS: ReadonlySet<string> = new Set(["111122223333", "123456789012", "012345678901"]);

type SecretCode = Extract<DiagnosticCode, `secret/${string}`>;

export interface SecretFinding {
  readonly code: SecretCode;
  /** Where in the file (JSON pointer), with `(decoded)` when found inside a base64 value. */
  readonly pointer: string;
  /** A masked excerpt: enough to find the value, not enough to use it. */
  readonly excerpt: string;
  readonly account?: string;
}

const ACCESS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
const SECRET_KEY_IN_TEXT =
  /(?:aws_?secret_?access_?key|secret_?access_?key|secret_?key|secretkey)["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;
const SECRET_NAME = /secret/i;
const SECRET_VALUE = /^[A-Za-z0-9/+]{40}$/;
// STS session tokens start with the base64 of a protobuf-ish prefix: IQoJb3JpZ2lu… (current) or
// FwoGZXIvYXdz… (older); real ones run to hundreds of characters.
const SESSION_TOKEN_IN_TEXT = /(?:IQoJ|FwoGZXIvYXdz)[A-Za-z0-9+/=%]{100,}/g;
const SECURITY_TOKEN_QUERY = /X-Amz-Security-Token=([^&\s"']{100,})/gi;
const SECURITY_TOKEN_NAME = /^x-amz-security-token$/i;
const LONG_TOKEN = /^[A-Za-z0-9+/=%]{100,}$/;
const SIGNATURE = /Signature=([0-9a-f]{64})(?![0-9a-f])/gi;
// An ARN's account field, in plain or percent-encoded form (model ARNs travel encoded in paths).
const ARN_ACCOUNT = /arn(?::|%3A)aws[a-z-]*(?::|%3A)[a-z0-9-]+(?::|%3A)[a-z0-9-]*(?::|%3A)(\d{12})(?::|%3A|\/|%2F)/gi;
const NESTED_BASE64 = /[A-Za-z0-9+/]{24,}={0,2}/g;

/** Scans one string value; `name` is its property name when it has one. */
export function scanString(value: string, pointer: string, name?: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const add = (code: SecretCode, secret: string, account?: string): void => {
    findings.push({ code, pointer, excerpt: mask(secret), ...(account === undefined ? {} : { account }) });
  };
  for (const m of value.matchAll(ACCESS_KEY_ID)) add("secret/access-key-id", m[0]);
  for (const m of value.matchAll(SECRET_KEY_IN_TEXT)) add("secret/secret-access-key", m[1]!);
  if (name !== undefined && SECRET_NAME.test(name) && SECRET_VALUE.test(value)) add("secret/secret-access-key", value);
  for (const m of value.matchAll(SESSION_TOKEN_IN_TEXT)) add("secret/session-token", m[0]);
  for (const m of value.matchAll(SECURITY_TOKEN_QUERY)) add("secret/session-token", m[1]!);
  // Overlaps with the prefix match above are merged by dedupe (same code, pointer and excerpt).
  if (name !== undefined && SECURITY_TOKEN_NAME.test(name) && LONG_TOKEN.test(value)) add("secret/session-token", value);
  for (const m of value.matchAll(SIGNATURE)) add("secret/sigv4-signature", m[1]!);
  for (const m of value.matchAll(ARN_ACCOUNT)) {
    const account = m[1]!;
    if (!PLACEHOLDER_ACCOUNT_IDS.has(account)) findings.push({ code: "secret/account-id", pointer, excerpt: m[0], account });
  }
  return findings;
}

/** Scans a parsed JSON value, every string with its pointer, and decoded base64 bodies. */
export function scanJson(value: unknown, pointer = ""): SecretFinding[] {
  if (typeof value === "string") {
    const findings = scanString(value, pointer, lastToken(pointer));
    if (pointer.endsWith("/bodyBase64")) findings.push(...scanDecoded(value, `${pointer} (decoded)`, 1));
    return findings;
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => scanJson(item, `${pointer}/${i}`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => scanJson(item, childPointer(pointer, key)));
  }
  return [];
}

/** Decodes base64, scans the text, then looks for base64 nested inside it (`depth` more levels). */
function scanDecoded(base64: string, pointer: string, depth: number): SecretFinding[] {
  const text = Buffer.from(base64, "base64").toString("utf8");
  const findings = scanString(text, pointer);
  if (depth > 0) {
    for (const m of text.matchAll(NESTED_BASE64)) findings.push(...scanDecoded(m[0], pointer, depth - 1));
  }
  return findings;
}

export function scanRecordingFile(file: string, displayName = file): Problem[] {
  const text = readFileSync(file, "utf8");
  let findings: SecretFinding[];
  try {
    findings = scanJson(JSON.parse(text));
  } catch {
    // Unparseable files are the loader's problem; still make sure they leak nothing.
    findings = scanString(text, "");
  }
  return dedupe(findings).map((f) => toProblem(f, displayName));
}

/** Scans every `*.json` under `dir` (recursively); file names in problems are relative to `base`. */
export function scanRecordings(dir: string, base = process.cwd()): Problem[] {
  return listJsonFiles(dir).flatMap((file) => scanRecordingFile(file, relative(base, file)));
}

function toProblem(finding: SecretFinding, file: string): Problem {
  const where = { file, pointer: finding.pointer };
  if (finding.code === "secret/account-id") {
    return problem("secret/account-id", { account: finding.account ?? "?", excerpt: finding.excerpt }, where);
  }
  return problem(finding.code, { excerpt: finding.excerpt }, where);
}

function listJsonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listJsonFiles(path));
    else if (name.endsWith(".json")) files.push(path);
  }
  return files;
}

function dedupe(findings: readonly SecretFinding[]): SecretFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.pointer}|${f.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mask(secret: string): string {
  return secret.length <= 12 ? "****" : `${secret.slice(0, 4)}…${secret.slice(-4)} (${secret.length} chars)`;
}

function lastToken(pointer: string): string | undefined {
  const token = tokensOf(pointer).at(-1);
  return token === "" ? undefined : token;
}
