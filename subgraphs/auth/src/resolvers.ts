import type { Resolvers } from "./generated/resolvers-types.js";
import { sessionResolvers } from "./modules/sessions/resolvers.js";

export const resolvers: Resolvers[] = [sessionResolvers];
