import type { PrismaClient } from "#shared/db/client.js";
import { rowsByKey, rowsGroupedBy } from "#shared/graphql/loaders.js";

/** Per-request batch loaders: every field resolver reads through these, never the database directly. */
export function createLoaders(db: PrismaClient) {
  return {
    userById: rowsByKey(
      (ids: readonly number[]) => db.user.findMany({ where: { id: { in: [...ids] } } }),
      (user) => user.id,
    ),
    teamById: rowsByKey(
      (ids: readonly number[]) => db.team.findMany({ where: { id: { in: [...ids] } } }),
      (team) => team.id,
    ),
    regionById: rowsByKey(
      (ids: readonly number[]) => db.region.findMany({ where: { id: { in: [...ids] } } }),
      (region) => region.id,
    ),
    supervisorIdsByRegion: rowsGroupedBy(
      (regionIds: readonly number[]) =>
        db.regionSupervisor.findMany({ where: { regionId: { in: [...regionIds] } }, orderBy: { userId: "asc" } }),
      (link) => link.regionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
