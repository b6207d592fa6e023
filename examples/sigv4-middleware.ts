/**
 * Authentication for the typed client, as openapi-fetch middleware: AWS Signature Version 4 (signing
 * name `bedrock`) or a Bedrock API key sent as a bearer token.
 *
 * The path rule: openapi-fetch percent-encodes each path parameter once (`:` → `%3A`, `/` → `%2F`),
 * which is what goes on the wire. SigV4's canonical request then URI-encodes every path segment
 * again (`%3A` → `%253A`); `SignatureV4` does that itself (`uriEscapePath`, on by default), so the
 * signer must be handed the wire path exactly as sent, never a decoded one.
 */
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Middleware } from "openapi-fetch";

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface SigV4Options {
  readonly region: string;
  readonly credentials: AwsCredentials | (() => Promise<AwsCredentials>);
  /** Fixes the signing time (tests); the current time when omitted. */
  readonly signingDate?: () => Date;
}

export const SIGNING_NAME = "bedrock";

/**
 * Signs a fetch `Request` over every header it carries plus `host`; returns a new one with `x-amz-date`,
 * `x-amz-content-sha256`, `content-length` and `authorization`.
 */
export async function signRequest(request: Request, options: SigV4Options): Promise<Request> {
  const url = new URL(request.url);
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const headers: Record<string, string> = { host: url.host };
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Signed so that a proxy cannot truncate the body unnoticed; the AWS SDK signs it too.
  if (body.byteLength > 0) headers["content-length"] = String(body.byteLength);
  const signer = new SignatureV4({
    service: SIGNING_NAME,
    region: options.region,
    credentials: options.credentials,
    // The hash the AWS SDK uses; it also sends the body hash as x-amz-content-sha256 (applyChecksum).
    sha256: Sha256,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port === "" ? {} : { port: Number(url.port) }),
      // The wire form, still percent-encoded: the signer encodes each segment once more.
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
    },
    options.signingDate === undefined ? {} : { signingDate: options.signingDate() },
  );
  const out = new Headers();
  for (const [name, value] of Object.entries(signed.headers)) {
    if (name !== "host") out.set(name, value);
  }
  return new Request(request, { headers: out, ...(body.byteLength > 0 ? { body } : {}) });
}

export function sigV4Middleware(options: SigV4Options): Middleware {
  return { onRequest: ({ request }) => signRequest(request, options) };
}

/** Bedrock API keys: no signing, the key itself is the credential. */
export function bearerTokenMiddleware(token: string): Middleware {
  return {
    onRequest: ({ request }) => {
      request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
  };
}
