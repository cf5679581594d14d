import type { Resolvers } from "../../generated/resolvers-types.js";
import { staffActivity } from "./staff-activity.service.js";

export const staffActivityResolvers: Resolvers = {
  User: {
    activity: (user, _args, context) => staffActivity(context, user.id),
  },
};
