/**
 * The Arazzo 1.0 workflows shipped beside the spec: the common call sequences of the runtime
 * API, step by step, with the criteria that tell a step worked and the values passed on. Built
 * from the emitted document so operation ids and the example conversation stay in step with it:
 * a workflow's default inputs are values of the spec's own request examples.
 */
import type { OpenApiDocument } from "./document.js";
import type { JsonValue } from "../shapes.js";

export const ARAZZO_FILE = "bedrock-runtime.arazzo.yaml";
const SOURCE = "bedrockRuntime";

type Json = { [key: string]: JsonValue };

/** A request example's value from the emitted document; throws when the spec lacks it (the emitter drifted). */
function exampleValue(document: OpenApiDocument, path: string, exampleName: string): Json {
  const op = (document.paths?.[path] as Record<string, unknown> | undefined)?.["post"] as
    | { requestBody?: { content?: Record<string, { examples?: Record<string, { value?: JsonValue }> }> } }
    | undefined;
  const value = op?.requestBody?.content?.["application/json"]?.examples?.[exampleName]?.value;
  if (value === undefined || typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`the Arazzo workflows need request example ${exampleName} of POST ${path}`);
  }
  return value as Json;
}

const modelIdParameter = [{ name: "modelId", in: "path", value: "$inputs.modelId" }];
const ok = { condition: "$statusCode == 200" };

