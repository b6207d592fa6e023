/**
 * The Bedrock Runtime operations `bedrock-openapi record` can run, each with the SDK's own
 * input schema (which the scenarios loader walks to check and convert scenario inputs) and a
 * sender that reads the response to its end.
 *
 * InvokeModelWithBidirectionalStream is left out on purpose: it only exists over HTTP/2, and
 * the recorder captures HTTP/1.1 traffic.
 */
import {
  ApplyGuardrailCommand,
  ApplyGuardrailRequest$,
  ConverseCommand,
  ConverseRequest$,
  ConverseStreamCommand,
  ConverseStreamRequest$,
  CountTokensCommand,
  CountTokensRequest$,
  GetAsyncInvokeCommand,
  GetAsyncInvokeRequest$,
  InvokeGuardrailChecksCommand,
  InvokeGuardrailChecksRequest$,
  InvokeModelCommand,
  InvokeModelRequest$,
  InvokeModelWithResponseStreamCommand,
  InvokeModelWithResponseStreamRequest$,
  ListAsyncInvokesCommand,
  ListAsyncInvokesRequest$,
  StartAsyncInvokeCommand,
  StartAsyncInvokeRequest$,
  type ApplyGuardrailCommandInput,
  type BedrockRuntimeClient,
  type ConverseCommandInput,
  type ConverseStreamCommandInput,
  type CountTokensCommandInput,
  type GetAsyncInvokeCommandInput,
  type InvokeGuardrailChecksCommandInput,
  type InvokeModelCommandInput,
  type InvokeModelWithResponseStreamCommandInput,
  type ListAsyncInvokesCommandInput,
  type StartAsyncInvokeCommandInput,
} from "@aws-sdk/client-bedrock-runtime";
import type { StaticStructureSchema } from "@smithy/types";

export interface RecordableOperation {
  /** The SDK's schema for the command input. */
  readonly inputSchema: StaticStructureSchema;
  /**
   * Sends an input already checked against `inputSchema` (hence the casts below) and reads any
   * event stream to the end, so in-stream exceptions surface as rejections.
   */
  readonly send: (client: BedrockRuntimeClient, input: object) => Promise<void>;
}

async function drain(events: AsyncIterable<unknown> | undefined): Promise<void> {
  if (events === undefined) return;
  for await (const _event of events) {
    // Reading is the point: the bytes were already captured by the request handler.
  }
}

export const recordableOperations = {
  ApplyGuardrail: {
    inputSchema: ApplyGuardrailRequest$,
    send: async (client, input) => {
      await client.send(new ApplyGuardrailCommand(input as ApplyGuardrailCommandInput));
    },
  },
  Converse: {
    inputSchema: ConverseRequest$,
    send: async (client, input) => {
      await client.send(new ConverseCommand(input as ConverseCommandInput));
    },
  },
  ConverseStream: {
    inputSchema: ConverseStreamRequest$,
    send: async (client, input) => {
      const output = await client.send(new ConverseStreamCommand(input as ConverseStreamCommandInput));
      await drain(output.stream);
    },
  },
  CountTokens: {
    inputSchema: CountTokensRequest$,
    send: async (client, input) => {
      await client.send(new CountTokensCommand(input as CountTokensCommandInput));
    },
  },
  GetAsyncInvoke: {
    inputSchema: GetAsyncInvokeRequest$,
    send: async (client, input) => {
      await client.send(new GetAsyncInvokeCommand(input as GetAsyncInvokeCommandInput));
    },
  },
  InvokeGuardrailChecks: {
    inputSchema: InvokeGuardrailChecksRequest$,
    send: async (client, input) => {
      await client.send(new InvokeGuardrailChecksCommand(input as InvokeGuardrailChecksCommandInput));
    },
  },
  InvokeModel: {
    inputSchema: InvokeModelRequest$,
    send: async (client, input) => {
      await client.send(new InvokeModelCommand(input as InvokeModelCommandInput));
    },
  },
  InvokeModelWithResponseStream: {
    inputSchema: InvokeModelWithResponseStreamRequest$,
    send: async (client, input) => {
      const output = await client.send(
        new InvokeModelWithResponseStreamCommand(input as InvokeModelWithResponseStreamCommandInput),
      );
      await drain(output.body);
    },
  },
  ListAsyncInvokes: {
    inputSchema: ListAsyncInvokesRequest$,
    send: async (client, input) => {
      await client.send(new ListAsyncInvokesCommand(input as ListAsyncInvokesCommandInput));
    },
  },
  StartAsyncInvoke: {
    inputSchema: StartAsyncInvokeRequest$,
    send: async (client, input) => {
      await client.send(new StartAsyncInvokeCommand(input as StartAsyncInvokeCommandInput));
    },
  },
} as const satisfies Record<string, RecordableOperation>;

export type RecordableOperationName = keyof typeof recordableOperations;

export const recordableOperationNames = Object.keys(recordableOperations) as readonly RecordableOperationName[];

export function isRecordableOperation(name: string): name is RecordableOperationName {
  return Object.hasOwn(recordableOperations, name);
}
