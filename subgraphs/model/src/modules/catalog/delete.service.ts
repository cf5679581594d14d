import type { Tx } from "#shared/db/client.js";
import { addCounts, countCollectionReferences, type UsageKind } from "#shared/events/reference-usage.js";
import { deleteUnlessReferenced, type DeleteOutcome } from "#shared/graphql/delete-result.js";
import { notFound } from "#shared/graphql/errors.js";
import { numericId } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import { writeCatalog } from "./write.js";

type Entity = "PRODUCT" | "PRODUCT_UNIT" | "UNIT" | "CLASSIFICATION" | "ANIMAL_SPECIES" | "ANIMAL_TYPE" | "ANIMAL";

interface Deletable {
  /** The key tradeflow knows the record by (null: collections never refer to it). */
  usage: { kind: UsageKind; key: string } | null;
  /** References inside model's own tables. */
  internal(tx: Tx): Promise<number>;
  remove(tx: Tx): Promise<unknown>;
  deactivate(tx: Tx): Promise<unknown>;
}

const off = { data: { active: false } };

async function deletable(context: Context, entity: Entity, id: number): Promise<Deletable | null> {
  const byId = { where: { id } };
  const db = context.db;
  switch (entity) {
    case "PRODUCT":
      if (!(await db.product.findUnique(byId))) return null;
      return {
        usage: { kind: "PRODUCT", key: String(id) },
        internal: (tx) => tx.productUnit.count({ where: { productId: id } }),
        remove: (tx) => tx.product.delete(byId),
        deactivate: (tx) => tx.product.update({ ...byId, ...off }),
      };
    case "PRODUCT_UNIT": {
      const unit = await db.productUnit.findUnique(byId);
      if (!unit) return null;
      return {
        usage: { kind: "PRODUCT_UNIT", key: `${unit.productId}|${unit.code}` },
        internal: async () => 0,
        remove: (tx) => tx.productUnit.delete(byId),
        deactivate: (tx) => tx.productUnit.update({ ...byId, ...off }),
      };
    }
    case "UNIT": {
      const unit = await db.unit.findUnique(byId);
      if (!unit) return null;
      return {
        usage: { kind: "UNIT", key: unit.code },
        // A base unit (factor 1) is what every conversion of its dimension ends in.
        internal: async () => (unit.factor?.equals(1) ? 1 : 0),
        remove: (tx) => tx.unit.delete(byId),
        deactivate: (tx) => tx.unit.update({ ...byId, ...off }),
      };
    }
    case "CLASSIFICATION":
      if (!(await db.classification.findUnique(byId))) return null;
      return {
        usage: null,
        internal: (tx) =>
          addCounts([
            tx.product.count({ where: { OR: [{ categoryId: id }, { typeId: id }, { natureId: id }] } }),
            tx.productNature.count({ where: { natureId: id } }),
            tx.animalNature.count({ where: { natureId: id } }),
          ]),
        remove: (tx) => tx.classification.delete(byId),
        deactivate: (tx) => tx.classification.update({ ...byId, ...off }),
      };
    case "ANIMAL_SPECIES":
      if (!(await db.animalSpecies.findUnique(byId))) return null;
      return {
        usage: null,
        internal: (tx) =>
          addCounts([
            tx.animalType.count({ where: { speciesId: id } }),
            tx.animal.count({ where: { speciesId: id } }),
            tx.product.count({ where: { speciesId: id } }),
          ]),
        remove: (tx) => tx.animalSpecies.delete(byId),
        deactivate: (tx) => tx.animalSpecies.update({ ...byId, ...off }),
      };
    case "ANIMAL_TYPE":
      if (!(await db.animalType.findUnique(byId))) return null;
      return {
        usage: null,
        internal: async () => 0,
        remove: (tx) => tx.animalType.delete(byId),
        deactivate: (tx) => tx.animalType.update({ ...byId, ...off }),
      };
    case "ANIMAL":
      if (!(await db.animal.findUnique(byId))) return null;
      return {
        usage: { kind: "ANIMAL", key: String(id) },
        internal: async () => 0,
        remove: (tx) => tx.animal.delete(byId),
        deactivate: (tx) => tx.animal.update({ ...byId, ...off }),
      };
  }
}

const NAMES: Record<Entity, string> = {
  PRODUCT: "Product",
  PRODUCT_UNIT: "ProductUnit",
  UNIT: "Unit",
  CLASSIFICATION: "Classification",
  ANIMAL_SPECIES: "AnimalSpecies",
  ANIMAL_TYPE: "AnimalType",
  ANIMAL: "Animal",
};

/** `deleteCatalogRecord`: deletes an unreferenced record, deactivates a referenced one (and says which). */
export async function deleteCatalogRecord(context: Context, entity: Entity, key: string): Promise<DeleteOutcome> {
  const id = numericId(key);
  const record = id === null ? null : await deletable(context, entity, id);
  if (!record) throw notFound(NAMES[entity]);
  const entityName = NAMES[entity];
  return deleteUnlessReferenced(context.language, key, {
    countReferences: async () => {
      const [internal, collections] = await Promise.all([
        record.internal(context.db),
        record.usage
          ? countCollectionReferences(context.nats, record.usage.kind, record.usage.key)
          : Promise.resolve(0),
      ]);
      return collections === null ? null : internal + collections;
    },
    remove: async () => void (await writeCatalog(context, entityName, (tx) => record.remove(tx))),
    deactivate: async () => void (await writeCatalog(context, entityName, (tx) => record.deactivate(tx))),
  });
}
