import type { Tx } from "#shared/db/client.js";
import { ROLE_IDS } from "#shared/auth/claims.js";
import { idOrNone } from "#shared/graphql/input.js";

/**
 * Who decides at a validation level for a collection of `teamId` in `regionId`: the team's lead when
 * the level's role is TEAM_LEAD, the region's supervisors when it is SUPERVISOR (the same people
 * tradeflow's row scope lets decide). Active users only, never the collector (separation of duties).
 */
export async function validatorsAt(
  tx: Tx,
  route: { role: string; teamId: string | null; regionId: string | null; collectorId: string },
  deciders: (route: Deciders) => Promise<number[]> = (of) => decidersOf(tx, of),
): Promise<number[]> {
  const { role, teamId, regionId } = route;
  return (await deciders({ role, teamId, regionId })).filter((id) => String(id) !== route.collectorId);
}

/** Whose decision a level needs: its role, and the team or region of the collection. */
export interface Deciders {
  role: string;
  teamId: string | null;
  regionId: string | null;
}

/** The active users who decide at a level for a team or region (validatorsAt without the collector). */
async function decidersOf(tx: Tx, route: Deciders): Promise<number[]> {
  let candidates: number[] = [];
  if (route.role === "TEAM_LEAD" && route.teamId !== null) {
    const team = await tx.team.findUnique({ where: { id: idOrNone(route.teamId) }, select: { leadId: true } });
    candidates = team?.leadId ? [team.leadId] : [];
  } else if (route.role === "SUPERVISOR" && route.regionId !== null) {
    const links = await tx.regionSupervisor.findMany({ where: { regionId: idOrNone(route.regionId) } });
    candidates = links.map((link) => link.userId);
  }
  if (candidates.length === 0) return [];
  const active = await tx.user.findMany({
    where: { id: { in: candidates }, active: true, roleId: ROLE_IDS[route.role as keyof typeof ROLE_IDS] },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return active.map((user) => user.id);
}

/**
 * decidersOf asked once per role and team or region for the events of one batch (one transaction): a
 * batch of submissions from one team asks for its lead once, not once per collection.
 */
export function decidersOnce(tx: Tx): (route: Deciders) => Promise<number[]> {
  const asked = new Map<string, Promise<number[]>>();
  return (route) => {
    const key = JSON.stringify([route.role, route.teamId, route.regionId]);
    let deciders = asked.get(key);
    if (!deciders) asked.set(key, (deciders = decidersOf(tx, route)));
    return deciders;
  };
}

/** Active administrators, who hear about dead-lettered events. */
export async function administrators(tx: Tx): Promise<number[]> {
  const rows = await tx.user.findMany({
    where: { active: true, roleId: { in: [ROLE_IDS.SUPER_ADMIN, ROLE_IDS.ADMIN] } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}
