import { test, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { createEvent, type EventEnvelope } from "#shared/events/envelope.js";
import { recordAuditEntries } from "../../subgraphs/admin/src/consumers/audit-trail.js";
import { auditRow } from "../../subgraphs/admin/src/modules/audit/audit-entry.js";
import { testEnv } from "../support/env.js";

// The audit trail's consumer records the events waiting in one statement (bulkInsert): the rows must be
// exactly those auditRow describes, whatever the text, and a redelivered event is skipped.
const db = createDb(testEnv.DATABASE_URL);
after(() => db.$disconnect());

function login(userAgent: string | null, withActor: boolean): EventEnvelope {
  const event = createEvent(
    "auth.user.logged_in",
    { userId: "3", sessionId: randomUUID(), loggedInAt: new Date().toISOString(), ip: "203.0.113.9", userAgent },
    { traceId: `trace-${randomUUID()}` },
  );
  return {
    ...event,
    actor: withActor ? { userId: "3", role: "AGENT" } : null,
    client: userAgent === null ? null : { ip: "203.0.113.9", userAgent },
  } as EventEnvelope;
}

test("a batch of events is recorded as auditRow describes them, text exactly, and a redelivered one once", async () => {
  const hostile = `Mozilla/5.0 "quoted" \\ back'slash ß 😀 ${"\u0000"}nul`;
  const first = login(hostile, true);
  const second = login(null, false);
  assert.equal(await recordAuditEntries(db, [first, second]), 2);
  const third = login("curl/8", true);
  assert.equal(await recordAuditEntries(db, [first, third]), 1, "the redelivered event is skipped");

  for (const event of [first, second, third]) {
    const row = await db.adminAuditEntry.findUniqueOrThrow({ where: { eventId: event.id } });
    // seq and recordedAt are the database's own (auto-increment, CURRENT_TIMESTAMP).
    const { seq: _seq, recordedAt: _recordedAt, ...stored } = row;
    assert.deepEqual(stored, { ...auditRow(event) });
  }
  assert.equal((await db.adminAuditEntry.findUniqueOrThrow({ where: { eventId: first.id } })).userAgent, hostile);
});
