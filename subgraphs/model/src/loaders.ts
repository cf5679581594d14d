import type { PrismaClient } from "#shared/db/client.js";
import { rowsByKey } from "#shared/graphql/loaders.js";

/** Per-request batch loaders: every field resolver reads through these, never the database directly. */
export function createLoaders(db: PrismaClient) {
  return {
    productById: rowsByKey(
      (ids: readonly number[]) => db.product.findMany({ where: { id: { in: [...ids] } } }),
      (product) => product.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
