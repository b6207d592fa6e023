// Definitions: converse-content. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { enumeration, list, member, prelude, string, structure, union } from "../shapes.js";

export const ImageFormat = enumeration({
  name: "ImageFormat",
  description: "",
  values: {
    PNG: "png",
    JPEG: "jpeg",
    GIF: "gif",
    WEBP: "webp",
  },
});

export const S3Uri = string({
  name: "S3Uri",
  description: "",
  length: { min: 1, max: 1024 },
  pattern: "^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$",
});

export const AccountId = string({
  name: "AccountId",
  description: "",
  pattern: "^[0-9]{12}$",
});

export const S3Location = structure({
  name: "S3Location",
  description: "",
  members: {
    uri: member(S3Uri, { description: "", required: true }),
    bucketOwner: member(AccountId, { description: "" }),
  },
});

export const ImageSource = union({
  name: "ImageSource",
  description: "",
  sensitive: true,
  members: {
    bytes: member(prelude.Blob, { description: "", length: { min: 1 } }),
    s3Location: member(S3Location, { description: "" }),
  },
});

export const ErrorBlock = structure({
  name: "ErrorBlock",
  description: "",
  sensitive: true,
  members: {
    message: member(prelude.String, { description: "" }),
  },
});

export const ImageBlock = structure({
  name: "ImageBlock",
  description: "",
  members: {
    format: member(ImageFormat, { description: "", required: true }),
    source: member(ImageSource, { description: "", required: true }),
    error: member(ErrorBlock, { description: "" }),
  },
});

export const DocumentFormat = enumeration({
  name: "DocumentFormat",
  description: "",
  values: {
    PDF: "pdf",
    CSV: "csv",
    DOC: "doc",
    DOCX: "docx",
    XLS: "xls",
    XLSX: "xlsx",
    HTML: "html",
    TXT: "txt",
    MD: "md",
  },
});

export const DocumentContentBlock = union({
  name: "DocumentContentBlock",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
  },
});

export const DocumentContentBlocks = list({
  name: "DocumentContentBlocks",
  description: "",
  member: DocumentContentBlock,
});

export const DocumentSource = union({
  name: "DocumentSource",
  description: "",
  members: {
    bytes: member(prelude.Blob, { description: "", length: { min: 1 } }),
    s3Location: member(S3Location, { description: "" }),
    text: member(prelude.String, { description: "" }),
    content: member(DocumentContentBlocks, { description: "" }),
  },
});

export const CitationsConfig = structure({
  name: "CitationsConfig",
  description: "",
  members: {
    enabled: member(prelude.Boolean, { description: "", required: true }),
  },
});

export const DocumentBlock = structure({
  name: "DocumentBlock",
  description: "",
  members: {
    format: member(DocumentFormat, { description: "", default: "txt" }),
    name: member(prelude.String, { description: "", required: true, length: { min: 1, max: 200 } }),
    source: member(DocumentSource, { description: "", required: true }),
    context: member(prelude.String, { description: "" }),
    citations: member(CitationsConfig, { description: "" }),
  },
});

export const VideoFormat = enumeration({
  name: "VideoFormat",
  description: "",
  values: {
    MKV: "mkv",
    MOV: "mov",
    MP4: "mp4",
    WEBM: "webm",
    FLV: "flv",
    MPEG: "mpeg",
    MPG: "mpg",
    WMV: "wmv",
    THREE_GP: "three_gp",
  },
});

export const VideoSource = union({
  name: "VideoSource",
  description: "",
  members: {
    bytes: member(prelude.Blob, { description: "", length: { min: 1 } }),
    s3Location: member(S3Location, { description: "" }),
  },
});

export const VideoBlock = structure({
  name: "VideoBlock",
  description: "",
  members: {
    format: member(VideoFormat, { description: "", required: true }),
    source: member(VideoSource, { description: "", required: true }),
  },
});

export const AudioFormat = enumeration({
  name: "AudioFormat",
  description: "",
  values: {
    MP3: "mp3",
    OPUS: "opus",
    WAV: "wav",
    AAC: "aac",
    FLAC: "flac",
    MP4: "mp4",
    OGG: "ogg",
    MKV: "mkv",
    MKA: "mka",
    X_AAC: "x-aac",
    M4A: "m4a",
    MPEG: "mpeg",
    MPGA: "mpga",
    PCM: "pcm",
    WEBM: "webm",
  },
});

export const AudioSource = union({
  name: "AudioSource",
  description: "",
  sensitive: true,
  members: {
    bytes: member(prelude.Blob, { description: "", length: { min: 1 } }),
    s3Location: member(S3Location, { description: "" }),
  },
});

