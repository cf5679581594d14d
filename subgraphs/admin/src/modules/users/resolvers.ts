import { referenceById } from "#shared/graphql/loaders.js";
import { roleFromId } from "#shared/auth/claims.js";
import { loadExisting } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { createUser, findUser, listUsers, setUserActive, updateMyProfile, updateUser } from "./users.service.js";

export const userResolvers: Resolvers = {
  Query: {
    user: (_parent, { id }, context) => findUser(context, id),
    users: (_parent, args, context) => listUsers(context, args),
  },
  Mutation: {
    createUser: (_parent, { input }, context) => createUser(context, input),
    updateUser: (_parent, { id, input }, context) => updateUser(context, id, input),
    deactivateUser: (_parent, { id, reason }, context) => setUserActive(context, id, false, reason),
    reactivateUser: (_parent, { id }, context) => setUserActive(context, id, true),
    updateMyProfile: (_parent, { input }, context) => updateMyProfile(context, input),
  },
  User: {
    // Out-of-scope users resolve to null, exactly like missing ones.
    __resolveReference: referenceById((context) => context.loaders.userById),
    id: (user) => String(user.id),
    role: (user) => roleFromId(user.roleId),
    team: (user, _args, context) => (user.teamId === null ? null : context.loaders.teamById.load(user.teamId)),
    supervisedRegions: async (user, _args, context) => {
      const links = await context.loaders.supervisedRegionLinksByUser.load(user.id);
      return loadExisting(context.loaders.regionById, links.map((link) => link.regionId));
    },
  },
};
