import { referenceById } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import type { Context } from "../../context.js";
import type { UnitRow } from "../../mappers.js";
import { convertQuantity, createUnit, listUnits, updateUnit } from "./units.service.js";

export const unitResolvers: Resolvers = {
  Query: {
    units: (_p, { dimension, activeOnly }, context) => listUnits(context, dimension, activeOnly ?? true),
    convertQuantity: (_p, args, context) => convertQuantity(context, args),
  },
  Mutation: {
    createUnit: (_p, { input }, context) => createUnit(context, input),
    updateUnit: (_p, { id, input }, context) => updateUnit(context, id, input),
  },
  Unit: {
    __resolveReference: (reference, context) =>
      "id" in reference
        ? referenceById<Context, UnitRow>((ctx) => ctx.loaders.unitById)(reference, context)
        : context.loaders.unitByCode.load(String(reference.code)),
    isBase: (unit) => unit.factor?.equals(1) ?? false,
  },
};
