import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { hashPassword } from "../../subgraphs/auth/src/modules/sessions/passwords.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { waitFor } from "../support/nats.js";
import { DEMO_COLLECTION_ID } from "../../scripts/db/demo-data.js";
import { collectionInput } from "../support/collections.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";

let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const ME = `query Me { me { id fullName email phone role } }`;

test("the gateway is ready when every subgraph and its database and NATS are", async () => {
  const response = await fetch(new URL("/health/ready", stack.gatewayUrl));
  assert.equal(response.status, 200);
  const report = (await response.json()) as { status: string; dependencies: Record<string, { status: string }> };
  assert.equal(report.status, "ready");
  assert.deepEqual(Object.keys(report.dependencies).sort(), [
    "admin",
    "auth",
    "model",
    "nats",
    "revocations",
    "tradeflow",
  ]);
  const live = await fetch(new URL("/health/live", stack.gatewayUrl));
  assert.equal(live.status, 200);
  const subgraph = await fetch(new URL("/health/ready", stack.services.admin.url));
  const subgraphReport = (await subgraph.json()) as { dependencies: Record<string, { status: string }> };
  assert.deepEqual(subgraphReport.dependencies.database?.status, "up");
  assert.deepEqual(subgraphReport.dependencies.nats?.status, "up");
});

test("an agent logs in by email, then `me` (auth, resolved by admin) returns the agent", async () => {
  const login = await stack.gateway.request(
    `mutation { login(input: { login: "agent@demo.ct", password: "Demo!2026pass" }) { accessToken refreshToken expiresIn user { id role } } }`,
  );
  assert.equal(login.status, 200);
  const payload = login.body.data?.login;
  assert.ok(payload.accessToken.split(".").length === 3, "a JWT");
  assert.match(payload.refreshToken, /^[\w-]{43}$/, "32 random bytes, base64url");
  assert.equal(payload.expiresIn, 3600);
  assert.equal(payload.user.role, "AGENT");

  const me = await stack.gateway.request(ME, undefined, { token: payload.accessToken });
  assert.deepEqual(me.body, {
    data: {
      me: {
        id: payload.user.id,
        fullName: "Mariam Traoré",
        email: "agent@demo.ct",
        phone: "+22670000003",
        role: "AGENT",
      },
    },
  });
});

test("login works with a phone number, and the payload's user resolves as the new user", async () => {
  const result = await stack.gateway.request(
    `mutation { login(input: { login: "+226 70 00 00 04", password: "Demo!2026pass" }) { user { id fullName role team { name } } } }`,
  );
  assert.equal(result.body.errors, undefined);
  assert.deepEqual(result.body.data?.login.user, {
    id: result.body.data?.login.user.id,
    fullName: "Boureima Sawadogo",
    role: "TEAM_LEAD",
    team: { name: "Équipe Kantchari (démo)" },
  });
});

