import type { Resolvers } from "../../generated/resolvers-types.js";
import { findCollection, listCollections, loadVisibleCollection } from "./collections.service.js";

export const collectionResolvers: Resolvers = {
  Query: {
    collection: (_parent, { id }, context) => findCollection(context, id),
    collections: (_parent, args, context) => listCollections(context, args),
  },
  Collection: {
    __resolveReference: (reference, context) => loadVisibleCollection(context, String(reference.id)),
    collector: (collection) => ({ id: String(collection.collectorId) }),
    items: (collection, _args, context) => context.loaders.itemsByCollectionId.load(collection.id),
  },
  CollectionItem: {
    product: (item) => ({ id: String(item.productId) }),
    quantity: (item) => item.quantity.toString(),
    unitPrice: (item) => item.unitPrice?.toString() ?? null,
  },
  User: {
    __resolveReference: (reference) => ({ id: String(reference.id) }),
    collections: (user, args, context) => listCollections(context, args, { collectorId: Number(user.id) }),
  },
};
