import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";
import { waitFor } from "../support/nats.js";
import { propagationLimit } from "../support/propagation.js";

// Access tokens state the role, team and regions; a change of any of them must end the old tokens at once.
let stack: Stack;
let superAdmin: string;
const db = createDb(testEnv.DATABASE_URL);
before(async () => {
  stack = await startStack();
  superAdmin = (await stack.gateway.login("superadmin@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const UPDATE_USER = `mutation U($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id role } }`;
const WRITE_SETTING = `mutation W($v: JSON!) { updateSystemSetting(key: "SYNC_BATCH_LIMIT", value: $v) { key value } }`;

async function changeUser(userId: string, input: Record<string, unknown>) {
  const result = await stack.gateway.request(UPDATE_USER, { id: userId, i: input }, { token: superAdmin });
  assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
}

/** Milliseconds until the gateway refuses `token` as UNAUTHENTICATED (polled every 10 ms). */
async function timeUntilRefused(token: string, since: number): Promise<number> {
  await waitFor(
    async () => {
      const result = await stack.gateway.request("{ me { id } }", undefined, { token });
      return result.body.errors?.[0]?.extensions?.code === "UNAUTHENTICATED";
    },
    { timeoutMs: 5_000, intervalMs: 10, what: "the old access token to be refused" },
  );
  return Date.now() - since;
}

test("a demoted ADMIN's token is refused within 1 s and cannot write a setting; a new login is ANALYST", async () => {
  const user = await createUserFixture(db, { role: "ADMIN", label: "demoted" });
  const old = await stack.gateway.login(user.email, user.password);
  const limit = stack.services.admin.runtime.settings.get("SYNC_BATCH_LIMIT");
  const allowed = await stack.gateway.request(WRITE_SETTING, { v: limit }, { token: old.accessToken });
  assert.equal(allowed.body.errors, undefined, "an ADMIN may write a setting before the change");

  const propagation = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  const demotedAt = Date.now();
  await changeUser(user.id, { role: "ANALYST" });
  const elapsed = await timeUntilRefused(old.accessToken, demotedAt);
  assert.ok(elapsed <= propagation.ms, propagation.describe("the demoted admin's token was refused", elapsed));

  const write = await stack.gateway.request(WRITE_SETTING, { v: limit }, { token: old.accessToken });
  assert.equal(write.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  assert.equal(write.body.data ?? null, null);
  const refresh = await stack.gateway.request(
    `mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
    { t: old.refreshToken },
  );
  assert.equal(refresh.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED", "nor can the old session be refreshed");

  const fresh = await stack.gateway.request(
    `mutation L($i: LoginInput!) { login(input: $i) { accessToken user { role } } }`,
    { i: { login: user.email, password: user.password } },
  );
  assert.equal(fresh.body.data?.login.user.role, "ANALYST", JSON.stringify(fresh.body.errors));
  const freshToken: string = fresh.body.data?.login.accessToken;
  const me = await stack.gateway.request("{ me { role } }", undefined, { token: freshToken });
  assert.equal(me.body.data?.me.role, "ANALYST");
  const analystWrite = await stack.gateway.request(WRITE_SETTING, { v: limit }, { token: freshToken });
  assert.equal(analystWrite.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const session = await db.authSession.findFirstOrThrow({
    where: { userId: Number(user.id) },
    orderBy: { createdAt: "asc" },
  });
  assert.equal(session.revokedReason, "access_changed");
});

test("a change of team ends the old tokens too; a change of name does not", async () => {
  const team = await demoTeam(db);
  const user = await createUserFixture(db, { role: "AGENT", label: "moved" });
  const old = await stack.gateway.login(user.email, user.password);

  await changeUser(user.id, { fullName: "Renamed Fixture" });
  await waitFor(
    async () => {
      const events = await db.adminOutboxEvent.findMany({
        where: { type: "admin.user.updated" },
        orderBy: { seq: "desc" },
        take: 20,
      });
      const rename = events.find((event) => JSON.parse(event.envelope).payload.userId === user.id);
      return rename && db.authProcessedEvent.findFirst({ where: { eventId: rename.eventId } });
    },
    { what: "auth to apply the rename" },
  );
  const afterRename = await stack.gateway.request("{ me { id } }", undefined, { token: old.accessToken });
  assert.equal(afterRename.body.data?.me.id, user.id, "a name change leaves the session alone");

  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  const movedAt = Date.now();
  await changeUser(user.id, { teamId: String(team.id) });
  const elapsed = await timeUntilRefused(old.accessToken, movedAt);
  assert.ok(elapsed <= limit.ms, limit.describe("the moved agent's token was refused", elapsed));
  const fresh = await stack.gateway.login(user.email, user.password);
  const me = await stack.gateway.request("{ me { team { id } } }", undefined, { token: fresh.accessToken });
  assert.equal(me.body.data?.me.team.id, String(team.id));
});