export const AudioBlock = structure({
  name: "AudioBlock",
  description: "",
  members: {
    format: member(AudioFormat, { description: "", required: true }),
    source: member(AudioSource, { description: "", required: true }),
    error: member(ErrorBlock, { description: "" }),
  },
});

export const ToolUseId = string({
  name: "ToolUseId",
  description: "",
  length: { min: 1, max: 64 },
  pattern: "^[a-zA-Z0-9_.:-]+$",
});

export const ToolName = string({
  name: "ToolName",
  description: "",
  length: { min: 1, max: 64 },
  pattern: "^[a-zA-Z0-9_-]+$",
});

export const ToolUseType = enumeration({
  name: "ToolUseType",
  description: "",
  values: {
    SERVER_TOOL_USE: "server_tool_use",
  },
});

export const ToolUseBlock = structure({
  name: "ToolUseBlock",
  description: "",
  members: {
    toolUseId: member(ToolUseId, { description: "", required: true }),
    name: member(ToolName, { description: "", required: true }),
    input: member(prelude.Document, { description: "", required: true }),
    type: member(ToolUseType, { description: "" }),
  },
});

export const SearchResultContentBlock = structure({
  name: "SearchResultContentBlock",
  description: "",
  members: {
    text: member(prelude.String, { description: "", required: true }),
  },
});

export const SearchResultContentBlocks = list({
  name: "SearchResultContentBlocks",
  description: "",
  member: SearchResultContentBlock,
});

export const SearchResultBlock = structure({
  name: "SearchResultBlock",
  description: "",
  members: {
    source: member(prelude.String, { description: "", required: true }),
    title: member(prelude.String, { description: "", required: true }),
    content: member(SearchResultContentBlocks, { description: "", required: true }),
    citations: member(CitationsConfig, { description: "" }),
  },
});

export const ToolResultContentBlock = union({
  name: "ToolResultContentBlock",
  description: "",
  members: {
    json: member(prelude.Document, { description: "" }),
    text: member(prelude.String, { description: "" }),
    image: member(ImageBlock, { description: "" }),
    document: member(DocumentBlock, { description: "" }),
    video: member(VideoBlock, { description: "" }),
    searchResult: member(SearchResultBlock, { description: "" }),
  },
});

export const ToolResultContentBlocks = list({
  name: "ToolResultContentBlocks",
  description: "",
  member: ToolResultContentBlock,
});

export const ToolResultStatus = enumeration({
  name: "ToolResultStatus",
  description: "",
  values: {
    SUCCESS: "success",
    ERROR: "error",
  },
});

export const ToolResultBlock = structure({
  name: "ToolResultBlock",
  description: "",
  members: {
    toolUseId: member(ToolUseId, { description: "", required: true }),
    content: member(ToolResultContentBlocks, { description: "", required: true }),
    status: member(ToolResultStatus, { description: "" }),
    type: member(prelude.String, { description: "" }),
  },
});

export const GuardrailConverseContentQualifier = enumeration({
  name: "GuardrailConverseContentQualifier",
  description: "",
  values: {
    GROUNDING_SOURCE: "grounding_source",
    QUERY: "query",
    GUARD_CONTENT: "guard_content",
  },
});

export const GuardrailConverseContentQualifierList = list({
  name: "GuardrailConverseContentQualifierList",
  description: "",
  member: GuardrailConverseContentQualifier,
});

export const GuardrailConverseTextBlock = structure({
  name: "GuardrailConverseTextBlock",
  description: "",
  members: {
    text: member(prelude.String, { description: "", required: true }),
    qualifiers: member(GuardrailConverseContentQualifierList, { description: "" }),
  },
});

export const GuardrailConverseImageFormat = enumeration({
  name: "GuardrailConverseImageFormat",
  description: "",
  values: {
    PNG: "png",
    JPEG: "jpeg",
  },
});

export const GuardrailConverseImageSource = union({
  name: "GuardrailConverseImageSource",
  description: "",
  sensitive: true,
  members: {
    bytes: member(prelude.Blob, { description: "", length: { min: 1 } }),
  },
});

export const GuardrailConverseImageBlock = structure({
  name: "GuardrailConverseImageBlock",
  description: "",
  sensitive: true,
  members: {
    format: member(GuardrailConverseImageFormat, { description: "", required: true }),
    source: member(GuardrailConverseImageSource, { description: "", required: true }),
  },
});

export const GuardrailConverseContentBlock = union({
  name: "GuardrailConverseContentBlock",
  description: "",
  members: {
    text: member(GuardrailConverseTextBlock, { description: "" }),
    image: member(GuardrailConverseImageBlock, { description: "" }),
  },
});

