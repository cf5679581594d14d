import type { PrismaClient } from "#shared/db/client.js";
import { rowsByKey, rowsGroupedBy } from "#shared/graphql/loaders.js";

/** Per-request batch loaders: every field resolver reads through these, never the database directly. */
export function createLoaders(db: PrismaClient) {
  return {
    collectionById: rowsByKey(
      (ids: readonly string[]) => db.collection.findMany({ where: { id: { in: [...ids] } } }),
      (collection) => collection.id,
    ),
    itemsByCollectionId: rowsGroupedBy(
      (ids: readonly string[]) =>
        db.collectionItem.findMany({ where: { collectionId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (item) => item.collectionId,
    ),
    controlsByCollectionId: rowsGroupedBy(
      (ids: readonly string[]) =>
        db.collectionControl.findMany({ where: { collectionId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (control) => control.collectionId,
    ),
    historyByCollectionId: rowsGroupedBy(
      (ids: readonly string[]) =>
        db.collectionValidation.findMany({ where: { collectionId: { in: [...ids] } }, orderBy: { id: "asc" } }),
      (entry) => entry.collectionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
