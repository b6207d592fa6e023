/**
 * A request handler that sends with `NodeHttpHandler` (HTTP/1.1, which is what the recorder
 * means to capture) and keeps a raw copy of every exchange: the signed request exactly as the
 * SDK hands it to the transport, and the response with its whole body.
 *
 * The response body is read to the end before the SDK sees it, then handed on from memory.
 * That makes the capture complete even when the SDK stops reading early or fails to parse,
 * and costs nothing that matters for a maintainer's recording run.
 */
import type { IncomingMessage } from "node:http";
import { PassThrough, Readable } from "node:stream";
import { buildQueryString, HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/core/protocols";
import { NodeHttpHandler, type NodeHttpHandlerOptions } from "@smithy/node-http-handler";
import type { HttpHandlerOptions } from "@smithy/types";

export interface CapturedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export interface CapturedResponse {
  readonly status: number;
  /** Header names with the case the server sent; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** One request put on the wire, with the response or the transport failure that ended it. */
export type CapturedAttempt =
  | { readonly request: CapturedRequest; readonly response: CapturedResponse }
  | { readonly request: CapturedRequest; readonly failure: unknown };

export class CapturingHandler implements HttpHandler<NodeHttpHandlerOptions> {
  readonly metadata = { handlerProtocol: "http/1.1" };
  private readonly inner: NodeHttpHandler;
  private attempts: CapturedAttempt[] = [];

  constructor(options?: NodeHttpHandlerOptions) {
    this.inner = new NodeHttpHandler(options);
  }

  /** Returns the attempts made since the last call and forgets them. */
  takeAttempts(): readonly CapturedAttempt[] {
    const taken = this.attempts;
    this.attempts = [];
    return taken;
  }

  async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    const captured = captureRequest(request);
    let response: HttpResponse;
    let body: Buffer;
    try {
      ({ response } = await this.inner.handle(request, options));
      body = await readAll(response.body);
    } catch (failure) {
      this.attempts.push({ request: captured, failure });
      throw failure;
    }
    this.attempts.push({
      request: captured,
      response: { status: response.statusCode, headers: responseHeaders(response), body: new Uint8Array(body) },
    });
    const replay = new PassThrough();
    replay.end(body);
    return {
      response: new HttpResponse({
        statusCode: response.statusCode,
        reason: response.reason,
        headers: response.headers,
        body: replay,
      }),
    };
  }

  updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}

function captureRequest(request: HttpRequest): CapturedRequest {
  const port = request.port === undefined ? "" : `:${request.port}`;
  const query = buildQueryString(request.query ?? {});
  const url = `${request.protocol}//${request.hostname}${port}${request.path}${query ? `?${query}` : ""}`;
  return { method: request.method, url, headers: { ...request.headers }, body: requestBody(request.body) };
}

function requestBody(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return new Uint8Array(body);
  // Only the bidirectional stream operation sends a streaming body, and it is not recordable.
  throw new TypeError(`the recorder cannot capture a streaming request body (${Object.prototype.toString.call(body)})`);
}

async function readAll(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (!(body instanceof Readable)) throw new TypeError("the response body is not a readable stream");
  const chunks: Buffer[] = [];
  for await (const chunk of body)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Node lower-cases `headers`; `rawHeaders` keeps the names as the server sent them. */
function responseHeaders(response: HttpResponse): Record<string, string> {
  const raw = (response.body as Partial<IncomingMessage> | undefined)?.rawHeaders;
  if (!Array.isArray(raw)) return { ...response.headers };
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    const value = raw[i + 1]!;
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
