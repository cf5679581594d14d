import type { Resolvers } from "../../generated/resolvers-types.js";
import { login, refreshSession } from "./login.service.js";
import { changePassword, setTemporaryPassword } from "./password.service.js";
import { listMySessions, logout, logoutAll, revokeMySession } from "./sessions.service.js";

export const sessionResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, context) => (context.viewer ? { id: context.viewer.userId } : null),
    mySessions: (_parent, _args, context) => listMySessions(context),
  },
  Mutation: {
    login: (_parent, { input }, context) => login(context, input),
    refreshSession: (_parent, { refreshToken }, context) => refreshSession(context, refreshToken),
    logout: (_parent, _args, context) => logout(context),
    logoutAll: (_parent, _args, context) => logoutAll(context),
    revokeSession: (_parent, { id }, context) => revokeMySession(context, id),
    changePassword: (_parent, { input }, context) => changePassword(context, input),
    setTemporaryPassword: (_parent, { input }, context) => setTemporaryPassword(context, input),
  },
  LoginPayload: {
    user: (result) => ({ id: result.userId }),
  },
  Session: {
    device: (session) => session.userAgent,
    current: (session, _args, context) => session.id === context.viewer?.sessionId,
  },
};
