import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { createEvent, type EventEnvelope } from "#shared/events/envelope.js";
import { OutboxRelay, toOutboxRow } from "#shared/events/outbox.js";
import { deadLetterSubject, processOnce, startConsumer } from "#shared/events/consumer.js";
import { namespacedSubject, streamName } from "#shared/events/streams.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { testEnv } from "../support/env.js";
import { connectTestNats, waitFor } from "../support/nats.js";

const db = createDb(testEnv.DATABASE_URL);
const logger = createLogger("events-test", "silent");
let nats: NatsHandle;

before(async () => {
  nats = await connectTestNats();
});
after(async () => {
  await nats.nc.drain();
  await db.$disconnect();
});

function loginEvent(userId = "3") {
  return createEvent(
    "auth.user.logged_in",
    { userId, sessionId: randomUUID(), loggedInAt: new Date().toISOString(), ip: null, userAgent: null },
    { traceId: `trace-${randomUUID()}` },
  );
}

test("the relay publishes committed outbox rows with Nats-Msg-Id = event id, once", async () => {
  const relay = new OutboxRelay({ db, table: "auth_outbox_event", nats, logger });
  await relay.publishPending(); // anything left by other tests
  const event = loginEvent();
  await db.authOutboxEvent.create({ data: toOutboxRow(event) });
  assert.equal(await relay.publishPending(), 1);
  assert.equal(await relay.publishPending(), 0);
  const row = await db.authOutboxEvent.findUniqueOrThrow({ where: { eventId: event.id } });
  assert.ok(row.publishedAt instanceof Date);
  assert.equal(row.claimedBy, null);
  // Publishing the same id again is recognised by JetStream as a duplicate.
  const ack = await nats.js.publish(namespacedSubject(event.type, nats.namespace), row.envelope, { msgID: event.id });
  assert.equal(ack.duplicate, true);
});

test("a consumer processes a redelivered or re-published event once", async () => {
  const durable = `test-idempotent-${randomUUID().slice(0, 8)}`;
  const event = loginEvent();
  const applied: string[] = [];
  // What processOnce answered for each delivery of our event (true: first time, or the error), asserted
  // after the deliveries: an assertion failing inside the handler would only show as a timeout.
  const outcomes: (boolean | string)[] = [];
  const consumer = await startConsumer(
    nats,
    {
      durable,
      stream: "auth",
      subjects: ["auth.user.logged_in"],
      async handle(delivered) {
        let outcome: boolean | string = "the handler threw";
        try {
          outcome = await processOnce(
            db,
            (tx) => tx.authProcessedEvent.create({ data: { consumer: durable, eventId: delivered.id } }),
            async () => {
              applied.push(delivered.id);
            },
          );
        } finally {
          if (delivered.id === event.id) outcomes.push(outcome);
        }
      },
    },
    logger,
  );
  try {
    const data = nats.signer!.seal(JSON.stringify(event));
    const subject = namespacedSubject(event.type, nats.namespace);
    // Two different message ids, same event: as if two relays had both published it.
    await nats.js.publish(subject, data, { msgID: randomUUID() });
    await nats.js.publish(subject, data, { msgID: randomUUID() });
    await waitFor(async () => outcomes.length >= 2, { what: "both deliveries" });
    assert.deepEqual(outcomes, [true, false], "applied on the first delivery, recognised as processed on the second");
    assert.deepEqual(
      applied.filter((id) => id === event.id),
      [event.id],
    );
    assert.equal(await db.authProcessedEvent.count({ where: { consumer: durable, eventId: event.id } }), 1);
  } finally {
    await consumer.stop();
    await nats.jsm.consumers.delete(streamName("auth", nats.namespace), durable);
  }
});

test("a malformed message goes to the dead-letter subject at once; a failing one after max deliveries", async () => {
  const durable = `test-dlq-${randomUUID().slice(0, 8)}`;
  const deadLetters = nats.nc.subscribe(deadLetterSubject(durable, nats.namespace));
  const received: { data: string; error: string; deliveries: string }[] = [];
  void (async () => {
    for await (const message of deadLetters) {
      received.push({
        data: message.string(),
        error: message.headers?.get("Ct-Error") ?? "",
        deliveries: message.headers?.get("Ct-Deliveries") ?? "",
      });
    }
  })();
  const attempts = new Map<string, number>();
  const consumer = await startConsumer(
    nats,
    {
      durable,
      stream: "auth",
      subjects: ["auth.user.logged_in"],
      maxDeliver: 3,
      async handle(event: EventEnvelope) {
        attempts.set(event.id, (attempts.get(event.id) ?? 0) + 1);
        if (event.payload && (event.payload as { userId: string }).userId === "poison-handler") {
          throw new Error("handler cannot process this");
        }
      },
    },
    logger,
  );
  try {
    const subject = namespacedSubject("auth.user.logged_in", nats.namespace);
    await nats.js.publish(subject, "{not json", { msgID: randomUUID() });
    const failing = loginEvent("poison-handler");
    await nats.js.publish(subject, nats.signer!.seal(JSON.stringify(failing)), { msgID: randomUUID() });
    await waitFor(async () => received.length >= 2, { what: "two dead letters", timeoutMs: 15_000 });
    assert.equal(received.length, 2, "exactly the two messages are dead-lettered");
    const malformed = received.find((letter) => letter.data === "{not json");
    assert.ok(malformed, "the malformed message is dead-lettered");
    assert.equal(malformed.error, "event is not valid JSON");
    assert.equal(malformed.deliveries, "1");
    const exhausted = received.find((letter) => letter.data.includes(failing.id));
    assert.ok(exhausted, "the failing event is dead-lettered");
    assert.equal(exhausted.error, "handler cannot process this");
    assert.equal(exhausted.deliveries, "3");
    assert.equal(attempts.get(failing.id), 3);
  } finally {
    deadLetters.unsubscribe();
    await consumer.stop();
    await nats.jsm.consumers.delete(streamName("auth", nats.namespace), durable);
  }
});

