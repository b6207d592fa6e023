/**
 * A stand-in for Bedrock Runtime on 127.0.0.1, for the recorder's end-to-end tests: it answers
 * in the service's wire format (restJson1 bodies, `x-amzn-ErrorType`, event-stream frames) and
 * keeps every request it receives, so tests can check both sides of the wire.
 *
 * Replies mention the account id given at start in ARNs, and the error reply echoes the
 * caller's credentials the way a signature-mismatch message echoes the canonical request, so
 * redaction has real secrets to find.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encodeEventStream } from "./event-stream.js";

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface FakeBedrock {
  readonly endpoint: string;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startFakeBedrock(accountId: string): Promise<FakeBedrock> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(request);
      answer(request, req, res, accountId);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const REQUEST_ID = "5d7e1f3a-2b4c-4d6e-8f90-a1b2c3d4e5f6";

function answer(request: ReceivedRequest, req: IncomingMessage, res: ServerResponse, accountId: string): void {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  const routerArn = `arn:aws:bedrock:us-east-1:${accountId}:default-prompt-router/anthropic.claude:1`;
  if (request.method === "POST" && path.endsWith("/converse") && path.includes("denied")) {
    const authorization = String(req.headers["authorization"] ?? "");
    const token = String(req.headers["x-amz-security-token"] ?? "");
    json(
      res,
      403,
      {
        message:
          `User: arn:aws:sts::${accountId}:assumed-role/recorder/session is not authorized to perform: bedrock:InvokeModel ` +
          `on resource: arn:aws:bedrock:us-east-1:${accountId}:inference-profile/us.denied-model. ` +
          `Canonical request:\nPOST\n${req.url}\n\nx-amz-security-token:${token}\n\nAuthorization: ${authorization}`,
      },
      { "x-amzn-ErrorType": "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/" },
    );
    return;
  }
  if (request.method === "POST" && path.endsWith("/converse")) {
    json(res, 200, {
      output: {
        message: {
          role: "assistant",
          content: [{ text: "An OpenAPI description tells tools what an HTTP API accepts and returns." }],
        },
      },
      stopReason: "end_turn",
      usage: { inputTokens: 12, outputTokens: 14, totalTokens: 26 },
      metrics: { latencyMs: 321 },
      trace: { promptRouter: { invokedModelId: routerArn } },
    });
    return;
  }
  if (request.method === "POST" && path.endsWith("/invoke")) {
    json(
      res,
      200,
      {
        output: { message: { role: "assistant", content: [{ text: "Hello." }] } },
        stopReason: "end_turn",
        usage: { inputTokens: 4, outputTokens: 3, totalTokens: 7 },
      },
      {
        "X-Amzn-Bedrock-Input-Token-Count": "4",
        "X-Amzn-Bedrock-Output-Token-Count": "3",
        "X-Amzn-Bedrock-Invocation-Latency": "210",
      },
    );
    return;
  }
  if (request.method === "POST" && path.endsWith("/converse-stream")) {
    const event = (type: string, payload: object) => ({
      headers: { ":event-type": type, ":content-type": "application/json", ":message-type": "event" },
      payload: JSON.stringify({ ...payload, p: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0" }),
    });
    const body = encodeEventStream([
      event("messageStart", { role: "assistant" }),
      event("contentBlockDelta", { contentBlockIndex: 0, delta: { text: "One, two" } }),
      event("contentBlockStop", { contentBlockIndex: 0 }),
      event("messageStop", { stopReason: "end_turn" }),
      event("metadata", {
        usage: { inputTokens: 9, outputTokens: 4, totalTokens: 13 },
        metrics: { latencyMs: 150 },
        trace: { promptRouter: { invokedModelId: routerArn } },
      }),
    ]);
    res.writeHead(200, { "Content-Type": "application/vnd.amazon.eventstream", "x-amzn-RequestId": REQUEST_ID });
    res.end(Buffer.from(body));
    return;
  }
  if (request.method === "GET" && path === "/async-invoke") {
    json(res, 200, { asyncInvokeSummaries: [] });
    return;
  }
  json(
    res,
    404,
    { message: `no route for ${request.method} ${path}` },
    { "x-amzn-ErrorType": "UnknownOperationException" },
  );
}

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(text)),
    "x-amzn-RequestId": REQUEST_ID,
    ...headers,
  });
  res.end(text);
}
