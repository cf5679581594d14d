import DataLoader from "dataloader";
import type { PrismaClient } from "#shared/db/client.js";
import type { UserClaims } from "#shared/auth/claims.js";
import type { Context } from "../../context.js";
import { unauthenticated } from "#shared/graphql/errors.js";
import { numericId } from "#shared/graphql/input.js";
import { collectionScope } from "../../domain/scope.js";

/** `User.activity`: what a member of staff recorded and decided, as their team lead or supervisor sees it. */
export interface StaffActivityView {
  collectionsRecorded: number;
  validationsMade: number;
  lastActivityAt: Date | null;
}

/** Decisions count as validations made; submitting one's own collection does not. */
const DECISIONS = ["APPROVE", "REJECT", "RETURN", "REOPEN"] as const;

const batchScheduleFn = (callback: () => void) => setImmediate(callback);

/**
 * One query per table for every user of a page (a team lead's 50 agents cost two GROUP BYs). Counts
 * stay inside the caller's row scope: a team lead counts their team's collections, an analyst the
 * validated ones, like every other read of collections.
 */
function activityLoader(db: PrismaClient, viewer: UserClaims | null) {
  return new DataLoader<number, StaffActivityView>(
    async (userIds) => {
      if (!viewer) throw unauthenticated();
      const scope = collectionScope(viewer);
      const ids = [...userIds];
      const [recorded, decided] = await Promise.all([
        db.collection.groupBy({
          by: ["collectorId"],
          where: { AND: [scope, { collectorId: { in: ids } }] },
          _count: { _all: true },
          _max: { updatedAt: true },
        }),
        db.collectionValidation.groupBy({
          by: ["actorId"],
          where: { actorId: { in: ids }, action: { in: [...DECISIONS] }, collection: scope },
          _count: { _all: true },
          _max: { createdAt: true },
        }),
      ]);
      return ids.map((userId) => {
        const own = recorded.find((row) => row.collectorId === userId);
        const decisions = decided.find((row) => row.actorId === userId);
        const times = [own?._max.updatedAt, decisions?._max.createdAt].filter(
          (time): time is Date => time instanceof Date,
        );
        return {
          collectionsRecorded: own?._count._all ?? 0,
          validationsMade: decisions?._count._all ?? 0,
          lastActivityAt: times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null,
        };
      });
    },
    { batchScheduleFn },
  );
}

// Per request: the loader lives as long as the request's context (this module owns it, not loaders.ts).
const loaders = new WeakMap<Context, DataLoader<number, StaffActivityView>>();

export function staffActivity(context: Context, userId: string): Promise<StaffActivityView> | null {
  const id = numericId(userId);
  if (id === null) return null;
  let loader = loaders.get(context);
  if (!loader) {
    loader = activityLoader(context.db, context.viewer);
    loaders.set(context, loader);
  }
  return loader.load(id);
}
