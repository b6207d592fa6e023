/**
 * Operations, errors and service metadata: the protocol-facing half of the definitions.
 * An operation's URI template and its input's label members must agree; the types below
 * make a missing or extra label member a compile error.
 */
import type { ErrorShape, Member, Members, StructureShape } from "./shapes.js";

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
    : { readonly uriLabelsWithoutMember: Exclude<UriLabels<U>, LabelMembers<M>>; readonly labelMembersNotInUri: Exclude<LabelMembers<M>, UriLabels<U>> };

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
}

export function operation<const U extends string, const M extends Members>(
  def: OperationDefinition<U, M> & LabelsAgree<U, M>,
): OperationDefinition<U, M> {
  return def;
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
}

export type { Member };
