/**
 * The OpenAPI document → one self-contained HTML reference page: inline CSS, no scripts, no
 * external resources, so it opens from a CI artifact or a file:// URL as it is. Pure and
 * deterministic: it walks the document in its own (already deterministic) key order.
 *
 * Every string taken from the document is escaped; descriptions get a minimal Markdown subset
 * (paragraphs, `code`, **bold**, http(s) links) built from escaped text, never raw HTML.
 */
import { compareCodeUnits } from "../core/compare.js";
import type { OpenApiDocument } from "./document.js";
import { UNION_EXTENSION } from "./shape-schemas.js";
import { HTTP_METHODS } from "../core/http.js";
import { SCHEMA_REF_PREFIX } from "../core/pointer.js";

type Json = Record<string, unknown>;

const HEADER_REF = "#/components/headers/";
// Constraint keywords shown in tables, in this order.
const CONSTRAINTS = [
  "format",
  "contentEncoding",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "default",
  "enum",
];

interface OperationEntry {
  readonly method: string;
  readonly path: string;
  readonly op: Json;
}

export function renderHtmlReference(document: OpenApiDocument): string {
  const doc = document as unknown as Json;
  const schemas = obj(obj(doc.components).schemas);
  const operations = operationsOf(doc);
  const title = str(obj(doc.info).title) || "API reference";
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<nav>${renderNav(doc, operations, schemas)}</nav>`,
    "<main>",
    renderOverview(doc),
    '<h2 id="operations">Operations</h2>',
    ...operations.map((entry) => renderOperation(entry, doc)),
    '<h2 id="schemas">Schemas</h2>',
    ...Object.entries(schemas).map(([name, schema]) => renderSchema(name, obj(schema))),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------- escaping and Markdown

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Paragraphs split on blank lines; inline formatting within each. */
export function renderMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${renderInline(p)}</p>`)
    .join("");
}

// Code spans first, so `**x**` inside backticks stays literal; links only for http(s) URLs.
const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^\s()<>"]+)\)/g;

function renderInline(text: string): string {
  let html = "";
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    html += escapeHtml(text.slice(last, m.index));
    if (m[1] !== undefined) html += `<code>${escapeHtml(m[1])}</code>`;
    else if (m[2] !== undefined) html += `<strong>${escapeHtml(m[2])}</strong>`;
    else html += `<a href="${escapeHtml(m[4]!)}">${escapeHtml(m[3]!)}</a>`;
    last = m.index + m[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

// ---------------------------------------------------------------- anchors and links

/** Anchors keep names readable (`#schema-ContentBlock`); anything outside a safe set becomes `_`. */
export const operationAnchor = (operationId: string): string => `op-${safeId(operationId)}`;
export const schemaAnchor = (name: string): string => `schema-${safeId(name)}`;
const safeId = (name: string): string => name.replace(/[^A-Za-z0-9_.-]/g, "_");

function schemaLink(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF_PREFIX)) return `<code>${escapeHtml(ref)}</code>`;
  const name = ref.slice(SCHEMA_REF_PREFIX.length);
  return `<a href="#${escapeHtml(schemaAnchor(name))}"><code>${escapeHtml(name)}</code></a>`;
}

/** A short description of a schema's type: a link for a `$ref`, and the element type of arrays and maps. */
function typeOf(schema: Json): string {
  if (typeof schema.$ref === "string") return schemaLink(schema.$ref);
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((s) => typeOf(obj(s))).join(" or ");
  if (Array.isArray(schema.oneOf)) {
    const refs = schema.oneOf.map(obj).filter((b) => typeof b.$ref === "string");
    if (refs.length === schema.oneOf.length) return `exactly one of ${refs.map((b) => typeOf(b)).join(", ")}`;
    return `exactly one of ${schema.oneOf.length} members`;
  }
  const types = Array.isArray(schema.type)
    ? schema.type.map(String)
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  if (types.length === 0) return Array.isArray(schema.enum) ? "enum" : "any JSON value";
  return types.map((t) => typeName(t, schema)).join(" or ");
}

function typeName(type: string, schema: Json): string {
  if (type === "array" && schema.items !== undefined) return `array of ${typeOf(obj(schema.items))}`;
  if (type === "object" && isObject(schema.additionalProperties) && !schema.properties)
    return `map of string to ${typeOf(obj(schema.additionalProperties))}`;
  return escapeHtml(type);
}

