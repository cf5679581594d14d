import { JSONResolver } from "graphql-scalars";
import { dateTimeScalar, decimalScalar } from "#shared/graphql/scalars.js";
import type { Resolvers } from "./generated/resolvers-types.js";
import { catalogResolvers } from "./modules/catalog/resolvers.js";
import { definitionResolvers } from "./modules/definitions/resolvers.js";
import { metadataResolvers } from "./modules/metadata/resolvers.js";
import { unitResolvers } from "./modules/units/resolvers.js";

export const resolvers: Resolvers[] = [
  { DateTime: dateTimeScalar, Decimal: decimalScalar, JSON: JSONResolver },
  catalogResolvers,
  unitResolvers,
  definitionResolvers,
  metadataResolvers,
];
