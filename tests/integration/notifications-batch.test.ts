import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import {
  notificationsFromEvents,
  type NotifyingEvent,
} from "../../subgraphs/admin/src/modules/notifications/notifications.service.js";
import { NOTIFICATIONS, notifyOnce } from "../../subgraphs/admin/src/consumers/notifications.js";
import { createTeamFixture } from "../support/fixtures.js";
import { testEnv } from "../support/env.js";

// The notifications consumer takes the events waiting in one batch (up to 25, consumers/notifications.ts).
// A sync of 500 collections submits 250 at once: asking for the team's lead and growing their unread
// row once per event made the admin process the largest cost of ingestion (bench/README.md, finding 42).
let statements = 0;
const db = createDb(testEnv.DATABASE_URL, { onQuery: () => (statements += 1) });
after(() => db.$disconnect());

function submitted(fixture: Awaited<ReturnType<typeof createTeamFixture>>, publicId: string): NotifyingEvent {
  return {
    id: randomUUID(),
    type: "tradeflow.collection.submitted",
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { userId: fixture.agent.id, role: "AGENT" },
    traceId: null,
    payload: {
      collectionId: randomUUID(),
      collectorId: fixture.agent.id,
      revision: 1,
      isResubmission: false,
      pendingLevel: 1,
      route: {
        publicId,
        collectorId: fixture.agent.id,
        teamId: String(fixture.team.id),
        regionId: String(fixture.region.id),
        fromStatus: "DRAFT",
        toStatus: "SUBMITTED",
        pending: { level: 1, role: "TEAM_LEAD" },
      },
    },
  };
}

/** The statements one call sends, and the lead's unread validation-queue row after it. */
async function notify(fixture: Awaited<ReturnType<typeof createTeamFixture>>, events: NotifyingEvent[]) {
  const before = statements;
  await db.$transaction((tx) => notificationsFromEvents(tx, events));
  const sent = statements - before;
  const row = await db.adminNotification.findFirstOrThrow({
    where: { userId: Number(fixture.lead.id), kind: "VALIDATION_QUEUE", readAt: null },
  });
  return { sent, count: row.count, entityId: row.entityId, params: JSON.parse(row.params) as { publicId: string } };
}

test("a batch of submissions grows the lead's unread row once, as many times as it holds, in as many statements as one", async () => {
  const fixture = await createTeamFixture(db, "notify-batch");
  const one = await notify(fixture, [submitted(fixture, "CT-26-ONE")]);
  assert.equal(one.count, 1);

  const batch = Array.from({ length: 25 }, (_, i) => submitted(fixture, `CT-26-B${String(i).padStart(4, "0")}`));
  const grown = await notify(fixture, batch);
  assert.equal(grown.count, 26, "25 more collections wait for the lead");
  assert.equal(grown.params.publicId, "CT-26-B0024", "the row names the last collection, as 25 growths by one would");
  assert.equal(grown.entityId, (batch.at(-1)!.payload as { collectionId: string }).collectionId);
  // The lead is asked for once and their row grown once, whatever the batch's size.
  assert.equal(grown.sent, one.sent);

  // Event by event (a batch that failed as a whole, or a lone event), the same rows result.
  for (const event of batch.slice(0, 3)) await notify(fixture, [event]);
  const after3 = await notify(fixture, []);
  assert.equal(after3.count, 29);
  assert.equal(after3.params.publicId, "CT-26-B0002");
  // Neither the collector nor anyone else of the team was told: only the lead has a row.
  const others = await db.adminNotification.count({
    where: { userId: { in: [Number(fixture.agent.id), Number(fixture.supervisor.id)] } },
  });
  assert.equal(others, 0);
});

test("the consumer's batch records each event as processed: a redelivered one in a later batch notifies nobody again", async () => {
  const fixture = await createTeamFixture(db, "notify-once");
  const [a, b, c] = [submitted(fixture, "CT-26-A"), submitted(fixture, "CT-26-B"), submitted(fixture, "CT-26-C")];
  assert.equal((await notifyOnce(db, [a!, b!])).length, 1, "one row, the lead's, grown twice");
  const again = await notifyOnce(db, [a!, c!]);
  assert.equal(again.length, 1);
  assert.equal(again[0]!.count, 3, "a was processed already: only c grows the row");
  assert.equal(JSON.parse(again[0]!.params).publicId, "CT-26-C");
  const processed = await db.adminProcessedEvent.count({
    where: { consumer: NOTIFICATIONS, eventId: { in: [a!.id, b!.id, c!.id] } },
  });
  assert.equal(processed, 3);
});
