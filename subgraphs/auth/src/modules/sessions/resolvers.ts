import type { Resolvers } from "../../generated/resolvers-types.js";
import { login } from "./login.service.js";

export const sessionResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, context) => (context.viewer ? { id: context.viewer.userId } : null),
  },
  Mutation: {
    login: (_parent, { input }, context) => login(context, input),
  },
  LoginPayload: {
    user: (result) => ({ id: result.userId }),
  },
};
