// Definitions: guardrail-checks. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { enumeration, list, member, prelude, string, structure, union } from "../shapes.js";
import { operation } from "../operations.js";
import { AccessDeniedException, InternalServerException, ServiceUnavailableException, ThrottlingException, ValidationException } from "./errors.js";

export const GuardrailChecksRole = enumeration({
  name: "GuardrailChecksRole",
  description: "",
  values: {
    USER: "user",
    ASSISTANT: "assistant",
    SYSTEM: "system",
  },
});

export const GuardrailChecksTextContent = string({
  name: "GuardrailChecksTextContent",
  description: "",
  sensitive: true,
  length: { min: 1 },
});

export const GuardrailChecksContentBlock = union({
  name: "GuardrailChecksContentBlock",
  description: "",
  members: {
    text: member(GuardrailChecksTextContent, { description: "" }),
  },
});

export const GuardrailChecksContentBlockList = list({
  name: "GuardrailChecksContentBlockList",
  description: "",
  length: { min: 1 },
  member: GuardrailChecksContentBlock,
});

export const GuardrailChecksMessage = structure({
  name: "GuardrailChecksMessage",
  description: "",
  members: {
    role: member(GuardrailChecksRole, { description: "", required: true }),
    content: member(GuardrailChecksContentBlockList, { description: "", required: true }),
  },
});

export const GuardrailChecksMessageList = list({
  name: "GuardrailChecksMessageList",
  description: "",
  length: { min: 1 },
  member: GuardrailChecksMessage,
});

export const GuardrailChecksContentFilterCategory = enumeration({
  name: "GuardrailChecksContentFilterCategory",
  description: "",
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
  description: "",
  members: {
    category: member(GuardrailChecksContentFilterCategory, { description: "", required: true }),
  },
});

export const GuardrailChecksContentFilterCategoryConfigList = list({
  name: "GuardrailChecksContentFilterCategoryConfigList",
  description: "",
  length: { min: 1, max: 5 },
  member: GuardrailChecksContentFilterCategoryConfig,
});

export const GuardrailChecksContentFilterConfig = structure({
  name: "GuardrailChecksContentFilterConfig",
  description: "",
  members: {
    categories: member(GuardrailChecksContentFilterCategoryConfigList, { description: "", required: true }),
  },
});

export const GuardrailChecksPromptAttackCategory = enumeration({
  name: "GuardrailChecksPromptAttackCategory",
  description: "",
  values: {
    JAILBREAK: "JAILBREAK",
    PROMPT_INJECTION: "PROMPT_INJECTION",
    PROMPT_LEAKAGE: "PROMPT_LEAKAGE",
  },
});

export const GuardrailChecksPromptAttackCategoryConfig = structure({
  name: "GuardrailChecksPromptAttackCategoryConfig",
  description: "",
  members: {
    category: member(GuardrailChecksPromptAttackCategory, { description: "", required: true }),
  },
});

export const GuardrailChecksPromptAttackCategoryConfigList = list({
  name: "GuardrailChecksPromptAttackCategoryConfigList",
  description: "",
  length: { min: 1, max: 3 },
  member: GuardrailChecksPromptAttackCategoryConfig,
});

export const GuardrailChecksPromptAttackConfig = structure({
  name: "GuardrailChecksPromptAttackConfig",
  description: "",
  members: {
    categories: member(GuardrailChecksPromptAttackCategoryConfigList, { description: "", required: true }),
  },
});

export const GuardrailChecksSensitiveInformationEntityType = enumeration({
  name: "GuardrailChecksSensitiveInformationEntityType",
  description: "",
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
  description: "",
  members: {
    type: member(GuardrailChecksSensitiveInformationEntityType, { description: "", required: true }),
  },
});

export const GuardrailChecksSensitiveInformationEntityConfigList = list({
  name: "GuardrailChecksSensitiveInformationEntityConfigList",
  description: "",
  length: { min: 1, max: 31 },
  member: GuardrailChecksSensitiveInformationEntityConfig,
});

export const GuardrailChecksSensitiveInformationConfig = structure({
  name: "GuardrailChecksSensitiveInformationConfig",
  description: "",
  members: {
    entities: member(GuardrailChecksSensitiveInformationEntityConfigList, { description: "", required: true }),
  },
});

export const GuardrailChecksConfig = structure({
  name: "GuardrailChecksConfig",
  description: "",
  members: {
    contentFilter: member(GuardrailChecksContentFilterConfig, { description: "" }),
    promptAttack: member(GuardrailChecksPromptAttackConfig, { description: "" }),
    sensitiveInformation: member(GuardrailChecksSensitiveInformationConfig, { description: "" }),
  },
});

export const InvokeGuardrailChecksRequest = structure({
  name: "InvokeGuardrailChecksRequest",
  description: "",
  members: {
    messages: member(GuardrailChecksMessageList, { description: "", required: true }),
    checks: member(GuardrailChecksConfig, { description: "", required: true }),
  },
});