function constraintsOf(schema: Json): string {
  const items = CONSTRAINTS.filter((k) => schema[k] !== undefined).map((k) => {
    const value =
      k === "enum" ? (schema[k] as unknown[]).map((v) => JSON.stringify(v)).join(", ") : JSON.stringify(schema[k]);
    return `<li><span class="k">${k}</span> <code>${escapeHtml(value)}</code></li>`;
  });
  if (schema.additionalProperties === false) items.push('<li><span class="k">closed</span> no other properties</li>');
  if (schema["x-smithy-sensitive"] === true) items.push('<li><span class="k">sensitive</span></li>');
  return items.length > 0 ? `<ul class="c">${items.join("")}</ul>` : "";
}

// ---------------------------------------------------------------- page sections

function renderNav(doc: Json, operations: readonly OperationEntry[], schemas: Json): string {
  const groups = tagsOf(doc, operations).map((tag) => {
    const links = operations
      .filter((e) => (arr(e.op.tags)[0] ?? "") === tag)
      .map(
        (e) =>
          `<li><a href="#${escapeHtml(operationAnchor(str(e.op.operationId)))}">${escapeHtml(str(e.op.operationId))}</a></li>`,
      );
    return `<li>${escapeHtml(tag || "Other")}<ul>${links.join("")}</ul></li>`;
  });
  return [
    '<a href="#overview">Overview</a>',
    `<h2><a href="#operations">Operations</a></h2><ul class="nav">${groups.join("")}</ul>`,
    `<h2><a href="#schemas">Schemas</a></h2><p>${Object.keys(schemas).length} component schemas</p>`,
  ].join("");
}

/** The document's tags in their declared order, then any tag only an operation names. */
function tagsOf(doc: Json, operations: readonly OperationEntry[]): string[] {
  const declared = arr(doc.tags).map((t) => str(obj(t).name));
  const used = operations.map((e) => str(arr(e.op.tags)[0]));
  return [...new Set([...declared.filter((t) => used.includes(t)), ...used])];
}

function renderOverview(doc: Json): string {
  const info = obj(doc.info);
  const parts = [
    `<h1 id="overview">${escapeHtml(str(info.title))} <small>${escapeHtml(str(info.version))}</small></h1>`,
  ];
  if (info.summary) parts.push(`<p class="summary">${renderInline(str(info.summary))}</p>`);
  parts.push(renderMarkdown(str(info.description)));
  parts.push("<h2>Servers</h2>", ...arr(doc.servers).map((s) => renderServer(obj(s))));
  parts.push("<h2>Security</h2>", renderSecurity(doc));
  return `<section>${parts.join("\n")}</section>`;
}

function renderServer(server: Json): string {
  const variables = Object.entries(obj(server.variables)).map(([name, v]) => {
    const variable = obj(v);
    const values = arr(variable.enum)
      .map((e) => `<code>${escapeHtml(String(e))}</code>`)
      .join(" ");
    return `<p><code>{${escapeHtml(name)}}</code> default <code>${escapeHtml(String(variable.default))}</code>; one of: ${values}</p>`;
  });
  return `<h3><code>${escapeHtml(str(server.url))}</code></h3>${renderMarkdown(str(server.description))}${variables.join("")}`;
}

function renderSecurity(doc: Json): string {
  const schemes = Object.entries(obj(obj(doc.components).securitySchemes)).map(([name, s]) => {
    const scheme = obj(s);
    const how =
      scheme.type === "apiKey"
        ? `API key in ${escapeHtml(str(scheme.in))} <code>${escapeHtml(str(scheme.name))}</code>`
        : `${escapeHtml(str(scheme.type))} ${escapeHtml(str(scheme.scheme))}`;
    return `<tr><td><code>${escapeHtml(name)}</code></td><td>${how}</td><td>${renderMarkdown(str(scheme.description))}</td></tr>`;
  });
  const alternatives = arr(doc.security)
    .map((r) => Object.keys(obj(r)).join(" + "))
    .join(" or ");
  return `<p>Any one of: <code>${escapeHtml(alternatives)}</code></p>${table(["scheme", "type", "description"], schemes)}`;
}

function renderOperation({ method, path, op }: OperationEntry, doc: Json): string {
  const id = str(op.operationId);
  const facts = [`<dt>operationId</dt><dd><code>${escapeHtml(id)}</code></dd>`];
  if (op["x-aws-iam-action"])
    facts.push(`<dt>IAM action</dt><dd><code>${escapeHtml(str(op["x-aws-iam-action"]))}</code></dd>`);
  return [
    `<section class="op" id="${escapeHtml(operationAnchor(id))}">`,
    `<h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>`,
    `<p class="summary">${renderInline(str(op.summary))}</p>`,
    `<dl>${facts.join("")}</dl>`,
    renderMarkdown(str(op.description)),
    renderParameters(arr(op.parameters).map(obj)),
    renderRequestBody(op.requestBody === undefined ? undefined : obj(op.requestBody)),
    renderResponses(obj(op.responses), doc),
    renderErrors(arr(op["x-smithy-errors"]).map(String), obj(obj(doc.components).schemas)),
    renderModelFamilies(arr(op["x-bedrock-model-families"]).map(obj)),
    renderExamples(op),
    "</section>",
  ]
    .filter((part) => part.length > 0)
    .join("\n");
}

