import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { hashRefreshToken } from "../../subgraphs/auth/src/modules/sessions/token-issuer.js";
import { waitFor } from "../support/nats.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";
import { propagationLimit } from "../support/propagation.js";

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
  const used = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashRefreshToken(first.refreshToken) } });
  await waitFor(async () => Date.now() > used.usedAt!.getTime() + 1_000 + 50, { what: "the 1 s grace window to pass" });

  const reuse = await stack.gateway.request(REFRESH, { t: first.refreshToken });
  assert.equal(reuse.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  const rt2 = await stack.gateway.request(REFRESH, { t: rotated.refreshToken });
  assert.equal(rt2.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED", "the whole family is revoked");

  const session = await db.authSession.findFirstOrThrow({ where: { userId: Number(user.id) } });
  assert.equal(session.revokedReason, "refresh_token_reused");
  const events = await db.authOutboxEvent.findMany({ where: { type: "auth.refresh_token.reused" } });
  assert.ok(
    events.some((event) => JSON.parse(event.envelope).payload.sessionId === session.id),
    "reuse event recorded",
  );
  // The session's access token goes too, within a second of the revocation.
  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  const started = Date.now();
  const refused = await waitFor(
    async () => {
      const result = await stack.gateway.request("{ me { id } }", undefined, { token: rotated.accessToken });
      return result.status === 401;
    },
    { timeoutMs: 5_000, intervalMs: 20, what: "the revoked session's access token to be refused" },
  );
  const elapsed = Date.now() - started;
  assert.equal(refused, true);
  assert.ok(elapsed <= limit.ms, limit.describe("the access token was refused", elapsed));
});

test("a rotated refresh token is random: the same state rotated twice gives unrelated tokens", async () => {
  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id });
  const first = await stack.gateway.login(user.email, user.password);
  const tokenHash = hashRefreshToken(first.refreshToken);
  const before = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash } });
  const sessionBefore = await db.authSession.findUniqueOrThrow({ where: { id: before.sessionId } });

  const rotate = async () => {
    const result = await stack.gateway.request(REFRESH, { t: first.refreshToken });
    assert.equal(result.body.errors, undefined);
    return result.body.data?.refreshSession.refreshToken as string;
  };
  const firstSuccessor = await rotate();
  // Put the session back exactly as it was before the rotation (same secret, same token, same rows) …
  await db.refreshToken.delete({ where: { tokenHash: hashRefreshToken(firstSuccessor) } });
  await db.refreshToken.update({
    where: { id: before.id },
    data: { usedAt: null, replacedById: null, rotation: before.rotation, successorSealed: null },
  });
  await db.authSession.update({ where: { id: sessionBefore.id }, data: { rotation: sessionBefore.rotation } });
  // … and rotate again: a derived token would come out the same.
  const secondSuccessor = await rotate();

  assert.notEqual(secondSuccessor, firstSuccessor, "the successor is no function of the previous token and a secret");
  for (const token of [firstSuccessor, secondSuccessor]) {
    assert.match(token, /^[A-Za-z0-9_-]{43}$/, "256 random bits, base64url");
  }
  const stored = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashRefreshToken(secondSuccessor) } });
  assert.equal(stored.tokenHash, createHash("sha256").update(secondSuccessor).digest("hex"), "stored as its SHA-256");
  const rows = await db.refreshToken.findMany({ where: { sessionId: before.sessionId } });
  assert.ok(!JSON.stringify(rows).includes(secondSuccessor), "no row holds the token in clear");
});

test("an unknown or garbage refresh token is UNAUTHENTICATED", async () => {
  const result = await stack.gateway.request(REFRESH, { t: "not-a-token" });
  assert.equal(result.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  assert.equal(result.body.data, null);
});
