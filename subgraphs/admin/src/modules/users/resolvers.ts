import { roleFromId } from "#shared/auth/claims.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { findUser, numericId } from "./users.service.js";

export const userResolvers: Resolvers = {
  Query: {
    user: (_parent, { id }, context) => findUser(context, id),
  },
  User: {
    __resolveReference: async (reference, context) => {
      const id = numericId(String(reference.id));
      return id === null ? null : context.loaders.userById.load(id);
    },
    id: (user) => String(user.id),
    role: (user) => roleFromId(user.roleId),
    team: (user, _args, context) => (user.teamId === null ? null : context.loaders.teamById.load(user.teamId)),
  },
};
