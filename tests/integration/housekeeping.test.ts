import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { startHousekeeping } from "#shared/service/housekeeping.js";
import { testEnv } from "../support/env.js";

test("housekeeping removes old published events and processed records, and nothing else", async () => {
  const db = createDb(testEnv.DATABASE_URL);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const row = (publishedAt: Date | null) => ({
    eventId: randomUUID(),
    type: "model.catalog.changed",
    envelope: "{}",
    publishedAt,
    createdAt: daysAgo(30),
  });
  const oldPublished = row(daysAgo(8));
  const recentPublished = row(daysAgo(1));
  const neverPublished = row(null);
  await db.modelOutboxEvent.createMany({ data: [oldPublished, recentPublished, neverPublished] });
  const oldProcessed = { consumer: "housekeeping-test", eventId: randomUUID(), processedAt: daysAgo(20) };
  const recentProcessed = { consumer: "housekeeping-test", eventId: randomUUID(), processedAt: daysAgo(2) };
  await db.modelProcessedEvent.createMany({ data: [oldProcessed, recentProcessed] });

  const housekeeping = startHousekeeping(db, "model_outbox_event", createLogger("test", "silent"));
  try {
    await housekeeping.runNow();
  } finally {
    await housekeeping.stop();
  }
  const left = await db.modelOutboxEvent.findMany({
    where: { eventId: { in: [oldPublished.eventId, recentPublished.eventId, neverPublished.eventId] } },
  });
  assert.deepEqual(
    left.map((r) => r.eventId).sort(),
    [recentPublished.eventId, neverPublished.eventId].sort(),
    "unpublished events are never removed",
  );
  const processed = await db.modelProcessedEvent.findMany({ where: { consumer: "housekeeping-test" } });
  assert.deepEqual(
    processed.map((r) => r.eventId),
    [recentProcessed.eventId],
  );
  await db.$disconnect();
});
