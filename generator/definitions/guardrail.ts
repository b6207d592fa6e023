// Definitions: guardrail. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { double, enumeration, integer, label, list, long, member, prelude, string, structure, union } from "../shapes.js";
import { operation } from "../operations.js";
import { AccessDeniedException, InternalServerException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException } from "./errors.js";

export const GuardrailIdentifier = string({
  name: "GuardrailIdentifier",
  description: "",
  length: { max: 2048 },
  pattern: "^(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$",
});

export const GuardrailVersion = string({
  name: "GuardrailVersion",
  description: "",
  pattern: "^(|([1-9][0-9]{0,7})|(DRAFT))$",
});

export const GuardrailContentSource = enumeration({
  name: "GuardrailContentSource",
  description: "",
  values: {
    INPUT: "INPUT",
    OUTPUT: "OUTPUT",
  },
});

export const GuardrailContentQualifier = enumeration({
  name: "GuardrailContentQualifier",
  description: "",
  values: {
    GROUNDING_SOURCE: "grounding_source",
    QUERY: "query",
    GUARD_CONTENT: "guard_content",
  },
});

export const GuardrailContentQualifierList = list({
  name: "GuardrailContentQualifierList",
  description: "",
  member: GuardrailContentQualifier,
});

export const GuardrailTextBlock = structure({
  name: "GuardrailTextBlock",
  description: "",
  members: {
    text: member(prelude.String, { description: "", required: true }),
    qualifiers: member(GuardrailContentQualifierList, { description: "" }),
  },
});

export const GuardrailImageFormat = enumeration({
  name: "GuardrailImageFormat",
  description: "",
  values: {
    PNG: "png",
    JPEG: "jpeg",
  },
});

export const GuardrailImageSource = union({
  name: "GuardrailImageSource",
  description: "",
  sensitive: true,
  members: {
    bytes: member(prelude.Blob, { description: "", length: { min: 1 } }),
  },
});

export const GuardrailImageBlock = structure({
  name: "GuardrailImageBlock",
  description: "",
  sensitive: true,
  members: {
    format: member(GuardrailImageFormat, { description: "", required: true }),
    source: member(GuardrailImageSource, { description: "", required: true }),
  },
});

export const GuardrailContentBlock = union({
  name: "GuardrailContentBlock",
  description: "",
  members: {
    text: member(GuardrailTextBlock, { description: "" }),
    image: member(GuardrailImageBlock, { description: "" }),
  },
});

export const GuardrailContentBlockList = list({
  name: "GuardrailContentBlockList",
  description: "",
  member: GuardrailContentBlock,
});

export const GuardrailOutputScope = enumeration({
  name: "GuardrailOutputScope",
  description: "",
  values: {
    INTERVENTIONS: "INTERVENTIONS",
    FULL: "FULL",
  },
});

export const ApplyGuardrailRequest = structure({
  name: "ApplyGuardrailRequest",
  description: "",
  members: {
    guardrailIdentifier: member(GuardrailIdentifier, { description: "", required: true, binding: label() }),
    guardrailVersion: member(GuardrailVersion, { description: "", required: true, binding: label() }),
    source: member(GuardrailContentSource, { description: "", required: true }),
    content: member(GuardrailContentBlockList, { description: "", required: true }),
    outputScope: member(GuardrailOutputScope, { description: "" }),
  },
});

export const GuardrailTopicPolicyUnitsProcessed = integer({
  name: "GuardrailTopicPolicyUnitsProcessed",
  description: "",
});

export const GuardrailContentPolicyUnitsProcessed = integer({
  name: "GuardrailContentPolicyUnitsProcessed",
  description: "",
});

export const GuardrailWordPolicyUnitsProcessed = integer({
  name: "GuardrailWordPolicyUnitsProcessed",
  description: "",
});

export const GuardrailSensitiveInformationPolicyUnitsProcessed = integer({
  name: "GuardrailSensitiveInformationPolicyUnitsProcessed",
  description: "",
});

