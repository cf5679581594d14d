import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { namespacedSubject } from "#shared/events/streams.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createTeamFixture, createUserFixture } from "../support/fixtures.js";
import { connectTestNats, waitFor } from "../support/nats.js";
import { propagationLimit } from "../support/propagation.js";
import { EventStreamClient } from "../support/event-stream.js";
import { gatewayOver, type ExtraGateway } from "../support/gateways.js";

// In-app notifications (issue 13): made by admin from events, read through the gateway, pushed over SSE.
let stack: Stack;
let nats: NatsHandle;
let reportsDir: string;
/** A second gateway over the same subgraphs: a replica, which gets notifications through NATS too. */
let secondGateway: ExtraGateway;
const db = createDb(testEnv.DATABASE_URL);
const streams: EventStreamClient[] = [];

before(async () => {
  reportsDir = await mkdtemp(path.join(tmpdir(), "ct-notifications-"));
  stack = await startStack({ NOTIFICATIONS_HEARTBEAT_SECONDS: "1", REPORTS_DIR: reportsDir });
  nats = await connectTestNats(testEnv.NATS_URL, "tradeflow");
  secondGateway = await gatewayOver(stack, { NOTIFICATIONS_HEARTBEAT_SECONDS: "1" });
});
after(async () => {
  for (const stream of streams) stream.close();
  await secondGateway?.close();
  await nats?.nc.drain();
  await stack?.close();
  await db.$disconnect();
  await rm(reportsDir, { recursive: true, force: true });
});

