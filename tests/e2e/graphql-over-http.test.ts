import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { readFileSync } from "node:fs";
import { PERSISTED_QUERY_MANIFEST_PATH, type PersistedQueryManifest } from "../../scripts/schema/persisted-manifest.js";
import { startStack, type Stack } from "../support/stack.js";

// Issue 13: the GraphQL-over-HTTP specification (https://graphql.github.io/graphql-over-http/draft/), rule
// by rule, at the gateway. Requests go through node:http so that every header is exactly the one written
// (fetch would add `Accept: */*`).
const GRAPHQL_RESPONSE = "application/graphql-response+json";
const JSON_TYPE = "application/json";

let stack: Stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.close();
});

interface Answer {
  status: number;
  contentType: string | undefined;
  allow: string | undefined;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(
  options: { method?: string; search?: Record<string, string>; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const url = new URL(stack.gatewayUrl);
  for (const [name, value] of Object.entries(options.search ?? {})) url.searchParams.set(name, value);
  return new Promise((resolve, reject) => {
    const headers = {
      ...options.headers,
      ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }),
    };
    const request = http.request(url, { method: options.method ?? "POST", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"],
          allow: response.headers.allow,
          body: text ? JSON.parse(text) : {},
        }),
      );
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A JSON POST accepting `accept` (nothing sent when undefined). */
const post = (payload: unknown, accept?: string, extraHeaders: Record<string, string> = {}) =>
  send({
    headers: { "content-type": JSON_TYPE, ...(accept === undefined ? {} : { accept }), ...extraHeaders },
    body: JSON.stringify(payload),
  });

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

test("Accept application/graphql-response+json: that media type, UTF-8, and 200 with data", async () => {
  const answer = await post({ query: "{ __typename }" }, GRAPHQL_RESPONSE);
  assert.equal(answer.status, 200);
  assert.equal(answer.contentType, `${GRAPHQL_RESPONSE}; charset=utf-8`);
  assert.deepEqual(answer.body, { data: { __typename: "Query" } });
});

test("Accept application/json: that media type, UTF-8, and 200 with data", async () => {
  const answer = await post({ query: "{ __typename }" }, JSON_TYPE);
  assert.equal(answer.status, 200);
  assert.equal(answer.contentType, `${JSON_TYPE}; charset=utf-8`);
  assert.deepEqual(answer.body, { data: { __typename: "Query" } });
});

test("no Accept header is treated as application/graphql-response+json, and so is */*", async () => {
  for (const accept of [undefined, "*/*"]) {
    const answer = await post({ query: "{ __typename }" }, accept);
    assert.equal(answer.status, 200, String(accept));
    assert.equal(answer.contentType, `${GRAPHQL_RESPONSE}; charset=utf-8`, String(accept));
  }
});

test("the highest-priority supported media type of the Accept header wins", async () => {
  const preferJson = await post({ query: "{ __typename }" }, `${GRAPHQL_RESPONSE};q=0.5, ${JSON_TYPE}`);
  assert.equal(preferJson.contentType, `${JSON_TYPE}; charset=utf-8`);
  const preferNew = await post({ query: "{ __typename }" }, `${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`);
  assert.equal(preferNew.contentType, `${GRAPHQL_RESPONSE}; charset=utf-8`);
});

test("an Accept header without a supported media type is 406 Not Acceptable, before anything runs", async () => {
  for (const query of ["{ __typename }", `mutation { login(input: { login: "x", password: "y" }) { accessToken } }`]) {
    const answer = await post({ query }, "text/plain");
    assert.equal(answer.status, 406, query);
    assert.equal(answer.body.data, undefined);
    assert.match(String(answer.body.errors?.[0]?.message), /Accept must allow application\/graphql-response\+json/);
  }
});

// Each request error of a well-formed request: 4xx without data in application/graphql-response+json,
// 200 with the errors in application/json.
const REQUEST_ERRORS = [
  { rule: "document parsing failure", payload: { query: "{" }, code: "GRAPHQL_PARSE_FAILED" },
  { rule: "document validation failure", payload: { query: "{ noSuchField }" }, code: "GRAPHQL_VALIDATION_FAILED" },
  {
    rule: "variable coercion failure",
    payload: { query: "query Q($id: ID!) { user(id: $id) { id } }", variables: { id: null } },
    code: "BAD_USER_INPUT",
  },
  {
    rule: "operation cannot be determined",
    payload: { query: "query A { __typename } query B { __typename }" },
    code: "OPERATION_RESOLUTION_FAILURE",
  },
];

for (const { rule, payload, code } of REQUEST_ERRORS) {
  test(`${rule}: 400 without data in graphql-response+json, 200 with errors in application/json`, async () => {
    const strict = await post(payload, GRAPHQL_RESPONSE);
    assert.equal(strict.status, 400);
    assert.equal(strict.contentType, `${GRAPHQL_RESPONSE}; charset=utf-8`);
    assert.equal("data" in strict.body, false);
    assert.equal(codeOf(strict), code);
    const legacy = await post(payload, JSON_TYPE);
    assert.equal(legacy.status, 200);
    assert.equal(legacy.contentType, `${JSON_TYPE}; charset=utf-8`);
    assert.equal("data" in legacy.body, false);
    assert.equal(codeOf(legacy), code);
  });
}

test("a field error with partial data is 200 in both media types", async () => {
  for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
    const answer = await post({ query: `{ __typename user(id: "1") { id } }` }, accept);
    assert.equal(answer.status, 200, accept);
    assert.deepEqual(answer.body.data, { __typename: "Query", user: null }, accept);
    assert.equal(codeOf(answer), "UNAUTHENTICATED", accept);
  }
});

test("a request that is not well-formed is 400 in both media types: bad JSON, no query, bad parameters", async () => {
  const cases = [
    { rule: "JSON parsing failure", body: '{"query":' },
    { rule: "no query", body: JSON.stringify({ operationName: "Q" }) },
    { rule: "variables not a map", body: JSON.stringify({ query: "query Q($i: Int) { __typename }", variables: [7] }) },
    { rule: "query not a string", body: JSON.stringify({ query: { kind: "Document" } }) },
  ];
  for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
    for (const { rule, body } of cases) {
      const answer = await send({ headers: { "content-type": JSON_TYPE, accept }, body });
      assert.equal(answer.status, 400, `${rule} (${accept})`);
      assert.equal(answer.contentType, `${accept}; charset=utf-8`, `${rule} (${accept})`);
      assert.equal(codeOf(answer), "BAD_REQUEST", `${rule} (${accept})`);
    }
  }
});

