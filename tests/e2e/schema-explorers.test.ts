import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { buildClientSchema, getIntrospectionQuery } from "graphql";
import { loadTokenKeys } from "#shared/auth/keys.js";
import { signAccessToken } from "#shared/auth/tokens.js";
import type { RoleCode } from "#shared/auth/claims.js";
import type { RunningHttpServer } from "#shared/http/subgraph-server.js";
import { createLogger } from "#shared/logger.js";
import { startGateway } from "../../gateway/src/server.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { GraphQLClient } from "../../scripts/graphql-client.js";
import { loadToolingEnv } from "../../scripts/env.js";
import { PrivateNatsServer } from "../../scripts/nats/server.js";
import { serviceEnvironment } from "../support/env.js";
import { REAL_SECRETS } from "../support/production-secrets.js";

// Issue 13, analysts: introspection and suggestions per caller in production (NODE_ENV=production, real
// secrets, a nats-server with the production passwords), and the landing pages. These cases run no
// operation on a subgraph, so the gateway runs alone; its tokens are signed with its production secret.
let nats: PrivateNatsServer;
const gateways: RunningHttpServer[] = [];
before(async () => {
  nats = await PrivateNatsServer.create(
    loadToolingEnv({ ...serviceEnvironment(), ...REAL_SECRETS }),
    createLogger("private-nats", "silent"),
  );
  await nats.start();
});
after(async () => {
  for (const gateway of gateways) await gateway.close();
  await nats?.dispose();
});

async function gatewayWith(overrides: Record<string, string>) {
  const env = loadGatewayEnv({
    ...serviceEnvironment(),
    GATEWAY_PORT: "0",
    GATEWAY_HOST: "127.0.0.1",
    NATS_URL: nats.url,
    ...overrides,
  });
  const gateway = await startGateway(env, { logger: createLogger("gateway", "silent") });
  gateways.push(gateway);
  const keys = await loadTokenKeys(env, { signing: true });
  const tokenFor = (role: RoleCode) =>
    signAccessToken(
      {
        userId: "1",
        role,
        permissions: [],
        teamId: null,
        regionIds: [],
        sessionId: randomUUID(),
        mustChangePassword: false,
      },
      keys,
      { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, ttlSeconds: 300 },
    );
  return { client: new GraphQLClient(gateway.url), url: gateway.url, tokenFor };
}

const production = (overrides: Record<string, string> = {}) =>
  gatewayWith({ NODE_ENV: "production", ...REAL_SECRETS, ...overrides });

const TYPE_BY_FRAGMENT = `query T { ...F } fragment F on Query { __type(name: "User") { fields { name } } }`;

test("in production, ANALYST, ADMIN and SUPER_ADMIN tokens introspect the whole schema", async () => {
  const gateway = await production();
  for (const role of ["ANALYST", "ADMIN", "SUPER_ADMIN"] as const) {
    const token = await gateway.tokenFor(role);
    const result = await gateway.client.request(getIntrospectionQuery(), undefined, { token });
    assert.equal(result.body.errors, undefined, `${role}: ${JSON.stringify(result.body.errors)}`);
    const schema = buildClientSchema(result.body.data as never);
    assert.ok(schema.getType("Collection"), role);
    const byFragment = await gateway.client.request(TYPE_BY_FRAGMENT, undefined, { token });
    assert.ok((byFragment.body.data?.__type.fields as unknown[]).length > 0, role);
  }
});

test("in production, an AGENT token and no token do not introspect, even inside a fragment", async () => {
  // Trusted documents would refuse their ad-hoc documents first: `allow` lets the introspection rule answer.
  const gateway = await production({ PERSISTED_DOCUMENTS: "allow" });
  // An ANALYST runs the same documents first: what the gateway remembers of a document (Apollo's document
  // cache, the introspection finding kept per document) must not carry the analyst's answer to the others.
  const analyst = await gateway.tokenFor("ANALYST");
  for (const query of [`{ __schema { queryType { name } } }`, TYPE_BY_FRAGMENT]) {
    const result = await gateway.client.request(query, undefined, { token: analyst });
    assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  }
  for (const token of [await gateway.tokenFor("AGENT"), await gateway.tokenFor("TEAM_LEAD"), undefined]) {
    for (const query of [`{ __schema { queryType { name } } }`, TYPE_BY_FRAGMENT]) {
      const result = await gateway.client.request(query, undefined, { token });
      assert.equal(result.status, 400);
      assert.equal(result.body.data, undefined);
      assert.equal(result.body.errors?.[0]?.extensions?.code, "GRAPHQL_VALIDATION_FAILED");
      assert.match(String(result.body.errors?.[0]?.message), /Introspection is open to ANALYST, ADMIN and SUPER_ADMIN/);
    }
    const typename = await gateway.client.request(`{ __typename }`, undefined, { token });
    assert.deepEqual(typename.body, { data: { __typename: "Query" } }, "__typename stays open");
  }
});

