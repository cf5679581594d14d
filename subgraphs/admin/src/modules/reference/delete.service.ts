import type { Tx } from "#shared/db/client.js";
import { deleteUnlessReferenced, type DeleteOutcome } from "#shared/graphql/delete-result.js";
import { notFound } from "#shared/graphql/errors.js";
import { numericId } from "#shared/graphql/input.js";
import { addCounts, countCollectionReferences, type UsageKind } from "#shared/events/reference-usage.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import { bumpReferenceRevision } from "./revision.js";

type Entity =
  | "COUNTRY"
  | "CITY"
  | "CORRIDOR"
  | "COLLECTION_POINT"
  | "CURRENCY"
  | "REFERENCE_CODE"
  | "TAX_TYPE"
  | "COMMERCIAL_ACTOR";

/** How to find, count the references of, remove and deactivate each kind of record. */
interface Deletable {
  exists(tx: Tx): Promise<boolean>;
  /** References inside admin's own tables. */
  internal(tx: Tx): Promise<number>;
  remove(tx: Tx): Promise<unknown>;
  deactivate(tx: Tx): Promise<unknown>;
}

function deletable(entity: Entity, key: string): Deletable | null {
  const id = numericId(key);
  if (entity !== "CURRENCY" && id === null) return null;
  const byId = { where: { id: id ?? -1 } };
  const off = { data: { active: false } };
  switch (entity) {
    case "COUNTRY":
      return {
        exists: async (tx) => Boolean(await tx.country.findUnique(byId)),
        internal: (tx) =>
          addCounts([
            tx.city.count({ where: { countryId: id! } }),
            tx.corridor.count({ where: { OR: [{ startCountryId: id! }, { endCountryId: id! }] } }),
            tx.collectionPoint.count({ where: { OR: [{ countryId: id! }, { crossesToCountryId: id! }] } }),
            tx.commercialActor.count({ where: { nationalityCountryId: id! } }),
            tx.user.count({ where: { countryId: id! } }),
            tx.lookupValue.count({ where: { countryId: id! } }),
          ]),
        remove: (tx) => tx.country.delete(byId),
        deactivate: (tx) => tx.country.update({ ...byId, ...off }),
      };
    case "CITY":
      return {
        exists: async (tx) => Boolean(await tx.city.findUnique(byId)),
        internal: (tx) =>
          addCounts([
            tx.corridor.count({ where: { OR: [{ startCityId: id! }, { endCityId: id! }] } }),
            tx.collectionPoint.count({ where: { cityId: id! } }),
          ]),
        remove: (tx) => tx.city.delete(byId),
        deactivate: (tx) => tx.city.update({ ...byId, ...off }),
      };
    case "CORRIDOR":
      return {
        exists: async (tx) => Boolean(await tx.corridor.findUnique(byId)),
        internal: (tx) => tx.collectionPoint.count({ where: { corridorId: id! } }),
        remove: (tx) => tx.corridor.delete(byId),
        deactivate: (tx) => tx.corridor.update({ ...byId, ...off }),
      };
    case "COLLECTION_POINT":
      return {
        exists: async (tx) => Boolean(await tx.collectionPoint.findUnique(byId)),
        internal: (tx) => tx.userCollectionPoint.count({ where: { collectionPointId: id! } }),
        remove: (tx) => tx.collectionPoint.delete(byId),
        deactivate: (tx) => tx.collectionPoint.update({ ...byId, ...off }),
      };
    case "CURRENCY": {
      const code = key.trim().toUpperCase();
      return {
        exists: async (tx) => Boolean(await tx.currency.findUnique({ where: { code } })),
        internal: (tx) =>
          addCounts([
            tx.country.count({ where: { currencyCode: code } }),
            tx.exchangeRate.count({ where: { OR: [{ currencyCode: code }, { quoteCurrency: code }] } }),
          ]),
        remove: (tx) => tx.currency.delete({ where: { code } }),
        deactivate: (tx) => tx.currency.update({ where: { code }, ...off }),
      };
    }
    case "REFERENCE_CODE":
      return {
        exists: async (tx) => Boolean(await tx.lookupValue.findUnique(byId)),
        internal: (tx) =>
          addCounts([
            tx.lookupValue.count({ where: { parentId: id! } }),
            tx.user.count({ where: { organisationId: id! } }),
          ]),
        remove: (tx) => tx.lookupValue.delete(byId),
        deactivate: (tx) => tx.lookupValue.update({ ...byId, ...off }),
      };
    case "TAX_TYPE":
      return {
        exists: async (tx) => Boolean(await tx.taxType.findUnique(byId)),
        internal: async () => 0,
        remove: (tx) => tx.taxType.delete(byId),
        deactivate: (tx) => tx.taxType.update({ ...byId, ...off }),
      };
    case "COMMERCIAL_ACTOR":
      return {
        exists: async (tx) => Boolean(await tx.commercialActor.findUnique(byId)),
        internal: async () => 0,
        remove: (tx) => tx.commercialActor.delete(byId),
        deactivate: (tx) => tx.commercialActor.update({ ...byId, ...off }),
      };
  }
}

const NOT_FOUND_NAMES: Record<Entity, string> = {
  COUNTRY: "Country",
  CITY: "City",
  CORRIDOR: "Corridor",
  COLLECTION_POINT: "CollectionPoint",
  CURRENCY: "Currency",
  REFERENCE_CODE: "ReferenceCode",
  TAX_TYPE: "TaxType",
  COMMERCIAL_ACTOR: "CommercialActor",
};

/** `deleteReferenceData`: deletes an unreferenced record, deactivates a referenced one (and says which). */
export async function deleteReferenceData(context: Context, entity: Entity, key: string): Promise<DeleteOutcome> {
  const record = deletable(entity, key);
  if (!record || !(await record.exists(context.db))) throw notFound(NOT_FOUND_NAMES[entity]);
  const change = (work: (tx: Tx) => Promise<unknown>) =>
    write(context, async (tx) => {
      await work(tx);
      await bumpReferenceRevision(tx, context, entity);
    });
  return deleteUnlessReferenced(context.language, key, {
    countReferences: async () => {
      const [internal, collections] = await Promise.all([
        record.internal(context.db),
        countCollectionReferences(
          context.nats,
          entity as UsageKind,
          entity === "CURRENCY" ? key.trim().toUpperCase() : key,
        ),
      ]);
      return collections === null ? null : internal + collections;
    },
    remove: () => change((tx) => record.remove(tx)),
    deactivate: () => change((tx) => record.deactivate(tx)),
  });
}
