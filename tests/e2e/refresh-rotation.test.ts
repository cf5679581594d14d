import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";

// A one-second grace window keeps the test short; production uses 30 s.
let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
before(async () => {
  stack = await startStack({ REFRESH_GRACE_SECONDS: "1" });
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const REFRESH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } } }`;

test("RT1 → RT2 works; RT1 again inside the grace window returns the same pair", async () => {
  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id });
  const first = await stack.gateway.login(user.email, user.password);
  const second = await stack.gateway.request(REFRESH, { t: first.refreshToken });
  assert.equal(second.body.errors, undefined);
  const pair = second.body.data?.refreshSession;
  assert.notEqual(pair.refreshToken, first.refreshToken);
  assert.equal(pair.user.id, user.id);
  const me = await stack.gateway.request("{ me { id } }", undefined, { token: pair.accessToken });
  assert.equal(me.body.data?.me.id, user.id, "the new access token works");

  const replay = await stack.gateway.request(REFRESH, { t: first.refreshToken });
  assert.deepEqual(replay.body.data?.refreshSession, pair, "a lost response is recovered with the same pair");
});

test("RT1 replayed after the grace window revokes the family: RT2 fails too, and it is recorded", async () => {
  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id });
  const first = await stack.gateway.login(user.email, user.password);
  const rotated = (await stack.gateway.request(REFRESH, { t: first.refreshToken })).body.data?.refreshSession;
  assert.ok(rotated.refreshToken);
  await new Promise((resolve) => setTimeout(resolve, 1_300));

  const reuse = await stack.gateway.request(REFRESH, { t: first.refreshToken });
  assert.equal(reuse.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  const rt2 = await stack.gateway.request(REFRESH, { t: rotated.refreshToken });
  assert.equal(rt2.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED", "the whole family is revoked");

  const session = await db.authSession.findFirstOrThrow({ where: { userId: Number(user.id) } });
  assert.equal(session.revokedReason, "refresh_token_reused");
  const events = await db.authOutboxEvent.findMany({ where: { type: "auth.refresh_token.reused" } });
  assert.ok(events.some((event) => JSON.parse(event.envelope).payload.sessionId === session.id), "reuse event recorded");
  // The session's access token goes too.
  let status = 200;
  const deadline = Date.now() + 1_000;
  while (status !== 401 && Date.now() < deadline) {
    status = (await stack.gateway.request("{ me { id } }", undefined, { token: rotated.accessToken })).status;
  }
  assert.equal(status, 401);
});

test("an unknown or garbage refresh token is UNAUTHENTICATED", async () => {
  const result = await stack.gateway.request(REFRESH, { t: "not-a-token" });
  assert.equal(result.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  assert.equal(result.body.data, null);
});
