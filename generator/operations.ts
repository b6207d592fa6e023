/**
 * Operations, errors and service metadata: the protocol-facing half of the definitions.
 * An operation's URI template and its input's label members must agree; the types below
 * make a missing or extra label member a compile error.
 */
import type { ErrorShape, JsonValue, Member, Members, StructureShape } from "./shapes.js";
import type { ModelFamily } from "./definitions/providers/family.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/** `"/model/{modelId}/invoke"` → `"modelId"`; greedy labels (`{key+}`) drop the plus. */
export type UriLabels<U extends string> = U extends `${string}{${infer Label}}${infer Rest}`
  ? (Label extends `${infer Greedy}+` ? Greedy : Label) | UriLabels<Rest>
  : never;

/** Names of the members bound to a URI label. */
export type LabelMembers<M extends Members> = {
  [K in keyof M & string]: M[K] extends { readonly binding: { readonly in: "label" } } ? K : never;
}[keyof M & string];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Resolves to `unknown` when labels agree, otherwise to a type no value can satisfy. */
export type LabelsAgree<U extends string, M extends Members> =
  Same<UriLabels<U>, LabelMembers<M>> extends true
    ? unknown
    : {
        readonly uriLabelsWithoutMember: Exclude<UriLabels<U>, LabelMembers<M>>;
        readonly labelMembersNotInUri: Exclude<LabelMembers<M>, UriLabels<U>>;
      };

/** Names of the members bound to a path, query or header parameter. */
export type ParameterMembers<M extends Members> = {
  [K in keyof M & string]: M[K] extends { readonly binding: { readonly in: "label" | "header" | "query" } } ? K : never;
}[keyof M & string];

export type ParameterValue = string | number | boolean;

/**
 * Parameter values by input member name (the emitter puts each under its wire name). Where the
 * members are known a misspelt or body member is a compile error; the erased `Operation` takes
 * any name, and the definition check catches what slips through there.
 */
export type ExampleParameters<M extends Members> = string extends keyof M
  ? Readonly<Record<string, ParameterValue>>
  : { readonly [K in ParameterMembers<M>]?: ParameterValue };

/** One event-stream frame: the union member it carries (its `:event-type` or `:exception-type`) and its JSON payload. */
export interface ExampleFrame {
  readonly event: string;
  readonly payload: JsonValue;
}

/** A JSON body, or an event-stream body given as its frames in order. */
export type ExampleBody =
  | { readonly body: JsonValue; readonly frames?: never }
  | { readonly frames: readonly ExampleFrame[]; readonly body?: never };

/**
 * A complete call: parameters, request and the response it gets. Emitted under `name` in every
 * `examples` map it contributes to, so tools can pair a request with its response by key.
 */
export interface OperationExample<M extends Members = Members> {
  /** A stable key: letters, digits, `.`, `_` and `-`. */
  readonly name: string;
  readonly summary: string;
  readonly description?: string;
  readonly parameters?: ExampleParameters<M>;
  readonly request?: ExampleBody;
  /** `status` is the operation's success status or the status of one of its errors. */
  readonly response?: ExampleBody & { readonly status: number };
}

/**
 * A rule the service enforces across fields of a request, which JSON Schema alone cannot say
 * (a member required only when another holds some value). Emitted in the operation's
 * `x-bedrock-rules`; the contract tests enforce it on recorded requests.
 *
 * Places are wildcard pointers into the JSON request body: RFC 6901 pointers in which a `*`
 * token stands for every member of an object or element of an array (`""` is the whole body).
 */
export interface CrossFieldRule {
  /** Stable kebab-case id, named in problems. */
  readonly id: string;
  readonly description: string;
  /** The rule applies only when at least one of these places exists in the body; always when absent. */
  readonly when?: readonly string[];
  /** Every value found at this place must satisfy `assert`. */
  readonly select: string;
  /** A JSON Schema (2020-12) each selected value must satisfy. */
  readonly assert: { readonly [key: string]: JsonValue };
  /** What the service answers when the rule is broken: status and error type. */
  readonly rejectedWith: string;
}

