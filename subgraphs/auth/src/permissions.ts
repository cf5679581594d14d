import { allow, hasRole, isSignedIn, subgraphPermissions } from "#shared/auth/rules.js";

/** Deny by default; see docs/permissions.md for the matrix. */
export const permissions = subgraphPermissions({
  Query: {
    // Anonymous callers get null.
    me: allow,
    mySessions: isSignedIn,
  },
  Mutation: {
    login: allow,
    refreshSession: allow,
    logout: isSignedIn,
    logoutAll: isSignedIn,
    revokeSession: isSignedIn,
    changePassword: isSignedIn,
    setTemporaryPassword: hasRole("SUPER_ADMIN", "ADMIN"),
  },
  LoginPayload: allow,
  Session: isSignedIn,
  // Only the id, of a user the parent field chose to return.
  User: allow,
});
