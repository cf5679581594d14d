import { collectionSelect } from "../collections/columns.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { findCollection, loadVisibleCollection } from "../collections/collections.service.js";
import {
  approve,
  bulkApprove,
  bulkReject,
  reject,
  reopen,
  returnForCorrection,
  validationQueue,
} from "./validation.service.js";

export const validationResolvers: Resolvers = {
  Query: {
    myValidationQueue: (_p, args, context) => validationQueue(context, args),
    collectionHistory: async (_p, { id }, context) => {
      const collection = await findCollection(context, id);
      return context.loaders.historyByCollectionId.load(collection.id);
    },
    // The row scope is decided here, by the same scoped loader as every collection read; admin adds the
    // entries of its audit trail to what this returns (CollectionAudit.entries).
    collectionAudit: async (_p, { id }, context) => {
      const collection = await findCollection(context, id);
      return { collectionId: collection.id, collection };
    },
  },
  CollectionAudit: {
    // A reference is resolved in the caller's scope like any collection: out of scope reads as null.
    __resolveReference: async (reference, context) => {
      const collection = await loadVisibleCollection(context, String(reference.collectionId));
      return collection ? { collectionId: collection.id, collection } : null;
    },
  },
  Mutation: {
    approveCollection: (_p, { id, version, input }, context, info) =>
      approve(context, id, version, input, collectionSelect(info)),
    rejectCollection: (_p, { id, version, input }, context, info) =>
      reject(context, id, version, input, collectionSelect(info)),
    returnCollection: (_p, { id, version, input }, context, info) =>
      returnForCorrection(context, id, version, input, collectionSelect(info)),
    reopenCollection: (_p, { id, version, reason }, context, info) =>
      reopen(context, id, version, reason, collectionSelect(info)),
    bulkApproveCollections: (_p, { items, input }, context) => bulkApprove(context, items, input),
    bulkRejectCollections: (_p, { items, input }, context) => bulkReject(context, items, input),
  },
};
