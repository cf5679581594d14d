import { allow, subgraphPermissions } from "#shared/auth/rules.js";

/** Deny by default; see docs/permissions.md for the matrix. */
export const permissions = subgraphPermissions({
  Query: {
    // Anonymous callers get null.
    me: allow,
  },
  Mutation: {
    login: allow,
  },
  LoginPayload: allow,
  // Only the id, of a user the parent field chose to return.
  User: allow,
});
