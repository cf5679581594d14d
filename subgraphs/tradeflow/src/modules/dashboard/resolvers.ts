import type { Resolvers } from "../../generated/resolvers-types.js";
import { collectionCounts } from "./counts.service.js";

export const dashboardResolvers: Resolvers = {
  Query: {
    collectionCounts: (_p, { from, to }, context) => collectionCounts(context, from, to),
  },
};
