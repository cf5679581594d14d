import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { headers as natsHeaders } from "@nats-io/transport-node";
import { createDb } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import type { DeadLetter } from "#shared/events/dead-letters.js";
import { streamName } from "#shared/events/streams.js";
import { inheritedEnvironment } from "../../scripts/env.js";
import { testEnv } from "../support/env.js";
import { connectTestNats, waitFor } from "../support/nats.js";
import { PrivateNats } from "../support/private-nats.js";
import { EffectConsumer } from "../support/effect-consumer.js";
import { CRASH_TEST_CONSUMER, CRASH_TEST_SUBJECT } from "../support/fixtures/consumer-spec.js";

// A NATS of its own, so that the consumer sees only this test's events and dead letters (the permissions of
// nats/nats-server.conf name unprefixed subjects, so an EVENT_NAMESPACE cannot isolate it on the run's NATS).
let server: PrivateNats;
const root = path.resolve(import.meta.dirname, "../..");
const SUBJECT = CRASH_TEST_SUBJECT;
const db = createDb(testEnv.DATABASE_URL);
const durable = `resilience-crash-${randomUUID().slice(0, 8)}`;
const consumer = new EffectConsumer(db, { ...CRASH_TEST_CONSUMER, durable });
let nats: NatsHandle;

before(async () => {
  server = await PrivateNats.create();
  await server.start();
  // Signs as tradeflow, whose events these are: the consumers check the owner's signature.
  nats = await connectTestNats(server.url, "tradeflow");
});
after(async () => {
  await consumer.stop();
  await nats?.nc.close();
  await server?.dispose();
  await db.$disconnect();
});

function submittedEvent() {
  const payload = { collectionId: randomUUID(), collectorId: "1", revision: 1, isResubmission: false, pendingLevel: 1 };
  return createEvent(SUBJECT, payload);
}

async function publish(data: string, msgID?: string) {
  const headers = natsHeaders();
  headers.set("Ct-Trace-Id", `trace-${randomUUID()}`);
  await nats.js.publish(SUBJECT, data, { headers, ...(msgID ? { msgID } : {}) });
}

/** `npm run events:dead-letters -- <args>` against this test's NATS, as the tooling does. */
async function deadLettersCli(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "events:dead-letters", "--", ...args], {
    cwd: root,
    env: { ...inheritedEnvironment(), NATS_URL: server.url },
  });
  return stdout;
}

test("a consumer killed before its ack: the event is redelivered and its effect applied exactly once", async () => {
  const event = submittedEvent();
  await publish(nats.signer!.seal(JSON.stringify(event)), event.id);

  const fixture = path.join(root, "tests/support/fixtures/crashing-consumer.ts");
  const crashing = spawn(process.execPath, ["--import", "tsx", fixture, durable, server.url], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  createInterface({ input: crashing.stdout }).on("line", (line) => lines.push(line));
  const [code, signal] = await once(crashing, "exit");
  assert.equal(signal, "SIGKILL", `the consumer process died mid-event (code ${code})`);
  assert.deepEqual(lines, [`handling ${event.id}`]);

  await consumer.start(nats);
  await waitFor(async () => (await consumer.effectCount()) === 1 && (await consumer.drained()), {
    what: "the redelivered event to be processed",
  });
  assert.deepEqual(
    (await consumer.effects()).map((effect) => effect.eventId),
    [event.id],
  );
  const info = await nats.jsm.consumers.info(streamName("tradeflow", nats.namespace), durable);
  assert.equal(info.delivered.stream_seq, 1, "one message in the stream");
  assert.equal(info.delivered.consumer_seq, 2, "delivered twice: to the dead process, then again");
});

test("poison: retried up to maxDeliver, dead-lettered with its reason; the CLI lists and replays it", async () => {
  const poison = submittedEvent();
  consumer.failWith = (event) => (event.id === poison.id ? "tradeflow has no such collection (poisoned)" : undefined);
  await publish(nats.signer!.seal(JSON.stringify(poison)), poison.id);
  await publish("{ not json");

  const ours = (letters: DeadLetter[]) => letters.filter((letter) => letter.consumer === durable);
  const listed = await waitFor(
    async () => {
      const letters = ours(JSON.parse(await deadLettersCli("--json")) as DeadLetter[]);
      return letters.length === 2 ? letters : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 500, what: "two dead letters" },
  );
  const { maxDeliver } = CRASH_TEST_CONSUMER;
  assert.equal(consumer.callsPerEvent.get(poison.id), maxDeliver, "handled maxDeliver times, no more");
  const parked = listed.find((letter) => letter.eventId === poison.id);
  assert.ok(parked);
  assert.equal(parked.deliveries, CRASH_TEST_CONSUMER.maxDeliver);
  assert.equal(parked.error, "tradeflow has no such collection (poisoned)");
  assert.equal(parked.eventType, SUBJECT);
  assert.equal(parked.originalSubject, SUBJECT);
  assert.match(parked.traceId ?? "", /^trace-/);
  const unreadable = listed.find((letter) => letter.eventId === null);
  assert.ok(unreadable);
  assert.equal(unreadable.deliveries, 1, "undecodable: dead-lettered at once");
  assert.equal(unreadable.error, "event is not valid JSON");

  const text = await deadLettersCli();
  assert.match(text, new RegExp(`#${parked.seq} .*${durable} .*${SUBJECT} .*${poison.id} .*after 5 deliveries`));
  assert.match(text, /tradeflow has no such collection \(poisoned\)/);

  // Fixed (the handler accepts it now): replay it.
  consumer.failWith = () => undefined;
  assert.equal(
    (await deadLettersCli("--replay", String(parked.seq))).trim(),
    `replayed #${parked.seq} (${SUBJECT} ${poison.id}) to ${parked.originalSubject}`,
  );
  const replayedEffect = async () => (await consumer.effects()).some((effect) => effect.eventId === poison.id);
  await waitFor(async () => (await replayedEffect()) && (await consumer.drained()), {
    what: "the replayed event to be processed",
  });
  assert.equal((await consumer.effects()).filter((effect) => effect.eventId === poison.id).length, 1);
  const remaining = ours(JSON.parse(await deadLettersCli("--json")) as DeadLetter[]);
  assert.deepEqual(
    remaining.map((letter) => letter.seq),
    [unreadable.seq],
    "the replayed one left the dead letters",
  );
});
