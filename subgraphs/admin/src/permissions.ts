import { hasRole, isAuthenticated, isSignedIn, subgraphPermissions } from "#shared/auth/rules.js";

const administrators = hasRole("SUPER_ADMIN", "ADMIN");

/** Deny by default; see docs/permissions.md for the matrix. Row scope is applied by the loaders. */
export const permissions = subgraphPermissions({
  Query: {
    user: isAuthenticated,
    users: isAuthenticated,
    roles: isAuthenticated,
    team: isAuthenticated,
    teams: isAuthenticated,
    region: isAuthenticated,
    regions: isAuthenticated,
  },
  Mutation: {
    createUser: administrators,
    updateUser: administrators,
    deactivateUser: administrators,
    reactivateUser: administrators,
    updateMyProfile: isAuthenticated,
    createTeam: administrators,
    updateTeam: administrators,
    createRegion: administrators,
    updateRegion: administrators,
    setRegionSupervisors: administrators,
  },
  // `me` must still resolve while a password change is pending; scope keeps it to visible users.
  User: isSignedIn,
  Team: isAuthenticated,
  Region: isAuthenticated,
  RoleInfo: isAuthenticated,
  UserConnection: isAuthenticated,
  UserEdge: isAuthenticated,
  TeamConnection: isAuthenticated,
  TeamEdge: isAuthenticated,
  RegionConnection: isAuthenticated,
  RegionEdge: isAuthenticated,
  PageInfo: isAuthenticated,
});