function renderParameters(parameters: readonly Json[]): string {
  if (parameters.length === 0) return "";
  const rows = parameters.map((p) => {
    const schema = obj(p.schema);
    return `<tr><td><code>${escapeHtml(str(p.name))}</code></td><td>${escapeHtml(str(p.in))}</td><td>${p.required === true ? "yes" : "no"}</td><td>${typeOf(schema)}</td><td>${constraintsOf(schema)}</td><td>${renderMarkdown(str(p.description))}</td></tr>`;
  });
  return `<h4>Parameters</h4>${table(["name", "in", "required", "type", "constraints", "description"], rows)}`;
}

function renderRequestBody(body: Json | undefined): string {
  if (!body) return "";
  const rows = Object.entries(obj(body.content)).map(
    ([media, m]) => `<tr><td><code>${escapeHtml(media)}</code></td><td>${typeOf(obj(obj(m).schema))}</td></tr>`,
  );
  const required = body.required === true ? "<p>Required.</p>" : "";
  return `<h4>Request body</h4>${renderMarkdown(str(body.description))}${required}${table(["media type", "schema"], rows)}`;
}

function renderResponses(responses: Json, doc: Json): string {
  const rows = Object.entries(responses).map(([status, r]) => {
    const response = obj(r);
    const content = Object.entries(obj(response.content)).map(
      ([media, m]) => `<code>${escapeHtml(media)}</code>: ${typeOf(obj(obj(m).schema))}`,
    );
    const headers = Object.entries(obj(response.headers)).map(
      ([name, h]) => `<code>${escapeHtml(name)}</code>: ${typeOf(obj(resolveHeader(obj(h), doc).schema))}`,
    );
    return `<tr><td>${escapeHtml(status)}</td><td>${renderMarkdown(str(response.description))}</td><td>${content.join("<br>")}</td><td>${headers.join("<br>")}</td></tr>`;
  });
  return `<h4>Responses</h4>${table(["status", "description", "body", "headers"], rows)}`;
}

/** Response headers are `$ref`s into components.headers, which get no section of their own: show them inline. */
function resolveHeader(header: Json, doc: Json): Json {
  const ref = header.$ref;
  if (typeof ref !== "string" || !ref.startsWith(HEADER_REF)) return header;
  return obj(obj(obj(doc.components).headers)[ref.slice(HEADER_REF.length)]);
}

