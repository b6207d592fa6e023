/**
 * Cross-field rules of Converse and ConverseStream (the same request shape): conditions the
 * service checks with a 400 ValidationException that the member schemas cannot express.
 */
import type { CrossFieldRule } from "../operations.js";

const rejected = "400 ValidationException";

export const conversationRules: readonly CrossFieldRule[] = [
  {
    id: "tool-config-with-tool-blocks",
    description:
      "Once any message holds a `toolUse` or `toolResult` content block, the request must also carry `toolConfig`: the service checks the tool blocks against the declared tools, so a conversation that mentions tools without declaring them is refused. Send the same `toolConfig` on every turn of a tool-use loop.",
    when: ["/messages/*/content/*/toolUse", "/messages/*/content/*/toolResult"],
    select: "",
    assert: { type: "object", required: ["toolConfig"], properties: { toolConfig: true } },
    rejectedWith: rejected,
  },
  {
    id: "tool-result-json-is-object",
    description:
      'A `json` block inside a `toolResult` carries the tool\'s output as one JSON object; an array, string or number at the top is refused. Wrap a list in an object member (`{"items": [...]}`) or send it as a `text` block.',
    select: "/messages/*/content/*/toolResult/content/*/json",
    assert: { type: "object" },
    rejectedWith: rejected,
  },
  {
    id: "tool-input-schema-is-object",
    description:
      'A tool\'s `inputSchema.json` is a JSON Schema whose top level describes an object (`"type": "object"`), because the model\'s `toolUse.input` is always a JSON object of named arguments.',
    select: "/toolConfig/tools/*/toolSpec/inputSchema/json",
    assert: { type: "object", required: ["type"], properties: { type: { enum: ["object"] } } },
    rejectedWith: rejected,
  },
];
