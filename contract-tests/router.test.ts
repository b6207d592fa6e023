import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { OpenAPIV3_1 } from "openapi-types";
import { specJsonFile } from "./load-recordings.js";
import { routeRequest, type RouteResult } from "./router.js";

const responses = {};
const fixture = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/model/{modelId}/invoke": { post: { operationId: "InvokeModel", responses } },
    "/model/{modelId}/{action}": { post: { operationId: "ModelAction", responses } },
    "/async-invoke": {
      get: { operationId: "ListAsyncInvokes", responses },
      post: { operationId: "StartAsyncInvoke", responses },
    },
    "/async-invoke/{invocationArn}": { get: { operationId: "GetAsyncInvoke", responses } },
  },
} as unknown as OpenAPIV3_1.Document;

function matched(result: RouteResult) {
  if (!result.ok) assert.fail(result.problem.message);
  return result.route;
}

describe("router", () => {
  it("percent-decodes labels after splitting, so encoded ARNs stay one segment", () => {
    const route = matched(
      routeRequest(
        fixture,
        "POST",
        "https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-7-sonnet-20250219-v1%3A0/invoke",
      ),
    );
    assert.equal(route.operationId, "InvokeModel");
    assert.equal(route.pathTemplate, "/model/{modelId}/invoke");
    assert.deepEqual(route.pathParams, {
      modelId: "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0",
    });
  });

  it("prefers a literal segment over a label", () => {
    assert.equal(matched(routeRequest(fixture, "POST", "https://h/model/m/invoke")).operationId, "InvokeModel");
    assert.equal(matched(routeRequest(fixture, "POST", "https://h/model/m/converse")).operationId, "ModelAction");
  });

  it("routes by method and returns query parameters", () => {
    const route = matched(routeRequest(fixture, "get", "https://h/async-invoke?maxResults=5&sortOrder=Ascending"));
    assert.equal(route.operationId, "ListAsyncInvokes");
    assert.deepEqual(route.query, { maxResults: ["5"], sortOrder: ["Ascending"] });
  });

  it("names the method and path of an unknown path", () => {
    const result = routeRequest(fixture, "POST", "https://h/nowhere/at/all");
    assert.ok(!result.ok);
    assert.equal(result.problem.code, "route/unknown-path");
    assert.match(result.problem.message, /POST \/nowhere\/at\/all/);
  });

  it("names the method, path and declared methods of an unknown method", () => {
    const result = routeRequest(fixture, "DELETE", "https://h/async-invoke/abc");
    assert.ok(!result.ok);
    assert.equal(result.problem.code, "route/unknown-method");
    assert.match(result.problem.message, /DELETE/);
    assert.match(result.problem.message, /\/async-invoke\/\{invocationArn\}/);
    assert.match(result.problem.message, /declared: GET/);
  });

  it("reports a URL it cannot parse", () => {
    const result = routeRequest(fixture, "POST", "https://bedrock-runtime.<AWS_REGION>.amazonaws.com/model/x/invoke");
    assert.ok(!result.ok);
    assert.equal(result.problem.code, "route/bad-url");
  });

  it("routes the emitted spec's ApplyGuardrail path", () => {
    const spec = JSON.parse(readFileSync(specJsonFile, "utf8")) as OpenAPIV3_1.Document;
    const route = matched(
      routeRequest(
        spec,
        "POST",
        "https://bedrock-runtime.us-east-1.amazonaws.com/guardrail/274u1upxm897/version/1/apply",
      ),
    );
    assert.equal(route.operationId, "ApplyGuardrail");
    assert.deepEqual(route.pathParams, { guardrailIdentifier: "274u1upxm897", guardrailVersion: "1" });
  });
});
