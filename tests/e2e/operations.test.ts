import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createLogger } from "#shared/logger.js";
import { startGateway } from "../../gateway/src/server.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { GraphQLClient } from "../../scripts/graphql-client.js";
import { startStack, type Stack } from "../support/stack.js";
import { serviceEnvironment, testEnv } from "../support/env.js";

// Observability and protection of the running system: metrics, operation limits, the rate limit
// (it uses up the minute's allowance of the main gateway), and replicas sharing state through Redis.
let stack: Stack;
before(async () => {
  stack = await startStack({ RATE_LIMIT_PER_MINUTE: "20" });
});
after(async () => {
  await stack?.close();
});

test("every service serves Prometheus metrics: operations, errors, outbox backlog, consumed events", async () => {
  await stack.gateway.login("agent@demo.ct");
  await stack.gateway.request(`query Broken { nope }`);
  const gateway = await (await fetch(new URL("/metrics", stack.gatewayUrl))).text();
  assert.match(gateway, /graphql_operation_duration_seconds_count\{[^}]*operation="Login"[^}]*outcome="ok"/);
  assert.match(gateway, /graphql_errors_total\{[^}]*code="GRAPHQL_VALIDATION_FAILED"/);
  assert.match(gateway, /process_cpu_seconds_total/);
  const auth = await (await fetch(new URL("/metrics", stack.services.auth.url))).text();
  assert.match(auth, /outbox_unpublished_events\{service="auth"\} \d+/);
  // Subgraphs see the gateway's query plan fetches, named after the client's operation (Login__auth__0).
  assert.match(auth, /graphql_operation_duration_seconds_count\{[^}]*operation="Login__auth__\d+"/);
});

test("abusive operations are refused before planning: too deep, too many aliases, too many tokens", async () => {
  const { accessToken } = await stack.gateway.login("supervisor@demo.ct");
  // Far deeper than any screen needs; the gateway allows 12 levels by default.
  const deep = `{ me { team { region { teams { region { teams { region { teams { region { teams { region { teams { region { name } } } } } } } } } } } } } }`;
  const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
  const huge = `{ me { ${Array.from({ length: 25_000 }, () => "id").join(" ")} } }`;
  const cases = [
    ["depth", deep, "GRAPHQL_VALIDATION_FAILED"],
    ["aliases", aliases, "GRAPHQL_VALIDATION_FAILED"],
    // Refused before parsing and validation (tests/e2e/operation-size.test.ts).
    ["tokens", huge, "OPERATION_TOO_LARGE"],
  ] as const;
  for (const [what, query, code] of cases) {
    const result = await stack.gateway.request(query, undefined, { token: accessToken });
    assert.equal(result.body.data, undefined, what);
    assert.equal(
      result.body.errors?.[0]?.extensions?.code,
      code,
      `${what}: ${JSON.stringify(result.body.errors?.[0])}`,
    );
  }
  const fine = await stack.gateway.request(`{ me { team { region { name } } } }`, undefined, { token: accessToken });
  assert.equal(fine.body.errors, undefined);
});

test("the gateway limits requests per client address with a GraphQL-shaped 429", async () => {
  const statuses: number[] = [];
  let limited: { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] } | undefined;
  for (let i = 0; i < 30; i += 1) {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    statuses.push(response.status);
    if (response.status === 429) limited = (await response.json()) as typeof limited;
    else await response.text();
  }
  assert.ok(statuses.includes(429), `statuses: ${statuses.join(",")}`);
  assert.equal(limited?.errors?.[0]?.extensions?.code, "TOO_MANY_REQUESTS");
  assert.ok((limited?.errors?.[0]?.extensions?.retryAfterSeconds ?? 0) > 0);
});

test("with Redis, persisted queries registered on one gateway replica work on another", async () => {
  const replica = await Promise.all(
    [0, 1].map(() =>
      startGateway(
        loadGatewayEnv({
          ...serviceEnvironment(),
          REDIS_URL: testEnv.REDIS_URL ?? "redis://127.0.0.1:6379",
          GATEWAY_PORT: "0",
          GATEWAY_HOST: "127.0.0.1",
          AUTH_SUBGRAPH_URL: stack.services.auth.url,
          ADMIN_SUBGRAPH_URL: stack.services.admin.url,
          TRADEFLOW_SUBGRAPH_URL: stack.services.tradeflow.url,
          MODEL_SUBGRAPH_URL: stack.services.model.url,
        }),
        { logger: createLogger("gateway", "silent") },
      ),
    ),
  );
  try {
    const query = `query ReplicaShared${Date.now()} { me { id } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } };
    const first = new GraphQLClient(replica[0]!.url);
    const second = new GraphQLClient(replica[1]!.url);
    const { accessToken } = await first.login("agent@demo.ct");
    const registered = await first.raw(JSON.stringify({ query, extensions }), { token: accessToken });
    assert.deepEqual(registered.body.data, { me: { id: "3" } });
    const elsewhere = await second.raw(JSON.stringify({ extensions }), { token: accessToken });
    assert.deepEqual(elsewhere.body.data, { me: { id: "3" } }, "the hash is known to the other replica");
    const ready = (await (await fetch(new URL("/health/ready", replica[1]!.url))).json()) as {
      dependencies: Record<string, { status: string }>;
    };
    assert.equal(ready.dependencies.redis?.status, "up");
  } finally {
    await Promise.all(replica.map((gateway) => gateway.close()));
  }
});
