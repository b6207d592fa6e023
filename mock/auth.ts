/**
 * Checks a request's credentials the way the service does: a SigV4 `Authorization` header is
 * re-signed with `@smithy/signature-v4` from the configured secret and compared; a Bedrock API
 * key travels as `Authorization: Bearer <key>`. The canonical request is rebuilt from the path
 * exactly as sent (model ids and ARNs arrive with `:` and `/` percent-encoded), which the signer
 * escapes once more per segment, as the SDK did when it signed. Every refusal is one of the 403
 * errors the spec declares, so clients meet only replies the spec describes.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Checksum, HttpRequest, SourceData } from "@smithy/types";

export interface TestCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface AuthOptions {
  /** Off: every request is let through unchecked. */
  readonly enabled: boolean;
  readonly credentials: readonly TestCredentials[];
  readonly bearerTokens: readonly string[];
}

/** Obviously fake, documented defaults, so an SDK pointed at the mock works without set-up. */
export const DEFAULT_CREDENTIALS: TestCredentials = {
  accessKeyId: "MOCK-ACCESS-KEY-ID",
  secretAccessKey: "mock-secret-access-key",
};
export const DEFAULT_BEARER_TOKEN = "mock-bedrock-api-key";
export const SIGNING_NAME = "bedrock";

export interface AuthRequest {
  readonly method: string;
  /** Path and query as sent, still percent-encoded. */
  readonly rawUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export type AuthVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly errorType: string; readonly message: string };

const DENIED = (errorType: string, message: string): AuthVerdict => ({ ok: false, errorType, message });

export async function checkAuth(request: AuthRequest, options: AuthOptions): Promise<AuthVerdict> {
  if (!options.enabled) return { ok: true };
  const authorization = request.headers["authorization"];
  if (authorization === undefined || authorization.trim() === "") {
    return DENIED(
      "UnrecognizedClientException",
      "The request carries no credentials: sign it with SigV4 or send a bearer token.",
    );
  }
  if (/^bearer\s/i.test(authorization)) {
    const token = authorization.replace(/^bearer\s+/i, "").trim();
    return options.bearerTokens.some((known) => sameText(known, token))
      ? { ok: true }
      : DENIED("UnrecognizedClientException", "The API key included in the request is not recognized.");
  }
  return checkSigV4(authorization, request, options.credentials);
}

interface ParsedAuthorization {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const SIGV4 =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;

function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const match = SIGV4.exec(header.trim());
  if (match === null) return undefined;
  const [, accessKeyId, date, region, service, signedHeaders, signature] = match;
  return {
    accessKeyId: accessKeyId!,
    date: date!,
    region: region!,
    service: service!,
    signedHeaders: signedHeaders!.split(";"),
    signature: signature!,
  };
}

async function checkSigV4(
  header: string,
  request: AuthRequest,
  credentials: readonly TestCredentials[],
): Promise<AuthVerdict> {
  const parsed = parseAuthorization(header);
  if (parsed === undefined) {
    return DENIED(
      "InvalidSignatureException",
      "The Authorization header is neither a SigV4 signature nor a bearer token.",
    );
  }
  const known = credentials.find((c) => c.accessKeyId === parsed.accessKeyId);
  if (known === undefined)
    return DENIED("UnrecognizedClientException", "The security token included in the request is invalid.");
  if (parsed.service !== SIGNING_NAME) {
    return DENIED("InvalidSignatureException", `Credential should be scoped to correct service: '${SIGNING_NAME}'.`);
  }
  const amzDate = request.headers["x-amz-date"];
  const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (signingDate === undefined || !amzDate!.startsWith(parsed.date)) {
    return DENIED(
      "InvalidSignatureException",
      "X-Amz-Date is missing, malformed or disagrees with the credential scope date.",
    );
  }
  const expected = await expectedSignature(request, parsed, known, signingDate);
  return sameText(expected, parsed.signature)
    ? { ok: true }
    : DENIED(
        "InvalidSignatureException",
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
      );
}

async function expectedSignature(
  request: AuthRequest,
  parsed: ParsedAuthorization,
  known: TestCredentials,
  signingDate: Date,
): Promise<string> {
  const url = new URL(request.rawUrl, "http://mock.invalid");
  const signed = new Set(parsed.signedHeaders);
  const headers: Record<string, string> = {};
  for (const name of signed) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const previous = query[name];
    query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  const sessionToken = request.headers["x-amz-security-token"];
  const signer = new SignatureV4({
    service: SIGNING_NAME,
    region: parsed.region,
    credentials: { ...known, ...(sessionToken === undefined ? {} : { sessionToken }) },
    sha256: NodeSha256,
    // The checksum header counts only when the client signed one; the signer must not add it.
    applyChecksum: false,
    uriEscapePath: true,
  });
  const toSign: HttpRequest = {
    method: request.method,
    protocol: "http:",
    hostname: url.hostname,
    // The raw path: the signer percent-encodes each segment again, as the client's signer did.
    path: rawPath(request.rawUrl),
    query,
    headers,
    body: request.body,
  };
  const signedRequest = await signer.sign(toSign, { signingDate, signableHeaders: signed });
  return /Signature=([0-9a-f]{64})/.exec(String(signedRequest.headers["authorization"]))?.[1] ?? "";
}

/** The path exactly as it arrived: `new URL` would normalize escapes we must keep. */
function rawPath(rawUrl: string): string {
  const end = rawUrl.search(/[?#]/);
  return end === -1 ? rawUrl : rawUrl.slice(0, end);
}

function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape the signer takes. */
class NodeSha256 implements Checksum {
  private hash: ReturnType<typeof createHash> | ReturnType<typeof createHmac>;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
  private fresh() {
    return this.secret === undefined ? createHash("sha256") : createHmac("sha256", toBytes(this.secret));
  }
}

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
