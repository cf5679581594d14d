import { isUniqueViolation, type PrismaClient } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
import { defineConsumer, type EventConsumer } from "#shared/events/consumer.js";
import { EVENT_SERVICES, type EventService } from "#shared/events/signing.js";
import type { EventEnvelope } from "#shared/events/envelope.js";
import { auditRow } from "../modules/audit/audit-entry.js";

/** The audit rows of some events in one statement, skipping those already recorded; returns how many were new. */
export function recordAuditEntries(db: PrismaClient, events: EventEnvelope[]): Promise<number> {
  return bulkInsert(db, "admin_audit_entry", events.map(auditRow), { ignoreDuplicates: true });
}

/** One durable consumer per service's stream (a consumer reads one stream): `admin-audit-<service>`. */
export const auditTrailDurable = (service: EventService) => `admin-audit-${service}`;

/**
 * Every service's events → the audit trail, one append-only row per event. The consumer checks each
 * event's signature like every reader (shared/src/events/consumer.ts); the row's unique event id makes
 * a redelivery a no-op, so each event is recorded exactly once. Events already waiting go in together.
 */
export function auditTrailConsumers(db: PrismaClient): EventConsumer[] {
  return EVENT_SERVICES.map((service) =>
    defineConsumer({
      durable: auditTrailDurable(service),
      stream: service,
      // The stream's own subject: one filter (servers before 2.10 take no more), every event type of it.
      subjects: [`${service}.*.*` as const],
      async handle(event, logger) {
        try {
          await db.adminAuditEntry.create({ data: auditRow(event) });
          logger.debug({ type: event.type }, "audit entry recorded");
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          logger.debug({ type: event.type }, "duplicate event: already in the audit trail");
        }
      },
      // The events waiting, in one statement; a redelivered one is skipped by its unique event id, as above.
      // bulkInsert rather than createMany (which is INSERT IGNORE too on MariaDB): Prisma compiled a new
      // query plan for every batch size, the largest part of admin's work on a sync (bench/README.md,
      // finding 44).
      async handleBatch(events, logger) {
        const count = await recordAuditEntries(db, events);
        logger.debug({ recorded: count, duplicates: events.length - count }, "audit entries recorded");
      },
    }),
  );
}
