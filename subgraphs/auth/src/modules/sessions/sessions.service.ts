import type { Tx } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { notFound, unauthenticated } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";

export type RevocationReason =
  | "logout"
  | "logout_all"
  | "revoked_by_user"
  | "password_changed"
  | "password_reset"
  | "refresh_token_reused"
  | "user_deactivated"
  | "access_changed";

/**
 * Ends sessions inside the caller's transaction and announces it (auth.session.revoked), so the gateway
 * refuses their access tokens at once instead of waiting for them to expire.
 */
export async function revokeSessions(
  tx: Tx,
  input: {
    userId: number;
    reason: RevocationReason;
    accessTtlSeconds: number;
    onlySessionIds?: string[];
    exceptSessionId?: string;
    meta: ReturnType<Context["events"]["meta"]>;
  },
): Promise<string[]> {
  const now = new Date();
  const sessions = await tx.authSession.findMany({
    where: {
      userId: input.userId,
      revokedAt: null,
      ...(input.onlySessionIds ? { id: { in: input.onlySessionIds } } : {}),
      ...(input.exceptSessionId ? { NOT: { id: input.exceptSessionId } } : {}),
    },
    select: { id: true },
  });
  const sessionIds = sessions.map((session) => session.id);
  if (sessionIds.length === 0) return [];
  await tx.authSession.updateMany({
    where: { id: { in: sessionIds }, revokedAt: null },
    data: { revokedAt: now, revokedReason: input.reason },
  });
  const event = createEvent(
    "auth.session.revoked",
    {
      userId: String(input.userId),
      sessionIds,
      reason: input.reason,
      tokensValidUntil: new Date(now.getTime() + input.accessTtlSeconds * 1000).toISOString(),
    },
    input.meta,
  );
  await tx.authOutboxEvent.create({ data: toOutboxRow(event) });
  return sessionIds;
}

function viewerOf(context: Context) {
  if (!context.viewer) throw unauthenticated();
  return { userId: Number(context.viewer.userId), sessionId: context.viewer.sessionId };
}

export async function listMySessions(context: Context) {
  const { userId } = viewerOf(context);
  return context.db.authSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ lastUsedAt: "desc" }, { id: "asc" }],
  });
}

async function revoke(context: Context, options: { onlySessionIds?: string[]; reason: RevocationReason }) {
  const { userId } = viewerOf(context);
  const revoked = await context.db.$transaction((tx) =>
    revokeSessions(tx, {
      userId,
      reason: options.reason,
      accessTtlSeconds: context.config.JWT_ACCESS_TTL_SECONDS,
      onlySessionIds: options.onlySessionIds,
      meta: context.events.meta(),
    }),
  );
  context.events.flush();
  return revoked;
}

export async function logout(context: Context): Promise<boolean> {
  const { sessionId } = viewerOf(context);
  await revoke(context, { onlySessionIds: [sessionId], reason: "logout" });
  return true;
}

export async function logoutAll(context: Context): Promise<number> {
  return (await revoke(context, { reason: "logout_all" })).length;
}

/** Only the caller's own sessions; another user's session id is NOT_FOUND, like a missing one. */
export async function revokeMySession(context: Context, sessionId: string): Promise<boolean> {
  const revoked = await revoke(context, { onlySessionIds: [sessionId], reason: "revoked_by_user" });
  if (revoked.length === 0) throw notFound("Session");
  return true;
}
