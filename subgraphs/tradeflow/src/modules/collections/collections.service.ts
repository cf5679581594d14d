import type { Prisma } from "#shared/db/client.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { badUserInput, notFound, unauthenticated } from "#shared/graphql/errors.js";
import { decodeCursor, pageSize, toConnection, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which collections the caller may see. Agents see their own. Team and region scope for validators
 * arrives with the organisation model (issue #3); until then other roles read all.
 */
export function collectionScope(viewer: UserClaims | null): Prisma.CollectionWhereInput {
  if (!viewer) throw unauthenticated();
  if (viewer.role === "AGENT") return { collectorId: Number(viewer.userId) };
  return {};
}

function isVisible(viewer: UserClaims | null, collection: { collectorId: number }): boolean {
  const scope = collectionScope(viewer);
  return scope.collectorId === undefined || scope.collectorId === collection.collectorId;
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
