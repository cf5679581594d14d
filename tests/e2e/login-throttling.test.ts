import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture } from "../support/fixtures.js";

// Client addresses come from X-Forwarded-For (TRUST_PROXY); backoff is scaled down to keep the test short.
let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
before(async () => {
  stack = await startStack({
    TRUST_PROXY: "true",
    LOGIN_THROTTLE_THRESHOLD: "5",
    LOGIN_BACKOFF_BASE_MS: "200",
    LOGIN_BACKOFF_MAX_MS: "1500",
  });
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const LOGIN = `mutation L($i: LoginInput!) { login(input: $i) { accessToken } }`;

function attempt(login: string, password: string, ip: string) {
  return stack.gateway.request(LOGIN, { i: { login, password } }, { headers: { "x-forwarded-for": ip } });
}

test("100 wrong passwords from 20 addresses: backoff engages, and the owner still gets in after it", async () => {
  const owner = await createUserFixture(db, { role: "ANALYST", label: "throttled" });
  const codes: string[] = [];
  for (let round = 0; round < 5; round += 1) {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, ip) => attempt(owner.email, `wrong-password-${round}`, `198.51.100.${ip + 1}`)),
    );
    for (const result of results) {
      assert.equal(result.body.data, null);
      codes.push(String(result.body.errors?.[0]?.extensions?.code));
    }
  }
  assert.equal(codes.length, 100);
  assert.ok(codes.includes("TOO_MANY_REQUESTS"), "backoff engaged");
  assert.ok(codes.every((code) => code === "UNAUTHENTICATED" || code === "TOO_MANY_REQUESTS"));

  const refused = await attempt(owner.email, owner.password, "203.0.113.7");
  const retryAfter = Number(refused.body.errors?.[0]?.extensions?.retryAfterSeconds ?? 0);
  if (refused.body.errors) {
    assert.equal(refused.body.errors[0]?.extensions?.code, "TOO_MANY_REQUESTS");
    assert.ok(retryAfter >= 1 && retryAfter <= 2, `retry after ${retryAfter} s`);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
  }
  const owners = await attempt(owner.email, owner.password, "203.0.113.7");
  assert.ok(owners.body.data?.login.accessToken, "no lockout: the owner logs in once the backoff has passed");
});

test("an unknown account is indistinguishable from a wrong password, throttling included", async () => {
  const known = await createUserFixture(db, { role: "ANALYST", label: "known" });
  const unknown = `nobody-${Date.now()}@fixtures.ct`;
  const knownResults = [];
  const unknownResults = [];
  for (let i = 0; i < 7; i += 1) {
    knownResults.push(await attempt(known.email, "wrong-password", "192.0.2.10"));
    unknownResults.push(await attempt(unknown, "wrong-password", "192.0.2.11"));
  }
  const shape = (result: Awaited<ReturnType<typeof attempt>>) => ({
    status: result.status,
    data: result.body.data,
    message: result.body.errors?.[0]?.message?.replace(/\d+ s$/, "N s"),
    code: result.body.errors?.[0]?.extensions?.code,
  });
  assert.deepEqual(knownResults.map(shape), unknownResults.map(shape));
  assert.equal(shape(knownResults[0]!).message, "Identifiant ou mot de passe incorrect");
  assert.equal(shape(knownResults.at(-1)!).code, "TOO_MANY_REQUESTS");
});
