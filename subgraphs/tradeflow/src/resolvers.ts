import { JSONResolver } from "graphql-scalars";
import { dateTimeScalar, decimalScalar } from "#shared/graphql/scalars.js";
import type { Resolvers } from "./generated/resolvers-types.js";
import { collectionResolvers } from "./modules/collections/resolvers.js";
import { dashboardResolvers } from "./modules/dashboard/resolvers.js";
import { syncResolvers } from "./modules/sync/resolvers.js";
import { validationResolvers } from "./modules/validation/resolvers.js";
import { staffActivityResolvers } from "./modules/staff-activity/resolvers.js";
import { statisticsResolvers } from "./modules/statistics/resolvers.js";

export const resolvers: Resolvers[] = [
  { DateTime: dateTimeScalar, Decimal: decimalScalar, JSON: JSONResolver },
  collectionResolvers,
  validationResolvers,
  syncResolvers,
  dashboardResolvers,
  staffActivityResolvers,
  statisticsResolvers,
];
