import { isAuthenticated, subgraphPermissions } from "#shared/auth/rules.js";

/** Deny by default; see docs/permissions.md for the matrix. */
export const permissions = subgraphPermissions({
  Query: {
    user: isAuthenticated,
  },
  User: isAuthenticated,
  Team: isAuthenticated,
  Region: isAuthenticated,
});
