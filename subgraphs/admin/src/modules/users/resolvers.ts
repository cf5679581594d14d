import { referenceById } from "#shared/graphql/loaders.js";
import { roleFromId } from "#shared/auth/claims.js";
import { loadExisting } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { createUser, findUser, listUsers, setUserActive, updateMyProfile, updateUser } from "./users.service.js";
import { assignedStaff, createStaff, deleteUser } from "./staff.service.js";

export const userResolvers: Resolvers = {
  Query: {
    user: (_parent, { id }, context) => findUser(context, id),
    users: (_parent, args, context) => listUsers(context, args),
    assignedStaff: (_parent, args, context) => assignedStaff(context, args),
  },
  Mutation: {
    createUser: (_parent, { input }, context) => createUser(context, input),
    createStaff: (_parent, { input }, context) => createStaff(context, input),
    deleteUser: (_parent, { id }, context) => deleteUser(context, id),
    updateUser: (_parent, { id, input }, context) => updateUser(context, id, input),
    deactivateUser: (_parent, { id, reason }, context) => setUserActive(context, id, false, reason),
    reactivateUser: (_parent, { id }, context) => setUserActive(context, id, true),
    updateMyProfile: (_parent, { input }, context) => updateMyProfile(context, input),
  },
  User: {
    // Out-of-scope users resolve to null, exactly like missing ones.
    __resolveReference: referenceById((context) => context.loaders.userById),
    role: (user) => roleFromId(user.roleId),
    team: (user, _args, context) => (user.teamId === null ? null : context.loaders.teamById.load(user.teamId)),
    supervisedRegions: async (user, _args, context) => {
      const links = await context.loaders.supervisedRegionLinksByUser.load(user.id);
      return loadExisting(
        context.loaders.regionById,
        links.map((link) => link.regionId),
      );
    },
    country: (user, _args, context) =>
      user.countryId === null ? null : context.loaders.countryById.load(user.countryId),
    organisation: (user, _args, context) =>
      user.organisationId === null ? null : context.loaders.referenceCodeById.load(user.organisationId),
    collectionPoints: async (user, _args, context) => {
      const links = await context.loaders.collectionPointLinksByUser.load(user.id);
      return loadExisting(
        context.loaders.collectionPointById,
        links.map((link) => link.collectionPointId),
      );
    },
    teamLead: async (user, _args, context) => {
      const team = user.teamId === null ? null : await context.loaders.teamById.load(user.teamId);
      return team?.leadId == null || team.leadId === user.id ? null : context.loaders.userById.load(team.leadId);
    },
    supervisors: async (user, _args, context) => {
      const team = user.teamId === null ? null : await context.loaders.teamById.load(user.teamId);
      if (!team) return [];
      const links = await context.loaders.supervisorLinksByRegion.load(team.regionId);
      return loadExisting(
        context.loaders.userById,
        links.map((link) => link.userId),
      );
    },
  },
};
