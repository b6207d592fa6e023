import assert from "node:assert/strict";
import { generateDocument } from "../generate.js";
import type { OpenApiDocument } from "./document.js";
import { escapeHtml, operationAnchor, renderHtmlReference, renderMarkdown, schemaAnchor } from "./html-reference.js";

const ids = (html: string): string[] => [...html.matchAll(/\bid="([^"]*)"/g)].map((m) => m[1]!);
const hrefs = (html: string): string[] => [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]!);

/** A small document with one operation, a constrained parameter, a union and an event stream. */
function smallDocument(description = "A tiny API."): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "Tiny", version: "1", description },
    servers: [{ url: "https://x.{region}.example", variables: { region: { default: "r1", enum: ["r1", "r2"] } } }],
    security: [{ sigv4: [] }],
    tags: [{ name: "Things" }],
    paths: {
      "/thing/{id}": {
        post: {
          operationId: "MakeThing",
          summary: "Make a thing",
          tags: ["Things"],
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              description: "Thing id.",
              schema: { type: "string", minLength: 1, maxLength: 8, pattern: "^[a-z]+$" },
            },
          ],
          requestBody: {
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Block" },
                examples: { one: { summary: "One block", value: { text: "hi" } } },
              },
            },
          },
          responses: {
            "200": {
              description: "The stream.",
              content: {
                "application/vnd.amazon.eventstream": {
                  schema: { $ref: "#/components/schemas/Block" },
                  "x-amazon-eventstream-examples": {
                    one: {
                      frames: [
                        { headers: { ":event-type": "first" }, payload: { a: 1 } },
                        { headers: { ":event-type": "second" }, payload: { b: 2 } },
                      ],
                    },
                  },
                } as never,
              },
            },
            "400": {
              description: "Bad.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/BadThing" } } },
            },
          },
          "x-smithy-errors": ["BadThing"],
          "x-aws-iam-action": "tiny:MakeThing",
        } as never,
      },
    },
    components: {
      schemas: {
        BadThing: {
          type: "object",
          properties: { message: { type: "string" } },
          "x-smithy-error": { fault: "client", status: 400 },
        } as never,
        Block: {
          type: "object",
          description: "One block.",
          oneOf: [
            {
              type: "object",
              properties: { text: { type: "string", minLength: 1, description: "Text." } },
              required: ["text"],
              additionalProperties: false,
            },
            {
              type: "object",
              properties: { size: { type: "integer", minimum: 0, maximum: 9, default: 3 } },
              required: ["size"],
              additionalProperties: false,
            },
          ],
          "x-smithy-union": true,
          "x-amazon-eventstream": { frames: { text: { ":event-type": "text" } } },
        } as never,
        Kind: { type: "string", enum: ["big", "small"] },
      },
      securitySchemes: { sigv4: { type: "apiKey", name: "Authorization", in: "header" } },
    },
  };
}

