/**
 * Reads how an event-stream union travels as frames: its `x-amazon-eventstream.frames` extension
 * names, per member, the frame headers that select it, and the member's schema sits in the
 * union's oneOf branch for it (or in the union itself when it has one member and so no oneOf).
 * The examples check and the contract tests' stream validation both judge frames by these rules.
 */
import { isObject, type JsonObject } from "../generator/core/json.js";
import { escapeToken, resolve } from "../generator/core/pointer.js";

// The extension generator/emit writes; spelled out, as validators know only the emitted document.
export const EVENTSTREAM_EXTENSION = "x-amazon-eventstream";

/** Where one member of an event-stream union travels: its frame headers and its schema. */
export interface FrameRule {
  readonly member: string;
  /** The frame headers the spec declares for the member, as written. */
  readonly headers: JsonObject;
  /** The declared `:message-type` ("" when it declares none). */
  readonly messageType: string;
  /** The `:event-type` (or, for exceptions, `:exception-type`) value; the member name when undeclared. */
  readonly type: string;
  readonly contentType?: string;
  /** Pointer to the member's schema inside the union. */
  readonly schemaPointer: string;
}

export interface FrameRules {
  /** The union's pointer, after following `$ref`s. */
  readonly union: string;
  readonly rules: readonly FrameRule[];
  /** Members the extension declares frames for but the union has no schema for. */
  readonly unmatched: readonly string[];
}

/** The frame rules of the union at `schemaPointer`; undefined when it is no union with the extension. */
export function readFrameRules(document: unknown, schemaPointer: string): FrameRules | undefined {
  const union = resolve(document, schemaPointer);
  const extension = union?.value[EVENTSTREAM_EXTENSION];
  const frames = isObject(extension) ? extension["frames"] : undefined;
  if (union === undefined || !isObject(frames)) return undefined;
  const branches = Array.isArray(union.value["oneOf"]) ? (union.value["oneOf"] as unknown[]) : [];
  // A one-member union is emitted as a plain object requiring that member, without oneOf.
  const single = branches.length === 0 && isObject(union.value["properties"]) ? union.value["properties"] : {};
  const rules: FrameRule[] = [];
  const unmatched: string[] = [];
  for (const [member, headers] of Object.entries(frames)) {
    if (!isObject(headers)) continue;
    const index = branches.findIndex(
      (b) => isObject(b) && isObject(b["properties"]) && Object.hasOwn(b["properties"], member),
    );
    if (index === -1 && !Object.hasOwn(single, member)) {
      unmatched.push(member);
      continue;
    }
    const messageType = String(headers[":message-type"] ?? "");
    const type = String(headers[messageType === "exception" ? ":exception-type" : ":event-type"] ?? member);
    const contentType = headers[":content-type"];
    rules.push({
      member,
      headers,
      messageType,
      type,
      ...(typeof contentType === "string" ? { contentType } : {}),
      schemaPointer:
        index === -1
          ? `${union.pointer}/properties/${escapeToken(member)}`
          : `${union.pointer}/oneOf/${index}/properties/${escapeToken(member)}`,
    });
  }
  return { union: union.pointer, rules, unmatched };
}
