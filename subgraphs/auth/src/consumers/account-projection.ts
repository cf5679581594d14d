import type { AuthAccount, PrismaClient } from "#shared/db/client.js";
import { defineConsumer, processOnce, type EventConsumer } from "#shared/events/consumer.js";
import { applyUserSnapshot } from "../modules/accounts/accounts.service.js";
import { revokeSessions } from "../modules/sessions/sessions.service.js";

export const ACCOUNT_PROJECTION = "auth-account-projection";

type Access = Pick<AuthAccount, "role" | "teamId" | "regionIds">;

/** True when what an access token says about the user (role, team, regions) no longer holds. */
export function accessChanged(before: Access, after: Access): boolean {
  const regions = (account: Access) => (Array.isArray(account.regionIds) ? account.regionIds.map(Number).sort() : []);
  return (
    before.role !== after.role ||
    before.teamId !== after.teamId ||
    JSON.stringify(regions(before)) !== JSON.stringify(regions(after))
  );
}

/**
 * admin.user.* → auth's account copy. A deactivation, or a change of role, team or regions, also ends
 * every session of the user.
 */
export function accountProjectionConsumer(
  db: PrismaClient,
  accessTtlSeconds: number,
  notify: () => void,
): EventConsumer {
  return defineConsumer({
    durable: ACCOUNT_PROJECTION,
    stream: "admin",
    subjects: ["admin.user.*"],
    async handle(event, logger) {
      const { payload } = event;
      await processOnce(
        db,
        (tx) => tx.authProcessedEvent.create({ data: { consumer: ACCOUNT_PROJECTION, eventId: event.id } }),
        async (tx) => {
          const before = await tx.authAccount.findUnique({ where: { userId: Number(payload.userId) } });
          const after = await applyUserSnapshot(tx, payload);
          // Access tokens carry the role, team and regions: when they change, the sessions end, so the
          // user logs in again and gets tokens with the new ones (the gateway refuses the old ones).
          const reason =
            event.type === "admin.user.deactivated"
              ? "user_deactivated"
              : before && accessChanged(before, after)
                ? "access_changed"
                : null;
          if (reason) {
            const ended = await revokeSessions(tx, {
              userId: Number(payload.userId),
              reason,
              accessTtlSeconds,
              meta: { actor: event.actor, traceId: event.traceId },
            });
            logger.info({ userId: payload.userId, sessions: ended.length, reason }, "user's sessions ended");
          }
        },
      );
      notify();
    },
  });
}