test("in production, an AGENT gets no field suggestions; an ANALYST does", async () => {
  const gateway = await production({ PERSISTED_DOCUMENTS: "allow" });
  const cases = [
    { query: `{ me { fullNam } }`, leak: /fullName/ },
    {
      query: `query Q($s: CollectionStatus!) { collections(filter: { status: [$s] }) { nodes { id } } }`,
      variables: { s: "DRAF" },
      leak: /"DRAFT"/,
    },
  ];
  const agent = await gateway.tokenFor("AGENT");
  const analyst = await gateway.tokenFor("ANALYST");
  for (const { query, variables, leak } of cases) {
    const withHints = await gateway.client.request(query, variables, { token: analyst });
    assert.match(String(withHints.body.errors?.[0]?.message), /Did you mean/);
    const withoutHints = await gateway.client.request(query, variables, { token: agent });
    assert.equal(withoutHints.body.errors?.[0]?.extensions?.code, withHints.body.errors?.[0]?.extensions?.code);
    assert.doesNotMatch(String(withoutHints.body.errors?.[0]?.message), /Did you mean/);
    assert.doesNotMatch(String(withoutHints.body.errors?.[0]?.message), leak);
  }
});

test("production requires trusted documents: an AGENT's introspection is FORBIDDEN, an ANALYST's runs", async () => {
  const gateway = await production();
  const query = `{ __schema { queryType { name } } }`;
  const agent = await gateway.client.request(query, undefined, { token: await gateway.tokenFor("AGENT") });
  assert.equal(agent.status, 403);
  assert.equal(agent.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const analyst = await gateway.client.request(query, undefined, { token: await gateway.tokenFor("ANALYST") });
  assert.deepEqual(analyst.body, { data: { __schema: { queryType: { name: "Query" } } } });
});

test("INTROSPECTION=off closes introspection to every caller", async () => {
  const gateway = await production({ INTROSPECTION: "off" });
  const result = await gateway.client.request(`{ __schema { queryType { name } } }`, undefined, {
    token: await gateway.tokenFor("SUPER_ADMIN"),
  });
  assert.equal(result.body.errors?.[0]?.extensions?.code, "GRAPHQL_VALIDATION_FAILED");
});

const html = (url: string) => fetch(url, { headers: { accept: "text/html" } });

test("the Sandbox landing page explains the Authorization header and starts on the login operation", async () => {
  const gateway = await production();
  const page = await html(gateway.url);
  assert.equal(page.status, 200);
  const text = await page.text();
  assert.match(text, /embeddable-sandbox/);
  assert.match(text, /opens to ANALYST, ADMIN and SUPER_ADMIN access tokens/);
  assert.match(text, /into the Headers tab: Authorization: Bearer/);
  assert.match(text, /mutation Login/);
  assert.match(text, /"runTelemetry":false/);
  // Sandbox calls the gateway from its iframe's origin: production's CORS lets that origin (and only it) in.
  for (const [origin, allowed] of [
    ["https://sandbox.embed.apollographql.com", "https://sandbox.embed.apollographql.com"],
    ["https://elsewhere.example", null],
  ] as const) {
    const preflight = await fetch(gateway.url, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization" },
    });
    assert.equal(preflight.headers.get("access-control-allow-origin"), allowed, origin);
  }
});

test("LANDING_PAGE=graphiql serves GraphiQL from the gateway alone: only local references", async () => {
  const gateway = await production({ LANDING_PAGE: "graphiql" });
  const page = await html(gateway.url);
  assert.equal(page.status, 200);
  const text = await page.text();
  assert.doesNotMatch(text, /https?:|\/\/[a-z]/i, "no absolute or protocol-relative URL in the page");
  const references = [...text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  assert.deepEqual(references.sort(), [
    "/graphiql-assets/graphiql.min.css",
    "/graphiql-assets/graphiql.min.js",
    "/graphiql-assets/react-dom.production.min.js",
    "/graphiql-assets/react.production.min.js",
  ]);
  for (const reference of references) {
    const asset = await fetch(new URL(reference, gateway.url));
    assert.equal(asset.status, 200, reference);
    assert.match(String(asset.headers.get("content-type")), reference.endsWith(".css") ? /text\/css/ : /javascript/);
    assert.ok((await asset.arrayBuffer()).byteLength > 1_000, reference);
  }
  assert.equal(
    (await fetch(new URL("/graphiql-assets/package.json", gateway.url))).status,
    404,
    "only the listed files",
  );
});

test("LANDING_PAGE=off serves no page", async () => {
  const gateway = await production({ LANDING_PAGE: "off" });
  const page = await html(gateway.url);
  assert.doesNotMatch(await page.text(), /<html|<script/i);
});