interface Body {
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function as(token: string | undefined, query: string, variables?: Record<string, unknown>, language?: string) {
  const headers: Record<string, string> = language ? { "accept-language": language } : {};
  return (await stack.gateway.request(query, variables, { token, headers })).body as Body;
}

async function ok(token: string, query: string, variables?: Record<string, unknown>) {
  const body = await as(token, query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function openStream(
  token: string | undefined,
  headers: Record<string, string> = {},
  gatewayUrl = stack.gatewayUrl,
) {
  const url = new URL("/notifications/stream", gatewayUrl).toString();
  const stream = await EventStreamClient.open(url, {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...headers,
  });
  streams.push(stream);
  return stream;
}

const NOTIFICATIONS = `query N($n: Int, $u: Boolean) {
  myNotifications(first: $n, unreadOnly: $u) { totalCount nodes { id kind text entityType entityId count read } }
}`;
const MARK = `mutation M($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) { marked unreadCount } }`;

async function team(label: string) {
  const fixture = await createTeamFixture(db, label);
  const login = async (who: "agent" | "lead" | "supervisor") =>
    (await stack.gateway.login(fixture[who].email, fixture[who].password)).accessToken;
  return {
    ...fixture,
    tokens: { agent: await login("agent"), lead: await login("lead"), supervisor: await login("supervisor") },
  };
}

async function submit(agentToken: string) {
  const data = await ok(
    agentToken,
    `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id publicId version } }`,
    { i: await collectionInput(db) },
  );
  return data.createCollection as { id: string; publicId: string; version: number };
}

async function decide(token: string, mutation: string, inputType: string, id: string, input: Record<string, unknown>) {
  const { version } = await db.collection.findUniqueOrThrow({ where: { id } });
  await ok(
    token,
    `mutation D($id: ID!, $v: Int!, $i: ${inputType}!) { ${mutation}(id: $id, version: $v, input: $i) { id } }`,
    {
      id,
      v: version,
      i: input,
    },
  );
}

test("each event kind reaches the right person, in both tabs (two gateways) within 1 s, and nobody else", async () => {
  const t = await team("notify");
  const outsider = await team("notify-outsider");
  // Two tabs of the lead, on two gateway processes: each gets every notification.
  const [tabA, tabB] = [await openStream(t.tokens.lead), await openStream(t.tokens.lead, {}, secondGateway.url)];
  const supervisorStream = await openStream(t.tokens.supervisor);
  const agentStream = await openStream(t.tokens.agent, { "accept-language": "en" });
  const outsiderStreams = [await openStream(outsider.tokens.lead), await openStream(outsider.tokens.supervisor)];
  assert.equal(tabA.status, 200);
  assert.match(tabA.contentType ?? "", /^text\/event-stream/);

  // Submitted → the team's lead (level 1's role), in both tabs, within 1 s of the action.
  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  // Measured from the action's answer: its transaction has committed, and the push starts there.
  const first = await submit(t.tokens.agent);
  const submittedAt = Date.now();
  for (const [name, tab] of [
    ["tab A", tabA],
    ["tab B", tabB],
  ] as const) {
    const event = await tab.next((data) => data.kind === "VALIDATION_QUEUE", `the lead's notification in ${name}`);
    assert.ok(
      event.receivedAt - submittedAt <= limit.ms,
      limit.describe(`${name} got it`, event.receivedAt - submittedAt),
    );
    assert.equal(event.data.text, `La collecte ${first.publicId} attend votre décision`);
    assert.equal(event.data.count, 1);
    assert.equal(event.data.entityId, first.id);
  }

  // A second submission joins the unread batch: the same notification, now "2 collections".
  const second = await submit(t.tokens.agent);
  const grown = await tabA.next((data) => data.count === 2, "the batch to grow");
  assert.equal(grown.data.id, tabA.notifications()[0]!.data.id, "the same notification, grown");
  assert.equal(grown.data.text, "2 collectes attendent votre décision");
  const leadList = await ok(t.tokens.lead, NOTIFICATIONS, {});
  assert.equal(leadList.myNotifications.totalCount, 1);
  assert.equal(leadList.myNotifications.nodes[0].count, 2);
  assert.equal((await ok(t.tokens.lead, "{ unreadNotificationCount }")).unreadNotificationCount, 1);
  const english = await as(t.tokens.lead, NOTIFICATIONS, {}, "en");
  assert.equal(english.data.myNotifications.nodes[0].text, "2 collections wait for your decision");

  // Level 1 approved → the region's supervisors.
  await decide(t.tokens.lead, "approveCollection", "ApproveInput", first.id, { score: 80 });
  const supervised = await supervisorStream.next((data) => data.kind === "VALIDATION_QUEUE", "the supervisor's");
  assert.equal(supervised.data.text, `La collecte ${first.publicId} attend votre décision`);

  // Returned, validated and rejected → the agent (in English, as the agent's stream asked).
  await decide(t.tokens.lead, "returnCollection", "ReturnInput", second.id, { instructions: "Recount the sacks" });
  const returned = await agentStream.next((data) => data.kind === "COLLECTION_RETURNED", "the return");
  assert.equal(returned.data.text, `Your collection ${second.publicId} was returned for correction`);
  await decide(t.tokens.supervisor, "approveCollection", "ApproveInput", first.id, { score: 90 });
  const validated = await agentStream.next((data) => data.kind === "COLLECTION_VALIDATED", "the validation");
  assert.equal(validated.data.text, `Your collection ${first.publicId} was validated`);
  const third = await submit(t.tokens.agent);
  await decide(t.tokens.lead, "rejectCollection", "RejectInput", third.id, { reason: "Duplicate record" });
  const rejected = await agentStream.next((data) => data.kind === "COLLECTION_REJECTED", "the rejection");
  assert.equal(rejected.data.text, `Your collection ${third.publicId} was rejected: Duplicate record`);

  const agentKinds = (await ok(t.tokens.agent, NOTIFICATIONS, {})).myNotifications.nodes.map(
    (node: { kind: string }) => node.kind,
  );
  assert.deepEqual(agentKinds, ["COLLECTION_REJECTED", "COLLECTION_VALIDATED", "COLLECTION_RETURNED"]);
  // Nobody else heard of any of it: not another team's lead or supervisor, not the agent of their own.
  for (const stream of outsiderStreams) assert.deepEqual(stream.notifications(), []);
  assert.equal((await ok(outsider.tokens.lead, NOTIFICATIONS, {})).myNotifications.totalCount, 0);
  assert.equal(agentStream.notifications().filter((event) => event.data.kind === "VALIDATION_QUEUE").length, 0);
});

test("a ready report notifies its requester", async () => {
  const t = await team("notify-report");
  const stream = await openStream(t.tokens.supervisor);
  const requested = await ok(
    t.tokens.supervisor,
    `mutation R($input: RequestReportInput!) { requestReport(input: $input) { id } }`,
    { input: { kind: "COLLECTION_ITEMS", format: "CSV" } },
  );
  const ready = await stream.next((data) => data.kind === "REPORT_READY", "the report notification", 30_000);
  assert.equal(ready.data.entityType, "report");
  assert.equal(ready.data.entityId, requested.requestReport.id);
  assert.match(ready.data.text, /^Votre rapport COLLECTION_ITEMS \(CSV, 0 lignes\) est prêt$/);
});

test("marking read: one's own by id or all; another user's ids change nothing; a read batch starts afresh", async () => {
  const t = await team("notify-read");
  const other = await team("notify-read-other");
  await submit(t.tokens.agent);
  await submit(other.tokens.agent);
  const mine = await waitFor(async () => (await ok(t.tokens.lead, NOTIFICATIONS, {})).myNotifications.nodes[0], {
    what: "the lead's notification",
  });
  const theirs = await waitFor(async () => (await ok(other.tokens.lead, NOTIFICATIONS, {})).myNotifications.nodes[0], {
    what: "the other lead's notification",
  });

  // Another user's notification id is not the caller's: nothing is marked, and theirs stays unread.
  assert.deepEqual((await ok(t.tokens.lead, MARK, { ids: [theirs.id] })).markNotificationsRead, {
    marked: 0,
    unreadCount: 1,
  });
  assert.equal((await ok(other.tokens.lead, "{ unreadNotificationCount }")).unreadNotificationCount, 1);
  for (const variables of [{}, { ids: [] }, { ids: ["1"], all: true }, { ids: ["x'1"] }]) {
    const refused = await as(t.tokens.lead, MARK, variables);
    assert.equal(refused.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", JSON.stringify(variables));
  }
  const anonymous = await as(undefined, MARK, { all: true });
  assert.equal(anonymous.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  assert.equal((await as(undefined, "{ unreadNotificationCount }")).errors?.[0]?.extensions?.code, "UNAUTHENTICATED");

  assert.deepEqual((await ok(t.tokens.lead, MARK, { ids: [mine.id] })).markNotificationsRead, {
    marked: 1,
    unreadCount: 0,
  });
  assert.equal((await ok(t.tokens.lead, NOTIFICATIONS, { u: true })).myNotifications.totalCount, 0);
  const read = (await ok(t.tokens.lead, NOTIFICATIONS, {})).myNotifications.nodes[0];
  assert.equal(read.read, true);

  // The batch was read: the next collection opens a new notification at count 1.
  await submit(t.tokens.agent);
  const fresh = await waitFor(
    async () => (await ok(t.tokens.lead, NOTIFICATIONS, { u: true })).myNotifications.nodes[0],
    { what: "a new unread notification" },
  );
  assert.notEqual(fresh.id, mine.id);
  assert.equal(fresh.count, 1);
  assert.deepEqual((await ok(t.tokens.lead, MARK, { all: true })).markNotificationsRead, { marked: 1, unreadCount: 0 });
  assert.equal((await ok(other.tokens.lead, "{ unreadNotificationCount }")).unreadNotificationCount, 1);
});

test("a redelivered event notifies once", async () => {
  const t = await team("notify-once");
  const collectionId = randomUUID();
  const route = {
    publicId: "CT-26-ONCE01",
    collectorId: t.agent.id,
    teamId: String(t.team.id),
    regionId: String(t.region.id),
    fromStatus: "SUBMITTED",
    toStatus: "RETURNED",
    pending: null,
  };
  const event = createEvent(
    "tradeflow.collection.returned",
    { collectionId, level: 1, validatorId: t.lead.id, route },
    { actor: { userId: t.lead.id, role: "TEAM_LEAD" } },
  );
  const sealed = nats.signer!.seal(JSON.stringify(event));
  const subject = namespacedSubject(event.type, nats.namespace);
  await nats.js.publish(subject, sealed, { msgID: `${event.id}-first` });
  await nats.js.publish(subject, sealed, { msgID: `${event.id}-again` });
  // A later event on the same consumer: once it is handled, both copies before it were too.
  const marker = createEvent(
    "tradeflow.collection.validated",
    {
      collectionId,
      collectorId: t.agent.id,
      validatedAt: new Date().toISOString(),
      route: { ...route, toStatus: "VALIDATED" },
    },
    {},
  );
  await nats.js.publish(subject.replace("returned", "validated"), nats.signer!.seal(JSON.stringify(marker)));
  const nodes = await waitFor(
    async () => {
      const list = (await ok(t.tokens.agent, NOTIFICATIONS, {})).myNotifications;
      return list.nodes.some((node: { kind: string }) => node.kind === "COLLECTION_VALIDATED") ? list.nodes : null;
    },
    { what: "the marker's notification" },
  );
  assert.deepEqual(
    nodes.map((node: { kind: string }) => node.kind),
    ["COLLECTION_VALIDATED", "COLLECTION_RETURNED"],
    "the returned event, delivered twice, notified once",
  );
});

test("a dead-lettered event notifies each administrator, once per consumer while unread", async () => {
  const admin = await createUserFixture(db, { role: "ADMIN", label: "notify-admin" });
  const token = (await stack.gateway.login(admin.email, admin.password)).accessToken;
  const stream = await openStream(token);
  const agent = (await team("notify-dl")).tokens.agent;
  // An unsigned event: every consumer of the model stream parks it (the audit trail's among them).
  const unsigned = createEvent("model.catalog.changed", { revision: 1, entity: "forged" }, {});
  await nats.js.publish(namespacedSubject(unsigned.type, nats.namespace), JSON.stringify(unsigned));

  const alert = await stream.next(
    (data) => data.kind === "EVENTS_DEAD_LETTERED" && data.entityId === "admin-audit-model",
    "the dead-letter alert",
  );
  assert.equal(alert.data.text, "Un événement n'a pas pu être traité (admin-audit-model)");
  assert.equal(alert.data.entityType, "consumer");
  const list = (await ok(token, NOTIFICATIONS, {})).myNotifications.nodes;
  const audit = list.filter((node: { entityId: string }) => node.entityId === "admin-audit-model");
  assert.deepEqual(
    audit.map((node: { count: number }) => node.count),
    [1],
  );
  // Administrators only: an agent hears nothing of it.
  const agentKinds = (await ok(agent, NOTIFICATIONS, {})).myNotifications.nodes.map(
    (node: { kind: string }) => node.kind,
  );
  assert.equal(agentKinds.includes("EVENTS_DEAD_LETTERED"), false);
});

test("the stream: authenticated, heartbeats, resumes from Last-Event-ID, closes within 1 s of a logout", async () => {
  const anonymous = await openStream(undefined);
  assert.equal(anonymous.status, 401);
  assert.equal(anonymous.events[0]!.data.errors[0].extensions.code, "UNAUTHENTICATED");
  const forged = await openStream("not.a.token");
  assert.equal(forged.status, 401);

  const t = await team("notify-stream");
  const stream = await openStream(t.tokens.lead);
  // One token cannot hold the gateway's sockets: ten streams per user, the eleventh is refused.
  const extra = await Promise.all(Array.from({ length: 9 }, () => openStream(t.tokens.lead)));
  assert.deepEqual(
    extra.map((client) => client.status),
    Array.from({ length: 9 }, () => 200),
  );
  const eleventh = await openStream(t.tokens.lead);
  assert.equal(eleventh.status, 429);
  assert.equal(eleventh.events[0]!.data.errors[0].extensions.code, "TOO_MANY_REQUESTS");
  for (const client of extra) client.close();
  // Closed streams free their places.
  await waitFor(
    async () => {
      const probe = await openStream(t.tokens.lead);
      probe.close();
      return probe.status === 200;
    },
    { what: "the closed streams to free their places" },
  );
  await waitFor(async () => stream.comments.some((comment) => comment.startsWith("heartbeat")), {
    what: "a heartbeat",
  });
  await submit(t.tokens.agent);
  const firstEvent = await stream.next(() => true, "the first notification");
  stream.close();

  // Missed while disconnected: the batch grows to 2; a reconnect with Last-Event-ID gets it.
  await submit(t.tokens.agent);
  await waitFor(async () => (await ok(t.tokens.lead, NOTIFICATIONS, {})).myNotifications.nodes[0]?.count === 2, {
    what: "the batch to grow while offline",
  });
  const resumed = await openStream(t.tokens.lead, { "last-event-id": firstEvent.id! });
  const caughtUp = await resumed.next((data) => data.count === 2, "the missed change");
  assert.equal(caughtUp.data.id, firstEvent.data.id);
  assert.equal(resumed.notifications().length, 1, "only what changed since the last event");

  // A revoked session's stream is closed, within 1 s of the logout.
  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  const loggedOutAt = Date.now();
  await ok(t.tokens.lead, "mutation { logout }");
  await waitFor(async () => resumed.closedByServer, { timeoutMs: 5_000, intervalMs: 10, what: "the stream to close" });
  const elapsed = Date.now() - loggedOutAt;
  assert.ok(elapsed <= limit.ms, limit.describe("the revoked stream closed", elapsed));
  assert.deepEqual(resumed.events.at(-1)?.data, { reason: "session ended" });
  const reopened = await openStream(t.tokens.lead);
  assert.equal(reopened.status, 401, "the revoked token cannot open a new stream");
});
