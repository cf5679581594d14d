import DataLoader from "dataloader";
import { Prisma, type CollectionItem, type PrismaClient } from "#shared/db/client.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { rowsByKey, rowsGroupedBy } from "#shared/graphql/loaders.js";
import { normaliseId } from "./domain/public-id.js";
import { collectionScope, collectionScopeSql } from "./domain/scope.js";
import type { CollectionRow } from "./mappers.js";

/** One page of a collector's collections, newest first, and its position (see collectionsByCollector). */
export interface CollectorPageArgs {
  first: number;
  after: { at: Date; id: string } | null;
}

/**
 * Per-request batch loaders: every field resolver reads through these, never the database directly.
 * Collection loaders apply the caller's row scope (domain/scope.ts), so a collection outside it reads
 * as missing everywhere, `_entities` included.
 */
export function createLoaders(db: PrismaClient, viewer: UserClaims | null) {
  const scope = viewer ? collectionScope(viewer) : null;
  const pages = new Map<string, DataLoader<number, CollectionRow[]>>();
  const itemLoaders = new Map<Prisma.CollectionItemSelect | undefined, DataLoader<string, CollectionItem[]>>();
  return {
    collectionById: rowsByKey(
      (ids: readonly string[]) => {
        // Ids are ASCII UUIDs (an ascii_bin column): anything else names no collection, and must not
        // reach MariaDB, which refuses to compare such text with the column ("Illegal mix of collations").
        const wellFormed = ids.filter((id) => normaliseId(id) === id);
        return scope && wellFormed.length
          ? db.collection.findMany({ where: { AND: [{ id: { in: wellFormed } }, scope] } })
          : Promise.resolve([]);
      },
      (collection) => collection.id,
    ),
    /**
     * `User.collections`: the first `first + 1` collections of each collector, in scope, after the
     * cursor, for every user of the page in two statements (a window function ranks each
     * collector's rows; the rows are then read by id).
     */
    collectionsByCollector(page: CollectorPageArgs): DataLoader<number, CollectionRow[]> {
      const key = `${page.first}|${page.after?.at.getTime() ?? ""}|${page.after?.id ?? ""}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = rowsGroupedBy(
          async (collectorIds: readonly number[]) => {
            if (!scope) return [];
            const beyond = page.after
              ? Prisma.sql`AND (collected_at < ${page.after.at}
                  OR (collected_at = ${page.after.at} AND id < ${page.after.id}))`
              : Prisma.empty;
            const ranked = await db.$queryRaw<{ id: string }[]>`
            SELECT id FROM (
              SELECT id, ROW_NUMBER() OVER (PARTITION BY collector_id ORDER BY collected_at DESC, id DESC) AS position
              FROM tradeflow_collection
              WHERE collector_id IN (${Prisma.join(collectorIds)}) AND ${collectionScopeSql(scope)} ${beyond}
            ) AS ranked
            WHERE position <= ${page.first + 1}`;
            if (ranked.length === 0) return [];
            return db.collection.findMany({
              where: { id: { in: ranked.map((row) => row.id) } },
              orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
            });
          },
          (collection) => collection.collectorId,
        );
        pages.set(key, loader);
      }
      return loader;
    },
    /**
     * A collection's items with the columns `select` names (modules/collections/columns.ts; undefined: whole
     * rows). One loader per selection: the items of a page's collections share one and load in one statement.
     */
    itemsByCollectionId(select?: Prisma.CollectionItemSelect): DataLoader<string, CollectionItem[]> {
      let loader = itemLoaders.get(select);
      if (!loader) {
        loader = rowsGroupedBy(
          (ids: readonly string[]) =>
            // The rows hold the selected columns only: the resolvers read no others (columns.ts).
            db.collectionItem.findMany({
              where: { collectionId: { in: [...ids] } },
              orderBy: { position: "asc" },
              ...(select ? { select } : {}),
            }) as Promise<CollectionItem[]>,
          (item) => item.collectionId,
        );
        itemLoaders.set(select, loader);
      }
      return loader;
    },
    controlsByCollectionId: rowsGroupedBy(
      (ids: readonly string[]) =>
        db.collectionControl.findMany({ where: { collectionId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (control) => control.collectionId,
    ),
    taxTypesByControlId: rowsGroupedBy(
      (ids: readonly string[]) =>
        db.collectionControlTaxType.findMany({ where: { controlId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (row) => row.controlId,
    ),
    historyByCollectionId: rowsGroupedBy(
      (ids: readonly string[]) =>
        db.collectionValidation.findMany({ where: { collectionId: { in: [...ids] } }, orderBy: { id: "asc" } }),
      (entry) => entry.collectionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
