import type { PrismaClient } from "#shared/db/client.js";
import { processOnce, type ConsumerSpec } from "#shared/events/consumer.js";
import type { EventEnvelope } from "#shared/events/envelope.js";
import { applyUserSnapshot } from "../modules/accounts/accounts.service.js";
import { revokeSessions } from "../modules/sessions/sessions.service.js";

export const ACCOUNT_PROJECTION = "auth-account-projection";

/** admin.user.* → auth's account copy; a deactivation also ends every session of the user. */
export function accountProjectionConsumer(db: PrismaClient, accessTtlSeconds: number, notify: () => void): ConsumerSpec {
  return {
    durable: ACCOUNT_PROJECTION,
    stream: "admin",
    subjects: ["admin.user.*"],
    async handle(event, logger) {
      const { payload } = event as EventEnvelope<"admin.user.updated" | "admin.user.deactivated">;
      await processOnce(
        db,
        (tx) => tx.authProcessedEvent.create({ data: { consumer: ACCOUNT_PROJECTION, eventId: event.id } }),
        async (tx) => {
          await applyUserSnapshot(tx, payload);
          if (event.type === "admin.user.deactivated") {
            const ended = await revokeSessions(tx, {
              userId: Number(payload.userId),
              reason: "user_deactivated",
              accessTtlSeconds,
              meta: { actor: event.actor, traceId: event.traceId },
            });
            logger.info({ userId: payload.userId, sessions: ended.length }, "deactivated user's sessions ended");
          }
        },
      );
      notify();
    },
  };
}
