import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { requestJson } from "#shared/events/responder.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";
import { waitFor } from "../support/nats.js";
import { propagationLimit } from "../support/propagation.js";

let stack: Stack;
let admin: string;
const db = createDb(testEnv.DATABASE_URL);
before(async () => {
  stack = await startStack();
  admin = (await stack.gateway.login("admin@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const CREATE = `mutation C($i: CreateUserInput!) {
  createUser(input: $i) { id fullName email phone role roleId active team { code } }
}`;

async function createAgent(suffix = randomUUID().slice(0, 8)) {
  const team = await demoTeam(db);
  const result = await stack.gateway.request(
    CREATE,
    {
      i: {
        fullName: `Agent ${suffix}`,
        email: `Agent.${suffix}@Field.ct`,
        phone: `+226 71 ${suffix.replace(/\D/g, "").padEnd(6, "0").slice(0, 6)}`,
        role: "AGENT",
        teamId: String(team.id),
      },
    },
    { token: admin },
  );
  assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  return result.body.data?.createUser as { id: string; email: string; phone: string };
}

async function giveTemporaryPassword(userId: string, password: string) {
  const result = await stack.gateway.request(
    `mutation S($i: SetTemporaryPasswordInput!) { setTemporaryPassword(input: $i) }`,
    { i: { userId, temporaryPassword: password } },
    { token: admin },
  );
  assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
}

test("an administrator creates a user, gives a temporary password; the user must change it first", async () => {
  const user = await createAgent();
  assert.equal(user.email, user.email.toLowerCase(), "emails are stored lower-case");
  await giveTemporaryPassword(user.id, "Temporary#2026-pass");

  const login = await stack.gateway.request(
    `mutation {
      login(input: { login: "${user.email}", password: "Temporary#2026-pass" }) {
        accessToken mustChangePassword user { fullName }
      }
    }`,
  );
  const first = login.body.data?.login;
  assert.equal(first.mustChangePassword, true);
  assert.match(first.user.fullName, /^Agent /, "`me`-like reads still work");
  const blocked = await stack.gateway.request("{ products { nodes { id } } }", undefined, { token: first.accessToken });
  assert.equal(blocked.body.errors?.[0]?.extensions?.code, "FORBIDDEN", "everything else waits for the change");

  const weak = await stack.gateway.request(
    `mutation { changePassword(input: { currentPassword: "Temporary#2026-pass", newPassword: "password123" }) }`,
    undefined,
    { token: first.accessToken },
  );
  assert.equal(weak.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(weak.body.errors?.[0]?.extensions?.field, "newPassword");
  assert.match(weak.body.errors?.[0]?.message ?? "", /trop courant/);
  const repeated = await stack.gateway.request(
    `mutation { changePassword(input: { currentPassword: "Temporary#2026-pass", newPassword: "aaaaaaaaaa" }) }`,
    undefined,
    { token: first.accessToken },
  );
  assert.equal(repeated.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(repeated.body.errors?.[0]?.extensions?.field, "newPassword");
  assert.match(repeated.body.errors?.[0]?.message ?? "", /too easy to guess/, "ten of one letter is not a password");
  const short = await stack.gateway.request(
    `mutation { changePassword(input: { currentPassword: "Temporary#2026-pass", newPassword: "Sh0rt!" }) }`,
    undefined,
    { token: first.accessToken },
  );
  assert.match(short.body.errors?.[0]?.message ?? "", /au moins 10 caractères/);

  const changed = await stack.gateway.request(
    `mutation {
      changePassword(input: { currentPassword: "Temporary#2026-pass", newPassword: "Mine-and-only-mine-2026" })
    }`,
    undefined,
    { token: first.accessToken },
  );
  assert.equal(changed.body.data?.changePassword, true);
  const again = await stack.gateway.login(user.email, "Mine-and-only-mine-2026");
  const free = await stack.gateway.request("{ products { nodes { id } } }", undefined, { token: again.accessToken });
  assert.equal(free.body.errors, undefined);
  // Login by phone works for created users too.
  assert.ok((await stack.gateway.login(user.phone, "Mine-and-only-mine-2026")).accessToken);
});

test("changing the password ends the user's other sessions", async () => {
  const user = await createAgent();
  await giveTemporaryPassword(user.id, "Temporary#2026-pass");
  const a = await stack.gateway.login(user.email, "Temporary#2026-pass");
  const b = await stack.gateway.login(user.email, "Temporary#2026-pass");
  await stack.gateway.request(
    `mutation {
      changePassword(input: { currentPassword: "Temporary#2026-pass", newPassword: "Another-secret-2026" })
    }`,
    undefined,
    { token: a.accessToken },
  );
  await waitFor(
    async () => (await stack.gateway.request("{ me { id } }", undefined, { token: b.accessToken })).status === 401,
    {
      timeoutMs: 1_000,
      what: "the other session to be refused",
    },
  );
  assert.equal((await stack.gateway.request("{ me { id } }", undefined, { token: a.accessToken })).status, 200);
});

test("a duplicate email or phone is a CONFLICT naming the field", async () => {
  const team = await demoTeam(db);
  const email = await stack.gateway.request(
    CREATE,
    { i: { fullName: "Copy Cat", email: "AGENT@demo.ct", role: "AGENT", teamId: String(team.id) } },
    { token: admin },
  );
  assert.equal(email.body.errors?.[0]?.extensions?.code, "CONFLICT");
  assert.equal(email.body.errors?.[0]?.extensions?.field, "email");
  const phone = await stack.gateway.request(
    CREATE,
    { i: { fullName: "Copy Cat", phone: "+226 70 00 00 03", role: "AGENT" } },
    { token: admin },
  );
  assert.equal(phone.body.errors?.[0]?.extensions?.code, "CONFLICT");
  assert.equal(phone.body.errors?.[0]?.extensions?.field, "phone");
  const neither = await stack.gateway.request(CREATE, { i: { fullName: "No Login", role: "AGENT" } }, { token: admin });
  assert.equal(neither.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
});

test("an administrator cannot create or manage administrators; a super administrator can", async () => {
  const denied = await stack.gateway.request(
    CREATE,
    { i: { fullName: "New Admin", email: `admin-${randomUUID().slice(0, 6)}@demo.ct`, role: "ADMIN" } },
    { token: admin },
  );
  assert.equal(denied.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const superAdmin = (await stack.gateway.login("superadmin@demo.ct")).accessToken;
  const allowed = await stack.gateway.request(
    CREATE,
    { i: { fullName: "New Admin", email: `admin-${randomUUID().slice(0, 6)}@demo.ct`, role: "ADMIN" } },
    { token: superAdmin },
  );
  assert.equal(allowed.body.data?.createUser.role, "ADMIN");
  assert.equal(allowed.body.data?.createUser.roleId, 2);
});

test("deactivating a user ends their access within 1 s; reactivating lets them log in again", async () => {
  const user = await createAgent();
  await giveTemporaryPassword(user.id, "Temporary#2026-pass");
  await stack.gateway.request(
    `mutation { changePassword(input: { currentPassword: "Temporary#2026-pass", newPassword: "Deactivate-me-2026" }) }`,
    undefined,
    { token: (await stack.gateway.login(user.email, "Temporary#2026-pass")).accessToken },
  );
  const { accessToken } = await stack.gateway.login(user.email, "Deactivate-me-2026");
  assert.equal((await stack.gateway.request("{ me { id } }", undefined, { token: accessToken })).status, 200);
  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));

  const deactivated = await stack.gateway.request(
    `mutation { deactivateUser(id: "${user.id}", reason: "left the programme") { active } }`,
    undefined,
    {
      token: admin,
    },
  );
  assert.equal(deactivated.body.data?.deactivateUser.active, false);
  const start = Date.now();
  await waitFor(
    async () => (await stack.gateway.request("{ me { id } }", undefined, { token: accessToken })).status === 401,
    {
      timeoutMs: limit.ms + 3_000,
      intervalMs: 20,
      what: "the deactivated user's token to be refused",
    },
  );
  const elapsed = Date.now() - start;
  assert.ok(elapsed <= limit.ms, limit.describe("the deactivated user's token was refused", elapsed));
  await waitFor(
    async () => {
      const again = await stack.gateway.request(
        `mutation { login(input: { login: "${user.email}", password: "Deactivate-me-2026" }) { accessToken } }`,
      );
      return again.body.errors?.[0]?.message === "Identifiant ou mot de passe incorrect";
    },
    { timeoutMs: 2_000, what: "logins to be refused like a wrong password" },
  );
  const sessions = await db.authSession.findMany({ where: { userId: Number(user.id) } });
  await waitFor(
    async () => (await db.authSession.count({ where: { userId: Number(user.id), revokedAt: null } })) === 0,
    {
      what: "every session revoked",
    },
  );
  assert.equal(
    sessions.length,
    2,
    "the sessions of both logins (temporary and new password) existed, and all are revoked",
  );

  await stack.gateway.request(`mutation { reactivateUser(id: "${user.id}") { active } }`, undefined, { token: admin });
  const back = await waitFor(
    async () => {
      const result = await stack.gateway.request(
        `mutation { login(input: { login: "${user.email}", password: "Deactivate-me-2026" }) { accessToken } }`,
      );
      return result.body.data?.login.accessToken as string | undefined;
    },
    { timeoutMs: 3_000, what: "the reactivated user to log in" },
  );
  await waitFor(async () => (await stack.gateway.request("{ me { id } }", undefined, { token: back })).status === 200, {
    timeoutMs: 2_000,
    what: "a token issued after reactivation to work",
  });
});

test("auth.validate answers internal callers over NATS (request/reply)", async () => {
  const { accessToken } = await stack.gateway.login("analyst@demo.ct");
  const nats = stack.services.auth.runtime.nats;
  const valid = await requestJson(nats, "auth.validate", { token: accessToken });
  assert.equal(valid.valid, true);
  assert.equal(valid.valid && valid.claims.role, "ANALYST");
  const invalid = await requestJson(nats, "auth.validate", { token: "nope" });
  assert.deepEqual(invalid.valid, false);
});

test("changing the email or phone you log in with needs your current password", async () => {
  const user = await createUserFixture(db, { role: "AGENT", label: "profile" });
  const { accessToken } = await stack.gateway.login(user.email, user.password);
  const UPDATE = `mutation U($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { email phone fullName } }`;
  const update = (input: Record<string, unknown>) =>
    stack.gateway.request(UPDATE, { i: input }, { token: accessToken });
  const newEmail = `moved-${randomUUID().slice(0, 8)}@fixtures.ct`;

  const without = await update({ email: newEmail });
  assert.equal(without.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(without.body.errors?.[0]?.extensions?.field, "currentPassword");
  const wrong = await update({ phone: "+226 79 55 44 33", currentPassword: "not-my-password" });
  assert.equal(wrong.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(wrong.body.errors?.[0]?.extensions?.field, "currentPassword");
  assert.match(wrong.body.errors?.[0]?.message ?? "", /mot de passe actuel est incorrect/);
  const stored = await db.user.findUniqueOrThrow({ where: { id: Number(user.id) } });
  assert.deepEqual({ email: stored.email, phone: stored.phone }, { email: user.email, phone: null }, "nothing changed");

  // The name, or the same email again, needs no password.
  const renamed = await update({ fullName: "Profile Fixture", email: user.email.toUpperCase() });
  assert.deepEqual(renamed.body.data?.updateMyProfile, { email: user.email, phone: null, fullName: "Profile Fixture" });

  const moved = await update({ email: newEmail, currentPassword: user.password });
  assert.equal(moved.body.data?.updateMyProfile.email, newEmail, JSON.stringify(moved.body.errors));
  const login = await waitFor(
    async () =>
      (
        await stack.gateway.request(`mutation L($i: LoginInput!) { login(input: $i) { accessToken } }`, {
          i: { login: newEmail, password: user.password },
        })
      ).body.data?.login,
    { what: "a login with the new email" },
  );
  assert.ok(login.accessToken);
});
