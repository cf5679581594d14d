import { isAuthenticated, subgraphPermissions } from "#shared/auth/rules.js";

/** Deny by default; see docs/permissions.md for the matrix. */
export const permissions = subgraphPermissions({
  Query: {
    product: isAuthenticated,
    products: isAuthenticated,
  },
  Product: isAuthenticated,
  ProductConnection: isAuthenticated,
  ProductEdge: isAuthenticated,
  PageInfo: isAuthenticated,
});
