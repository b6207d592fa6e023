/**
 * The recordings as the benchmark's workloads: the whole corpus in memory (its bytes, its parsed
 * recordings, one warm contract context), the event-stream bodies it holds, and the JSON
 * responses a peer validator can be given.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import responseValidatorModule from "openapi-response-validator";
import type { OpenAPIV3, OpenAPIV3_1 } from "openapi-types";
import { findHeader } from "../generator/core/http.js";
import { isObject } from "../generator/core/json.js";
import { specJsonPath } from "../generator/core/paths.js";
import { childPointer, lookup } from "../generator/core/pointer.js";
import { decodeEventStream } from "../contract-tests/event-stream.js";
import { readRecordingFile, recordingPaths } from "../contract-tests/load-recordings.js";
import type { RecordingFile } from "../contract-tests/recording.js";
import { routeRequest } from "../contract-tests/router.js";
import { essence, EVENT_STREAM, fragmentOf, isJsonMediaType } from "../contract-tests/spec-lookup.js";
import {
  createContractContext,
  validateInteraction,
  type ContractContext,
} from "../contract-tests/validate-interaction.js";

export interface Corpus {
  readonly count: number;
  readonly bytes: number;
  readonly texts: readonly string[];
  readonly recordings: readonly RecordingFile[];
  readonly document: OpenAPIV3_1.Document;
  readonly context: ContractContext;
  /** Reading the files alone, and reading plus parsing plus the shape check (ms). */
  readonly readMs: number;
  readonly loadMs: number;
  validateAll(): void;
}

export function replayCorpus(): Corpus {
  const { paths } = recordingPaths();
  let start = performance.now();
  const texts = paths.map((p) => readFileSync(p, "utf8"));
  const readMs = performance.now() - start;
  start = performance.now();
  const recordings = paths.map((p) => {
    const read = readRecordingFile(p);
    if ("problem" in read) throw new Error(read.problem.message);
    return read;
  });
  const loadMs = performance.now() - start;
  const document = JSON.parse(readFileSync(specJsonPath, "utf8")) as OpenAPIV3_1.Document;
  const context = createContractContext(document);
  return {
    count: recordings.length,
    bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    texts,
    recordings,
    document,
    context,
    readMs,
    loadMs,
    validateAll: () => recordings.forEach((r) => validateInteraction(r, context)),
  };
}

export interface StreamBodies {
  readonly bodies: readonly Uint8Array[];
  readonly frames: number;
  decodeAll(): void;
}

/** The event-stream bodies of the corpus, request and response side, as bytes. */
export function streamBodies(recordings: readonly RecordingFile[]): StreamBodies {
  const bodies: Uint8Array[] = [];
  for (const { recording } of recordings) {
    for (const side of [recording.request, recording.response]) {
      const type = findHeader(side.headers, "content-type");
      if (side.bodyBase64 !== undefined && type !== undefined && essence(type) === EVENT_STREAM) {
        bodies.push(Buffer.from(side.bodyBase64, "base64"));
      }
    }
  }
  const frames = bodies.reduce((sum, body) => sum + decodeEventStream(body).length, 0);
  return { bodies, frames, decodeAll: () => bodies.forEach((body) => decodeEventStream(body)) };
}

export interface PeerReplay {
  readonly count: number;
  runPeer(): void;
  /** Our whole interaction check: route, parameters, request body, headers, response body. */
  runOurs(): void;
  /** Only what the peer does: the response body against its schema. */
  runOursBody(): void;
}

// CommonJS with `exports.default`: under NodeNext the default import is the whole module.
const OpenAPIResponseValidator = responseValidatorModule.default;
type ResponseValidator = InstanceType<typeof OpenAPIResponseValidator>;

/**
 * openapi-response-validator reads OpenAPI 3.0, so it gets the 3.0 downlevel; one validator per
 * operation, built once. It checks the JSON body of a response by status; we validate the whole
 * interaction (route, parameters, request body, headers, response body) of the same recordings.
 */
export function peerReplay(corpus: Corpus, downlevel: OpenAPIV3_1.Document): PeerReplay {
  const validators = new Map<string, ResponseValidator | null>();
  const work: { readonly entry: RecordingFile; readonly validator: ResponseValidator; readonly schema: string }[] = [];
  for (const entry of corpus.recordings) {
    const { request, response } = entry.recording;
    const type = findHeader(response.headers, "content-type");
    if (
      entry.recording.setAside !== undefined ||
      response.body === null ||
      type === undefined ||
      !isJsonMediaType(type)
    )
      continue;
    const routed = routeRequest(corpus.document, request.method, request.url);
    if (!routed.ok) continue;
    const key = `${routed.route.method.toLowerCase()} ${routed.route.pathTemplate}`;
    if (!validators.has(key))
      validators.set(key, build(downlevel, routed.route.pathTemplate, routed.route.method.toLowerCase()));
    const validator = validators.get(key);
    const schema = responseSchema(
      corpus.document,
      routed.route.pathTemplate,
      routed.route.method.toLowerCase(),
      response.status,
    );
    if (validator && schema !== undefined) work.push({ entry, validator, schema });
  }
  return {
    count: work.length,
    runPeer: () =>
      work.forEach(({ entry, validator }) =>
        validator.validateResponse(entry.recording.response.status, entry.recording.response.body),
      ),
    runOurs: () => work.forEach(({ entry }) => validateInteraction(entry, corpus.context)),
    runOursBody: () =>
      work.forEach(({ entry, schema }) => corpus.context.schemas.validate(schema, entry.recording.response.body)),
  };
}

/** `#/…` of the JSON schema the spec declares for this status (exact, `4XX`, or `default`). */
function responseSchema(
  document: OpenAPIV3_1.Document,
  pathTemplate: string,
  method: string,
  status: number,
): string | undefined {
  const operation = childPointer("/paths", pathTemplate, method, "responses");
  for (const key of [String(status), `${String(status)[0]}XX`, "default"]) {
    const content = lookup(document, childPointer(operation, key, "content"));
    if (!content.found || !isObject(content.value)) continue;
    const mediaType = Object.keys(content.value).find(isJsonMediaType);
    return mediaType === undefined
      ? undefined
      : fragmentOf(childPointer(operation, key, "content", mediaType, "schema"));
  }
  return undefined;
}

function build(document: OpenAPIV3_1.Document, pathTemplate: string, method: string): ResponseValidator | null {
  const operation = (document.paths?.[pathTemplate] as Record<string, OpenAPIV3.OperationObject> | undefined)?.[method];
  if (operation === undefined) return null;
  try {
    return new OpenAPIResponseValidator({
      // Its types name only the 2.0 `schema` form; it reads a 3.0 response's `content` too.
      responses: operation.responses as unknown as ConstructorParameters<
        typeof OpenAPIResponseValidator
      >[0]["responses"],
      components: document.components as OpenAPIV3.ComponentsObject,
    });
  } catch {
    // A schema it cannot compile: not a response it can handle.
    return null;
  }
}
