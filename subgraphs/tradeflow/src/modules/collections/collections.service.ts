import type { Prisma } from "#shared/db/client.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { rowScopeOf } from "#shared/auth/scope.js";
import type { CollectionRow } from "../../mappers.js";
import { badUserInput, notFound, unauthenticated } from "#shared/graphql/errors.js";
import { decodeCursor, pageSize, toConnection, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which collections the caller may see: an agent their own, a team lead their team's, a supervisor
 * their regions', administrators all, analysts the validated ones (official statistics count only those).
 */
export function collectionScope(viewer: UserClaims | null): Prisma.CollectionWhereInput {
  if (!viewer) throw unauthenticated();
  const scope = rowScopeOf(viewer);
  switch (scope.kind) {
    case "all":
      return viewer.role === "ANALYST" ? { status: "VALIDATED" } : {};
    case "own":
      return { collectorId: scope.userId };
    case "team":
      return scope.teamId === null ? { collectorId: scope.userId } : { teamId: scope.teamId };
    case "regions":
      return { regionId: { in: scope.regionIds } };
  }
}

type ScopedFields = Pick<CollectionRow, "collectorId" | "teamId" | "regionId" | "status">;

/** The same rule as collectionScope, for a row already loaded (by a batch loader). */
function isVisible(viewer: UserClaims | null, collection: ScopedFields): boolean {
  if (!viewer) return false;
  const scope = rowScopeOf(viewer);
  switch (scope.kind) {
    case "all":
      return viewer.role !== "ANALYST" || collection.status === "VALIDATED";
    case "own":
      return collection.collectorId === scope.userId;
    case "team":
      return scope.teamId === null ? collection.collectorId === scope.userId : collection.teamId === scope.teamId;
    case "regions":
      return collection.regionId !== null && scope.regionIds.includes(collection.regionId);
  }
}

/** A collection the caller may see, or null (out-of-scope looks exactly like missing). */
export async function loadVisibleCollection(context: Context, id: string) {
  if (!UUID.test(id)) return null;
  const collection = await context.loaders.collectionById.load(id.toLowerCase());
  return collection && isVisible(context.viewer, collection) ? collection : null;
}

export async function findCollection(context: Context, id: string) {
  const collection = await loadVisibleCollection(context, id);
  if (!collection) throw notFound("Collection");
  return collection;
}

/** Newest first; the cursor is the last row's (collectedAt, id) so pages stay stable under inserts. */
export async function listCollections(context: Context, args: PageArgs, filter: Prisma.CollectionWhereInput = {}) {
  const first = pageSize(args);
  const conditions: Prisma.CollectionWhereInput[] = [collectionScope(context.viewer), filter];
  if (args.after) {
    const [collectedAtMs, id] = decodeCursor(args.after).split("|");
    const collectedAt = new Date(Number(collectedAtMs));
    if (!id || Number.isNaN(collectedAt.getTime())) throw badUserInput("Invalid cursor", "after");
    conditions.push({
      OR: [{ collectedAt: { lt: collectedAt } }, { collectedAt, id: { lt: id } }],
    });
  }
  const rows = await context.db.collection.findMany({
    where: { AND: conditions },
    orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
    take: first + 1,
  });
  return toConnection(rows, first, (row) => `${row.collectedAt.getTime()}|${row.id}`);
}
