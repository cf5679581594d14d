import type { PrismaClient, Product, Unit } from "#shared/db/client.js";
import { ReferenceCache } from "#shared/graphql/reference-cache.js";
import { rowsByKey, rowsGroupedBy } from "#shared/graphql/loaders.js";

/** What model keeps between requests (shared/src/graphql/reference-cache.ts); one per running service. */
export function createReferenceCaches() {
  return { products: new ReferenceCache<number, Product>(), units: new ReferenceCache<number, Unit>() };
}

export type ReferenceCaches = ReturnType<typeof createReferenceCaches>;

/** Per-request batch loaders: every field resolver reads through these, never the database directly. */
export function createLoaders(db: PrismaClient, caches: ReferenceCaches) {
  return {
    productById: caches.products.loader(
      (ids: readonly number[]) => db.product.findMany({ where: { id: { in: [...ids] } } }),
      (product) => product.id,
    ),
    classificationById: rowsByKey(
      (ids: readonly number[]) => db.classification.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    speciesById: rowsByKey(
      (ids: readonly number[]) => db.animalSpecies.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    typesBySpecies: rowsGroupedBy(
      (ids: readonly number[]) =>
        db.animalType.findMany({ where: { speciesId: { in: [...ids] } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (row) => row.speciesId,
    ),
    animalById: rowsByKey(
      (ids: readonly number[]) => db.animal.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    naturesByProduct: rowsGroupedBy(
      (ids: readonly number[]) =>
        db.productNature.findMany({ where: { productId: { in: [...ids] } }, orderBy: { natureId: "asc" } }),
      (row) => row.productId,
    ),
    naturesByAnimal: rowsGroupedBy(
      (ids: readonly number[]) =>
        db.animalNature.findMany({ where: { animalId: { in: [...ids] } }, orderBy: { natureId: "asc" } }),
      (row) => row.animalId,
    ),
    unitById: caches.units.loader(
      (ids: readonly number[]) => db.unit.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    /** The base unit (factor 1) of each dimension. */
    baseUnitByDimension: rowsByKey(
      (dimensions: readonly ("MASS" | "VOLUME" | "COUNT")[]) =>
        db.unit.findMany({ where: { dimension: { in: [...dimensions] }, factor: 1 }, orderBy: { id: "asc" } }),
      (row) => row.dimension,
    ),
    unitByCode: rowsByKey(
      (codes: readonly string[]) => db.unit.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    /** Keyed "productId|code", as tradeflow refers to a collection item's local unit. */
    productUnitByProductAndCode: rowsByKey(
      (keys: readonly string[]) =>
        db.productUnit.findMany({
          where: {
            OR: keys.map((key) => ({ productId: Number(key.split("|")[0]), code: key.split("|").slice(1).join("|") })),
          },
        }),
      (row): string => `${row.productId}|${row.code}`,
    ),
    productUnitById: rowsByKey(
      (ids: readonly number[]) => db.productUnit.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    localUnitsByProduct: rowsGroupedBy(
      (ids: readonly number[]) =>
        db.productUnit.findMany({
          where: { productId: { in: [...ids] }, active: true },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
      (row) => row.productId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
