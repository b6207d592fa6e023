/**
 * What makes synthetic recordings repeatable: the fake credentials the SDK signs with, and the
 * normalization of the request headers that change with every run (the clock, the signature
 * over it, the per-call invocation id, the SDK and Node versions in the user agent).
 */
import { SYNTHETIC_NOW, SYNTHETIC_REGION } from "./exchanges.js";

/** Obviously fake, and outside every shape the secret scan looks for (no AKIA/ASIA prefix, not 40 base64 characters). */
export const SYNTHETIC_CREDENTIALS = {
  accessKeyId: "SYNTHETIC-FAKE-KEY-ID",
  secretAccessKey: "synthetic-fake-secret-not-a-real-key",
} as const;

/** `20250602T093000Z`, the SigV4 form of SYNTHETIC_NOW. */
export const SYNTHETIC_AMZ_DATE = SYNTHETIC_NOW.toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d{3}/, "");

/** Dropped rather than faked: their values say nothing about the API and differ per machine or call. */
export const DROPPED_REQUEST_HEADERS: readonly string[] = ["amz-sdk-invocation-id", "user-agent", "x-amz-user-agent"];

export const NORMALIZATION_NOTE =
  `normalized for repeatable output: x-amz-date fixed to ${SYNTHETIC_AMZ_DATE}; in Authorization the credential scope date ` +
  `fixed and the signature replaced by REDACTED (SignedHeaders still lists what the SDK signed); ` +
  `${DROPPED_REQUEST_HEADERS.join(", ")} dropped (they vary with the SDK version, the machine and each call)`;

/** A SigV4 Authorization header with this run's date and no signature. */
export function syntheticAuthorization(signedHeaders: readonly string[]): string {
  const scope = `${SYNTHETIC_AMZ_DATE.slice(0, 8)}/${SYNTHETIC_REGION}/bedrock/aws4_request`;
  return `AWS4-HMAC-SHA256 Credential=${SYNTHETIC_CREDENTIALS.accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(";")}, Signature=REDACTED`;
}

/** Headers as the SDK sent them, minus what varies between runs; sorted by name for a stable order. */
export function normalizeRequestHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of Object.keys(headers).sort()) {
    const lower = name.toLowerCase();
    if (DROPPED_REQUEST_HEADERS.includes(lower)) continue;
    const value = headers[name]!;
    if (lower === "x-amz-date") result[name] = SYNTHETIC_AMZ_DATE;
    else if (lower === "authorization")
      result[name] = syntheticAuthorization(/SignedHeaders=([^,\s]*)/.exec(value)?.[1]?.split(";") ?? []);
    else result[name] = value;
  }
  return result;
}