export const CachePointType = enumeration({
  name: "CachePointType",
  description: "",
  values: {
    DEFAULT: "default",
  },
});

export const CacheTTL = enumeration({
  name: "CacheTTL",
  description: "",
  values: {
    FIVE_MINUTES: "5m",
    ONE_HOUR: "1h",
  },
});

export const CachePointBlock = structure({
  name: "CachePointBlock",
  description: "",
  members: {
    type: member(CachePointType, { description: "", required: true }),
    ttl: member(CacheTTL, { description: "" }),
  },
});

export const ReasoningTextBlock = structure({
  name: "ReasoningTextBlock",
  description: "",
  sensitive: true,
  members: {
    text: member(prelude.String, { description: "", required: true }),
    signature: member(prelude.String, { description: "" }),
  },
});

export const ReasoningContentBlock = union({
  name: "ReasoningContentBlock",
  description: "",
  sensitive: true,
  members: {
    reasoningText: member(ReasoningTextBlock, { description: "" }),
    redactedContent: member(prelude.Blob, { description: "" }),
  },
});

export const CitationGeneratedContent = union({
  name: "CitationGeneratedContent",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
  },
});

export const CitationGeneratedContentList = list({
  name: "CitationGeneratedContentList",
  description: "",
  member: CitationGeneratedContent,
});

export const CitationSourceContent = union({
  name: "CitationSourceContent",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
  },
});

export const CitationSourceContentList = list({
  name: "CitationSourceContentList",
  description: "",
  member: CitationSourceContent,
});

export const WebLocation = structure({
  name: "WebLocation",
  description: "",
  members: {
    url: member(prelude.String, { description: "" }),
    domain: member(prelude.String, { description: "" }),
  },
});

export const DocumentCharLocation = structure({
  name: "DocumentCharLocation",
  description: "",
  members: {
    documentIndex: member(prelude.Integer, { description: "", range: { min: 0 } }),
    start: member(prelude.Integer, { description: "", range: { min: 0 } }),
    end: member(prelude.Integer, { description: "", range: { min: 0 } }),
  },
});

export const DocumentPageLocation = structure({
  name: "DocumentPageLocation",
  description: "",
  members: {
    documentIndex: member(prelude.Integer, { description: "", range: { min: 0 } }),
    start: member(prelude.Integer, { description: "", range: { min: 0 } }),
    end: member(prelude.Integer, { description: "", range: { min: 0 } }),
  },
});

export const DocumentChunkLocation = structure({
  name: "DocumentChunkLocation",
  description: "",
  members: {
    documentIndex: member(prelude.Integer, { description: "", range: { min: 0 } }),
    start: member(prelude.Integer, { description: "", range: { min: 0 } }),
    end: member(prelude.Integer, { description: "", range: { min: 0 } }),
  },
});

export const SearchResultLocation = structure({
  name: "SearchResultLocation",
  description: "",
  members: {
    searchResultIndex: member(prelude.Integer, { description: "", range: { min: 0 } }),
    start: member(prelude.Integer, { description: "", range: { min: 0 } }),
    end: member(prelude.Integer, { description: "", range: { min: 0 } }),
  },
});

export const CitationLocation = union({
  name: "CitationLocation",
  description: "",
  members: {
    web: member(WebLocation, { description: "" }),
    documentChar: member(DocumentCharLocation, { description: "" }),
    documentPage: member(DocumentPageLocation, { description: "" }),
    documentChunk: member(DocumentChunkLocation, { description: "" }),
    searchResultLocation: member(SearchResultLocation, { description: "" }),
  },
});

export const Citation = structure({
  name: "Citation",
  description: "",
  members: {
    title: member(prelude.String, { description: "" }),
    source: member(prelude.String, { description: "" }),
    sourceContent: member(CitationSourceContentList, { description: "" }),
    location: member(CitationLocation, { description: "" }),
  },
});

export const Citations = list({
  name: "Citations",
  description: "",
  member: Citation,
});

export const CitationsContentBlock = structure({
  name: "CitationsContentBlock",
  description: "",
  members: {
    content: member(CitationGeneratedContentList, { description: "" }),
    citations: member(Citations, { description: "" }),
  },
});

export const ToolReference = structure({
  name: "ToolReference",
  description: "",
  members: {
    type: member(prelude.String, { description: "" }),
    name: member(prelude.String, { description: "" }),
    serverName: member(prelude.String, { description: "" }),
  },
});

export const ToolAdditionBlock = structure({
  name: "ToolAdditionBlock",
  description: "",
  members: {
    tool: member(ToolReference, { description: "", required: true }),
  },
});