test("a POST body that is not application/json in UTF-8 is 415; with charset=utf-8 it runs", async () => {
  const query = JSON.stringify({ query: "{ __typename }" });
  for (const contentType of [
    undefined,
    "text/plain",
    "application/x-www-form-urlencoded",
    `${JSON_TYPE}; charset=utf-16`,
  ]) {
    const answer = await send({ headers: contentType ? { "content-type": contentType } : {}, body: query });
    assert.equal(answer.status, 415, String(contentType));
    assert.equal(codeOf(answer), "BAD_REQUEST", String(contentType));
  }
  const utf8 = await send({ headers: { "content-type": `${JSON_TYPE}; charset=utf-8` }, body: query });
  assert.deepEqual(utf8.body, { data: { __typename: "Query" } });
});

test("GET runs a query with URL-encoded variables and extensions", async () => {
  const query = "query Q($skip: Boolean!) { __typename @skip(if: $skip) }";
  const shown = await send({ method: "GET", search: { query, variables: JSON.stringify({ skip: false }) } });
  assert.equal(shown.status, 200);
  assert.deepEqual(shown.body, { data: { __typename: "Query" } });
  const skipped = await send({ method: "GET", search: { query, variables: JSON.stringify({ skip: true }) } });
  assert.deepEqual(skipped.body, { data: {} });
  // extensions: the persisted-query hash of a manifest operation, on its own.
  const manifest = JSON.parse(readFileSync(PERSISTED_QUERY_MANIFEST_PATH, "utf8")) as PersistedQueryManifest;
  const me = manifest.operations.find((operation) => operation.name === "Me");
  const { accessToken, userId } = await stack.gateway.login("agent@demo.ct");
  const byHash = await send({
    method: "GET",
    search: { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: me?.id } }) },
    headers: { authorization: `Bearer ${accessToken}` },
  });
  assert.equal(byHash.status, 200);
  assert.equal((byHash.body.data?.me as { id: string }).id, userId);
});

test("GET never runs a mutation: 405 Method Not Allowed with Allow: POST", async () => {
  const manifest = JSON.parse(readFileSync(PERSISTED_QUERY_MANIFEST_PATH, "utf8")) as PersistedQueryManifest;
  const logout = manifest.operations.find((operation) => operation.name === "Logout");
  const searches: Record<string, string>[] = [
    { query: `mutation { login(input: { login: "agent@demo.ct", password: "x" }) { accessToken } }` },
    { documentId: `sha256:${logout?.id}` },
  ];
  for (const search of searches) {
    for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
      const answer = await send({ method: "GET", search, headers: { accept } });
      assert.equal(answer.status, 405, `${JSON.stringify(search)} (${accept})`);
      assert.equal(answer.allow, "POST");
      assert.equal(answer.body.data, undefined);
    }
  }
});

test("methods other than GET and POST are 405 with Allow: GET, POST", async () => {
  for (const method of ["PUT", "DELETE", "PATCH"]) {
    const answer = await send({
      method,
      headers: { "content-type": JSON_TYPE },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    assert.equal(answer.status, 405, method);
    assert.equal(answer.allow, "GET, POST", method);
  }
});
