import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import type { RunningHttpServer } from "#shared/http/subgraph-server.js";
import { startStack, type Stack } from "../support/stack.js";
import { serviceEnvironment, testEnv } from "../support/env.js";
import { gatewayOver } from "../support/gateways.js";
import type { GraphQLClient } from "../../scripts/graphql-client.js";

// The gateway's edge, each case with its own gateway over one set of subgraphs: client addresses behind
// proxies (issue 8.6), persisted-query registration (8.7), and no schema hints with introspection off.
let stack: Stack;
const gateways: RunningHttpServer[] = [];
before(async () => {
  stack = await startStack();
});
after(async () => {
  for (const gateway of gateways) await gateway.close();
  await stack?.close();
});

async function gatewayWith(overrides: Record<string, string>) {
  const gateway = await gatewayOver(stack, overrides);
  gateways.push(gateway);
  return gateway.client;
}

const SESSIONS = `{ mySessions { ip current } }`;

/** The address the gateway took for the client: auth records it on the session at login. */
async function addressSeen(client: GraphQLClient, forwardedFor: string) {
  const headers = { "x-forwarded-for": forwardedFor };
  const login = await client.request(
    `mutation { login(input: { login: "analyst@demo.ct", password: "Demo!2026pass" }) { accessToken } }`,
    undefined,
    { headers },
  );
  const token = String(login.body.data?.login.accessToken);
  const sessions = await client.request(SESSIONS, undefined, { token, headers });
  return (sessions.body.data?.mySessions as { ip: string; current: boolean }[]).find((session) => session.current)?.ip;
}

const ping = (client: GraphQLClient, forwardedFor: string) =>
  client.request(`{ __typename }`, undefined, { headers: { "x-forwarded-for": forwardedFor } }).then((r) => r.status);

test("by default X-Forwarded-For is ignored: a spoofed header changes neither the address nor the rate-limit key", async () => {
  const client = await gatewayWith({ RATE_LIMIT_PER_MINUTE: "4" });
  assert.equal(await addressSeen(client, "198.51.100.1"), "127.0.0.1");
  // Login and mySessions used 2 of the 4 requests; new spoofed addresses get no new budget.
  assert.deepEqual(
    [await ping(client, "198.51.100.2"), await ping(client, "198.51.100.3"), await ping(client, "198.51.100.4")],
    [200, 200, 429],
  );
});

test("with TRUST_PROXY=1 only the hop our proxy added counts: the client's own entries are ignored", async () => {
  const client = await gatewayWith({ RATE_LIMIT_PER_MINUTE: "3", TRUST_PROXY: "1" });
  // Our proxy appends the address it saw (203.0.113.7); what the client wrote before it is not believed.
  assert.equal(await addressSeen(client, "6.6.6.6, 203.0.113.7"), "203.0.113.7");
  assert.deepEqual(
    [
      await ping(client, "7.7.7.7, 203.0.113.7"),
      await ping(client, "8.8.8.8, 203.0.113.7"),
      await ping(client, "6.6.6.6, 203.0.113.8"),
    ],
    [200, 429, 200],
    "a new spoofed first entry gives no new budget; another client behind the proxy has its own",
  );
});

test("with TRUST_PROXY listing the proxy's address, the client is the first untrusted hop", async () => {
  const client = await gatewayWith({ TRUST_PROXY: "loopback" });
  assert.equal(await addressSeen(client, "6.6.6.6, 203.0.113.9"), "203.0.113.9");
});

test("persisted queries: anonymous registrations last 5 minutes, a user's 7 days (Redis TTLs)", async () => {
  const redisUrl = testEnv.REDIS_URL ?? "redis://127.0.0.1:6379";
  const client = await gatewayWith({ REDIS_URL: redisUrl });
  const redis = new Redis(redisUrl);
  try {
    const register = async (query: string, token?: string) => {
      const sha256Hash = createHash("sha256").update(query).digest("hex");
      const extensions = { persistedQuery: { version: 1, sha256Hash } };
      const registered = await client.raw(JSON.stringify({ query, extensions }), { token });
      assert.equal(registered.body.errors, undefined, JSON.stringify(registered.body.errors));
      const byHash = await client.raw(JSON.stringify({ extensions }), { token });
      assert.deepEqual(byHash.body.data, registered.body.data, "readable by hash right after");
      return redis.ttl(`${loadGatewayEnv(serviceEnvironment()).redisKeyPrefix}apq:${sha256Hash}`);
    };
    const anonymousTtl = await register(`query AnonymousApq${Date.now()} { __typename }`);
    assert.ok(anonymousTtl > 290 && anonymousTtl <= 300, `anonymous TTL ${anonymousTtl} s`);
    const { accessToken } = await client.login("agent@demo.ct");
    const userTtl = await register(`query UserApq${Date.now()} { me { id } }`, accessToken);
    assert.ok(userTtl > 7 * 86_400 - 10 && userTtl <= 7 * 86_400, `authenticated TTL ${userTtl} s`);
  } finally {
    redis.disconnect();
  }
});

test("persisted queries: a document over APQ_MAX_BYTES, comments included, is not registered", async () => {
  const client = await gatewayWith({});
  // 20 KB of comment around a tiny operation: few tokens, but every byte would be stored.
  const query = `# ${"padding ".repeat(2_500)}\nquery Padded { __typename }`;
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const refused = await client.raw(JSON.stringify({ query, extensions }));
  assert.equal(refused.status, 400);
  assert.equal(refused.body.errors?.[0]?.extensions?.code, "BAD_REQUEST");
  assert.match(String(refused.body.errors?.[0]?.message), /up to 16384 bytes \(APQ_MAX_BYTES\); this one has 200\d\d/);
  const byHash = await client.raw(JSON.stringify({ extensions }));
  assert.equal(byHash.body.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND");
  const plain = await client.request(query);
  assert.deepEqual(plain.body.data, { __typename: "Query" }, "the same document runs without registration");
});

test("field suggestions only for schema explorers: an analyst sees them, anonymous does not, nobody when off", async () => {
  const cases = [
    { query: `{ me { fullNam } }`, leak: /fullName/ },
    {
      query: `query Q($s: CollectionStatus!) { collections(filter: { status: [$s] }) { nodes { id } } }`,
      variables: { s: "DRAF" },
      leak: /"DRAFT"/,
    },
  ];
  const open = await gatewayWith({});
  const closed = await gatewayWith({ INTROSPECTION: "off" });
  const { accessToken: analyst } = await open.login("analyst@demo.ct");
  for (const { query, variables, leak } of cases) {
    const withHints = await open.request(query, variables, { token: analyst });
    assert.match(String(withHints.body.errors?.[0]?.message), /Did you mean/, "the hint exists for an analyst");
    for (const [who, client, token] of [
      ["anonymous", open, undefined],
      ["off", closed, analyst],
    ] as const) {
      const withoutHints = await client.request(query, variables, { token });
      const message = String(withoutHints.body.errors?.[0]?.message);
      assert.equal(withoutHints.body.errors?.[0]?.extensions?.code, withHints.body.errors?.[0]?.extensions?.code, who);
      assert.doesNotMatch(message, /Did you mean/, who);
      assert.doesNotMatch(message, leak, who);
    }
  }
});