export interface Pagination {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly pageSize: string;
  readonly items: string;
}

export interface OperationDefinition<U extends string = string, M extends Members = Members> {
  /** The AWS operation name; also the operationId. */
  readonly name: string;
  readonly method: HttpMethod;
  readonly uri: U;
  /** Status of a successful response. */
  readonly status: number;
  readonly input: StructureShape<M>;
  readonly output: StructureShape;
  readonly errors: readonly ErrorShape[];
  /** The IAM action that authorizes the call, e.g. `bedrock:InvokeModel`. */
  readonly iamAction: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
  /** Smithy `@readonly`: the call changes nothing. */
  readonly readonly?: boolean;
  /** Smithy `@idempotent`: repeating the call has the effect of one. */
  readonly idempotent?: boolean;
  readonly pagination?: Pagination;
  /**
   * The live service writes `null` for optional members it leaves unset in this operation's
   * response, which the model does not say. Names the recordings that show it.
   */
  readonly outputSendsNulls?: string;
  /** Cross-field rules on the request body (see CrossFieldRule). */
  readonly rules?: readonly CrossFieldRule[];
  /** Calls shown in the spec; each is validated against the emitted schemas by `check`. */
  readonly examples?: readonly OperationExample<M>[];
}

export function operation<const U extends string, const M extends Members>(
  def: OperationDefinition<U, M> & LabelsAgree<U, M>,
): OperationDefinition<U, M> {
  return def;
}

/** Base64 of a value's JSON text: how event-stream `chunk` frames carry model output. */
export function base64Json(value: JsonValue): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64");
}

/** An operation with its literal types erased, as the emitter consumes it. */
export type Operation = OperationDefinition<string, Members>;

export interface ServerVariant {
  /** URL template with a `{region}` variable. */
  readonly url: string;
  readonly description: string;
  /** Regions this endpoint form serves; the first is the default. */
  readonly regions: readonly [string, ...string[]];
}

export interface ServiceDefinition {
  readonly title: string;
  /** The API version of the official model, e.g. `2023-09-30`. */
  readonly apiVersion: string;
  readonly summary: string;
  readonly description: string;
  readonly sdkId: string;
  readonly signingName: string;
  readonly endpointPrefix: string;
  readonly servers: readonly ServerVariant[];
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly operations: readonly Operation[];
  readonly license: { readonly name: string; readonly identifier: string };
  readonly externalDocs: { readonly url: string; readonly description: string };
  /** Where readers of the spec report problems with it. */
  readonly contact: { readonly name: string; readonly url: string };
  /** Words for each path item, by URI template: what lives at that path. */
  readonly paths: Readonly<Record<string, PathWords>>;
  /**
   * Errors a client should retry unchanged, with backoff (`x-retryable` on the error schema).
   * Wider than Smithy's `@retryable`, which only ModelNotReadyException carries.
   */
  readonly retryableErrors: ReadonlySet<ErrorShape>;
  /** How label values travel in the path and in SigV4 canonical paths, with test vectors per label. */
  readonly pathEncoding: PathEncoding;
  /** The IAM action that governs calls authenticated with a Bedrock API key (bearer token). */
  readonly bearerIamAction: string;
  /** Provider bodies for InvokeModel and its stream, chosen by model id (first match wins). */
  readonly modelFamilies?: readonly ModelFamily[];
}

export interface PathWords {
  readonly summary: string;
  readonly description: string;
}

/** One label value, its path segment, and that segment in a SigV4 canonical request. */
export interface PathEncodingVector {
  readonly value: string;
  readonly pathSegment: string;
  readonly canonicalSegment: string;
}

export interface PathEncoding {
  readonly rule: string;
  /** By label name (`modelId`, `invocationArn`, …). */
  readonly vectors: Readonly<Record<string, readonly PathEncodingVector[]>>;
}

export type { Member };
export type { ModelFamily };
