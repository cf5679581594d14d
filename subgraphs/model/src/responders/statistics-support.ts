import type { PrismaClient } from "#shared/db/client.js";
import type { RequestHandler } from "#shared/events/responder.js";

/**
 * `model.product-classes`: each product's category and animal species, with their French and English
 * names, so that tradeflow's statistics can filter and group products by them (a few hundred rows).
 */
export function productClassesHandler(db: PrismaClient): RequestHandler<"model.product-classes"> {
  return async () => {
    const [products, categories, species] = await Promise.all([
      db.product.findMany({ select: { id: true, categoryId: true, speciesId: true } }),
      db.classification.findMany({
        where: { kind: "PRODUCT_CATEGORY" },
        select: { id: true, code: true, name: true, nameEn: true },
      }),
      db.animalSpecies.findMany({ select: { id: true, code: true, name: true, nameEn: true } }),
    ]);
    return { products, categories, species };
  };
}
