import type { Resolvers } from "../../generated/resolvers-types.js";
import { nestedCollectionSelect } from "../collections/columns.js";
import { syncCollections } from "./sync.service.js";

export const syncResolvers: Resolvers = {
  Mutation: {
    syncCollections: (_p, { input }, context, info) => {
      // The stored rows are read for the results' `collection`, with the columns its fields need, if selected.
      const select = nestedCollectionSelect(info, "collection");
      return syncCollections(context, input, select === null ? null : { select });
    },
  },
};
