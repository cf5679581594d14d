import type { UserClaims } from "#shared/auth/claims.js";
import { rowScopeOf } from "#shared/auth/scope.js";
import { Prisma } from "#shared/db/values.js";

/**
 * The collections a caller may see, as conditions on the collection's own columns: an agent their
 * own, a team lead their team's, a supervisor their regions', administrators all, analysts the
 * validated ones (official statistics count only those). This is tradeflow's only row-scope rule:
 * lists, counts, single reads and `_entities` all query with it (single reads through the scoped
 * `collectionById` loader), so a collection outside it is missing everywhere (NOT_FOUND), never
 * FORBIDDEN. The result is a valid Prisma `CollectionWhereInput`.
 */
export type CollectionScope =
  | Record<string, never>
  | { status: "VALIDATED" }
  | { collectorId: number }
  | { teamId: number }
  | { regionId: { in: number[] } };

export function collectionScope(viewer: UserClaims): CollectionScope {
  const scope = rowScopeOf(viewer);
  switch (scope.kind) {
    case "all":
      return viewer.role === "ANALYST" ? { status: "VALIDATED" } : {};
    case "own":
      return { collectorId: scope.userId };
    case "team":
      // A team lead without a team sees only what they recorded themselves.
      return scope.teamId === null ? { collectorId: scope.userId } : { teamId: scope.teamId };
    case "regions":
      return { regionId: { in: scope.regionIds } };
  }
}

/**
 * The same scope as an SQL condition on `tradeflow_collection`, for the one query Prisma cannot
 * express (the first page of several collectors' collections at once). Derived from the scope
 * above, never written separately; an empty region list matches nothing, as Prisma's `in: []` does.
 */
export function collectionScopeSql(scope: CollectionScope): Prisma.Sql {
  if ("status" in scope) return Prisma.sql`status = ${scope.status}`;
  if ("collectorId" in scope) return Prisma.sql`collector_id = ${scope.collectorId}`;
  if ("teamId" in scope) return Prisma.sql`team_id = ${scope.teamId}`;
  if ("regionId" in scope) {
    return scope.regionId.in.length ? Prisma.sql`region_id IN (${Prisma.join(scope.regionId.in)})` : Prisma.sql`FALSE`;
  }
  return Prisma.sql`TRUE`;
}