function renderErrors(errors: readonly string[], schemas: Json): string {
  if (errors.length === 0) return "";
  const byStatus = new Map<string, string[]>();
  for (const name of errors) {
    const status = String(obj(obj(schemas[name])["x-smithy-error"]).status ?? "?");
    byStatus.set(status, [...(byStatus.get(status) ?? []), name]);
  }
  const rows = [...byStatus.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(
      ([status, names]) =>
        `<tr><td>${escapeHtml(status)}</td><td>${names.map((n) => schemaLink(SCHEMA_REF_PREFIX + n)).join(", ")}</td></tr>`,
    );
  return `<h4>Errors</h4>${table(["status", "errors"], rows)}`;
}

/** `x-bedrock-model-families`: which provider body schemas apply to which model ids, first match first. */
function renderModelFamilies(families: readonly Json[]): string {
  if (families.length === 0) return "";
  const link = (value: unknown): string =>
    typeof obj(value).$ref === "string" ? schemaLink(str(obj(value).$ref)) : "";
  const rows = families.map((f) => {
    const patterns = arr(f.modelIdPatterns)
      .map((p) => `<code>${escapeHtml(String(p))}</code>`)
      .join("<br>");
    const bodies = [link(f.request), link(f.response), link(f.streamChunk)].filter((b) => b !== "").join("<br>");
    return `<tr><td><code>${escapeHtml(str(f.family))}</code><br>${escapeHtml(str(f.title))}</td><td>${patterns}</td><td>${bodies}</td></tr>`;
  });
  const intro =
    "<p>The body schema follows the model id: the first family whose pattern matches the percent-decoded <code>modelId</code> applies (for the stream, to the JSON in each chunk's <code>bytes</code>); other models send any JSON.</p>";
  return `<h4>Model families</h4>${intro}${table(["family", "model id patterns", "request, response or stream chunk"], rows)}`;
}

// ---------------------------------------------------------------- examples

interface ExampleParts {
  summary: string;
  description: string;
  readonly parts: string[];
}

/** Examples are keyed by name across parameters, request and responses: one block per call. */
function renderExamples(op: Json): string {
  const examples = new Map<string, ExampleParts>();
  const add = (key: string, example: Json, part: string): void => {
    const entry = examples.get(key) ?? { summary: "", description: "", parts: [] };
    entry.summary ||= str(example.summary);
    entry.description ||= str(example.description);
    entry.parts.push(part);
    examples.set(key, entry);
  };
  for (const p of arr(op.parameters).map(obj))
    for (const [key, e] of Object.entries(obj(p.examples)))
      add(
        key,
        obj(e),
        `<p>${escapeHtml(str(p.in))} <code>${escapeHtml(str(p.name))}</code> = <code>${escapeHtml(JSON.stringify(obj(e).value))}</code></p>`,
      );
  if (op.requestBody !== undefined) collectContentExamples("Request", obj(obj(op.requestBody).content), add);
  for (const [status, r] of Object.entries(obj(op.responses)))
    collectContentExamples(`Response ${status}`, obj(obj(r).content), add);
  if (examples.size === 0) return "";
  const blocks = [...examples.entries()].map(
    ([key, e]) =>
      `<div class="ex"><h5>${escapeHtml(key)}${e.summary ? `: ${escapeHtml(e.summary)}` : ""}</h5>${renderMarkdown(e.description)}${e.parts.join("")}</div>`,
  );
  return `<h4>Examples</h4>${blocks.join("")}`;
}

function collectContentExamples(
  label: string,
  content: Json,
  add: (key: string, example: Json, part: string) => void,
): void {
  for (const [media, m] of Object.entries(content)) {
    const heading = `<p>${escapeHtml(label)} <code>${escapeHtml(media)}</code></p>`;
    for (const [key, e] of Object.entries(obj(obj(m).examples))) add(key, obj(e), `${heading}${pre(obj(e).value)}`);
    for (const [key, e] of Object.entries(obj(obj(m)["x-amazon-eventstream-examples"])))
      add(key, obj(e), `${heading}${renderFrames(arr(obj(e).frames))}`);
  }
}

/** Event-stream examples are an ordered list of frames: headers, then the JSON payload. */
function renderFrames(frames: readonly unknown[]): string {
  const items = frames.map((f) => {
    const frame = obj(f);
    const headers = Object.entries(obj(frame.headers)).map(
      ([k, v]) => `<code>${escapeHtml(k)}: ${escapeHtml(String(v))}</code>`,
    );
    return `<li>${headers.join(" ")}${pre(frame.payload)}</li>`;
  });
  return `<ol class="frames">${items.join("")}</ol>`;
}

const pre = (value: unknown): string => `<pre>${escapeHtml(JSON.stringify(value, null, 2) ?? "")}</pre>`;

// ---------------------------------------------------------------- component schemas

function renderSchema(name: string, schema: Json): string {
  const parts = [`<section class="schema" id="${escapeHtml(schemaAnchor(name))}">`, `<h3>${escapeHtml(name)}</h3>`];
  parts.push(`<p class="t">${schemaKind(schema)}</p>`);
  const error = schema["x-smithy-error"];
  if (isObject(error))
    parts.push(
      `<p class="err">Error: ${escapeHtml(str(error.fault))} fault, HTTP ${escapeHtml(String(error.status))}</p>`,
    );
  parts.push(renderMarkdown(str(schema.description)), constraintsOf(schema));
  if (isObject(schema.properties)) parts.push(renderProperties(schema));
  if (Array.isArray(schema.oneOf)) parts.push(renderUnionBranches(schema.oneOf.map(obj)));
  if (isObject(schema.items)) parts.push(`<div>Items: ${typeOf(schema.items)} ${constraintsOf(schema.items)}</div>`);
  if (isObject(schema.additionalProperties))
    parts.push(
      `<div>Values: ${typeOf(schema.additionalProperties)} ${constraintsOf(schema.additionalProperties)}</div>`,
    );
  if (isObject(schema.propertyNames)) parts.push(`<div>Keys: ${constraintsOf(schema.propertyNames)}</div>`);
  if (isObject(schema["x-amazon-eventstream"]))
    parts.push(renderStreamFrames(obj(obj(schema["x-amazon-eventstream"]).frames)));
  parts.push(renderDeeperRefs(schema, parts.join("")));
  parts.push("</section>");
  return parts.filter((part) => part.length > 0).join("\n");
}

/**
 * Components referenced deeper than the tables above show (inside nested inline objects, as
 * provider body schemas have): linked once here, so every schema the page names is reachable.
 */
function renderDeeperRefs(schema: Json, rendered: string): string {
  const names = [
    ...new Set([...JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!)),
  ];
  const missing = names.filter((n) => !rendered.includes(`href="#${escapeHtml(schemaAnchor(n))}"`));
  return missing.length === 0
    ? ""
    : `<p>Also refers to: ${missing.map((n) => schemaLink(SCHEMA_REF_PREFIX + n)).join(", ")}</p>`;
}

function schemaKind(schema: Json): string {
  if (schema[UNION_EXTENSION] === true)
    return `Union: ${Array.isArray(schema.oneOf) ? "exactly one of the members below" : "its one member must be set"}`;
  return `Type: ${typeOf(schema)}`;
}

function renderProperties(schema: Json): string {
  const required = new Set(arr(schema.required).map(String));
  const rows = Object.entries(obj(schema.properties)).map(([name, p]) =>
    propertyRow(name, obj(p), required.has(name) ? "yes" : "no"),
  );
  return table(["name", "type", "required", "constraints", "description"], rows);
}

function propertyRow(name: string, property: Json, required: string): string {
  return `<tr><td><code>${escapeHtml(name)}</code></td><td>${typeOf(property)}</td><td>${required}</td><td>${constraintsOf(property)}</td><td>${renderMarkdown(str(property.description))}</td></tr>`;
}

/** Each union branch is a closed single-property object: show the member, not the wrapper. */
function renderUnionBranches(branches: readonly Json[]): string {
  const rows = branches.flatMap((b) =>
    Object.entries(obj(b.properties)).map(([name, p]) => propertyRow(name, obj(p), "exactly one")),
  );
  return `<h4>Exactly one of</h4>${table(["member", "type", "required", "constraints", "description"], rows)}`;
}

function renderStreamFrames(frames: Json): string {
  const rows = Object.entries(frames).map(([member, h]) => {
    const headers = Object.entries(obj(h)).map(([k, v]) => `<code>${escapeHtml(k)}: ${escapeHtml(String(v))}</code>`);
    return `<tr><td><code>${escapeHtml(member)}</code></td><td>${headers.join("<br>")}</td></tr>`;
  });
  return `<h4>Event-stream frames</h4>${table(["member", "frame headers"], rows)}`;
}

// ---------------------------------------------------------------- small helpers

function operationsOf(doc: Json): OperationEntry[] {
  return Object.entries(obj(doc.paths)).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => isObject(obj(item)[m])).map((method) => ({ method, path, op: obj(obj(item)[method]) })),
  );
}

