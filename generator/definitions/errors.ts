// Definitions: errors. Facts (names, types, constraints, bindings) follow the official Smithy model.
import { error, integer, member, string } from "../shapes.js";

export const NonBlankString = string({
  name: "NonBlankString",
  description: "",
  pattern: "^[\\s\\S]*$",
});

export const AccessDeniedException = error({
  name: "AccessDeniedException",
  description: "",
  error: { fault: "client", status: 403 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ConflictException = error({
  name: "ConflictException",
  description: "",
  error: { fault: "client", status: 400 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const InternalServerException = error({
  name: "InternalServerException",
  description: "",
  error: { fault: "server", status: 500 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const StatusCode = integer({
  name: "StatusCode",
  description: "",
  range: { min: 100, max: 599 },
});

export const ModelErrorException = error({
  name: "ModelErrorException",
  description: "",
  error: { fault: "client", status: 424 },
  members: {
    message: member(NonBlankString, { description: "" }),
    originalStatusCode: member(StatusCode, { description: "" }),
    resourceName: member(NonBlankString, { description: "" }),
  },
});

export const ModelNotReadyException = error({
  name: "ModelNotReadyException",
  description: "",
  error: { fault: "client", status: 429, retryable: true },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ModelStreamErrorException = error({
  name: "ModelStreamErrorException",
  description: "",
  error: { fault: "client", status: 424 },
  members: {
    message: member(NonBlankString, { description: "" }),
    originalStatusCode: member(StatusCode, { description: "" }),
    originalMessage: member(NonBlankString, { description: "" }),
  },
});

export const ModelTimeoutException = error({
  name: "ModelTimeoutException",
  description: "",
  error: { fault: "client", status: 408 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ResourceNotFoundException = error({
  name: "ResourceNotFoundException",
  description: "",
  error: { fault: "client", status: 404 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ServiceQuotaExceededException = error({
  name: "ServiceQuotaExceededException",
  description: "",
  error: { fault: "client", status: 400 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ServiceUnavailableException = error({
  name: "ServiceUnavailableException",
  description: "",
  error: { fault: "server", status: 503 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ThrottlingException = error({
  name: "ThrottlingException",
  description: "",
  error: { fault: "client", status: 429 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});

export const ValidationException = error({
  name: "ValidationException",
  description: "",
  error: { fault: "client", status: 400 },
  members: {
    message: member(NonBlankString, { description: "" }),
  },
});
