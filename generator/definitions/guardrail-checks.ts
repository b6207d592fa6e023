// Definitions: guardrail-checks. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { enumeration, list, member, prelude, string, structure, union } from "../shapes.js";
import { operation } from "../operations.js";
import {
  AccessDeniedException,
  authenticationErrors,
  InternalServerException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "./errors.js";

export const GuardrailChecksRole = enumeration({
  name: "GuardrailChecksRole",
  description:
    "Who produced a message being checked. user: the end user of the application. assistant: the model. system: instructions set by the application, such as a system prompt.",
  values: {
    USER: "user",
    ASSISTANT: "assistant",
    SYSTEM: "system",
  },
});

export const GuardrailChecksTextContent = string({
  name: "GuardrailChecksTextContent",
  description: "Text to evaluate, at least 1 character long. Marked sensitive, so it should not be logged.",
  sensitive: true,
  length: { min: 1 },
});

export const GuardrailChecksContentBlock = union({
  name: "GuardrailChecksContentBlock",
  description:
    "One piece of a message's content. This is a union: exactly one member must be set; text is currently the only kind.",
  members: {
    text: member(GuardrailChecksTextContent, { description: "Plain text to run the checks on." }),
  },
});

export const GuardrailChecksContentBlockList = list({
  name: "GuardrailChecksContentBlockList",
  description: "The content blocks of one message, in order; at least one.",
  length: { min: 1 },
  member: GuardrailChecksContentBlock,
});

export const GuardrailChecksMessage = structure({
  name: "GuardrailChecksMessage",
  description: "One conversation turn to evaluate: who wrote it and what it contains.",
  members: {
    role: member(GuardrailChecksRole, {
      description: "Author of the message: user, assistant or system.",
      required: true,
    }),
    content: member(GuardrailChecksContentBlockList, {
      description:
        "The message's content blocks. The contentIndex of a sensitive information finding is a position in this list.",
      required: true,
    }),
  },
});

export const GuardrailChecksMessageList = list({
  name: "GuardrailChecksMessageList",
  description: "The conversation to evaluate, in order; at least one message.",
  length: { min: 1 },
  member: GuardrailChecksMessage,
});

export const GuardrailChecksContentFilterCategory = enumeration({
  name: "GuardrailChecksContentFilterCategory",
  description:
    "Harmful-content category scored by the content filter check. VIOLENCE: threats, glorification or depiction of physical harm. HATE: content attacking people for an identity trait such as race, religion or gender. SEXUAL: sexual or sexually suggestive content. MISCONDUCT: requests for or help with crimes or other harmful activities. INSULTS: demeaning, mocking or bullying language.",
  values: {
    VIOLENCE: "VIOLENCE",
    HATE: "HATE",
    SEXUAL: "SEXUAL",
    MISCONDUCT: "MISCONDUCT",
    INSULTS: "INSULTS",
  },
});

export const GuardrailChecksContentFilterCategoryConfig = structure({
  name: "GuardrailChecksContentFilterCategoryConfig",
  description: "Picks one harmful-content category for the content filter check to score.",
  members: {
    category: member(GuardrailChecksContentFilterCategory, { description: "The category to score.", required: true }),
  },
});

export const GuardrailChecksContentFilterCategoryConfigList = list({
  name: "GuardrailChecksContentFilterCategoryConfigList",
  description: "Content filter categories to score, 1 to 5 entries.",
  length: { min: 1, max: 5 },
  member: GuardrailChecksContentFilterCategoryConfig,
});

export const GuardrailChecksContentFilterConfig = structure({
  name: "GuardrailChecksContentFilterConfig",
  description: "Turns on the content filter check and chooses which harmful-content categories it scores.",
  members: {
    categories: member(GuardrailChecksContentFilterCategoryConfigList, {
      description: "The categories to score; results are reported per category.",
      required: true,
    }),
  },
});

export const GuardrailChecksPromptAttackCategory = enumeration({
  name: "GuardrailChecksPromptAttackCategory",
  description:
    "Kind of attack on the model's instructions scored by the prompt attack check. JAILBREAK: attempts to get the model to drop its safety rules or intended behaviour, for example through role-play. PROMPT_INJECTION: input that tries to override or replace the application's instructions. PROMPT_LEAKAGE: attempts to make the model reveal its system prompt or other hidden instructions.",
  values: {
    JAILBREAK: "JAILBREAK",
    PROMPT_INJECTION: "PROMPT_INJECTION",
    PROMPT_LEAKAGE: "PROMPT_LEAKAGE",
  },
});

export const GuardrailChecksPromptAttackCategoryConfig = structure({
  name: "GuardrailChecksPromptAttackCategoryConfig",
  description: "Picks one prompt attack category for the prompt attack check to score.",
  members: {
    category: member(GuardrailChecksPromptAttackCategory, { description: "The category to score.", required: true }),
  },
});

export const GuardrailChecksPromptAttackCategoryConfigList = list({
  name: "GuardrailChecksPromptAttackCategoryConfigList",
  description: "Prompt attack categories to score, 1 to 3 entries.",
  length: { min: 1, max: 3 },
  member: GuardrailChecksPromptAttackCategoryConfig,
});

export const GuardrailChecksPromptAttackConfig = structure({
  name: "GuardrailChecksPromptAttackConfig",
  description: "Turns on the prompt attack check and chooses which kinds of attack it scores.",
  members: {
    categories: member(GuardrailChecksPromptAttackCategoryConfigList, {
      description: "The categories to score; results are reported per category.",
      required: true,
    }),
  },
});

export const GuardrailChecksSensitiveInformationEntityType = enumeration({
  name: "GuardrailChecksSensitiveInformationEntityType",
  description:
    "Kind of personal or secret data the sensitive information check can find. The names describe the data; US_, UK_ and CA_ mark identifiers specific to the United States, the United Kingdom and Canada, and AWS_ACCESS_KEY and AWS_SECRET_KEY are AWS credentials. Examples: CREDIT_DEBIT_CARD_CVV is a card security code, SWIFT_CODE a bank identifier code, VEHICLE_IDENTIFICATION_NUMBER a VIN.",
  values: {
    ADDRESS: "ADDRESS",
    AGE: "AGE",
    AWS_ACCESS_KEY: "AWS_ACCESS_KEY",
    AWS_SECRET_KEY: "AWS_SECRET_KEY",
    CA_HEALTH_NUMBER: "CA_HEALTH_NUMBER",
    CA_SOCIAL_INSURANCE_NUMBER: "CA_SOCIAL_INSURANCE_NUMBER",
    CREDIT_DEBIT_CARD_CVV: "CREDIT_DEBIT_CARD_CVV",
    CREDIT_DEBIT_CARD_EXPIRY: "CREDIT_DEBIT_CARD_EXPIRY",
    CREDIT_DEBIT_CARD_NUMBER: "CREDIT_DEBIT_CARD_NUMBER",
    DRIVER_ID: "DRIVER_ID",
    EMAIL: "EMAIL",
    INTERNATIONAL_BANK_ACCOUNT_NUMBER: "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    IP_ADDRESS: "IP_ADDRESS",
    LICENSE_PLATE: "LICENSE_PLATE",
    MAC_ADDRESS: "MAC_ADDRESS",
    NAME: "NAME",
    PASSWORD: "PASSWORD",
    PHONE: "PHONE",
    PIN: "PIN",
    SWIFT_CODE: "SWIFT_CODE",
    UK_NATIONAL_HEALTH_SERVICE_NUMBER: "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    UK_NATIONAL_INSURANCE_NUMBER: "UK_NATIONAL_INSURANCE_NUMBER",
    UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER: "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
    URL: "URL",
    USERNAME: "USERNAME",
    US_BANK_ACCOUNT_NUMBER: "US_BANK_ACCOUNT_NUMBER",
    US_BANK_ROUTING_NUMBER: "US_BANK_ROUTING_NUMBER",
    US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER: "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    US_PASSPORT_NUMBER: "US_PASSPORT_NUMBER",
    US_SOCIAL_SECURITY_NUMBER: "US_SOCIAL_SECURITY_NUMBER",
    VEHICLE_IDENTIFICATION_NUMBER: "VEHICLE_IDENTIFICATION_NUMBER",
  },
});

export const GuardrailChecksSensitiveInformationEntityConfig = structure({
  name: "GuardrailChecksSensitiveInformationEntityConfig",
  description: "Picks one entity type for the sensitive information check to look for.",
  members: {
    type: member(GuardrailChecksSensitiveInformationEntityType, {
      description: "Which kind of sensitive data to search for.",
      required: true,
    }),
  },
});

export const GuardrailChecksSensitiveInformationEntityConfigList = list({
  name: "GuardrailChecksSensitiveInformationEntityConfigList",
  description: "Entity types to detect, 1 to 31 entries (31 is the number of supported types).",
  length: { min: 1, max: 31 },
  member: GuardrailChecksSensitiveInformationEntityConfig,
});

export const GuardrailChecksSensitiveInformationConfig = structure({
  name: "GuardrailChecksSensitiveInformationConfig",
  description: "Turns on the sensitive information check and chooses which entity types it looks for.",
  members: {
    entities: member(GuardrailChecksSensitiveInformationEntityConfigList, {
      description: "The entity types to detect; only these types are reported.",
      required: true,
    }),
  },
});

export const GuardrailChecksConfig = structure({
  name: "GuardrailChecksConfig",
  description:
    "The checks to run, configured inline in the request. Every member is optional but at least one should be set; a check that is left out is not run.",
  members: {
    contentFilter: member(GuardrailChecksContentFilterConfig, {
      description: "Score the messages for harmful-content categories. Omit to skip this check.",
    }),
    promptAttack: member(GuardrailChecksPromptAttackConfig, {
      description:
        "Score the messages for jailbreak, prompt injection and prompt leakage attempts. Omit to skip this check.",
    }),
    sensitiveInformation: member(GuardrailChecksSensitiveInformationConfig, {
      description: "Find and locate personal or secret data in the messages. Omit to skip this check.",
    }),
  },
});

export const InvokeGuardrailChecksRequest = structure({
  name: "InvokeGuardrailChecksRequest",
  description: "JSON body of InvokeGuardrailChecks: the messages to evaluate and the checks to run on them.",
  members: {
    messages: member(GuardrailChecksMessageList, {
      description:
        "The conversation to evaluate: one or more messages, each with a role and content blocks. The messageIndex of a sensitive information finding is a position in this list.",
      required: true,
    }),
    checks: member(GuardrailChecksConfig, {
      description:
        "Which checks to run and with what settings, given directly in the request instead of through a pre-created guardrail.",
      required: true,
    }),
  },
});

export const GuardrailChecksContentFilterResultEntry = structure({
  name: "GuardrailChecksContentFilterResultEntry",
  description: "Severity score that the content filter check gave one category.",
  members: {
    category: member(GuardrailChecksContentFilterCategory, {
      description: "The category this score applies to.",
      required: true,
    }),
    severityScore: member(prelude.Double, {
      description:
        "How severe the content is in this category, from 0.0 (least) to 1.0 (most). The caller chooses the threshold at which to act.",
      required: true,
      range: { min: 0.0, max: 1.0 },
    }),
  },
});

export const GuardrailChecksContentFilterResultList = list({
  name: "GuardrailChecksContentFilterResultList",
  description: "Content filter scores, one entry per scored category.",
  member: GuardrailChecksContentFilterResultEntry,
});

export const GuardrailChecksContentFilterResult = structure({
  name: "GuardrailChecksContentFilterResult",
  description: "Scores produced by the content filter check.",
  members: {
    results: member(GuardrailChecksContentFilterResultList, {
      description: "The score for each requested category.",
      required: true,
    }),
  },
});

export const GuardrailChecksPromptAttackResultEntry = structure({
  name: "GuardrailChecksPromptAttackResultEntry",
  description: "Severity score that the prompt attack check gave one category.",
  members: {
    category: member(GuardrailChecksPromptAttackCategory, {
      description: "The category this score applies to.",
      required: true,
    }),
    severityScore: member(prelude.Double, {
      description:
        "How severe the detected attack is in this category, from 0.0 (least) to 1.0 (most). The caller chooses the threshold at which to act.",
      required: true,
      range: { min: 0.0, max: 1.0 },
    }),
  },
});

export const GuardrailChecksPromptAttackResultList = list({
  name: "GuardrailChecksPromptAttackResultList",
  description: "Prompt attack scores, one entry per scored category.",
  member: GuardrailChecksPromptAttackResultEntry,
});

export const GuardrailChecksPromptAttackResult = structure({
  name: "GuardrailChecksPromptAttackResult",
  description: "Scores produced by the prompt attack check.",
  members: {
    results: member(GuardrailChecksPromptAttackResultList, {
      description: "The score for each requested category.",
      required: true,
    }),
  },
});

export const GuardrailChecksSensitiveInformationResultEntry = structure({
  name: "GuardrailChecksSensitiveInformationResultEntry",
  description:
    "One occurrence of sensitive data found in the input, with the type, a confidence score and its exact location.",
  members: {
    type: member(GuardrailChecksSensitiveInformationEntityType, {
      description: "Which kind of sensitive data this finding is.",
      required: true,
    }),
    confidenceScore: member(prelude.Double, {
      description: "How confident the detector is in this finding, from 0.0 (least) to 1.0 (most).",
      required: true,
      range: { min: 0.0, max: 1.0 },
    }),
    beginOffset: member(prelude.Integer, {
      description: "Zero-based character offset in the content block's text where the entity starts.",
      required: true,
      range: { min: 0 },
    }),
    endOffset: member(prelude.Integer, {
      description:
        "Character offset in the content block's text where the entity ends. The official model does not say whether this position is inclusive or exclusive.",
      required: true,
      range: { min: 0 },
    }),
    messageIndex: member(prelude.Integer, {
      description: "Zero-based position, in the request's messages list, of the message that contains the entity.",
      required: true,
      range: { min: 0 },
    }),
    contentIndex: member(prelude.Integer, {
      description: "Zero-based position, in that message's content list, of the block that contains the entity.",
      required: true,
      range: { min: 0 },
    }),
  },
});

export const GuardrailChecksSensitiveInformationResultList = list({
  name: "GuardrailChecksSensitiveInformationResultList",
  description: "Sensitive data occurrences found; empty when nothing was detected.",
  member: GuardrailChecksSensitiveInformationResultEntry,
});

export const GuardrailChecksSensitiveInformationResult = structure({
  name: "GuardrailChecksSensitiveInformationResult",
  description: "Entities found by the sensitive information check.",
  members: {
    results: member(GuardrailChecksSensitiveInformationResultList, {
      description: "Each detected occurrence, possibly cut short (see truncated).",
      required: true,
    }),
    truncated: member(prelude.Boolean, {
      description:
        "true when more entities were found than the service returns, so results is incomplete. Absent or false means the list is complete.",
    }),
  },
});

export const GuardrailChecksResults = structure({
  name: "GuardrailChecksResults",
  description: "Findings grouped by check type. Only the checks that were requested have an entry.",
  members: {
    contentFilter: member(GuardrailChecksContentFilterResult, {
      description: "Content filter scores; present when that check was requested.",
    }),
    promptAttack: member(GuardrailChecksPromptAttackResult, {
      description: "Prompt attack scores; present when that check was requested.",
    }),
    sensitiveInformation: member(GuardrailChecksSensitiveInformationResult, {
      description: "Sensitive information findings; present when that check was requested.",
    }),
  },
});

export const GuardrailChecksContentFilterUsage = structure({
  name: "GuardrailChecksContentFilterUsage",
  description: "Amount of input processed by the content filter check.",
  members: {
    textUnits: member(prelude.Integer, {
      description:
        "How much text the content filter check evaluated, counted in billable text units of up to 1,000 characters each.",
      required: true,
    }),
  },
});

export const GuardrailChecksPromptAttackUsage = structure({
  name: "GuardrailChecksPromptAttackUsage",
  description: "Amount of input processed by the prompt attack check.",
  members: {
    textUnits: member(prelude.Integer, {
      description:
        "How much text the prompt attack check evaluated, counted in billable text units of up to 1,000 characters each.",
      required: true,
    }),
  },
});

export const GuardrailChecksSensitiveInformationUsage = structure({
  name: "GuardrailChecksSensitiveInformationUsage",
  description: "Amount of input processed by the sensitive information check.",
  members: {
    textUnits: member(prelude.Integer, {
      description:
        "How much text the sensitive information check evaluated, counted in billable text units of up to 1,000 characters each.",
      required: true,
    }),
  },
});

export const GuardrailChecksUsageResults = structure({
  name: "GuardrailChecksUsageResults",
  description: "Text units consumed, broken down by check type. Checks that did not run have no entry.",
  members: {
    contentFilter: member(GuardrailChecksContentFilterUsage, {
      description: "Usage of the content filter check; present when it ran.",
    }),
    promptAttack: member(GuardrailChecksPromptAttackUsage, {
      description: "Usage of the prompt attack check; present when it ran.",
    }),
    sensitiveInformation: member(GuardrailChecksSensitiveInformationUsage, {
      description: "Usage of the sensitive information check; present when it ran.",
    }),
  },
});

export const InvokeGuardrailChecksResponse = structure({
  name: "InvokeGuardrailChecksResponse",
  description: "Output of InvokeGuardrailChecks: the findings of each check that ran and the text units it used.",
  members: {
    results: member(GuardrailChecksResults, {
      description: "Scores and detections, grouped by check type.",
      required: true,
    }),
    usage: member(GuardrailChecksUsageResults, {
      description: "Text units consumed, grouped by check type.",
      required: true,
    }),
  },
});

export const InvokeGuardrailChecks = operation({
  name: "InvokeGuardrailChecks",
  method: "POST",
  uri: "/guardrail-checks/invoke",
  status: 200,
  input: InvokeGuardrailChecksRequest,
  output: InvokeGuardrailChecksResponse,
  errors: [
    AccessDeniedException,
    InternalServerException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException,
    ...authenticationErrors,
  ],
  iamAction: "bedrock:InvokeGuardrailChecks",
  tags: ["Guardrails"],
  summary: "Run inline guardrail checks on a list of messages",
  description:
    "Evaluates conversation messages with checks configured in the request itself (content filter, prompt attack and sensitive information), so no guardrail resource has to be created first, unlike ApplyGuardrail. The response holds only scores and the locations of detected entities, with no verdict or masked text, so the caller decides what to block or redact; this suits custom moderation thresholds and screening input before a model call. Consumption is reported per check in text units. Authorized by the bedrock:InvokeGuardrailChecks IAM action.",
  examples: [
    {
      name: "screenUserMessage",
      summary: "Score a user message for insults, prompt attacks and card numbers",
      description:
        "All three checks on a short conversation. The scores leave the decision to the caller: here the insult score is high, the prompt attack scores are low, and the card number is located by message, content block and character offsets (a well-known test card number).",
      request: {
        body: {
          messages: [
            { role: "system", content: [{ text: "You are the support assistant of Lantern Books." }] },
            {
              role: "user",
              content: [
                { text: "My card 4111 1111 1111 1111 was charged twice and your support team are useless idiots." },
              ],
            },
          ],
          checks: {
            contentFilter: { categories: [{ category: "INSULTS" }, { category: "HATE" }] },
            promptAttack: { categories: [{ category: "JAILBREAK" }, { category: "PROMPT_INJECTION" }] },
            sensitiveInformation: { entities: [{ type: "CREDIT_DEBIT_CARD_NUMBER" }, { type: "EMAIL" }] },
          },
        },
      },
      response: {
        status: 200,
        body: {
          results: {
            contentFilter: {
              results: [
                { category: "INSULTS", severityScore: 0.87 },
                { category: "HATE", severityScore: 0.04 },
              ],
            },
            promptAttack: {
              results: [
                { category: "JAILBREAK", severityScore: 0.02 },
                { category: "PROMPT_INJECTION", severityScore: 0.01 },
              ],
            },
            sensitiveInformation: {
              results: [
                {
                  type: "CREDIT_DEBIT_CARD_NUMBER",
                  confidenceScore: 0.99,
                  beginOffset: 8,
                  endOffset: 27,
                  messageIndex: 1,
                  contentIndex: 0,
                },
              ],
              truncated: false,
            },
          },
          usage: {
            contentFilter: { textUnits: 1 },
            promptAttack: { textUnits: 1 },
            sensitiveInformation: { textUnits: 1 },
          },
        },
      },
    },
  ],
});
