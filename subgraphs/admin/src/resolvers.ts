import type { Resolvers } from "./generated/resolvers-types.js";
import { organisationResolvers } from "./modules/organisation/resolvers.js";
import { userResolvers } from "./modules/users/resolvers.js";
import { dateTimeScalar } from "#shared/graphql/scalars.js";

export const resolvers: Resolvers[] = [{ DateTime: dateTimeScalar }, userResolvers, organisationResolvers];
