import { dateTimeScalar, decimalScalar } from "#shared/graphql/scalars.js";
import type { Resolvers } from "./generated/resolvers-types.js";
import { collectionResolvers } from "./modules/collections/resolvers.js";

export const resolvers: Resolvers[] = [{ DateTime: dateTimeScalar, Decimal: decimalScalar }, collectionResolvers];