/** `openapiFile` is the spec file beside it that the workflows call (relative URL). */
export function emitArazzo(document: OpenApiDocument, openapiFile: string): Json {
  const toolTurn = exampleValue(document, "/model/{modelId}/converse", "toolUse");
  const chatTurn = exampleValue(document, "/model/{modelId}/converse", "crossProviderChat");
  const screened = exampleValue(
    document,
    "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply",
    "passedInput",
  );
  const firstMessages = toolTurn["messages"] as JsonValue[];
  const modelId = { type: "string", description: "Model id, inference profile id or ARN to run." };

  return {
    arazzo: "1.0.1",
    info: {
      title: "Amazon Bedrock Runtime workflows",
      summary: "Common call sequences of the Bedrock Runtime API",
      description:
        "Each workflow strings operations of the Bedrock Runtime OpenAPI description together: a single chat turn, a streamed turn, a guardrail screen before the model call, and the tool-use loop in which the caller runs the tool the model asked for and sends its result back.",
      version: String(document.info.version),
    },
    sourceDescriptions: [{ name: SOURCE, url: `./${openapiFile}`, type: "openapi" }],
    workflows: [
      {
        workflowId: "converseChatTurn",
        summary: "One chat turn with Converse",
        description:
          "Sends one user message in the model-independent message format and reads back the assistant's reply, why it stopped and the tokens used.",
        inputs: { type: "object", properties: { modelId: { ...modelId, default: "amazon.nova-lite-v1:0" } } },
        steps: [
          {
            stepId: "chatTurn",
            operationId: `$sourceDescriptions.${SOURCE}.Converse`,
            parameters: modelIdParameter,
            requestBody: { contentType: "application/json", payload: chatTurn },
            successCriteria: [ok, { condition: "$response.body#/stopReason != null" }],
            outputs: {
              reply: "$response.body#/output/message",
              stopReason: "$response.body#/stopReason",
              usage: "$response.body#/usage",
            },
          },
        ],
        outputs: { reply: "$steps.chatTurn.outputs.reply", stopReason: "$steps.chatTurn.outputs.stopReason" },
      },
      {
        workflowId: "streamingChat",
        summary: "One chat turn streamed with ConverseStream",
        description:
          "Sends the same request as a Converse turn but receives the reply as an event stream (messageStart, content block deltas, messageStop, metadata); success here means the stream was opened with status 200.",
        inputs: { type: "object", properties: { modelId: { ...modelId, default: "amazon.nova-lite-v1:0" } } },
        steps: [
          {
            stepId: "converseStream",
            operationId: `$sourceDescriptions.${SOURCE}.ConverseStream`,
            parameters: modelIdParameter,
            requestBody: { contentType: "application/json", payload: chatTurn },
            successCriteria: [ok],
          },
        ],
      },
      {
        workflowId: "guardrailThenConverse",
        summary: "Screen the prompt with a guardrail, then ask the model",
        description:
          "Runs the user's text through ApplyGuardrail as INPUT first. When the guardrail intervenes the workflow stops and the caller shows the guardrail's output instead; otherwise the same text goes to Converse.",
        inputs: {
          type: "object",
          properties: {
            modelId: { ...modelId, default: "amazon.nova-lite-v1:0" },
            guardrailIdentifier: { type: "string", description: "Guardrail id or ARN.", default: "gr7xk2m9qp4d" },
            guardrailVersion: { type: "string", description: "Guardrail version number or DRAFT.", default: "3" },
          },
        },
        steps: [
          {
            stepId: "applyGuardrail",
            operationId: `$sourceDescriptions.${SOURCE}.ApplyGuardrail`,
            parameters: [
              { name: "guardrailIdentifier", in: "path", value: "$inputs.guardrailIdentifier" },
              { name: "guardrailVersion", in: "path", value: "$inputs.guardrailVersion" },
            ],
            requestBody: { contentType: "application/json", payload: screened },
            successCriteria: [ok],
            outputs: { action: "$response.body#/action", outputs: "$response.body#/outputs" },
            onSuccess: [
              {
                name: "blocked",
                type: "end",
                criteria: [{ condition: "$response.body#/action == 'GUARDRAIL_INTERVENED'" }],
              },
              {
                name: "passed",
                type: "goto",
                stepId: "askModel",
                criteria: [{ condition: "$response.body#/action == 'NONE'" }],
              },
            ],
          },
          {
            stepId: "askModel",
            operationId: `$sourceDescriptions.${SOURCE}.Converse`,
            parameters: modelIdParameter,
            requestBody: {
              contentType: "application/json",
              payload: { messages: [{ role: "user", content: [{ text: textOf(screened) }] }] },
            },
            successCriteria: [ok],
            outputs: { reply: "$response.body#/output/message" },
          },
        ],
        outputs: { action: "$steps.applyGuardrail.outputs.action", reply: "$steps.askModel.outputs.reply" },
      },
      {
        workflowId: "toolUseLoop",
        summary: "Let the model call a tool and answer with its result",
        description:
          "Sends a question with a tool configuration. The model stops with `tool_use` and asks for a tool call; the caller runs the tool and sends its output back as a `toolResult` block (with the same `toolConfig`, as the service requires once tool blocks appear), and the model answers in text.",
        inputs: {
          type: "object",
          properties: {
            modelId: { ...modelId, default: "us.anthropic.claude-3-5-haiku-20241022-v1:0" },
            toolOutput: {
              type: "object",
              description: "What the tool returned, as one JSON object.",
              default: {
                orderId: "4417-B",
                status: "IN_TRANSIT",
                carrier: "Parcelway",
                expectedDelivery: "2025-06-06",
              },
            },
          },
        },
        steps: [
          {
            stepId: "requestTool",
            operationId: `$sourceDescriptions.${SOURCE}.Converse`,
            parameters: modelIdParameter,
            requestBody: { contentType: "application/json", payload: toolTurn },
            successCriteria: [ok, { condition: "$response.body#/stopReason == 'tool_use'" }],
            outputs: {
              assistantMessage: "$response.body#/output/message",
              toolUseId: "$response.body#/output/message/content/1/toolUse/toolUseId",
            },
          },
          {
            stepId: "sendToolResult",
            operationId: `$sourceDescriptions.${SOURCE}.Converse`,
            parameters: modelIdParameter,
            requestBody: {
              contentType: "application/json",
              payload: {
                ...toolTurn,
                messages: [
                  ...firstMessages,
                  "$steps.requestTool.outputs.assistantMessage",
                  {
                    role: "user",
                    content: [
                      {
                        toolResult: {
                          toolUseId: "$steps.requestTool.outputs.toolUseId",
                          content: [{ json: "$inputs.toolOutput" }],
                          status: "success",
                        },
                      },
                    ],
                  },
                ],
              },
            },
            successCriteria: [ok, { condition: "$response.body#/stopReason == 'end_turn'" }],
            outputs: { answer: "$response.body#/output/message" },
          },
        ],
        outputs: { answer: "$steps.sendToolResult.outputs.answer" },
      },
    ],
  };
}

function textOf(guardrailRequest: Json): string {
  const content = guardrailRequest["content"] as { text?: { text?: string } }[] | undefined;
  const text = content?.[0]?.text?.text;
  if (text === undefined) throw new Error("the guardrail example for the Arazzo workflows has no text content");
  return text;
}
