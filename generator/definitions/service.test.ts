import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "../core/paths.js";
import { emitDocument } from "../emit/document.js";
import { isErrorShape, reachableShapes } from "../shapes.js";
import { bedrockRuntime, REPOSITORY_URL } from "./service.js";

describe("generator/definitions/service", () => {
  const document = emitDocument(bedrockRuntime);

  it("names the repository package.json names, and its issues as the contact", () => {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, "package.json"), "utf8")) as {
      repository?: { url?: string };
    };
    assert.equal(pkg.repository?.url, REPOSITORY_URL);
    assert.equal(document.info.contact?.url, `${REPOSITORY_URL}/issues`);
  });

  it("has words for every path an operation uses, and none for a path no operation uses", () => {
    const uris = new Set(bedrockRuntime.operations.map((op) => op.uri));
    assert.deepEqual(Object.keys(bedrockRuntime.paths).sort(), [...uris].sort());
  });

  it("marks each error retryable or not; a ValidationException never", () => {
    const errors = reachableShapes(bedrockRuntime.operations.flatMap((op) => op.errors)).filter(isErrorShape);
    const schemas = document.components?.schemas ?? {};
    const retryable = Object.fromEntries(
      errors.map((e) => [e.name, (schemas[e.name] as Record<string, unknown>)["x-retryable"]]),
    );
    assert.ok(
      Object.values(retryable).every((v) => typeof v === "boolean"),
      JSON.stringify(retryable),
    );
    assert.equal(retryable["ValidationException"], false);
    for (const name of [
      "ThrottlingException",
      "ModelNotReadyException",
      "ServiceUnavailableException",
      "InternalServerException",
      "ModelTimeoutException",
    ]) {
      assert.equal(retryable[name], true, name);
    }
  });

  it("offers only SigV4 on the bidirectional stream, which refuses Bedrock API keys", () => {
    const bidirectional = document.paths?.["/model/{modelId}/invoke-with-bidirectional-stream"]?.post;
    assert.deepEqual(bidirectional?.security, [{ sigv4: [] }]);
    assert.equal(document.paths?.["/model/{modelId}/converse"]?.post?.security, undefined);
  });
});
