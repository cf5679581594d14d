import { DateResolver, JSONResolver } from "graphql-scalars";
import { dateTimeScalar, decimalScalar } from "#shared/graphql/scalars.js";
import type { Resolvers } from "./generated/resolvers-types.js";
import { auditResolvers } from "./modules/audit/resolvers.js";
import { notificationResolvers } from "./modules/notifications/resolvers.js";
import { organisationResolvers } from "./modules/organisation/resolvers.js";
import { roleResolvers } from "./modules/roles/resolvers.js";
import { userResolvers } from "./modules/users/resolvers.js";

import { referenceResolvers } from "./modules/reference/resolvers.js";

export const resolvers: Resolvers[] = [
  { DateTime: dateTimeScalar, Date: DateResolver, Decimal: decimalScalar, JSON: JSONResolver },
  userResolvers,
  organisationResolvers,
  roleResolvers,
  referenceResolvers,
  auditResolvers,
  notificationResolvers,
];
