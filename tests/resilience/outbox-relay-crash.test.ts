import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb, type PrismaClient } from "#shared/db/client.js";
import { createEvent, type EventEnvelope } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { OutboxRelay, toOutboxRow } from "#shared/events/outbox.js";
import { streamName } from "#shared/events/streams.js";
import { createLogger } from "#shared/logger.js";
import { testEnv } from "../support/env.js";
import { connectTestNats, waitFor } from "../support/nats.js";
import { PrivateNats } from "../support/private-nats.js";
import { countInStream, EffectConsumer } from "../support/effect-consumer.js";

const COUNT = 50;
const SUBJECT = "tradeflow.collection.submitted";
const db = createDb(testEnv.DATABASE_URL);
const consumer = new EffectConsumer(db, { stream: "tradeflow", subjects: [SUBJECT] });
let server: PrivateNats;
let nats: NatsHandle;
/** The events this file writes; the relay also sends whatever other tests left unsent in the outbox table. */
let eventIds: string[] = [];
const ourEffects = async () => (await consumer.effects()).filter((effect) => eventIds.includes(effect.eventId));

// A NATS of its own: the consumer reads from the start of its stream and must see only these events (an
// EVENT_NAMESPACE cannot isolate it on the run's NATS, whose permissions name unprefixed subjects).
before(async () => {
  server = await PrivateNats.create();
  await server.start();
  // The relay signs what it publishes with the key of the outbox's service: tradeflow.
  nats = await connectTestNats(server.url, "tradeflow");
  await consumer.start(nats);
});
after(async () => {
  await consumer.stop();
  await nats?.nc.close();
  await server?.dispose();
  await db.$disconnect();
});

class RelayCrash extends Error {}

/** The relay's database, except that marking rows sent fails: the relay "dies" right after publishing. */
function dyingBeforeMarkSent(real: PrismaClient): PrismaClient {
  return new Proxy(real, {
    get(target, property, receiver) {
      if (property === "$executeRawUnsafe") {
        return (sql: string, ...values: unknown[]) =>
          sql.includes("SET published_at")
            ? Promise.reject(new RelayCrash("killed before mark-sent"))
            : target.$executeRawUnsafe(sql, ...values);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

test("relay killed between publish and mark-sent: republished on restart, effects exactly once", async () => {
  const collectionIds: string[] = Array.from({ length: COUNT }, () => randomUUID());
  const events = collectionIds.map((collectionId) =>
    createEvent(SUBJECT, { collectionId, collectorId: "1", revision: 1, isResubmission: false, pendingLevel: 1 }),
  );
  await db.tradeflowOutboxEvent.createMany({ data: events.map(toOutboxRow) });
  eventIds = events.map((event) => event.id);
  const ours = (event: EventEnvelope) =>
    collectionIds.includes((event.payload as { collectionId: string }).collectionId);
  const inStream = () => countInStream(nats, streamName("tradeflow", nats.namespace), SUBJECT, ours);
  const logger = createLogger("relay", "silent");

  const table = "tradeflow_outbox_event";
  const dying = new OutboxRelay({ db: dyingBeforeMarkSent(db), table, nats, logger, claimSeconds: 1 });
  await assert.rejects(dying.publishPending(), RelayCrash);
  assert.equal(await inStream(), COUNT, "all 50 reached JetStream before the crash");
  const unsent = () => db.tradeflowOutboxEvent.count({ where: { eventId: { in: eventIds }, publishedAt: null } });
  assert.equal(await unsent(), COUNT, "none was marked sent");

  // A new relay process: once the dead one's lease expires it publishes the same 50 again.
  const restarted = new OutboxRelay({ db, table, nats, logger, claimSeconds: 1, pollIntervalMs: 100 });
  restarted.start();
  try {
    await waitFor(async () => (await unsent()) === 0, {
      timeoutMs: 15_000,
      what: "the restarted relay to mark the 50 sent",
    });
  } finally {
    await restarted.stop();
  }
  const rows = await db.tradeflowOutboxEvent.findMany({ where: { eventId: { in: eventIds } } });
  assert.equal(rows.filter((row) => row.publishedAt !== null && row.claimedBy === null).length, COUNT);
  assert.equal(await inStream(), COUNT, "the republished copies were dropped by Nats-Msg-Id dedupe");

  await waitFor(async () => (await ourEffects()).length === COUNT && (await consumer.drained()), {
    what: "the 50 effects",
  });
  const effects = await ourEffects();
  assert.deepEqual(effects.map((effect) => effect.eventId).sort(), [...eventIds].sort(), "each effect exactly once");
});

test("copies past the dedupe window: the processed-event records keep each effect to one", async () => {
  const before = await ourEffects();
  assert.equal(before.length, COUNT);
  const rows = await db.tradeflowOutboxEvent.findMany({ where: { eventId: { in: eventIds } } });
  const callsBefore = consumer.calls;
  // What a relay would send after JetStream forgot the ids: the same envelopes, signed as the relay signs them,
  // with no usable Nats-Msg-Id.
  for (const row of rows) await nats.js.publish(SUBJECT, nats.signer!.seal(row.envelope));
  await waitFor(async () => consumer.calls === callsBefore + COUNT && (await consumer.drained()), {
    what: "the 50 copies to be delivered and acked",
  });
  const after = await ourEffects();
  assert.equal(after.length, COUNT, "no second effect");
  assert.deepEqual(after.map((effect) => effect.eventId).sort(), before.map((effect) => effect.eventId).sort());
});