test("wrong password, unknown login and a disabled account all give the same UNAUTHENTICATED error", async () => {
  const passwordHash = await hashPassword("Disabled!2026pass");
  const user = await db.user.create({
    data: { fullName: "Disabled Agent", email: "disabled@demo.ct", roleId: 3, active: false },
  });
  await db.authAccount.create({
    data: { userId: user.id, email: "disabled@demo.ct", passwordHash, role: "AGENT", regionIds: [], active: false },
  });
  const attempt = (login: string, password: string) =>
    stack.gateway.request(`mutation L($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { login, password },
    });
  const outcomes = await Promise.all([
    attempt("agent@demo.ct", "not-the-password"),
    attempt("nobody@demo.ct", "Demo!2026pass"),
    attempt("disabled@demo.ct", "Disabled!2026pass"),
  ]);
  for (const outcome of outcomes) {
    assert.equal(outcome.body.data, null);
    assert.equal(outcome.body.errors?.length, 1);
    assert.equal(outcome.body.errors?.[0]?.message, "Identifiant ou mot de passe incorrect");
    assert.equal(outcome.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  }
});

test("one query crosses all four subgraphs: auth → admin → tradeflow → model", async () => {
  // An agent of its own, with one collection: the page below is exactly that collection.
  const agent = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id, label: "crossing" });
  const { accessToken } = await stack.gateway.login(agent.email, agent.password);
  const created = await stack.gateway.request(
    `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`,
    { i: await collectionInput(db) },
    { token: accessToken },
  );
  assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
  const result = await stack.gateway.request(
    `{ me { fullName collections(first: 10) { nodes { id status collector { email } items { quantity product { code name } } } } } }`,
    undefined,
    { token: accessToken },
  );
  assert.equal(result.body.errors, undefined);
  assert.deepEqual(result.body.data?.me.collections.nodes, [
    {
      id: created.body.data?.createCollection.id,
      status: "DRAFT",
      collector: { email: agent.email },
      items: [
        { quantity: "12", product: { code: "MAIZE", name: "Maïs" } },
        { quantity: "20", product: { code: "ONION", name: "Oignon" } },
      ],
    },
  ]);
});

test("the seeded demo collection resolves across the subgraphs", async () => {
  const { accessToken } = await stack.gateway.login("agent@demo.ct");
  const result = await stack.gateway.request(
    `query($id: ID!) { collection(id: $id) { id status collector { fullName } items { quantity product { code name } } } }`,
    { id: DEMO_COLLECTION_ID },
    { token: accessToken },
  );
  assert.deepEqual(result.body.data?.collection, {
    id: DEMO_COLLECTION_ID,
    status: "DRAFT",
    collector: { fullName: "Mariam Traoré" },
    items: [
      { quantity: "1200", product: { code: "MAIZE", name: "Maïs" } },
      { quantity: "350.5", product: { code: "ONION", name: "Oignon" } },
    ],
  });
});

test("the client's request id is the trace id: echoed, in errors, and in the login event", async () => {
  const traceId = `e2e-trace-${Date.now()}`;
  const failed = await stack.gateway.request(
    `{ collection(id: "00000000-0000-0000-0000-000000000000") { id } }`,
    undefined,
    {
      headers: { "x-request-id": traceId },
      token: (await stack.gateway.login("agent@demo.ct")).accessToken,
    },
  );
  assert.equal(failed.headers.get("x-request-id"), traceId);
  assert.equal(failed.body.errors?.[0]?.extensions?.code, "NOT_FOUND");
  assert.equal(failed.body.errors?.[0]?.extensions?.traceId, traceId);

  const login = await stack.gateway.request(
    `mutation { login(input: { login: "analyst@demo.ct", password: "Demo!2026pass" }) { accessToken } }`,
    undefined,
    { headers: { "x-request-id": traceId } },
  );
  assert.ok(login.body.data?.login.accessToken);
  const event = await db.authOutboxEvent.findFirstOrThrow({ where: { traceId, type: "auth.user.logged_in" } });
  assert.equal(JSON.parse(event.envelope).traceId, traceId);
});

test("a successful login is recorded by admin's consumer as the user's last login", async () => {
  const before = new Date();
  const { accessToken } = await stack.gateway.login("supervisor@demo.ct");
  const lastLoginAt = await waitFor(
    async () => {
      const result = await stack.gateway.request(`{ me { lastLoginAt } }`, undefined, { token: accessToken });
      const value = result.body.data?.me.lastLoginAt as string | null;
      return value && new Date(value) >= new Date(before.getTime() - 5) ? value : null;
    },
    { what: "lastLoginAt", timeoutMs: 10_000 },
  );
  assert.ok(Date.parse(lastLoginAt) <= Date.now());
});

test("bad requests get a 400 with a GraphQL error and a code, never a stack trace", async () => {
  const cases = [
    { name: "malformed JSON", body: '{"query": "{ me { id } ', code: "BAD_REQUEST" },
    {
      name: "unknown field",
      body: JSON.stringify({ query: "{ me { id shoeSize } }" }),
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "wrong variable type",
      body: JSON.stringify({
        query: "mutation L($i: LoginInput!) { login(input: $i) { accessToken } }",
        variables: { i: { login: 42 } },
      }),
      code: "BAD_USER_INPUT",
    },
    { name: "empty body", body: "", code: "BAD_REQUEST" },
  ];
  for (const { name, body, code } of cases) {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const text = await response.text();
    assert.equal(response.status, 400, name);
    const parsed = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    assert.equal(parsed.errors[0]?.extensions.code, code, name);
    assert.ok(parsed.errors[0]?.message.length, name);
    assert.doesNotMatch(text, /stacktrace|\bat \w+ \(|node_modules|\/work\//, name);
  }
});

test("an unreadable token or a wrong scheme is refused with 401 UNAUTHENTICATED (attacks: token-attacks.test.ts)", async () => {
  for (const token of ["garbage", "a.b.c"]) {
    const result = await stack.gateway.request(ME, undefined, { token });
    assert.equal(result.status, 401);
    assert.equal(result.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
    assert.equal(result.body.data, undefined);
  }
});

test("an anonymous caller cannot read users or collections", async () => {
  const result = await stack.gateway.request(`{ collections { nodes { id } } }`);
  assert.equal(result.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  const me = await stack.gateway.request(ME);
  assert.deepEqual(me.body.data, { me: null });
});

test("the mobile app's persisted queries: hash first, then hash + query, then the hash alone works", async () => {
  const { createHash } = await import("node:crypto");
  const query = "query PersistedMe { me { id role } }";
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const { accessToken } = await stack.gateway.login("agent@demo.ct");
  const send = (body: Record<string, unknown>) => stack.gateway.raw(JSON.stringify(body), { token: accessToken });
  const unknown = await send({ extensions });
  assert.equal(unknown.body.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND");
  const registered = await send({ query, extensions });
  assert.deepEqual(registered.body.data, { me: { id: "3", role: "AGENT" } });
  const byHash = await send({ extensions });
  assert.deepEqual(byHash.body.data, { me: { id: "3", role: "AGENT" } });
});