describe("HTML reference", () => {
  const real = generateDocument();
  const html = renderHtmlReference(real);

  it("escapes every string from the document and never passes raw HTML through", () => {
    const out = renderHtmlReference(
      smallDocument('Use <script>alert("x")</script> & `<b>` and [bad](javascript:alert(1)).'),
    );
    assert.ok(!out.includes("<script"), "a <script> in a description must be escaped");
    assert.ok(out.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <code>&lt;b&gt;</code>"));
    assert.ok(!out.includes('href="javascript:'), "only http(s) links become anchors");
    assert.equal(escapeHtml(`<a href="x">&'</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  });

  it("renders the Markdown subset: paragraphs, code, bold and http(s) links", () => {
    assert.equal(
      renderMarkdown("One `a<b` and **bold**.\n\nSee [docs](https://example.com/?a=1&b=2)."),
      '<p>One <code>a&lt;b</code> and <strong>bold</strong>.</p><p>See <a href="https://example.com/?a=1&amp;b=2">docs</a>.</p>',
    );
  });

  it("has every operation and every component schema of the real document, each with its anchor", () => {
    const anchors = new Set(ids(html));
    const operationIds = Object.values(real.paths ?? {}).flatMap((item) =>
      Object.values(item ?? {})
        .filter((v) => typeof v === "object")
        .map((op) => (op as { operationId?: string }).operationId),
    );
    assert.equal(operationIds.length, 11);
    for (const id of operationIds) assert.ok(anchors.has(operationAnchor(id!)), `#op-${id} missing`);
    assert.ok(anchors.has("op-Converse") && anchors.has("schema-ContentBlock"));
    const schemaNames = Object.keys(real.components?.schemas ?? {});
    assert.ok(schemaNames.length > 300);
    for (const name of schemaNames) assert.ok(anchors.has(schemaAnchor(name)), `#schema-${name} missing`);
  });

  it("every internal link of the real document resolves, anchors are unique and nothing is loaded from outside", () => {
    const all = ids(html);
    assert.equal(new Set(all).size, all.length, "duplicate ids");
    const anchors = new Set(all);
    const internal = hrefs(html).filter((h) => h.startsWith("#"));
    assert.ok(internal.length > 500, "expected links to most schemas");
    for (const href of internal) assert.ok(anchors.has(href.slice(1)), `${href} has no target`);
    // Every component $ref in the document shows up as a link.
    for (const [, name] of JSON.stringify(real).matchAll(/"#\/components\/schemas\/([^"]+)"/g))
      assert.ok(internal.includes(`#schema-${name}`), name);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  });

  it("is deterministic", () => {
    assert.equal(renderHtmlReference(generateDocument()), html);
  });

  it("shows the overview: servers with region lists, security schemes, navigation grouped by tag", () => {
    assert.match(html, /<code>https:\/\/bedrock-runtime\.\{region\}\.amazonaws\.com<\/code>/);
    assert.match(html, /<code>us-gov-west-1<\/code>/);
    assert.match(html, /<td><code>sigv4<\/code><\/td>/);
    assert.match(
      html,
      /<li>Conversation<ul><li><a href="#op-Converse">Converse<\/a><\/li><li><a href="#op-ConverseStream">ConverseStream<\/a><\/li><\/ul><\/li>/,
    );
  });

  it("renders parameters, constraints, union branches, errors and ordered event-stream frames of a small document", () => {
    const out = renderHtmlReference(smallDocument());
    assert.match(out, /<span class="m post">POST<\/span> <code>\/thing\/\{id\}<\/code>/);
    assert.match(out, /<dt>IAM action<\/dt><dd><code>tiny:MakeThing<\/code><\/dd>/);
    // Parameter row: name, in, required, type, constraints, description.
    assert.match(
      out,
      /<tr><td><code>id<\/code><\/td><td>path<\/td><td>yes<\/td><td>string<\/td><td><ul class="c">.*minLength.*<code>1<\/code>.*maxLength.*<code>8<\/code>.*pattern.*<code>&quot;\^\[a-z\]\+\$&quot;<\/code>.*<\/ul><\/td><td><p>Thing id\.<\/p><\/td><\/tr>/,
    );
    assert.match(
      out,
      /<td><code>application\/json<\/code><\/td><td><a href="#schema-Block"><code>Block<\/code><\/a><\/td>/,
    );
    assert.match(out, /<h4>Errors<\/h4>.*<td>400<\/td><td><a href="#schema-BadThing">/);
    assert.match(out, /Error: client fault, HTTP 400/);
    const block = out.slice(out.indexOf('id="schema-Block"'), out.indexOf('id="schema-Kind"'));
    assert.match(block, /Union: exactly one of the members below/);
    assert.match(block, /<h4>Exactly one of<\/h4>/);
    assert.match(
      block,
      /<td><code>text<\/code><\/td><td>string<\/td><td>exactly one<\/td><td><ul class="c"><li><span class="k">minLength<\/span> <code>1<\/code><\/li><\/ul><\/td><td><p>Text\.<\/p><\/td>/,
    );
    assert.match(
      block,
      /<code>size<\/code>.*minimum.*<code>0<\/code>.*maximum.*<code>9<\/code>.*default.*<code>3<\/code>/,
    );
    assert.match(block, /<h4>Event-stream frames<\/h4>.*<code>:event-type: text<\/code>/);
    assert.match(out, /enum<\/span> <code>&quot;big&quot;, &quot;small&quot;<\/code>/);
    // Example "one": the request body pretty-printed, then the frames in order.
    assert.match(out, /<h5>one: One block<\/h5>.*<pre>\{\n {2}&quot;text&quot;: &quot;hi&quot;\n\}<\/pre>/s);
    assert.match(
      out,
      /<ol class="frames"><li><code>:event-type: first<\/code><pre>\{\n {2}&quot;a&quot;: 1\n\}<\/pre><\/li><li><code>:event-type: second<\/code>/,
    );
    for (const href of hrefs(out).filter((h) => h.startsWith("#"))) assert.ok(ids(out).includes(href.slice(1)), href);
  });
});
