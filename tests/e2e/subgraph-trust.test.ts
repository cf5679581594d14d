import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { encodeClaims, signRequest } from "#shared/auth/gateway-signature.js";
import { DEMO_GATEWAY_SIGNING_SECRET } from "#shared/env.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.close();
});

const ENTITIES = `{ _entities(representations: [{__typename: "User", id: "1"}]) { ... on User { email } } }`;
const SERVICE = `{ _service { sdl } }`;
const agent: UserClaims = {
  userId: "3",
  role: "AGENT",
  permissions: [],
  teamId: "1",
  regionIds: ["1"],
  sessionId: "s",
  mustChangePassword: false,
};

function subgraphUrls() {
  return Object.entries(stack.services).map(([name, service]) => ({ name, url: service.url }));
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

test("a request straight to any subgraph without the gateway's signature is refused with no data", async () => {
  for (const { name, url } of subgraphUrls()) {
    for (const query of [ENTITIES, SERVICE, "{ __typename }"]) {
      const result = await post(url, JSON.stringify({ query }));
      assert.equal(result.status, 401, `${name}: ${query}`);
      assert.equal(result.body.data, undefined, `${name}: no data`);
      assert.equal(result.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
    }
  }
});

test("forged claims, a wrong key, a stale timestamp, another subgraph's signature or a swapped body are refused", async () => {
  const { url } = stack.services.admin;
  const body = JSON.stringify({ query: ENTITIES });
  const valid = signRequest(DEMO_GATEWAY_SIGNING_SECRET, {
    audience: "admin",
    claimsHeader: encodeClaims(agent),
    traceId: "t-1",
    body,
  });
  const attempts: Record<string, Record<string, string>> = {
    "wrong key": signRequest("an-attacker-guessed-secret-0123456789abcdef", {
      audience: "admin",
      claimsHeader: encodeClaims(agent),
      traceId: "t-1",
      body,
    }),
    "stale timestamp": signRequest(DEMO_GATEWAY_SIGNING_SECRET, {
      audience: "admin",
      claimsHeader: encodeClaims(agent),
      traceId: "t-1",
      body,
      now: Date.now() - 5 * 60_000,
    }),
    "escalated claims": { ...valid, "x-ct-claims": encodeClaims({ ...agent, role: "SUPER_ADMIN" }) },
    // A request the gateway signed for `model`, replayed against `admin`.
    "signed for another subgraph": signRequest(DEMO_GATEWAY_SIGNING_SECRET, {
      audience: "model",
      claimsHeader: encodeClaims(agent),
      traceId: "t-1",
      body,
    }),
    "bare shared secret": {
      "x-ct-signature": DEMO_GATEWAY_SIGNING_SECRET,
      "x-ct-timestamp": String(Math.floor(Date.now() / 1000)),
    },
  };
  for (const [what, headers] of Object.entries(attempts)) {
    const result = await post(url, body, headers);
    assert.equal(result.status, 401, what);
    assert.equal(result.body.data, undefined, what);
  }
  const swapped = await post(url, JSON.stringify({ query: `{ user(id: "1") { email } }` }), valid);
  assert.equal(swapped.status, 401, "a signature covers one exact body");
});

test("signed by the gateway: `_service` is open for composition, `_entities` needs a user", async () => {
  const { url } = stack.services.admin;
  const serviceBody = JSON.stringify({ query: SERVICE });
  const service = await post(
    url,
    serviceBody,
    signRequest(DEMO_GATEWAY_SIGNING_SECRET, { audience: "admin", claimsHeader: "", traceId: "t", body: serviceBody }),
  );
  assert.equal(service.status, 200);
  assert.match(JSON.stringify(service.body.data), /type User/);

  const entitiesBody = JSON.stringify({ query: ENTITIES });
  const anonymous = await post(
    url,
    entitiesBody,
    signRequest(DEMO_GATEWAY_SIGNING_SECRET, { audience: "admin", claimsHeader: "", traceId: "t", body: entitiesBody }),
  );
  assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  assert.equal(anonymous.body.data, null);

  const ownBody = JSON.stringify({ query: ENTITIES.replace('id: "1"', 'id: "3"') });
  const asAgent = await post(
    url,
    ownBody,
    signRequest(DEMO_GATEWAY_SIGNING_SECRET, {
      audience: "admin",
      claimsHeader: encodeClaims(agent),
      traceId: "t",
      body: ownBody,
    }),
  );
  assert.equal(asAgent.status, 200);
  assert.deepEqual(asAgent.body.data, { _entities: [{ email: "agent@demo.ct" }] });
});