export const ToolRemovalBlock = structure({
  name: "ToolRemovalBlock",
  description: "",
  members: {
    tool: member(ToolReference, { description: "", required: true }),
  },
});

export const ContentBlock = union({
  name: "ContentBlock",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
    image: member(ImageBlock, { description: "" }),
    document: member(DocumentBlock, { description: "" }),
    video: member(VideoBlock, { description: "" }),
    audio: member(AudioBlock, { description: "" }),
    toolUse: member(ToolUseBlock, { description: "" }),
    toolResult: member(ToolResultBlock, { description: "" }),
    guardContent: member(GuardrailConverseContentBlock, { description: "" }),
    cachePoint: member(CachePointBlock, { description: "" }),
    reasoningContent: member(ReasoningContentBlock, { description: "" }),
    citationsContent: member(CitationsContentBlock, { description: "" }),
    searchResult: member(SearchResultBlock, { description: "" }),
    toolAddition: member(ToolAdditionBlock, { description: "" }),
    toolRemoval: member(ToolRemovalBlock, { description: "" }),
  },
});

export const NonEmptyString = string({
  name: "NonEmptyString",
  description: "",
  length: { min: 1 },
});

export const SystemContentBlock = union({
  name: "SystemContentBlock",
  description: "",
  members: {
    text: member(NonEmptyString, { description: "" }),
    guardContent: member(GuardrailConverseContentBlock, { description: "" }),
    cachePoint: member(CachePointBlock, { description: "" }),
  },
});

export const ToolUseBlockDelta = structure({
  name: "ToolUseBlockDelta",
  description: "",
  members: {
    input: member(prelude.String, { description: "", required: true }),
  },
});

export const ToolResultBlockDelta = union({
  name: "ToolResultBlockDelta",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
    json: member(prelude.Document, { description: "" }),
  },
});

export const ToolResultBlocksDelta = list({
  name: "ToolResultBlocksDelta",
  description: "",
  member: ToolResultBlockDelta,
});

export const ReasoningContentBlockDelta = union({
  name: "ReasoningContentBlockDelta",
  description: "",
  sensitive: true,
  members: {
    text: member(prelude.String, { description: "" }),
    redactedContent: member(prelude.Blob, { description: "" }),
    signature: member(prelude.String, { description: "" }),
  },
});

export const CitationSourceContentDelta = structure({
  name: "CitationSourceContentDelta",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
  },
});

export const CitationSourceContentListDelta = list({
  name: "CitationSourceContentListDelta",
  description: "",
  member: CitationSourceContentDelta,
});

export const CitationsDelta = structure({
  name: "CitationsDelta",
  description: "",
  members: {
    title: member(prelude.String, { description: "" }),
    source: member(prelude.String, { description: "" }),
    sourceContent: member(CitationSourceContentListDelta, { description: "" }),
    location: member(CitationLocation, { description: "" }),
  },
});

export const ImageBlockDelta = structure({
  name: "ImageBlockDelta",
  description: "",
  members: {
    source: member(ImageSource, { description: "" }),
    error: member(ErrorBlock, { description: "" }),
  },
});

export const ContentBlockDelta = union({
  name: "ContentBlockDelta",
  description: "",
  members: {
    text: member(prelude.String, { description: "" }),
    toolUse: member(ToolUseBlockDelta, { description: "" }),
    toolResult: member(ToolResultBlocksDelta, { description: "" }),
    reasoningContent: member(ReasoningContentBlockDelta, { description: "" }),
    citation: member(CitationsDelta, { description: "" }),
    image: member(ImageBlockDelta, { description: "" }),
  },
});

export const ToolUseBlockStart = structure({
  name: "ToolUseBlockStart",
  description: "",
  members: {
    toolUseId: member(ToolUseId, { description: "", required: true }),
    name: member(ToolName, { description: "", required: true }),
    type: member(ToolUseType, { description: "" }),
  },
});

export const ToolResultBlockStart = structure({
  name: "ToolResultBlockStart",
  description: "",
  members: {
    toolUseId: member(ToolUseId, { description: "", required: true }),
    type: member(prelude.String, { description: "" }),
    status: member(ToolResultStatus, { description: "" }),
  },
});

export const ImageBlockStart = structure({
  name: "ImageBlockStart",
  description: "",
  members: {
    format: member(ImageFormat, { description: "", required: true }),
  },
});

export const ContentBlockStart = union({
  name: "ContentBlockStart",
  description: "",
  members: {
    toolUse: member(ToolUseBlockStart, { description: "" }),
    toolResult: member(ToolResultBlockStart, { description: "" }),
    image: member(ImageBlockStart, { description: "" }),
  },
});
