import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { namespacedSubject } from "#shared/events/streams.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createTeamFixture, createUserFixture, demoTeam } from "../support/fixtures.js";
import { connectTestNats, waitFor } from "../support/nats.js";
import { hashRefreshToken } from "../../subgraphs/auth/src/modules/sessions/token-issuer.js";

// The audit trail (issue 13): every service's events through admin's consumers, read through the gateway.
let stack: Stack;
let nats: NatsHandle;
let superAdmin: string;
let admin: string;
const db = createDb(testEnv.DATABASE_URL);
const BROWSER = "Mozilla/5.0 (audit-test)";

before(async () => {
  stack = await startStack({ REFRESH_GRACE_SECONDS: "1", TRUST_PROXY: "1" });
  nats = await connectTestNats(testEnv.NATS_URL, "tradeflow");
  superAdmin = (await stack.gateway.login("superadmin@demo.ct")).accessToken;
  admin = (await stack.gateway.login("admin@demo.ct")).accessToken;
});
after(async () => {
  await nats?.nc.drain();
  await stack?.close();
  await db.$disconnect();
});

interface Body {
  data: any;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

const ENTRY = "id eventId type actorId actorRole actor { id } entityType entityId occurredAt before after details";
const FULL_ENTRY = `${ENTRY} clientIp userAgent traceId`;
const AUDIT_LOG = `query L($f: AuditLogFilter, $n: Int, $a: String) {
  auditLog(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${FULL_ENTRY} } }
}`;

async function call(token: string | undefined, query: string, variables?: Record<string, unknown>, ip = "203.0.113.7") {
  const headers = { "user-agent": BROWSER, "x-forwarded-for": ip, "x-request-id": `trace-${randomUUID()}` };
  const result = await stack.gateway.request(query, variables, { token, headers });
  return { body: result.body as Body, traceId: headers["x-request-id"] };
}

async function auditLog(filter: Record<string, unknown>, first = 50) {
  const { body } = await call(superAdmin, AUDIT_LOG, { f: filter, n: first });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data.auditLog as { totalCount: number; nodes: any[]; pageInfo: { endCursor: string } };
}

/** Waits until the trail holds `count` entries matching `filter` (the consumers run asynchronously). */
async function entries(filter: Record<string, unknown>, count = 1) {
  return waitFor(
    async () => {
      const log = await auditLog(filter);
      return log.nodes.length >= count ? log.nodes : null;
    },
    { what: `${count} audit entries for ${JSON.stringify(filter)}` },
  );
}

async function login(email: string, password: string, ip = "203.0.113.7") {
  const { body } = await call(
    undefined,
    `mutation L($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id } } }`,
    { i: { login: email, password } },
    ip,
  );
  return body;
}

test("a login and a failed login are recorded with who, when and from where (address, browser, trace)", async () => {
  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id, label: "audit-login" });
  const ok = await login(user.email, user.password, "198.51.100.20");
  assert.equal(ok.errors, undefined);
  const refused = await login(user.email, "wrong-password-1", "198.51.100.21");
  assert.equal(refused.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");

  const [loggedIn] = await entries({ type: "auth.user.logged_in", entityId: user.id });
  assert.equal(loggedIn.actorId, user.id);
  assert.equal(loggedIn.actorRole, "AGENT");
  assert.equal(loggedIn.actor.id, user.id);
  assert.equal(loggedIn.entityType, "user");
  assert.equal(loggedIn.clientIp, "198.51.100.20");
  assert.equal(loggedIn.userAgent, BROWSER);
  assert.match(loggedIn.traceId, /^trace-/);

  const [failed] = await entries({ type: "auth.login.failed", entityId: user.id });
  assert.equal(failed.actorId, null, "nobody is signed in on a refused login");
  assert.equal(failed.clientIp, "198.51.100.21");
  assert.deepEqual(failed.details, { userId: user.id, login: user.email, reason: "wrong_password" });

  // A login naming no account is recorded too, and a password typed as the login is never stored.
  const unknown = await login("not a login at all", "whatever", "198.51.100.22");
  assert.equal(unknown.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  const unknownEntries = await waitFor(
    async () => {
      const log = await auditLog({ type: "auth.login.failed", entityId: "unknown" });
      return log.nodes.find((entry) => entry.clientIp === "198.51.100.22");
    },
    { what: "the unknown login's entry" },
  );
  assert.deepEqual(unknownEntries.details, { userId: null, login: null, reason: "unknown_login" });
});

test("a reused refresh token is recorded against its user", async () => {
  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id, label: "audit-reuse" });
  const first = await stack.gateway.login(user.email, user.password);
  const REFRESH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }`;
  await stack.gateway.request(REFRESH, { t: first.refreshToken });
  const used = await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashRefreshToken(first.refreshToken) } });
  await waitFor(async () => Date.now() > used.usedAt!.getTime() + 1_100, { what: "the grace window" });
  const reuse = await stack.gateway.request(REFRESH, { t: first.refreshToken });
  assert.equal(reuse.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");

  const [reused] = await entries({ type: "auth.refresh_token.reused", entityId: user.id });
  assert.equal(reused.actorId, user.id);
  assert.equal(reused.entityType, "user");
  const [revoked] = await entries({ type: "auth.session.revoked", entityId: user.id });
  assert.equal(revoked.details.reason, "refresh_token_reused");
});

test("a role change and a setting change show who made them and the value before and after", async () => {
  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id, label: "audit-role" });
  const changed = await call(
    admin,
    `mutation U($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id role } }`,
    { id: user.id, i: { role: "ANALYST", teamId: null } },
  );
  assert.equal(changed.body.errors, undefined, JSON.stringify(changed.body.errors));
  const [update] = await entries({ type: "admin.user.updated", entityId: user.id });
  assert.equal(update.before.role, "AGENT");
  assert.equal(update.after.role, "ANALYST");
  assert.equal(update.actorRole, "ADMIN");
  assert.equal(update.traceId, changed.traceId, "the trace id of the request that made the change");

  const setting = await db.systemSetting.findUnique({ where: { key: "SYNC_BATCH_LIMIT" } });
  const previous = setting ? JSON.parse(setting.value) : stack.services.admin.runtime.settings.get("SYNC_BATCH_LIMIT");
  const written = await call(
    superAdmin,
    `mutation W($v: JSON!) { updateSystemSetting(key: "SYNC_BATCH_LIMIT", value: $v) { key } }`,
    { v: previous + 1 },
  );
  assert.equal(written.body.errors, undefined, JSON.stringify(written.body.errors));
  const settingEntries = await waitFor(
    async () =>
      (await auditLog({ entityType: "setting", entityId: "SYNC_BATCH_LIMIT" })).nodes.find(
        (entry) => entry.traceId === written.traceId,
      ),
    { what: "the setting change's entry" },
  );
  assert.equal(settingEntries.before, previous);
  assert.equal(settingEntries.after, previous + 1);
  assert.equal(settingEntries.actorRole, "SUPER_ADMIN");
});

test("every validation action is in the collection's trail; collectionAudit follows the collection's scope", async () => {
  const team = await createTeamFixture(db, "audit");
  const token = async (who: "agent" | "lead" | "supervisor") =>
    (await stack.gateway.login(team[who].email, team[who].password)).accessToken;
  const [agent, lead, supervisor] = [await token("agent"), await token("lead"), await token("supervisor")];
  const created = await call(
    agent,
    `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id version } }`,
    { i: await collectionInput(db) },
  );
  assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
  const { id } = created.body.data.createCollection;
  const decide = async (who: string, mutation: string, input: Record<string, unknown>) => {
    const current = await db.collection.findUniqueOrThrow({ where: { id } });
    const result = await call(
      who,
      `mutation D($id: ID!, $v: Int!, $i: ${mutation[0]!.toUpperCase()}${mutation.slice(1, -10)}Input!) {
        ${mutation}(id: $id, version: $v, input: $i) { id } }`,
      { id, v: current.version, i: input },
    );
    assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  };
  await decide(lead, "returnCollection", { instructions: "Weigh the sacks again" });
  const resubmitted = await call(
    agent,
    `mutation S($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { id } }`,
    {
      id,
      v: (await db.collection.findUniqueOrThrow({ where: { id } })).version,
    },
  );
  assert.equal(resubmitted.body.errors, undefined, JSON.stringify(resubmitted.body.errors));
  await decide(lead, "approveCollection", { score: 90 });
  await decide(supervisor, "rejectCollection", { reason: "Duplicate of another record" });

  const expected = [
    "tradeflow.collection.submitted",
    "tradeflow.collection.returned",
    "tradeflow.collection.submitted",
    "tradeflow.collection.approved",
    "tradeflow.collection.rejected",
  ];
  const trail = await entries({ entityType: "collection", entityId: id }, expected.length);
  assert.deepEqual(
    trail.map((entry) => entry.type).reverse(),
    expected,
    "newest first in auditLog; every action recorded once",
  );
  const byType = (type: string) => trail.find((entry) => entry.type === type);
  assert.deepEqual(byType("tradeflow.collection.returned").before, { status: "SUBMITTED" });
  assert.deepEqual(byType("tradeflow.collection.returned").after, { status: "RETURNED", pendingLevel: null });
  assert.deepEqual(byType("tradeflow.collection.approved").after, { status: "SUBMITTED", pendingLevel: 2 });
  assert.equal(byType("tradeflow.collection.rejected").actorId, team.supervisor.id);
  assert.equal(byType("tradeflow.collection.rejected").actorRole, "SUPERVISOR");

  const COLLECTION_AUDIT = `query A($id: ID!) { collectionAudit(id: $id) { collectionId entries { ${ENTRY} } } }`;
  for (const [who, token] of [
    ["the collector", agent],
    ["the team lead", lead],
    ["the supervisor", supervisor],
    ["an administrator", admin],
  ] as const) {
    const seen = await call(token, COLLECTION_AUDIT, { id });
    assert.equal(seen.body.errors, undefined, `${who}: ${JSON.stringify(seen.body.errors)}`);
    assert.deepEqual(
      seen.body.data.collectionAudit.entries.map((entry: { type: string }) => entry.type),
      expected,
      `${who} reads the trail, oldest first`,
    );
  }
  // Where a decision came from is the administrators' to see, even on a collection one may read.
  const nosy = await call(agent, `query A($id: ID!) { collectionAudit(id: $id) { entries { type clientIp } } }`, {
    id,
  });
  assert.equal(nosy.body.errors?.[0]?.extensions?.code, "FORBIDDEN");
  assert.deepEqual(nosy.body.errors?.[0]?.path, ["collectionAudit", "entries", 0, "clientIp"]);
  const allowed = await call(admin, `query A($id: ID!) { collectionAudit(id: $id) { entries { clientIp } } }`, { id });
  assert.equal(allowed.body.data.collectionAudit.entries[0].clientIp, "203.0.113.7");

  // Out of scope looks exactly like missing: another team's agent, and an analyst (not validated yet).
  const stranger = await createTeamFixture(db, "audit-other");
  const strangerToken = (await stack.gateway.login(stranger.agent.email, stranger.agent.password)).accessToken;
  const analyst = (await stack.gateway.login("analyst@demo.ct")).accessToken;
  for (const token of [
    strangerToken,
    analyst,
    (await stack.gateway.login(stranger.lead.email, stranger.lead.password)).accessToken,
  ]) {
    const refused = await call(token, COLLECTION_AUDIT, { id });
    assert.equal(refused.body.errors?.[0]?.extensions?.code, "NOT_FOUND");
    assert.equal(refused.body.data, null);
  }
  const anonymous = await call(undefined, COLLECTION_AUDIT, { id });
  assert.equal(anonymous.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
});

test("auditLog is for administrators only, and its filters and pages combine", async () => {
  const agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  for (const login of ["agent", "teamlead", "supervisor", "analyst"]) {
    const token = login === "agent" ? agent : (await stack.gateway.login(`${login}@demo.ct`)).accessToken;
    const refused = await call(token, AUDIT_LOG, {});
    assert.equal(refused.body.errors?.[0]?.extensions?.code, "FORBIDDEN", login);
    assert.equal(refused.body.data, null);
  }
  assert.equal((await call(undefined, AUDIT_LOG, {})).body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");

  const user = await createUserFixture(db, { role: "AGENT", teamId: (await demoTeam(db)).id, label: "audit-pages" });
  for (let attempt = 0; attempt < 3; attempt += 1) await login(user.email, `wrong-${attempt}-password`);
  const all = await entries({ type: "auth.login.*", entityId: user.id }, 3);
  assert.equal(all.length, 3);
  const page1 = await auditLog({ type: "auth.login.*", entityId: user.id }, 2);
  assert.equal(page1.nodes.length, 2);
  const { body } = await call(superAdmin, AUDIT_LOG, {
    f: { type: "auth.login.*", entityId: user.id },
    n: 2,
    a: page1.pageInfo.endCursor,
  });
  assert.deepEqual(
    [...page1.nodes, ...body.data.auditLog.nodes].map((entry: { id: string }) => entry.id),
    all.map((entry) => entry.id),
    "the second page continues the first",
  );
  const from = new Date(Date.parse(all[0].occurredAt) + 1).toISOString();
  assert.equal((await auditLog({ type: "auth.login.failed", entityId: user.id, from })).totalCount, 0);
  const to = new Date(Date.parse(all[2].occurredAt) - 1).toISOString();
  assert.equal((await auditLog({ type: "auth.login.failed", entityId: user.id, to })).totalCount, 0);
  assert.equal((await auditLog({ actor: "999999999" })).totalCount, 0);

  const bad = await call(superAdmin, AUDIT_LOG, { f: { type: "auth.login.failed'; DROP TABLE x" } });
  assert.equal(bad.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  const forged = await call(superAdmin, AUDIT_LOG, { a: "bm90LWEtY3Vyc29y" });
  assert.equal(forged.body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
});

test("a redelivered event is recorded once; a forged one is not recorded at all; rows cannot be changed", async () => {
  const event = createEvent(
    "tradeflow.collection.reopened",
    { collectionId: randomUUID(), reason: "redelivery test", validatorId: "1" },
    { actor: { userId: "1", role: "SUPERVISOR" }, traceId: "redelivery" },
  );
  const sealed = nats.signer!.seal(JSON.stringify(event));
  const subject = namespacedSubject(event.type, nats.namespace);
  // Two publications of the same signed event, as a relay retry after the dedupe window would make.
  await nats.js.publish(subject, sealed, { msgID: `${event.id}-1` });
  await nats.js.publish(subject, sealed, { msgID: `${event.id}-2` });
  const forged = { ...JSON.parse(sealed), id: randomUUID(), payload: { ...event.payload, reason: "forged" } };
  await nats.js.publish(subject, JSON.stringify(forged));
  const marker = createEvent(
    "tradeflow.collection.reopened",
    { collectionId: event.payload.collectionId, reason: "after", validatorId: "1" },
    {},
  );
  await nats.js.publish(subject, nats.signer!.seal(JSON.stringify(marker)));

  // The marker comes after all three on the same consumer: once it is in, the others were handled.
  await entries({ entityType: "collection", entityId: event.payload.collectionId }, 2);
  const rows = await db.adminAuditEntry.findMany({ where: { entityId: event.payload.collectionId } });
  assert.deepEqual(rows.map((row) => row.eventId).sort(), [event.id, marker.id].sort());

  await assert.rejects(
    db.$executeRawUnsafe("UPDATE admin_audit_entry SET actor_id = '2' WHERE event_id = ?", event.id),
    /append-only/,
  );
  await assert.rejects(
    db.$executeRawUnsafe("DELETE FROM admin_audit_entry WHERE event_id = ?", event.id),
    /append-only/,
  );
});
