import type { Resolvers } from "../../generated/resolvers-types.js";
import { syncCollections } from "./sync.service.js";

export const syncResolvers: Resolvers = {
  Mutation: {
    syncCollections: (_p, { input }, context) => syncCollections(context, input),
  },
};
