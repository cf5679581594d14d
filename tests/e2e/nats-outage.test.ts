import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { RECORD_LAST_LOGIN } from "../../subgraphs/admin/src/consumers/record-last-login.js";
import { startStack, type Stack } from "../support/stack.js";
import { PrivateNats } from "../support/private-nats.js";
import { testEnv } from "../support/env.js";
import { waitFor } from "../support/nats.js";
import { collectionInput } from "../support/collections.js";
import { createUserFixture } from "../support/fixtures.js";
import { connectNats } from "#shared/events/nats.js";
import { namespacedSubject, streamName } from "#shared/events/streams.js";
import { decodeEvent } from "#shared/events/envelope.js";
import { createLogger } from "#shared/logger.js";
import { toolingNatsSettings } from "../../scripts/nats/server.js";

// The services run against a NATS of their own so this test can stop and restart it.
let nats: PrivateNats;
let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  nats = await PrivateNats.create();
  await nats.start();
  stack = await startStack({ NATS_URL: nats.url });
});
after(async () => {
  await stack?.close();
  await nats?.dispose();
  await db.$disconnect();
});

test("with NATS down, 20 logins succeed; once it is back, admin records all 20, none twice, within 10 s", async () => {
  // A user of its own: their last login can only come from these 20.
  const user = await createUserFixture(db, { role: "AGENT", label: "outage" });
  await nats.stop();

  const run = randomUUID().slice(0, 8);
  const traceIds: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const traceId = `outage-${run}-${i}`;
    traceIds.push(traceId);
    const result = await stack.gateway.request(
      `mutation { login(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`,
      undefined,
      { headers: { "x-request-id": traceId } },
    );
    assert.ok(result.body.data?.login.accessToken, `login ${i} succeeds while NATS is down`);
  }
  const events = await db.authOutboxEvent.findMany({ where: { traceId: { in: traceIds } } });
  assert.equal(events.length, 20, "every login wrote its event to the outbox");
  assert.ok(
    events.every((event) => event.publishedAt === null),
    "nothing could be published yet",
  );
  const eventIds = events.map((event) => event.eventId);

  await nats.start();
  const restartedAt = Date.now();
  await waitFor(
    async () =>
      (await db.adminProcessedEvent.count({ where: { consumer: RECORD_LAST_LOGIN, eventId: { in: eventIds } } })) ===
      20,
    { timeoutMs: 10_000, intervalMs: 100, what: "admin to record the 20 logins" },
  );
  assert.ok(Date.now() - restartedAt <= 10_000);

  const processed = await db.adminProcessedEvent.findMany({
    where: { consumer: RECORD_LAST_LOGIN, eventId: { in: eventIds } },
  });
  assert.equal(new Set(processed.map((row) => row.eventId)).size, 20, "each event processed exactly once");
  const published = await db.authOutboxEvent.findMany({ where: { eventId: { in: eventIds } } });
  assert.ok(
    published.every((event) => event.publishedAt !== null),
    "the outbox marked all 20 as sent",
  );
  const latest = Math.max(...published.map((event) => Date.parse(JSON.parse(event.envelope).payload.loggedInAt)));
  const agent = await db.user.findUniqueOrThrow({ where: { id: Number(user.id) } });
  assert.equal(agent.lastLoginAt?.toISOString(), new Date(latest).toISOString(), "last login is the latest of the 20");
});

test("with NATS stopped during 200 submissions, all 200 events are delivered after it restarts", async () => {
  const agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  const base = await collectionInput(db);
  const drafts = Array.from({ length: 200 }, (_, i) => ({
    id: randomUUID(),
    collection: { ...base, notes: `outage ${i}` },
  }));
  const synced = await stack.gateway.request(
    `mutation($input: [SyncCollectionInput!]!) {
      syncCollections(input: $input) { outcome collection { id version } }
    }`,
    { input: drafts },
    { token: agent },
  );
  const created = synced.body.data?.syncCollections as {
    outcome: string;
    collection: { id: string; version: number };
  }[];
  assert.equal(created.filter((result) => result.outcome === "CREATED").length, 200);
  // Reading the queue makes tradeflow cache the workflow now, if it has not yet: submissions need it.
  const lead = (await stack.gateway.login("teamlead@demo.ct")).accessToken;
  const queue = await stack.gateway.request(`{ myValidationQueue { nodes { id } } }`, undefined, { token: lead });
  assert.equal(queue.body.errors, undefined);

  await nats.stop();
  for (const { collection } of created) {
    const result = await stack.gateway.request(
      `mutation($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { status } }`,
      { id: collection.id, v: collection.version },
      { token: agent },
    );
    assert.equal(result.body.data?.submitCollection.status, "SUBMITTED", JSON.stringify(result.body.errors));
  }
  const ids = created.map((result) => result.collection.id);
  const waiting = await db.tradeflowOutboxEvent.findMany({
    where: { type: "tradeflow.collection.submitted", publishedAt: null },
  });
  assert.ok(
    ids.every((id) => waiting.some((row) => row.envelope.includes(id))),
    "the 200 events wait in the outbox",
  );

  await nats.start();
  const readerLogger = createLogger("reader", "silent");
  const reader = await connectNats(toolingNatsSettings(testEnv, nats.url), "outage-reader", readerLogger);
  try {
    const consumer = await reader.js.consumers.get(streamName("tradeflow", reader.namespace), {
      filter_subjects: namespacedSubject("tradeflow.collection.submitted", reader.namespace),
    });
    const delivered = new Set<string>();
    const deadline = Date.now() + 15_000;
    while (delivered.size < 200 && Date.now() < deadline) {
      const batch = await consumer.fetch({ max_messages: 500, expires: 1_000 });
      for await (const message of batch) {
        const event = decodeEvent(message.data, reader.verifier);
        if (event.type !== "tradeflow.collection.submitted") continue;
        if (ids.includes(event.payload.collectionId)) delivered.add(event.payload.collectionId);
      }
    }
    assert.equal(delivered.size, 200, "every submission event reached JetStream once NATS was back");
  } finally {
    await reader.nc.close();
  }
});

test("with NATS down, a replayed sync batch is still answered DUPLICATE; new collections wait for the checks", async () => {
  const agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  const base = await collectionInput(db);
  const SYNC = `mutation($input: [SyncCollectionInput!]!) { syncCollections(input: $input) { outcome } }`;
  const batch = Array.from({ length: 3 }, (_, i) => ({
    id: randomUUID(),
    collection: { ...base, notes: `replay ${i}` },
  }));
  const first = await stack.gateway.request(SYNC, { input: batch }, { token: agent });
  assert.deepEqual(first.body, { data: { syncCollections: Array(3).fill({ outcome: "CREATED" }) } });

  await nats.stop();
  try {
    // Stored already: the answer needs no other domain's check (sync.service.ts starts them beside the read).
    const replay = await stack.gateway.request(SYNC, { input: batch }, { token: agent });
    assert.deepEqual(replay.body, { data: { syncCollections: Array(3).fill({ outcome: "DUPLICATE" }) } });
    const fresh = await stack.gateway.request(
      SYNC,
      { input: [{ id: randomUUID(), collection: { ...base, notes: "fresh during the outage" } }] },
      { token: agent },
    );
    assert.equal(fresh.body.errors?.[0]?.extensions?.code, "SERVICE_UNAVAILABLE", JSON.stringify(fresh.body));
  } finally {
    await nats.start();
  }
});