export const GuardrailSensitiveInformationPolicyFreeUnitsProcessed = integer({
  name: "GuardrailSensitiveInformationPolicyFreeUnitsProcessed",
  description: "",
});

export const GuardrailContextualGroundingPolicyUnitsProcessed = integer({
  name: "GuardrailContextualGroundingPolicyUnitsProcessed",
  description: "",
});

export const GuardrailContentPolicyImageUnitsProcessed = integer({
  name: "GuardrailContentPolicyImageUnitsProcessed",
  description: "",
});

export const GuardrailAutomatedReasoningPolicyUnitsProcessed = integer({
  name: "GuardrailAutomatedReasoningPolicyUnitsProcessed",
  description: "",
});

export const GuardrailAutomatedReasoningPoliciesProcessed = integer({
  name: "GuardrailAutomatedReasoningPoliciesProcessed",
  description: "",
});

export const GuardrailUsage = structure({
  name: "GuardrailUsage",
  description: "",
  members: {
    topicPolicyUnits: member(GuardrailTopicPolicyUnitsProcessed, { description: "", required: true }),
    contentPolicyUnits: member(GuardrailContentPolicyUnitsProcessed, { description: "", required: true }),
    wordPolicyUnits: member(GuardrailWordPolicyUnitsProcessed, { description: "", required: true }),
    sensitiveInformationPolicyUnits: member(GuardrailSensitiveInformationPolicyUnitsProcessed, { description: "", required: true }),
    sensitiveInformationPolicyFreeUnits: member(GuardrailSensitiveInformationPolicyFreeUnitsProcessed, { description: "", required: true }),
    contextualGroundingPolicyUnits: member(GuardrailContextualGroundingPolicyUnitsProcessed, { description: "", required: true }),
    contentPolicyImageUnits: member(GuardrailContentPolicyImageUnitsProcessed, { description: "" }),
    automatedReasoningPolicyUnits: member(GuardrailAutomatedReasoningPolicyUnitsProcessed, { description: "" }),
    automatedReasoningPolicies: member(GuardrailAutomatedReasoningPoliciesProcessed, { description: "" }),
  },
});

export const GuardrailAction = enumeration({
  name: "GuardrailAction",
  description: "",
  values: {
    NONE: "NONE",
    GUARDRAIL_INTERVENED: "GUARDRAIL_INTERVENED",
  },
});

export const GuardrailOutputText = string({
  name: "GuardrailOutputText",
  description: "",
});

export const GuardrailOutputContent = structure({
  name: "GuardrailOutputContent",
  description: "",
  members: {
    text: member(GuardrailOutputText, { description: "" }),
  },
});

export const GuardrailOutputContentList = list({
  name: "GuardrailOutputContentList",
  description: "",
  member: GuardrailOutputContent,
});

export const GuardrailTopicType = enumeration({
  name: "GuardrailTopicType",
  description: "",
  values: {
    DENY: "DENY",
  },
});

export const GuardrailTopicPolicyAction = enumeration({
  name: "GuardrailTopicPolicyAction",
  description: "",
  values: {
    BLOCKED: "BLOCKED",
    NONE: "NONE",
  },
});

