import type { Prisma } from "#shared/db/client.js";
import type { Context } from "../../context.js";
import { scopeOf } from "../collections/collections.service.js";

/**
 * The dashboards' counts in the caller's scope, for collections collected in [from, to]: pending and
 * validated per level, rejected per level, returned, drafts. Three statements.
 */
export async function collectionCounts(context: Context, from?: Date | string | null, to?: Date | string | null) {
  const where: Prisma.CollectionWhereInput = {
    AND: [
      scopeOf(context),
      ...(from ? [{ collectedAt: { gte: new Date(from) } }] : []),
      ...(to ? [{ collectedAt: { lte: new Date(to) } }] : []),
    ],
  };
  const [groups, rejectedByLevel] = await Promise.all([
    context.db.collection.groupBy({ by: ["status", "pendingLevel"], where, _count: { _all: true } }),
    context.db.collectionValidation.groupBy({
      by: ["level"],
      where: { action: "REJECT", collection: where },
      _count: { _all: true },
    }),
  ]);
  const count = (predicate: (group: (typeof groups)[number]) => boolean) =>
    groups.filter(predicate).reduce((sum, group) => sum + group._count._all, 0);
  const rejectedAt = (level: number) => rejectedByLevel.find((group) => group.level === level)?._count._all ?? 0;
  const validated = count((g) => g.status === "VALIDATED");
  return {
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
    drafts: count((g) => g.status === "DRAFT"),
    pendingLevel1: count((g) => g.status === "SUBMITTED" && g.pendingLevel === 1),
    pendingLevel2: count((g) => g.status === "SUBMITTED" && g.pendingLevel === 2),
    // Past level 1: waiting further up, fully validated, or rejected at level 2.
    validatedLevel1: count((g) => g.status === "SUBMITTED" && (g.pendingLevel ?? 0) >= 2) + validated + rejectedAt(2),
    validatedLevel2: validated,
    rejectedLevel1: rejectedAt(1),
    rejectedLevel2: rejectedAt(2),
    returned: count((g) => g.status === "RETURNED"),
    total: count(() => true),
  };
}
