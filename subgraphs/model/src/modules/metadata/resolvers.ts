import type { Resolvers } from "../../generated/resolvers-types.js";
import { clientMetadata } from "./metadata.service.js";

export const metadataResolvers: Resolvers = {
  Query: {
    metadata: (_p, { knownVersion }, context) => clientMetadata(context, knownVersion),
  },
  EnumValueLabel: {
    label: (value, _a, context) => (context.language === "en" ? value.labelEn : value.labelFr),
  },
};
