import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { RECORD_LAST_LOGIN } from "../../subgraphs/admin/src/consumers/record-last-login.js";
import { startStack, type Stack } from "../support/stack.js";
import { PrivateNats } from "../support/private-nats.js";
import { testEnv } from "../support/env.js";
import { waitFor } from "../support/nats.js";

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
  await nats.stop();

  const run = randomUUID().slice(0, 8);
  const traceIds: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const traceId = `outage-${run}-${i}`;
    traceIds.push(traceId);
    const result = await stack.gateway.request(
      `mutation { login(input: { login: "agent@demo.ct", password: "Demo!2026pass" }) { accessToken } }`,
      undefined,
      { headers: { "x-request-id": traceId } },
    );
    assert.ok(result.body.data?.login.accessToken, `login ${i} succeeds while NATS is down`);
  }
  const events = await db.authOutboxEvent.findMany({ where: { traceId: { in: traceIds } } });
  assert.equal(events.length, 20, "every login wrote its event to the outbox");
  assert.ok(events.every((event) => event.publishedAt === null), "nothing could be published yet");
  const eventIds = events.map((event) => event.eventId);

  await nats.start();
  const restartedAt = Date.now();
  await waitFor(
    async () =>
      (await db.adminProcessedEvent.count({ where: { consumer: RECORD_LAST_LOGIN, eventId: { in: eventIds } } })) === 20,
    { timeoutMs: 10_000, intervalMs: 100, what: "admin to record the 20 logins" },
  );
  assert.ok(Date.now() - restartedAt <= 10_000);

  const processed = await db.adminProcessedEvent.findMany({ where: { consumer: RECORD_LAST_LOGIN, eventId: { in: eventIds } } });
  assert.equal(new Set(processed.map((row) => row.eventId)).size, 20, "each event processed exactly once");
  const published = await db.authOutboxEvent.findMany({ where: { eventId: { in: eventIds } } });
  assert.ok(published.every((event) => event.publishedAt !== null), "the outbox marked all 20 as sent");
  const latest = Math.max(...published.map((event) => Date.parse(JSON.parse(event.envelope).payload.loggedInAt)));
  const agent = await db.user.findUniqueOrThrow({ where: { email: "agent@demo.ct" } });
  assert.ok(agent.lastLoginAt && agent.lastLoginAt.getTime() >= latest, "last login is the latest of the 20");
});
