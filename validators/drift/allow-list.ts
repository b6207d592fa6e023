/**
 * The reviewed allow-list: differences from AWS's models that we keep on purpose, each with
 * its reason and, where the live service is the reason, the recordings that show it.
 * Anything not listed here fails `bedrock-openapi drift`; an entry that matches nothing in a
 * source it names fails it too, so delete entries as soon as AWS catches up.
 */
import type { AllowEntry } from "./apply-allow-list.js";

const newerSdk =
  "present in @aws-sdk/client-bedrock-runtime 3.1164.0, newer than the Smithy file; the SDK comparison confirms it";

const authenticationLayer =
  "sent by AWS's request authentication layer before Bedrock sees the call, so every operation can return it; the official model lists none of these errors";

export const allowList: readonly AllowEntry[] = [
  // ── additions in the SDK's newer model ────────────────────────────────────
  { code: "drift/extra-member", path: "ContentBlock.toolAddition", sources: ["smithy"], reason: newerSdk },
  { code: "drift/extra-member", path: "ContentBlock.toolRemoval", sources: ["smithy"], reason: newerSdk },
  { code: "drift/extra-member", path: "OutputConfig.effort", sources: ["smithy"], reason: newerSdk },
  { code: "drift/extra-shape", path: "ToolAdditionBlock", sources: ["smithy"], reason: newerSdk },
  { code: "drift/extra-shape", path: "ToolRemovalBlock", sources: ["smithy"], reason: newerSdk },
  { code: "drift/extra-shape", path: "ToolReference", sources: ["smithy"], reason: newerSdk },

  // ── what the live service sends that the models do not say ─────────────────
  {
    code: "drift/enum-value-extra",
    path: "ToolUseType.TOOL_USE",
    sources: ["sdk", "smithy"],
    reason: 'the live service returns toolUse blocks with type "tool_use", a value both models lack',
    evidence: [
      "contract-tests/recordings/ruby-llm/012-Converse.json",
      "contract-tests/recordings/ruby-llm/038-Converse.json",
    ],
  },
  {
    code: "drift/required-mismatch",
    path: "GuardrailSensitiveInformationPolicyAssessment.regexes",
    sources: ["sdk", "smithy"],
    reason:
      "both models mark it required, but the live service leaves it out of Converse guardrail traces when no regex filter matched",
    evidence: [
      "contract-tests/recordings/openllmetry/004-Converse.json",
      "contract-tests/recordings/openllmetry/005-ConverseStream.json",
    ],
  },

  // ── errors the live service sends that the models omit ────────────────────
  {
    code: "drift/extra-shape",
    path: "UnrecognizedClientException",
    sources: ["sdk", "smithy"],
    reason: authenticationLayer,
    evidence: [
      "contract-tests/recordings/dd-trace-py/029-InvokeModel.json",
      "contract-tests/recordings/ruby-llm/016-Converse.json",
    ],
  },
  {
    code: "drift/extra-error",
    path: "operation *.errors.UnrecognizedClientException",
    sources: ["smithy"],
    reason: authenticationLayer,
    evidence: [
      "contract-tests/recordings/dd-trace-py/029-InvokeModel.json",
      "contract-tests/recordings/ruby-llm/016-Converse.json",
    ],
  },
  {
    code: "drift/extra-shape",
    path: "InvalidSignatureException",
    sources: ["sdk", "smithy"],
    reason: authenticationLayer,
    evidence: ["contract-tests/recordings/otel-js-contrib/010-InvokeModel.json"],
  },
  {
    code: "drift/extra-error",
    path: "operation *.errors.InvalidSignatureException",
    sources: ["smithy"],
    reason: authenticationLayer,
    evidence: ["contract-tests/recordings/otel-js-contrib/010-InvokeModel.json"],
  },
  {
    code: "drift/extra-shape",
    path: "ExpiredTokenException",
    sources: ["sdk", "smithy"],
    reason: authenticationLayer,
    evidence: ["contract-tests/recordings/dd-trace-py/025-InvokeModel.json"],
  },
  {
    code: "drift/extra-error",
    path: "operation *.errors.ExpiredTokenException",
    sources: ["smithy"],
    reason: authenticationLayer,
    evidence: ["contract-tests/recordings/dd-trace-py/025-InvokeModel.json"],
  },
];