export const GuardrailChecksContentFilterResultEntry = structure({
  name: "GuardrailChecksContentFilterResultEntry",
  description: "",
  members: {
    category: member(GuardrailChecksContentFilterCategory, { description: "", required: true }),
    severityScore: member(prelude.Double, { description: "", required: true, range: { min: 0.0, max: 1.0 } }),
  },
});

export const GuardrailChecksContentFilterResultList = list({
  name: "GuardrailChecksContentFilterResultList",
  description: "",
  member: GuardrailChecksContentFilterResultEntry,
});

export const GuardrailChecksContentFilterResult = structure({
  name: "GuardrailChecksContentFilterResult",
  description: "",
  members: {
    results: member(GuardrailChecksContentFilterResultList, { description: "", required: true }),
  },
});

export const GuardrailChecksPromptAttackResultEntry = structure({
  name: "GuardrailChecksPromptAttackResultEntry",
  description: "",
  members: {
    category: member(GuardrailChecksPromptAttackCategory, { description: "", required: true }),
    severityScore: member(prelude.Double, { description: "", required: true, range: { min: 0.0, max: 1.0 } }),
  },
});

export const GuardrailChecksPromptAttackResultList = list({
  name: "GuardrailChecksPromptAttackResultList",
  description: "",
  member: GuardrailChecksPromptAttackResultEntry,
});

export const GuardrailChecksPromptAttackResult = structure({
  name: "GuardrailChecksPromptAttackResult",
  description: "",
  members: {
    results: member(GuardrailChecksPromptAttackResultList, { description: "", required: true }),
  },
});

export const GuardrailChecksSensitiveInformationResultEntry = structure({
  name: "GuardrailChecksSensitiveInformationResultEntry",
  description: "",
  members: {
    type: member(GuardrailChecksSensitiveInformationEntityType, { description: "", required: true }),
    confidenceScore: member(prelude.Double, { description: "", required: true, range: { min: 0.0, max: 1.0 } }),
    beginOffset: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
    endOffset: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
    messageIndex: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
    contentIndex: member(prelude.Integer, { description: "", required: true, range: { min: 0 } }),
  },
});

export const GuardrailChecksSensitiveInformationResultList = list({
  name: "GuardrailChecksSensitiveInformationResultList",
  description: "",
  member: GuardrailChecksSensitiveInformationResultEntry,
});

export const GuardrailChecksSensitiveInformationResult = structure({
  name: "GuardrailChecksSensitiveInformationResult",
  description: "",
  members: {
    results: member(GuardrailChecksSensitiveInformationResultList, { description: "", required: true }),
    truncated: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailChecksResults = structure({
  name: "GuardrailChecksResults",
  description: "",
  members: {
    contentFilter: member(GuardrailChecksContentFilterResult, { description: "" }),
    promptAttack: member(GuardrailChecksPromptAttackResult, { description: "" }),
    sensitiveInformation: member(GuardrailChecksSensitiveInformationResult, { description: "" }),
  },
});

export const GuardrailChecksContentFilterUsage = structure({
  name: "GuardrailChecksContentFilterUsage",
  description: "",
  members: {
    textUnits: member(prelude.Integer, { description: "", required: true }),
  },
});

export const GuardrailChecksPromptAttackUsage = structure({
  name: "GuardrailChecksPromptAttackUsage",
  description: "",
  members: {
    textUnits: member(prelude.Integer, { description: "", required: true }),
  },
});

export const GuardrailChecksSensitiveInformationUsage = structure({
  name: "GuardrailChecksSensitiveInformationUsage",
  description: "",
  members: {
    textUnits: member(prelude.Integer, { description: "", required: true }),
  },
});

export const GuardrailChecksUsageResults = structure({
  name: "GuardrailChecksUsageResults",
  description: "",
  members: {
    contentFilter: member(GuardrailChecksContentFilterUsage, { description: "" }),
    promptAttack: member(GuardrailChecksPromptAttackUsage, { description: "" }),
    sensitiveInformation: member(GuardrailChecksSensitiveInformationUsage, { description: "" }),
  },
});

export const InvokeGuardrailChecksResponse = structure({
  name: "InvokeGuardrailChecksResponse",
  description: "",
  members: {
    results: member(GuardrailChecksResults, { description: "", required: true }),
    usage: member(GuardrailChecksUsageResults, { description: "", required: true }),
  },
});

export const InvokeGuardrailChecks = operation({
  name: "InvokeGuardrailChecks",
  method: "POST",
  uri: "/guardrail-checks/invoke",
  status: 200,
  input: InvokeGuardrailChecksRequest,
  output: InvokeGuardrailChecksResponse,
  errors: [AccessDeniedException, InternalServerException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:InvokeGuardrailChecks",
  tags: ["Guardrails"],
  summary: "",
  description: "",
});
