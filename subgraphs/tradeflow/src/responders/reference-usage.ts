import type { PrismaClient } from "#shared/db/client.js";
import { addCounts, type UsageKind } from "#shared/events/reference-usage.js";
import type { RequestHandler } from "#shared/events/responder.js";

/** Every column of tradeflow's tables that refers to a record of admin or model, by kind. */
function counters(db: PrismaClient): Record<UsageKind, (key: string) => Promise<number>> {
  const id = (key: string) => (/^\d{1,10}$/.test(key) ? Number(key) : -1);
  return {
    COUNTRY: (key) =>
      addCounts([
        db.collection.count({ where: { OR: [{ originCountryId: id(key) }, { destinationCountryId: id(key) }] } }),
        db.collectionItem.count({ where: { productOriginCountryId: id(key) } }),
      ]),
    CITY: (key) =>
      addCounts([
        db.collection.count({ where: { OR: [{ originCityId: id(key) }, { destinationCityId: id(key) }] } }),
        db.collectionItem.count({ where: { OR: [{ loadingCityId: id(key) }, { unloadingCityId: id(key) }] } }),
      ]),
    CORRIDOR: (key) => db.collection.count({ where: { corridorId: id(key) } }),
    COLLECTION_POINT: (key) =>
      addCounts([
        db.collection.count({ where: { collectionPointId: id(key) } }),
        db.collectionControl.count({ where: { checkpointId: id(key) } }),
      ]),
    CURRENCY: (key) => db.collection.count({ where: { currencyCode: key } }),
    REFERENCE_CODE: (key) =>
      addCounts([
        db.collection.count({ where: { transportModeId: id(key) } }),
        db.collectionControl.count({ where: { controlServiceId: id(key) } }),
      ]),
    // Controls do not refer to tax types yet; count them here when they do.
    TAX_TYPE: async () => 0,
    COMMERCIAL_ACTOR: (key) => db.collection.count({ where: { actorId: id(key) } }),
    USER: (key) =>
      addCounts([
        db.collection.count({ where: { collectorId: id(key) } }),
        db.collectionValidation.count({ where: { actorId: id(key) } }),
      ]),
    PRODUCT: (key) => db.collectionItem.count({ where: { productId: id(key) } }),
    UNIT: (key) => db.collectionItem.count({ where: { unitCode: key } }),
    // Items do not refer to catalogued animals yet; count them here when they do.
    ANIMAL: async () => 0,
    PRODUCT_UNIT: (key) => {
      const [productId, ...code] = key.split("|");
      return db.collectionItem.count({ where: { productId: id(productId ?? ""), unitCode: code.join("|") } });
    },
  };
}

/** `tradeflow.usage`: how many collection rows refer to a record (see shared/src/events/reference-usage.ts). */
export function referenceUsageHandler(db: PrismaClient): RequestHandler<"tradeflow.usage"> {
  const count = counters(db);
  return async ({ kind, key }) => ({ count: await count[kind](key) });
}
