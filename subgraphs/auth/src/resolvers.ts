import { dateTimeScalar } from "#shared/graphql/scalars.js";
import type { Resolvers } from "./generated/resolvers-types.js";
import { sessionResolvers } from "./modules/sessions/resolvers.js";

export const resolvers: Resolvers[] = [{ DateTime: dateTimeScalar }, sessionResolvers];
