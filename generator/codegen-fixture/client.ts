/**
 * A small openapi-fetch client written against spec/bedrock-runtime.d.ts the way a downstream
 * user would write it. typescript-types.test.ts compiles it with --strict; it is never run.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "../../spec/bedrock-runtime.js";

type Schemas = components["schemas"];

export const client = createClient<paths>({ baseUrl: "https://bedrock-runtime.us-east-1.amazonaws.com" });

/** Converse: a path parameter, a JSON body with a text block, the reply's text blocks. */
export async function converse(modelId: string, prompt: string): Promise<{ text: string[]; stop: Schemas["StopReason"] }> {
  const { data, error } = await client.POST("/model/{modelId}/converse", {
    params: { path: { modelId } },
    body: {
      messages: [{ role: "user", content: [{ text: prompt }] }],
      system: [{ text: "Answer briefly." }],
      inferenceConfig: { maxTokens: 256, temperature: 0.2 },
    },
  });
  if (error) throw new Error(`Converse failed: ${error.message ?? "no message"}`);
  const text: string[] = [];
  // openapi-fetch's Readable<> drops members typed `never` from response types, so `data` holds
  // plain unions, narrowed with `in`.
  for (const block of data.output.message.content) if ("text" in block) text.push(block.text);
  if (data.stopReason === "max_tokens") text.push("…");
  return { text, stop: data.stopReason };
}

/** A turn with an image block; the schema types keep unions exclusive, so `in` does not narrow them. */
export function imageTurn(png: string): Schemas["Message"] {
  const image: Schemas["ContentBlock"] = { image: { format: "png", source: { bytes: png } } };
  const blocks: Schemas["ContentBlock"][] = [{ text: "What is in this picture?" }, image];
  const first = blocks[0];
  if (first?.text !== undefined) first.text.toUpperCase();
  return { role: "user", content: blocks };
}

/** ApplyGuardrail: two path parameters; the action and the replacement text. */
export async function applyGuardrail(guardrailIdentifier: string, text: string): Promise<string | undefined> {
  const { data, error } = await client.POST("/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply", {
    params: { path: { guardrailIdentifier, guardrailVersion: "DRAFT" } },
    body: { source: "INPUT", content: [{ text: { text } }], outputScope: "FULL" },
  });
  if (error) throw new Error(error.message ?? "ApplyGuardrail failed");
  const action: "GUARDRAIL_INTERVENED" | "NONE" = data.action;
  return action === "GUARDRAIL_INTERVENED" ? data.outputs.map((o) => o.text ?? "").join("") : undefined;
}

/** ListAsyncInvokes: query parameters only, and pagination through nextToken. */
export async function listCompleted(after: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const { data, error } = await client.GET("/async-invoke", {
      params: { query: { statusEquals: "Completed", submitTimeAfter: after, maxResults: 100, sortOrder: "Descending", nextToken } },
    });
    if (error) throw new Error(error.message ?? "ListAsyncInvokes failed");
    for (const summary of data.asyncInvokeSummaries ?? []) arns.push(summary.invocationArn);
    nextToken = data.nextToken;
  } while (nextToken !== undefined);
  return arns;
}
