import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "../../scripts/db/demo-data.js";
import { PERSISTED_QUERY_MANIFEST_PATH, type PersistedQueryManifest } from "../../scripts/schema/persisted-manifest.js";
import type { ResultOf, TypedDocumentNode, VariablesOf } from "@graphql-typed-document-node/core";
import { LoginDocument, MeDocument } from "../../schema/operations/generated/graphql.js";
import { startStack, type Stack } from "../support/stack.js";
import { gatewayOver, type ExtraGateway } from "../support/gateways.js";

// Issue 13, mobile app: trusted documents from the generated manifest, PERSISTED_DOCUMENTS=require.
const manifest = JSON.parse(readFileSync(PERSISTED_QUERY_MANIFEST_PATH, "utf8")) as PersistedQueryManifest;
const operation = (name: string) => {
  const found = manifest.operations.find((candidate) => candidate.name === name);
  assert.ok(found, `${name} is in the manifest`);
  return found;
};
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

let stack: Stack;
let gateway: ExtraGateway;
before(async () => {
  stack = await startStack();
  gateway = await gatewayOver(stack, { PERSISTED_DOCUMENTS: "require" });
});
after(async () => {
  await gateway?.close();
  await stack?.close();
});

/** The mobile app's login: the Login operation by its manifest id, never its text. */
async function loginById(login: string) {
  const result = await gateway.client.raw(
    JSON.stringify({
      documentId: `sha256:${operation("Login").id}`,
      variables: { input: { login, password: DEMO_PASSWORD } },
    }),
  );
  assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  return result.body.data.login as { accessToken: string; user: { id: string; role: string } };
}

test("the mobile flow by manifest id only: login, then `me` by documentId, APQ hash and GET", async () => {
  const { accessToken, user } = await loginById("agent@demo.ct");
  assert.equal(user.role, "AGENT");
  const me = operation("Me");
  const byDocumentId = await gateway.client.raw(JSON.stringify({ documentId: `sha256:${me.id}` }), {
    token: accessToken,
  });
  assert.equal(byDocumentId.status, 200);
  assert.equal(byDocumentId.body.data.me.id, user.id);
  assert.equal(byDocumentId.body.data.me.role, "AGENT");
  const byApqHash = await gateway.client.raw(JSON.stringify({ extensions: apq(me.id) }), { token: accessToken });
  assert.deepEqual(byApqHash.body, byDocumentId.body, "Apollo's persisted-query hash is the manifest id");
  const url = new URL(gateway.url);
  url.searchParams.set("documentId", `sha256:${me.id}`);
  const byGet = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` } });
  assert.equal(byGet.status, 200);
  assert.deepEqual(await byGet.json(), byDocumentId.body);
});

test("a manifest document sent in full runs for anyone; an AGENT's ad-hoc document is FORBIDDEN", async () => {
  const { accessToken, user } = await loginById("agent@demo.ct");
  const inFull = await gateway.client.request(operation("Me").body, undefined, { token: accessToken });
  assert.equal(inFull.body.data?.me.id, user.id);
  const adHoc = await gateway.client.request(`{ me { id } }`, undefined, { token: accessToken });
  assert.equal(adHoc.status, 403);
  assert.equal(adHoc.body.data, undefined);
  assert.equal(adHoc.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  assert.match(String(adHoc.body.errors?.[0]?.message), /send the operation's documentId/);
  // Refused before parsing: a document that does not even parse gets the same answer, not a parse error.
  const unparsable = await gateway.client.request(`{ me {`, undefined, { token: accessToken });
  assert.equal(unparsable.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const anonymous = await gateway.client.request(`{ __typename }`);
  assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
});

test("an unknown document id is PERSISTED_QUERY_NOT_FOUND, and unknown APQ registrations are refused", async () => {
  const { accessToken } = await loginById("agent@demo.ct");
  const query = `query NotInTheManifest${Date.now()} { me { id } }`;
  const unknownId = await gateway.client.raw(JSON.stringify({ documentId: `sha256:${sha256(query)}` }), {
    token: accessToken,
  });
  assert.equal(unknownId.status, 400);
  assert.equal(unknownId.body.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND");
  const hashOnly = await gateway.client.raw(JSON.stringify({ extensions: apq(sha256(query)) }), { token: accessToken });
  assert.equal(hashOnly.body.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND");
  const registration = await gateway.client.raw(JSON.stringify({ query, extensions: apq(sha256(query)) }), {
    token: accessToken,
  });
  assert.equal(registration.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const afterRegistration = await gateway.client.raw(JSON.stringify({ extensions: apq(sha256(query)) }), {
    token: accessToken,
  });
  assert.equal(afterRegistration.body.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND", "not registered");
});

test("an ANALYST's ad-hoc documents run (Sandbox), APQ registration included", async () => {
  const { accessToken } = await loginById("analyst@demo.ct");
  const adHoc = await gateway.client.request(`{ me { role } }`, undefined, { token: accessToken });
  assert.deepEqual(adHoc.body, { data: { me: { role: "ANALYST" } } });
  const query = `query AnalystApq${Date.now()} { me { role } }`;
  const registered = await gateway.client.raw(JSON.stringify({ query, extensions: apq(sha256(query)) }), {
    token: accessToken,
  });
  assert.deepEqual(registered.body.data, { me: { role: "ANALYST" } });
  const byHash = await gateway.client.raw(JSON.stringify({ extensions: apq(sha256(query)) }), { token: accessToken });
  assert.deepEqual(byHash.body.data, { me: { role: "ANALYST" } });
});

test("in allow mode (the development default) any document runs, and manifest ids work too", async () => {
  const adHoc = await stack.gateway.request(`{ __typename }`);
  assert.deepEqual(adHoc.body, { data: { __typename: "Query" } });
  const { accessToken, userId } = await stack.gateway.login("agent@demo.ct");
  const byId = await stack.gateway.raw(JSON.stringify({ documentId: `sha256:${operation("Me").id}` }), {
    token: accessToken,
  });
  assert.equal(byId.body.data?.me.id, userId);
});

/** The README's typed call: a generated document, sent by its embedded id only. */
async function run<D extends TypedDocumentNode<any, any>>(
  url: string,
  document: D,
  variables: VariablesOf<D>,
  token?: string,
) {
  const documentId = (document as { __meta__?: { hash: string } }).__meta__?.hash;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ documentId, variables }),
  });
  return (await response.json()) as { data?: ResultOf<D>; errors?: { message: string }[] };
}

test("the typed documents carry their manifest id: LoginDocument, then MeDocument, by id only", async () => {
  assert.equal((LoginDocument as { __meta__?: { hash: string } }).__meta__?.hash, `sha256:${operation("Login").id}`);
  const login = await run(gateway.url, LoginDocument, { input: { login: "agent@demo.ct", password: DEMO_PASSWORD } });
  assert.equal(login.errors, undefined, JSON.stringify(login.errors));
  const me = await run(gateway.url, MeDocument, {}, login.data?.login.accessToken);
  assert.equal(me.data?.me?.role, "AGENT");
  assert.equal(me.data?.me?.id, login.data?.login.user?.id);
});