export const GuardrailTopic = structure({
  name: "GuardrailTopic",
  description: "",
  members: {
    name: member(prelude.String, { description: "", required: true }),
    type: member(GuardrailTopicType, { description: "", required: true }),
    action: member(GuardrailTopicPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailTopicList = list({
  name: "GuardrailTopicList",
  description: "",
  member: GuardrailTopic,
});

export const GuardrailTopicPolicyAssessment = structure({
  name: "GuardrailTopicPolicyAssessment",
  description: "",
  members: {
    topics: member(GuardrailTopicList, { description: "", required: true }),
  },
});

export const GuardrailContentFilterType = enumeration({
  name: "GuardrailContentFilterType",
  description: "",
  values: {
    INSULTS: "INSULTS",
    HATE: "HATE",
    SEXUAL: "SEXUAL",
    VIOLENCE: "VIOLENCE",
    MISCONDUCT: "MISCONDUCT",
    PROMPT_ATTACK: "PROMPT_ATTACK",
  },
});

export const GuardrailContentFilterConfidence = enumeration({
  name: "GuardrailContentFilterConfidence",
  description: "",
  values: {
    NONE: "NONE",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
    HIGH: "HIGH",
  },
});

export const GuardrailContentFilterStrength = enumeration({
  name: "GuardrailContentFilterStrength",
  description: "",
  values: {
    NONE: "NONE",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
    HIGH: "HIGH",
  },
});

export const GuardrailContentPolicyAction = enumeration({
  name: "GuardrailContentPolicyAction",
  description: "",
  values: {
    BLOCKED: "BLOCKED",
    NONE: "NONE",
  },
});

export const GuardrailContentFilter = structure({
  name: "GuardrailContentFilter",
  description: "",
  members: {
    type: member(GuardrailContentFilterType, { description: "", required: true }),
    confidence: member(GuardrailContentFilterConfidence, { description: "", required: true }),
    filterStrength: member(GuardrailContentFilterStrength, { description: "" }),
    action: member(GuardrailContentPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailContentFilterList = list({
  name: "GuardrailContentFilterList",
  description: "",
  member: GuardrailContentFilter,
});

export const GuardrailContentPolicyAssessment = structure({
  name: "GuardrailContentPolicyAssessment",
  description: "",
  members: {
    filters: member(GuardrailContentFilterList, { description: "", required: true }),
  },
});

export const GuardrailWordPolicyAction = enumeration({
  name: "GuardrailWordPolicyAction",
  description: "",
  values: {
    BLOCKED: "BLOCKED",
    NONE: "NONE",
  },
});

export const GuardrailCustomWord = structure({
  name: "GuardrailCustomWord",
  description: "",
  members: {
    match: member(prelude.String, { description: "", required: true }),
    action: member(GuardrailWordPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailCustomWordList = list({
  name: "GuardrailCustomWordList",
  description: "",
  member: GuardrailCustomWord,
});

export const GuardrailManagedWordType = enumeration({
  name: "GuardrailManagedWordType",
  description: "",
  values: {
    PROFANITY: "PROFANITY",
  },
});

export const GuardrailManagedWord = structure({
  name: "GuardrailManagedWord",
  description: "",
  members: {
    match: member(prelude.String, { description: "", required: true }),
    type: member(GuardrailManagedWordType, { description: "", required: true }),
    action: member(GuardrailWordPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailManagedWordList = list({
  name: "GuardrailManagedWordList",
  description: "",
  member: GuardrailManagedWord,
});

export const GuardrailWordPolicyAssessment = structure({
  name: "GuardrailWordPolicyAssessment",
  description: "",
  members: {
    customWords: member(GuardrailCustomWordList, { description: "", required: true }),
    managedWordLists: member(GuardrailManagedWordList, { description: "", required: true }),
  },
});

export const GuardrailPiiEntityType = enumeration({
  name: "GuardrailPiiEntityType",
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

export const GuardrailSensitiveInformationPolicyAction = enumeration({
  name: "GuardrailSensitiveInformationPolicyAction",
  description: "",
  values: {
    ANONYMIZED: "ANONYMIZED",
    BLOCKED: "BLOCKED",
    NONE: "NONE",
  },
});

export const GuardrailPiiEntityFilter = structure({
  name: "GuardrailPiiEntityFilter",
  description: "",
  members: {
    match: member(prelude.String, { description: "", required: true }),
    type: member(GuardrailPiiEntityType, { description: "", required: true }),
    action: member(GuardrailSensitiveInformationPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailPiiEntityFilterList = list({
  name: "GuardrailPiiEntityFilterList",
  description: "",
  member: GuardrailPiiEntityFilter,
});

export const GuardrailRegexFilter = structure({
  name: "GuardrailRegexFilter",
  description: "",
  members: {
    name: member(prelude.String, { description: "" }),
    match: member(prelude.String, { description: "" }),
    regex: member(prelude.String, { description: "" }),
    action: member(GuardrailSensitiveInformationPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailRegexFilterList = list({
  name: "GuardrailRegexFilterList",
  description: "",
  member: GuardrailRegexFilter,
});

export const GuardrailSensitiveInformationPolicyAssessment = structure({
  name: "GuardrailSensitiveInformationPolicyAssessment",
  description: "",
  members: {
    piiEntities: member(GuardrailPiiEntityFilterList, { description: "", required: true }),
    regexes: member(GuardrailRegexFilterList, { description: "", required: true }),
  },
});

export const GuardrailContextualGroundingFilterType = enumeration({
  name: "GuardrailContextualGroundingFilterType",
  description: "",
  values: {
    GROUNDING: "GROUNDING",
    RELEVANCE: "RELEVANCE",
  },
});

export const GuardrailContextualGroundingPolicyAction = enumeration({
  name: "GuardrailContextualGroundingPolicyAction",
  description: "",
  values: {
    BLOCKED: "BLOCKED",
    NONE: "NONE",
  },
});

export const GuardrailContextualGroundingFilter = structure({
  name: "GuardrailContextualGroundingFilter",
  description: "",
  members: {
    type: member(GuardrailContextualGroundingFilterType, { description: "", required: true }),
    threshold: member(prelude.Double, { description: "", required: true, range: { min: 0, max: 1 } }),
    score: member(prelude.Double, { description: "", required: true, range: { min: 0, max: 1 } }),
    action: member(GuardrailContextualGroundingPolicyAction, { description: "", required: true }),
    detected: member(prelude.Boolean, { description: "" }),
  },
});

export const GuardrailContextualGroundingFilters = list({
  name: "GuardrailContextualGroundingFilters",
  description: "",
  member: GuardrailContextualGroundingFilter,
});

export const GuardrailContextualGroundingPolicyAssessment = structure({
  name: "GuardrailContextualGroundingPolicyAssessment",
  description: "",
  members: {
    filters: member(GuardrailContextualGroundingFilters, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningStatementLogicContent = string({
  name: "GuardrailAutomatedReasoningStatementLogicContent",
  description: "",
  sensitive: true,
  length: { max: 1000 },
});

export const GuardrailAutomatedReasoningStatementNaturalLanguageContent = string({
  name: "GuardrailAutomatedReasoningStatementNaturalLanguageContent",
  description: "",
  sensitive: true,
  length: { max: 1000 },
});

export const GuardrailAutomatedReasoningStatement = structure({
  name: "GuardrailAutomatedReasoningStatement",
  description: "",
  members: {
    logic: member(GuardrailAutomatedReasoningStatementLogicContent, { description: "" }),
    naturalLanguage: member(GuardrailAutomatedReasoningStatementNaturalLanguageContent, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningStatementList = list({
  name: "GuardrailAutomatedReasoningStatementList",
  description: "",
  member: GuardrailAutomatedReasoningStatement,
});

export const GuardrailAutomatedReasoningInputTextReference = structure({
  name: "GuardrailAutomatedReasoningInputTextReference",
  description: "",
  members: {
    text: member(GuardrailAutomatedReasoningStatementNaturalLanguageContent, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningInputTextReferenceList = list({
  name: "GuardrailAutomatedReasoningInputTextReferenceList",
  description: "",
  member: GuardrailAutomatedReasoningInputTextReference,
});

export const GuardrailAutomatedReasoningTranslationConfidence = double({
  name: "GuardrailAutomatedReasoningTranslationConfidence",
  description: "",
  range: { min: 0, max: 1 },
});

export const GuardrailAutomatedReasoningTranslation = structure({
  name: "GuardrailAutomatedReasoningTranslation",
  description: "",
  members: {
    premises: member(GuardrailAutomatedReasoningStatementList, { description: "" }),
    claims: member(GuardrailAutomatedReasoningStatementList, { description: "" }),
    untranslatedPremises: member(GuardrailAutomatedReasoningInputTextReferenceList, { description: "" }),
    untranslatedClaims: member(GuardrailAutomatedReasoningInputTextReferenceList, { description: "" }),
    confidence: member(GuardrailAutomatedReasoningTranslationConfidence, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningScenario = structure({
  name: "GuardrailAutomatedReasoningScenario",
  description: "",
  members: {
    statements: member(GuardrailAutomatedReasoningStatementList, { description: "" }),
  },
});

export const AutomatedReasoningRuleIdentifier = string({
  name: "AutomatedReasoningRuleIdentifier",
  description: "",
  length: { max: 12 },
  pattern: "^[a-z0-9]{12}$",
});

export const GuardrailAutomatedReasoningPolicyVersionArn = string({
  name: "GuardrailAutomatedReasoningPolicyVersionArn",
  description: "",
  length: { max: 2048 },
  pattern: "^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?$",
});

export const GuardrailAutomatedReasoningRule = structure({
  name: "GuardrailAutomatedReasoningRule",
  description: "",
  members: {
    identifier: member(AutomatedReasoningRuleIdentifier, { description: "" }),
    policyVersionArn: member(GuardrailAutomatedReasoningPolicyVersionArn, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningRuleList = list({
  name: "GuardrailAutomatedReasoningRuleList",
  description: "",
  member: GuardrailAutomatedReasoningRule,
});

export const GuardrailAutomatedReasoningLogicWarningType = enumeration({
  name: "GuardrailAutomatedReasoningLogicWarningType",
  description: "",
  values: {
    ALWAYS_FALSE: "ALWAYS_FALSE",
    ALWAYS_TRUE: "ALWAYS_TRUE",
  },
});

export const GuardrailAutomatedReasoningLogicWarning = structure({
  name: "GuardrailAutomatedReasoningLogicWarning",
  description: "",
  members: {
    type: member(GuardrailAutomatedReasoningLogicWarningType, { description: "" }),
    premises: member(GuardrailAutomatedReasoningStatementList, { description: "" }),
    claims: member(GuardrailAutomatedReasoningStatementList, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningValidFinding = structure({
  name: "GuardrailAutomatedReasoningValidFinding",
  description: "",
  members: {
    translation: member(GuardrailAutomatedReasoningTranslation, { description: "" }),
    claimsTrueScenario: member(GuardrailAutomatedReasoningScenario, { description: "" }),
    supportingRules: member(GuardrailAutomatedReasoningRuleList, { description: "" }),
    logicWarning: member(GuardrailAutomatedReasoningLogicWarning, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningInvalidFinding = structure({
  name: "GuardrailAutomatedReasoningInvalidFinding",
  description: "",
  members: {
    translation: member(GuardrailAutomatedReasoningTranslation, { description: "" }),
    contradictingRules: member(GuardrailAutomatedReasoningRuleList, { description: "" }),
    logicWarning: member(GuardrailAutomatedReasoningLogicWarning, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningSatisfiableFinding = structure({
  name: "GuardrailAutomatedReasoningSatisfiableFinding",
  description: "",
  members: {
    translation: member(GuardrailAutomatedReasoningTranslation, { description: "" }),
    claimsTrueScenario: member(GuardrailAutomatedReasoningScenario, { description: "" }),
    claimsFalseScenario: member(GuardrailAutomatedReasoningScenario, { description: "" }),
    logicWarning: member(GuardrailAutomatedReasoningLogicWarning, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningImpossibleFinding = structure({
  name: "GuardrailAutomatedReasoningImpossibleFinding",
  description: "",
  members: {
    translation: member(GuardrailAutomatedReasoningTranslation, { description: "" }),
    contradictingRules: member(GuardrailAutomatedReasoningRuleList, { description: "" }),
    logicWarning: member(GuardrailAutomatedReasoningLogicWarning, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningTranslationList = list({
  name: "GuardrailAutomatedReasoningTranslationList",
  description: "",
  member: GuardrailAutomatedReasoningTranslation,
});

export const GuardrailAutomatedReasoningTranslationOption = structure({
  name: "GuardrailAutomatedReasoningTranslationOption",
  description: "",
  members: {
    translations: member(GuardrailAutomatedReasoningTranslationList, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningTranslationOptionList = list({
  name: "GuardrailAutomatedReasoningTranslationOptionList",
  description: "",
  length: { max: 2 },
  member: GuardrailAutomatedReasoningTranslationOption,
});

export const GuardrailAutomatedReasoningDifferenceScenarioList = list({
  name: "GuardrailAutomatedReasoningDifferenceScenarioList",
  description: "",
  length: { max: 2 },
  member: GuardrailAutomatedReasoningScenario,
});

export const GuardrailAutomatedReasoningTranslationAmbiguousFinding = structure({
  name: "GuardrailAutomatedReasoningTranslationAmbiguousFinding",
  description: "",
  members: {
    options: member(GuardrailAutomatedReasoningTranslationOptionList, { description: "" }),
    differenceScenarios: member(GuardrailAutomatedReasoningDifferenceScenarioList, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningTooComplexFinding = structure({
  name: "GuardrailAutomatedReasoningTooComplexFinding",
  description: "",
  members: {
  },
});

export const GuardrailAutomatedReasoningNoTranslationsFinding = structure({
  name: "GuardrailAutomatedReasoningNoTranslationsFinding",
  description: "",
  members: {
  },
});

export const GuardrailAutomatedReasoningFinding = union({
  name: "GuardrailAutomatedReasoningFinding",
  description: "",
  members: {
    valid: member(GuardrailAutomatedReasoningValidFinding, { description: "" }),
    invalid: member(GuardrailAutomatedReasoningInvalidFinding, { description: "" }),
    satisfiable: member(GuardrailAutomatedReasoningSatisfiableFinding, { description: "" }),
    impossible: member(GuardrailAutomatedReasoningImpossibleFinding, { description: "" }),
    translationAmbiguous: member(GuardrailAutomatedReasoningTranslationAmbiguousFinding, { description: "" }),
    tooComplex: member(GuardrailAutomatedReasoningTooComplexFinding, { description: "" }),
    noTranslations: member(GuardrailAutomatedReasoningNoTranslationsFinding, { description: "" }),
  },
});

export const GuardrailAutomatedReasoningFindingList = list({
  name: "GuardrailAutomatedReasoningFindingList",
  description: "",
  member: GuardrailAutomatedReasoningFinding,
});

export const GuardrailAutomatedReasoningPolicyAssessment = structure({
  name: "GuardrailAutomatedReasoningPolicyAssessment",
  description: "",
  members: {
    findings: member(GuardrailAutomatedReasoningFindingList, { description: "" }),
  },
});

export const GuardrailProcessingLatency = long({
  name: "GuardrailProcessingLatency",
  description: "",
});

export const TextCharactersGuarded = integer({
  name: "TextCharactersGuarded",
  description: "",
});

export const TextCharactersTotal = integer({
  name: "TextCharactersTotal",
  description: "",
});

export const GuardrailTextCharactersCoverage = structure({
  name: "GuardrailTextCharactersCoverage",
  description: "",
  members: {
    guarded: member(TextCharactersGuarded, { description: "" }),
    total: member(TextCharactersTotal, { description: "" }),
  },
});

export const ImagesGuarded = integer({
  name: "ImagesGuarded",
  description: "",
});

export const ImagesTotal = integer({
  name: "ImagesTotal",
  description: "",
});

export const GuardrailImageCoverage = structure({
  name: "GuardrailImageCoverage",
  description: "",
  members: {
    guarded: member(ImagesGuarded, { description: "" }),
    total: member(ImagesTotal, { description: "" }),
  },
});

export const GuardrailCoverage = structure({
  name: "GuardrailCoverage",
  description: "",
  members: {
    textCharacters: member(GuardrailTextCharactersCoverage, { description: "" }),
    images: member(GuardrailImageCoverage, { description: "" }),
  },
});

export const GuardrailInvocationMetrics = structure({
  name: "GuardrailInvocationMetrics",
  description: "",
  members: {
    guardrailProcessingLatency: member(GuardrailProcessingLatency, { description: "" }),
    usage: member(GuardrailUsage, { description: "" }),
    guardrailCoverage: member(GuardrailCoverage, { description: "" }),
  },
});

export const GuardrailId = string({
  name: "GuardrailId",
  description: "",
  length: { max: 2048 },
  pattern: "^([a-z0-9]+)$",
});

export const GuardrailArn = string({
  name: "GuardrailArn",
  description: "",
  length: { max: 2048 },
  pattern: "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+)$",
});

export const GuardrailOrigin = enumeration({
  name: "GuardrailOrigin",
  description: "",
  values: {
    REQUEST: "REQUEST",
    ACCOUNT_ENFORCED: "ACCOUNT_ENFORCED",
    ORGANIZATION_ENFORCED: "ORGANIZATION_ENFORCED",
  },
});

export const GuardrailOriginList = list({
  name: "GuardrailOriginList",
  description: "",
  member: GuardrailOrigin,
});

export const GuardrailOwnership = enumeration({
  name: "GuardrailOwnership",
  description: "",
  values: {
    SELF: "SELF",
    CROSS_ACCOUNT: "CROSS_ACCOUNT",
  },
});

export const AppliedGuardrailDetails = structure({
  name: "AppliedGuardrailDetails",
  description: "",
  members: {
    guardrailId: member(GuardrailId, { description: "" }),
    guardrailVersion: member(GuardrailVersion, { description: "" }),
    guardrailArn: member(GuardrailArn, { description: "" }),
    guardrailOrigin: member(GuardrailOriginList, { description: "" }),
    guardrailOwnership: member(GuardrailOwnership, { description: "" }),
  },
});

export const GuardrailAssessment = structure({
  name: "GuardrailAssessment",
  description: "",
  members: {
    topicPolicy: member(GuardrailTopicPolicyAssessment, { description: "" }),
    contentPolicy: member(GuardrailContentPolicyAssessment, { description: "" }),
    wordPolicy: member(GuardrailWordPolicyAssessment, { description: "" }),
    sensitiveInformationPolicy: member(GuardrailSensitiveInformationPolicyAssessment, { description: "" }),
    contextualGroundingPolicy: member(GuardrailContextualGroundingPolicyAssessment, { description: "" }),
    automatedReasoningPolicy: member(GuardrailAutomatedReasoningPolicyAssessment, { description: "" }),
    invocationMetrics: member(GuardrailInvocationMetrics, { description: "" }),
    appliedGuardrailDetails: member(AppliedGuardrailDetails, { description: "" }),
  },
});

export const GuardrailAssessmentList = list({
  name: "GuardrailAssessmentList",
  description: "",
  member: GuardrailAssessment,
});

export const ApplyGuardrailResponse = structure({
  name: "ApplyGuardrailResponse",
  description: "",
  members: {
    usage: member(GuardrailUsage, { description: "", required: true }),
    action: member(GuardrailAction, { description: "", required: true }),
    actionReason: member(prelude.String, { description: "" }),
    outputs: member(GuardrailOutputContentList, { description: "", required: true }),
    assessments: member(GuardrailAssessmentList, { description: "", required: true }),
    guardrailCoverage: member(GuardrailCoverage, { description: "" }),
  },
});

export const ApplyGuardrail = operation({
  name: "ApplyGuardrail",
  method: "POST",
  uri: "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply",
  status: 200,
  input: ApplyGuardrailRequest,
  output: ApplyGuardrailResponse,
  errors: [AccessDeniedException, InternalServerException, ResourceNotFoundException, ServiceQuotaExceededException, ServiceUnavailableException, ThrottlingException, ValidationException],
  iamAction: "bedrock:ApplyGuardrail",
  tags: ["Guardrails"],
  summary: "",
  description: "",
});
