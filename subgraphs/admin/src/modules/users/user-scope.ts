import type { Prisma } from "#shared/db/client.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { rowScopeOf } from "#shared/auth/scope.js";

/**
 * The users a caller may see: everyone for administrators and analysts; otherwise themselves, the
 * people of their team or regions, and their own validators (an agent sees their team lead and
 * supervisors, but never another agent).
 */
export function visibleUsersWhere(viewer: UserClaims): Prisma.UserWhereInput {
  const scope = rowScopeOf(viewer);
  switch (scope.kind) {
    case "all":
      return {};
    case "own":
      return {
        OR: [
          { id: scope.userId },
          ...(scope.teamId === null
            ? []
            : [
                { ledTeams: { some: { id: scope.teamId } } },
                { supervisedRegions: { some: { region: { teams: { some: { id: scope.teamId } } } } } },
              ]),
        ],
      };
    case "team":
      return {
        OR: [
          { id: scope.userId },
          ...(scope.teamId === null
            ? []
            : [
                { teamId: scope.teamId },
                { supervisedRegions: { some: { region: { teams: { some: { id: scope.teamId } } } } } },
              ]),
        ],
      };
    case "regions":
      return {
        OR: [
          { id: scope.userId },
          { team: { regionId: { in: scope.regionIds } } },
          { ledTeams: { some: { regionId: { in: scope.regionIds } } } },
          { supervisedRegions: { some: { regionId: { in: scope.regionIds } } } },
        ],
      };
  }
}
