import { loadExisting } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { numericId } from "../users/users.service.js";

export const organisationResolvers: Resolvers = {
  Team: {
    __resolveReference: async (reference, context) => {
      const id = numericId(String(reference.id));
      return id === null ? null : context.loaders.teamById.load(id);
    },
    id: (team) => String(team.id),
    region: async (team, _args, context) => {
      const region = await context.loaders.regionById.load(team.regionId);
      if (!region) throw new Error(`team ${team.id} has no region ${team.regionId}`);
      return region;
    },
    lead: (team, _args, context) => (team.leadId === null ? null : context.loaders.userById.load(team.leadId)),
  },
  Region: {
    __resolveReference: async (reference, context) => {
      const id = numericId(String(reference.id));
      return id === null ? null : context.loaders.regionById.load(id);
    },
    id: (region) => String(region.id),
    supervisors: async (region, _args, context) => {
      const links = await context.loaders.supervisorIdsByRegion.load(region.id);
      return loadExisting(context.loaders.userById, links.map((link) => link.userId));
    },
  },
};