test("a consumer's wildcard delivers more than it handles: the other types are acknowledged unread", async () => {
  const durable = `test-handles-${randomUUID().slice(0, 8)}`;
  const marker = `handles-${randomUUID().slice(0, 8)}`;
  const deadLetters = nats.nc.subscribe(deadLetterSubject(durable, nats.namespace));
  const dead: string[] = [];
  void (async () => {
    for await (const message of deadLetters) if (message.string().includes(marker)) dead.push(message.string());
  })();
  const seen: string[] = [];
  // The stream holds other tests' messages too: only those carrying the marker count.
  const consumer = await startConsumer(
    nats,
    {
      durable,
      stream: "auth",
      subjects: ["auth.*.*"],
      handles: new Set(["auth.user.logged_in"]),
      async handle(event: EventEnvelope) {
        if ((event.payload as { userId?: string }).userId === marker) seen.push(event.type);
      },
    },
    logger,
  );
  try {
    // Not even an event: on a subject the handler does not act on it is never read, so never dead-lettered.
    await nats.js.publish(namespacedSubject("auth.session.revoked", nats.namespace), `{not json ${marker} revoked`, {
      msgID: randomUUID(),
    });
    await nats.js.publish(namespacedSubject("auth.user.logged_in", nats.namespace), `{not json ${marker}`, {
      msgID: randomUUID(),
    });
    await nats.js.publish(
      namespacedSubject("auth.user.logged_in", nats.namespace),
      nats.signer!.seal(JSON.stringify(loginEvent(marker))),
      { msgID: randomUUID() },
    );
    const settled = async () => {
      const info = await nats.jsm.consumers.info(streamName("auth", nats.namespace), durable);
      return info.num_pending + info.num_ack_pending === 0 && seen.length === 1 && dead.length === 1;
    };
    await waitFor(settled, { what: "the three messages acknowledged" });
    assert.deepEqual(seen, ["auth.user.logged_in"]);
    assert.deepEqual(dead, [`{not json ${marker}`], "only the handled subject's malformed message is dead-lettered");
  } finally {
    deadLetters.unsubscribe();
    await consumer.stop();
    await nats.jsm.consumers.delete(streamName("auth", nats.namespace), durable);
  }
});

test("a consumer with handleBatch takes the events already waiting together; a failed batch goes one by one", async () => {
  const subject = namespacedSubject("auth.user.logged_in", nats.namespace);
  const marker = `batch-${randomUUID().slice(0, 8)}`;
  const events = Array.from({ length: 5 }, () => loginEvent(marker));
  // Published before the consumers start: they are all waiting when each pulls.
  for (const event of events) {
    await nats.js.publish(subject, nats.signer!.seal(JSON.stringify(event)), { msgID: randomUUID() });
  }
  const ids = events.map((event) => event.id).sort();
  const ours = (list: EventEnvelope[]) =>
    list.filter((event) => (event.payload as { userId: string }).userId === marker).map((event) => event.id);

  /** A consumer of the auth stream whose batches succeed or fail; what each path saw of our events. */
  async function run(batchesFail: boolean) {
    const durable = `test-batch-${randomUUID().slice(0, 8)}`;
    const seen = { batches: [] as string[][], singles: [] as string[] };
    const consumer = await startConsumer(
      nats,
      {
        durable,
        stream: "auth",
        subjects: ["auth.user.logged_in"],
        async handle(event: EventEnvelope) {
          seen.singles.push(...ours([event]));
        },
        async handleBatch(batch: EventEnvelope[]) {
          if (ours(batch).length) seen.batches.push(ours(batch));
          if (batchesFail) throw new Error("this batch cannot be handled at once");
        },
      },
      logger,
    );
    try {
      const handled = () => (batchesFail ? seen.singles : [...seen.batches.flat(), ...seen.singles]);
      await waitFor(async () => handled().length === events.length, { what: "our five events handled" });
      assert.deepEqual(handled().sort(), ids, "each event handled once");
      assert.equal(
        seen.batches.some((batch) => batch.length > 1),
        true,
        `waiting events are given together (batches: ${seen.batches.map((batch) => batch.length).join(", ")})`,
      );
    } finally {
      await consumer.stop();
      await nats.jsm.consumers.delete(streamName("auth", nats.namespace), durable);
    }
  }
  await run(false);
  // A failing batch: each of its events is then handled by `handle`, on its own.
  await run(true);
});

test("a connection's verifier trusts, unchecked, the exact bytes its own signer sealed", () => {
  // The relay and the consumers of one process share its connection (connectNats): what the relay sealed
  // comes back to its own consumers byte for byte. An envelope that fails every check passes with those bytes.
  const event = createEvent(
    "auth.user.logged_in",
    { userId: "1", sessionId: randomUUID(), loggedInAt: new Date().toISOString(), ip: null, userAgent: null },
    { traceId: null },
  );
  const sealed = nats.signer!.seal(JSON.stringify(event));
  const unsigned = { type: "auth.user.logged_in" };
  nats.verifier.checkMessage(Buffer.from(sealed), unsigned);
  assert.throws(() => nats.verifier.checkMessage(Buffer.from(`${sealed} `), unsigned), /unsigned event/);
});
