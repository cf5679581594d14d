import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { namespacedSubject, streamName } from "#shared/events/streams.js";
import type { EventEnvelope } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { startStack, type Stack } from "../support/stack.js";
import { PrivateNats } from "../support/private-nats.js";
import { testEnv } from "../support/env.js";
import { connectTestNats, waitFor } from "../support/nats.js";
import { collectionInput } from "../support/collections.js";
import { countInStream, EffectConsumer } from "../support/effect-consumer.js";

// The stack and a consumer run against a NATS of their own, which this test SIGKILLs mid-run.
const TOTAL = 1_000;
let nats: PrivateNats;
let stack: Stack;
let reader: NatsHandle;
const db = createDb(testEnv.DATABASE_URL);
const consumer = new EffectConsumer(db, {
  stream: "tradeflow",
  subjects: ["tradeflow.collection.submitted"],
  ackWaitMs: 5_000,
});

before(async () => {
  nats = await PrivateNats.create();
  await nats.start();
  stack = await startStack({ NATS_URL: nats.url });
  reader = await connectTestNats(nats.url);
  await consumer.start(reader);
});
after(async () => {
  await consumer.stop();
  await reader?.nc.close();
  await stack?.close();
  await nats?.dispose();
  await db.$disconnect();
});

test("SIGKILL NATS during 1,000 submissions: 1,000 events delivered, 0 lost, each effect exactly once", async () => {
  const agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  const base = await collectionInput(db);
  const run = randomUUID().slice(0, 8);
  const created: { id: string; version: number }[] = [];
  for (let batch = 0; batch < TOTAL / 250; batch += 1) {
    const drafts = Array.from({ length: 250 }, (_, i) => ({
      id: randomUUID(),
      collection: { ...base, notes: `nats-crash ${run} ${batch * 250 + i}` },
    }));
    const synced = await stack.gateway.request(
      `mutation($input: [SyncCollectionInput!]!) {
        syncCollections(input: $input) { outcome collection { id version } }
      }`,
      { input: drafts },
      { token: agent },
    );
    type Synced = { outcome: string; collection: { id: string; version: number } };
    const results = synced.body.data?.syncCollections as Synced[];
    const createdNow = results.filter((result) => result.outcome === "CREATED").length;
    assert.equal(createdNow, 250, JSON.stringify(synced.body.errors));
    created.push(...results.map((result) => result.collection));
  }
  // Submissions need tradeflow's cached workflow; reading the queue loads it while NATS is up.
  const lead = (await stack.gateway.login("teamlead@demo.ct")).accessToken;
  const queue = await stack.gateway.request(`{ myValidationQueue { nodes { id } } }`, undefined, { token: lead });
  assert.equal(queue.body.errors, undefined);

  let submitted = 0;
  const failures: unknown[] = [];
  const pending = [...created];
  const workers = Array.from({ length: 8 }, async () => {
    for (let next = pending.shift(); next; next = pending.shift()) {
      const result = await stack.gateway.request(
        `mutation($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { status } }`,
        { id: next.id, v: next.version },
        { token: agent },
      );
      if (result.body.data?.submitCollection?.status === "SUBMITTED") submitted += 1;
      else failures.push(result.body.errors);
    }
  });
  await waitFor(async () => submitted >= 250, { timeoutMs: 60_000, what: "250 submissions" });
  await nats.stop("SIGKILL");
  const killedAt = submitted;
  await waitFor(async () => submitted >= 600, { timeoutMs: 60_000, what: "600 submissions" });
  await nats.start();
  const restartedAt = submitted;
  await Promise.all(workers);
  assert.deepEqual(failures, [], "every submission succeeded, NATS or not");
  assert.equal(submitted, TOTAL);
  console.log(`NATS killed after ${killedAt} submissions, restarted after ${restartedAt}`);

  const ids = new Set(created.map((collection) => collection.id));
  // The effects of these 1,000 submissions (the relay also sends what earlier tests may have left unsent).
  const ours = async () => (await consumer.effects()).filter((effect) => effect.subjectId && ids.has(effect.subjectId));
  await waitFor(async () => (await ours()).length >= TOTAL && (await consumer.drained()), {
    timeoutMs: 90_000,
    intervalMs: 250,
    what: "the consumer to handle 1,000 events and have nothing pending",
  });
  const effects = await ours();
  assert.equal(effects.length, TOTAL, "exactly 1,000 effects");
  assert.equal(new Set(effects.map((effect) => effect.eventId)).size, TOTAL, "each event's effect exactly once");
  assert.equal(new Set(effects.map((effect) => effect.subjectId)).size, TOTAL, "0 lost: one per submission");

  const outbox = await db.tradeflowOutboxEvent.findMany({
    where: { type: "tradeflow.collection.submitted", eventId: { in: effects.map((effect) => effect.eventId) } },
  });
  assert.equal(outbox.filter((row) => row.publishedAt !== null).length, TOTAL, "the outbox marked all 1,000 sent");
  const inStream = await countInStream(
    reader,
    streamName("tradeflow", reader.namespace),
    namespacedSubject("tradeflow.collection.submitted", reader.namespace),
    (event: EventEnvelope) => ids.has((event.payload as { collectionId: string }).collectionId),
  );
  assert.equal(inStream, TOTAL, "JetStream holds each event once (Nats-Msg-Id dedupe across the crash)");
});
