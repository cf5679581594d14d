import { dateTimeScalar } from "#shared/graphql/scalars.js";
import type { Resolvers } from "./generated/resolvers-types.js";
import { organisationResolvers } from "./modules/organisation/resolvers.js";
import { roleResolvers } from "./modules/roles/resolvers.js";
import { userResolvers } from "./modules/users/resolvers.js";

export const resolvers: Resolvers[] = [{ DateTime: dateTimeScalar }, userResolvers, organisationResolvers, roleResolvers];
