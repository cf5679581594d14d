import { roleFromId } from "#shared/auth/claims.js";
import type { PrismaClient, Tx } from "#shared/db/client.js";
import type { EventPayloads } from "#shared/events/catalog.js";

export type UserSnapshot = EventPayloads["admin.user.updated"];

/**
 * What other services need to know of a user (auth builds tokens from it): the login identifiers,
 * role, team (member or lead) and regions (supervised, or the team's).
 */
export async function userSnapshot(tx: Tx | PrismaClient, userId: number): Promise<UserSnapshot | null> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    include: { team: true, ledTeams: { orderBy: { id: "asc" } }, supervisedRegions: { orderBy: { regionId: "asc" } } },
  });
  if (!user) return null;
  const role = roleFromId(user.roleId);
  const team = user.team ?? user.ledTeams[0] ?? null;
  const regionIds =
    role === "SUPERVISOR"
      ? user.supervisedRegions.map((link) => String(link.regionId))
      : team
        ? [String(team.regionId)]
        : [];
  return {
    userId: String(user.id),
    fullName: user.fullName,
    email: user.email,
    phone: user.phone,
    role,
    teamId: team ? String(team.id) : null,
    regionIds,
    active: user.active,
  };
}
