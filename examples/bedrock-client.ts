/**
 * A typed Bedrock Runtime client from the shipped types alone: openapi-fetch over
 * `spec/bedrock-runtime.d.ts`, authenticated by SigV4 or by a Bedrock API key.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../spec/bedrock-runtime.js";
import { bearerTokenMiddleware, sigV4Middleware, type AwsCredentials } from "./sigv4-middleware.js";

export type BedrockAuth =
  | { readonly credentials: AwsCredentials | (() => Promise<AwsCredentials>); readonly signingDate?: () => Date }
  | { readonly token: string };

export interface BedrockClientOptions {
  readonly region: string;
  readonly auth: BedrockAuth;
  /** Defaults to the regional endpoint `https://bedrock-runtime.<region>.amazonaws.com`. */
  readonly baseUrl?: string;
  /** Replaces the global fetch (a proxy, a test double). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

export type BedrockClient = Client<paths>;

export function createBedrockClient(options: BedrockClientOptions): BedrockClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? `https://bedrock-runtime.${options.region}.amazonaws.com`,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const { auth } = options;
  client.use(
    "token" in auth
      ? bearerTokenMiddleware(auth.token)
      : sigV4Middleware({
          region: options.region,
          credentials: auth.credentials,
          ...(auth.signingDate === undefined ? {} : { signingDate: auth.signingDate }),
        }),
  );
  return client;
}
