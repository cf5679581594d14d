import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
import { testEnv } from "../support/env.js";

const db = createDb(testEnv.DATABASE_URL);
after(() => db.$disconnect());

test("bulkInsert's literals store every value exactly, hostile text included", async () => {
  const texts = ["'; DROP TABLE tradeflow_outbox_event; --", "back\\slash \\' quote", "nul \u0000 byte", "é ✓ 🐄", ""];
  const rows = texts.map((envelope, index) => ({
    eventId: randomUUID(),
    type: "test.bulk.insert",
    envelope,
    traceId: index % 2 ? null : `trace-${index}`,
    attempts: index,
    createdAt: new Date(Date.UTC(2026, 10, 20, 9, 30, index, 123)),
    // Published: the outbox relays leave these rows alone.
    publishedAt: new Date(Date.UTC(2026, 10, 20, 10, 0, 0)),
  }));
  await db.$transaction((tx) => bulkInsert(tx, "tradeflow_outbox_event", rows));
  const stored = await db.tradeflowOutboxEvent.findMany({
    where: { eventId: { in: rows.map((row) => row.eventId) } },
    select: {
      eventId: true,
      type: true,
      envelope: true,
      traceId: true,
      attempts: true,
      createdAt: true,
      publishedAt: true,
    },
  });
  const byId = new Map(stored.map((row) => [row.eventId, row]));
  assert.deepEqual(
    rows.map((row) => byId.get(row.eventId)),
    rows,
  );
  await db.tradeflowOutboxEvent.deleteMany({ where: { eventId: { in: rows.map((row) => row.eventId) } } });
});

test("a field a row leaves out gets the column's default in MariaDB, as createMany gave it", async () => {
  const published = new Date(Date.UTC(2026, 10, 20, 10, 0, 0));
  const rows = [
    { eventId: randomUUID(), type: "test.bulk.insert", envelope: "{}", attempts: 3, publishedAt: published },
    // No attempts (NOT NULL DEFAULT 0) and no createdAt (DEFAULT now(3)).
    { eventId: randomUUID(), type: "test.bulk.insert", envelope: "{}", publishedAt: published },
  ];
  const before = Date.now() - 1_000;
  await db.$transaction((tx) => bulkInsert(tx, "tradeflow_outbox_event", rows));
  const stored = await db.tradeflowOutboxEvent.findMany({
    where: { eventId: { in: rows.map((row) => row.eventId) } },
    select: { eventId: true, attempts: true, createdAt: true },
  });
  const byId = new Map(stored.map((row) => [row.eventId, row]));
  assert.deepEqual(
    rows.map((row) => byId.get(row.eventId)?.attempts),
    [3, 0],
  );
  assert.equal(byId.get(rows[1]!.eventId)!.createdAt.getTime() > before, true, "created now");
  await db.tradeflowOutboxEvent.deleteMany({ where: { eventId: { in: rows.map((row) => row.eventId) } } });
});
