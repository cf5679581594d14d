import type { PrismaClient } from "#shared/db/client.js";
import { defineConsumer, processOnce, type EventConsumer } from "#shared/events/consumer.js";

export const RECORD_LAST_LOGIN = "admin-record-last-login";

/** auth.user.logged_in → the user's last login time (never moved backwards by a late event). */
export function recordLastLoginConsumer(db: PrismaClient): EventConsumer {
  return defineConsumer({
    durable: RECORD_LAST_LOGIN,
    stream: "auth",
    subjects: ["auth.user.logged_in"],
    async handle(event, logger) {
      const { payload } = event;
      const userId = Number(payload.userId);
      const loggedInAt = new Date(payload.loggedInAt);
      const applied = await processOnce(
        db,
        (tx) => tx.adminProcessedEvent.create({ data: { consumer: RECORD_LAST_LOGIN, eventId: event.id } }),
        async (tx) => {
          await tx.user.updateMany({
            where: { id: userId, OR: [{ lastLoginAt: null }, { lastLoginAt: { lt: loggedInAt } }] },
            data: { lastLoginAt: loggedInAt },
          });
        },
      );
      logger.debug({ userId, applied }, applied ? "last login recorded" : "duplicate event ignored");
    },
  });
}
