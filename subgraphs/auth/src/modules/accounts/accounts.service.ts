import { isUniqueViolation, type PrismaClient, type Tx } from "#shared/db/client.js";
import type { EventPayloads } from "#shared/events/catalog.js";
import { requestJson } from "#shared/events/responder.js";
import type { Context } from "../../context.js";

export type UserSnapshot = EventPayloads["admin.user.updated"];

/**
 * Keeps auth's copy of a user (login identifiers, role, team, regions, active) in step with admin,
 * which owns users. The password hash is auth's own and is never touched here.
 */
export async function applyUserSnapshot(tx: Tx | PrismaClient, snapshot: UserSnapshot) {
  const data = {
    email: snapshot.email,
    phone: snapshot.phone,
    role: snapshot.role,
    teamId: snapshot.teamId === null ? null : Number(snapshot.teamId),
    regionIds: snapshot.regionIds.map(Number),
    active: snapshot.active,
  };
  const userId = Number(snapshot.userId);
  try {
    return await tx.authAccount.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  } catch (error) {
    // Prisma's upsert reads then writes: the event consumer and an on-demand fetch (admin.users)
    // can both try to create the row. The loser updates the row the winner created.
    if (!isUniqueViolation(error)) throw error;
    return tx.authAccount.update({ where: { userId }, data });
  }
}

/** When admin's event has not arrived yet, ask admin directly (`admin.users`, request/reply). */
export async function fetchAccountFromAdmin(context: Pick<Context, "db" | "nats" | "logger">, userId: number) {
  try {
    const reply = await requestJson(context.nats, "admin.users", { userId: String(userId) });
    return reply.user ? applyUserSnapshot(context.db, reply.user) : null;
  } catch (error) {
    context.logger.warn({ err: error, userId }, "admin.users failed");
    return null;
  }
}
