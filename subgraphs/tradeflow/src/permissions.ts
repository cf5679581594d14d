import { isAuthenticated, subgraphPermissions } from "#shared/auth/rules.js";

/** Deny by default; see docs/permissions.md for the matrix. Row scope is applied by the collections service. */
export const permissions = subgraphPermissions({
  Query: {
    collection: isAuthenticated,
    collections: isAuthenticated,
  },
  Collection: isAuthenticated,
  CollectionItem: isAuthenticated,
  CollectionConnection: isAuthenticated,
  CollectionEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  User: isAuthenticated,
  Product: isAuthenticated,
});
