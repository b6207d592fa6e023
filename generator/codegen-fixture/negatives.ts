/**
 * Code the generated types must reject. Each `@ts-expect-error` line sits beside a twin that
 * compiles, so the error is the one named and not some other mistake; if the types ever accept
 * the bad line, TypeScript reports the unused directive and typescript-types.test.ts fails.
 */
import type { components } from "../../spec/bedrock-runtime.js";
import { client } from "./client.js";

type Schemas = components["schemas"];
const image = { format: "png", source: { bytes: "iVBORw0KGgo=" } } as const;

// A content block is a union: exactly one member.
export const textOnly: Schemas["ContentBlock"] = { text: "hi" };
export const imageOnly: Schemas["ContentBlock"] = { image };
// @ts-expect-error -- text and image together
export const textAndImage: Schemas["ContentBlock"] = { text: "hi", image };

// The same inside a Converse request body.
export async function converseWithTwoMemberBlock(): Promise<void> {
  const path = { modelId: "amazon.nova-lite-v1:0" };
  await client.POST("/model/{modelId}/converse", { params: { path }, body: { messages: [{ role: "user", content: [{ image }] }] } });
  // @ts-expect-error -- text and image together in a message's content
  await client.POST("/model/{modelId}/converse", { params: { path }, body: { messages: [{ role: "user", content: [{ text: "hi", image }] }] } });
}

// StopReason is a closed enum: comparing with a value it cannot hold is a mistake.
declare const reply: Schemas["ConverseResponse"];
export const ended = reply.stopReason === "end_turn";
// @ts-expect-error -- "finished" is not a StopReason
export const finished = reply.stopReason === "finished";

// ConversationRole is a closed enum.
export const userTurn: Schemas["Message"] = { role: "user", content: [{ text: "hi" }] };
// @ts-expect-error -- "robot" is not a ConversationRole
export const robotTurn: Schemas["Message"] = { role: "robot", content: [{ text: "hi" }] };

// The modelId path parameter is required.
export async function converseWithoutModelId(): Promise<void> {
  const body = { messages: [{ role: "user" as const, content: [{ text: "hi" }] }] };
  await client.POST("/model/{modelId}/converse", { params: { path: { modelId: "amazon.nova-lite-v1:0" } }, body });
  // @ts-expect-error -- params.path.modelId missing
  await client.POST("/model/{modelId}/converse", { params: { path: {} }, body });
  // @ts-expect-error -- params left out altogether
  await client.POST("/model/{modelId}/converse", { body });
}
