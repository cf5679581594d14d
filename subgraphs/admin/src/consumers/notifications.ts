import { Prisma, type PrismaClient } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
import { defineConsumer, processOnce, type EventConsumer } from "#shared/events/consumer.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { NOTIFICATIONS_SUBJECT } from "#shared/events/notifications.js";
import { namespacedSubject } from "#shared/events/streams.js";
import type { AdminNotification } from "#shared/db/client.js";
import type { Logger } from "#shared/logger.js";
import {
  NOTIFYING_TYPES,
  type NotifyingEvent,
  isNotifying,
  notificationMessage,
  notificationsFromEvents,
} from "../modules/notifications/notifications.service.js";

export const NOTIFICATIONS = "admin-notifications";

/** After the commit, each new or grown notification goes to the gateways' streams (core NATS, best effort). */
export function announceNotifications(nats: NatsHandle, rows: AdminNotification[], logger: Logger): void {
  for (const row of rows) {
    try {
      nats.nc.publish(
        namespacedSubject(NOTIFICATIONS_SUBJECT, nats.namespace),
        JSON.stringify(notificationMessage(row)),
      );
    } catch (error) {
      // The row is committed: a client that missed it reads it with myNotifications or Last-Event-ID.
      logger.warn({ err: error, notificationId: String(row.id) }, "notification not announced");
    }
  }
}

/**
 * Collection and report events → in-app notifications: the validators of the level a collection
 * reaches (batched while unread), the collector on return, rejection and validation, the requester of
 * a ready report. The processed-event record commits with the rows, so a redelivery adds nothing.
 */
export function notificationsConsumer(db: PrismaClient, nats: NatsHandle): EventConsumer {
  return defineConsumer({
    durable: NOTIFICATIONS,
    stream: "tradeflow",
    // One filter (servers before 2.10 take no more): the handler keeps the types that notify someone.
    subjects: ["tradeflow.*.*"],
    // Most of what the wildcard delivers (collection.created, updated…) notifies nobody: acked unread.
    handles: NOTIFYING_TYPES,
    // A batch's transaction holds its notification rows: kept short, so marking them read never waits long.
    batchSize: 25,
    async handle(event, logger) {
      if (!isNotifying(event)) return;
      let rows: AdminNotification[] = [];
      const applied = await processOnce(
        db,
        (tx) => tx.adminProcessedEvent.create({ data: { consumer: NOTIFICATIONS, eventId: event.id } }),
        async (tx) => {
          rows = await notificationsFromEvents(tx, [event]);
        },
      );
      if (applied) announceNotifications(nats, rows, logger);
      logger.debug({ applied, notifications: rows.length }, applied ? "notified" : "duplicate event ignored");
    },
    // The events waiting, in one transaction with their processed-event records: what `handle` does for
    // each, without a transaction and a duplicate check per event. A record another replica wrote meanwhile
    // fails the batch, which is then handled event by event.
    async handleBatch(events, logger) {
      const notifying = events.filter(isNotifying);
      if (notifying.length === 0) return;
      const rows = await notifyOnce(db, notifying);
      announceNotifications(nats, rows, logger);
      logger.debug({ events: notifying.length, notifications: rows.length }, "notified");
    },
  });
}

/**
 * The notifications of the events not yet processed by this consumer, with their processed-event records,
 * in one transaction (handleBatch). Fails as a whole when another replica recorded one of them meanwhile.
 */
export async function notifyOnce(db: PrismaClient, events: NotifyingEvent[]): Promise<AdminNotification[]> {
  const rows: AdminNotification[] = [];
  if (events.length === 0) return rows;
  await db.$transaction(
    async (tx) => {
      // Raw statements: Prisma compiles a query plan for each length of an IN list or a createMany.
      const done = await tx.$queryRaw<{ event_id: string }[]>`SELECT event_id FROM admin_processed_event
        WHERE consumer = ${NOTIFICATIONS} AND event_id IN (${Prisma.join(events.map((event) => event.id))})`;
      const processed = new Set(done.map((row) => row.event_id));
      const fresh = events.filter((event) => !processed.has(event.id));
      await bulkInsert(
        tx,
        "admin_processed_event",
        fresh.map((event) => ({ consumer: NOTIFICATIONS, eventId: event.id })),
      );
      rows.push(...(await notificationsFromEvents(tx, fresh)));
    },
    // Prisma's default of 5 s was reached under load (two cores shared with the whole stack).
    { timeout: 30_000 },
  );
  return rows;
}