const table = (headings: readonly string[], rows: readonly string[]): string =>
  `<table><thead><tr>${headings.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const obj = (value: unknown): Json => (isObject(value) ? value : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === "string" ? value : "");

const CSS = [
  "body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1b1f24;display:flex}",
  "nav{position:sticky;top:0;height:100vh;overflow:auto;width:16rem;flex:none;padding:1rem;background:#f4f5f7;border-right:1px solid #d8dce0;box-sizing:border-box}nav a{overflow-wrap:anywhere}",
  "nav h2{font-size:1rem;margin:1rem 0 .3rem}nav ul{padding-left:1rem;margin:.2rem 0}",
  "main{padding:1rem 2rem;min-width:0;flex:1;max-width:72rem}",
  "section.op,section.schema{border-top:1px solid #d8dce0;padding-top:.5rem;margin-top:1.5rem}",
  "table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:14px}",
  "th,td{border:1px solid #d8dce0;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f5f7}",
  "td p{margin:0 0 .3rem}code{font:13px ui-monospace,monospace;background:#f0f1f3;padding:0 .2rem;border-radius:3px;overflow-wrap:anywhere}",
  "pre{background:#f6f8fa;border:1px solid #d8dce0;padding:.5rem;overflow:auto;font-size:13px}",
  "ul.c{list-style:none;padding:0;margin:0}.k{color:#57606a}",
  ".m{color:#fff;border-radius:3px;padding:0 .4rem;font-size:13px}.m.get{background:#1f7a3a}.m.post{background:#0b5cad}.m.put,.m.patch{background:#9a6700}.m.delete{background:#b42318}",
  ".summary{font-weight:600}.err{color:#b42318}.ex{border-left:3px solid #d8dce0;padding-left:.8rem;margin:.8rem 0}",
  "ol.frames li{margin-bottom:.4rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}dd{margin:0}",
].join("\n");
