import { referenceById } from "#shared/graphql/loaders.js";
import { loadExisting } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import {
  createRegion,
  createTeam,
  findRegion,
  findTeam,
  listRegions,
  listTeams,
  setRegionSupervisors,
  updateRegion,
  updateTeam,
} from "./organisation.service.js";

export const organisationResolvers: Resolvers = {
  Query: {
    team: (_parent, { id }, context) => findTeam(context, id),
    teams: (_parent, args, context) => listTeams(context, args),
    region: (_parent, { id }, context) => findRegion(context, id),
    regions: (_parent, args, context) => listRegions(context, args),
  },
  Mutation: {
    createTeam: (_parent, { input }, context) => createTeam(context, input),
    updateTeam: (_parent, { id, input }, context) => updateTeam(context, id, input),
    createRegion: (_parent, { input }, context) => createRegion(context, input),
    updateRegion: (_parent, { id, input }, context) => updateRegion(context, id, input),
    setRegionSupervisors: (_parent, { regionId, supervisorIds }, context) =>
      setRegionSupervisors(context, regionId, supervisorIds),
  },
  Team: {
    __resolveReference: referenceById((context) => context.loaders.teamById),
    region: async (team, _args, context) => {
      const region = await context.loaders.regionById.load(team.regionId);
      if (!region) throw new Error(`team ${team.id} has no region ${team.regionId}`);
      return region;
    },
    lead: (team, _args, context) => (team.leadId === null ? null : context.loaders.userById.load(team.leadId)),
    members: (team, _args, context) => context.loaders.membersByTeam.load(team.id),
  },
  Region: {
    __resolveReference: referenceById((context) => context.loaders.regionById),
    teams: (region, _args, context) => context.loaders.teamsByRegion.load(region.id),
    supervisors: async (region, _args, context) => {
      const links = await context.loaders.supervisorLinksByRegion.load(region.id);
      return loadExisting(
        context.loaders.userById,
        links.map((link) => link.userId),
      );
    },
  },
};
