import { DateResolver } from "graphql-scalars";
import type { Resolvers } from "../../generated/resolvers-types.js";
import {
  administrationStatistics,
  myDecisionsByMonth,
  teamValidationBreakdown,
  validationBoard,
} from "./dashboards.service.js";
import { roadGovernance } from "./road-governance.service.js";
import { complianceRates, tradeStatistics } from "./trade.service.js";
import { workflowStatistics } from "./workflow.service.js";

export const statisticsResolvers: Resolvers = {
  Date: DateResolver,
  Query: {
    tradeStatistics: (_p, args, context) => tradeStatistics(context, args),
    roadGovernance: (_p, args, context) => roadGovernance(context, args),
    complianceRates: (_p, args, context) => complianceRates(context, args),
    workflowStatistics: (_p, args, context) => workflowStatistics(context, args),
    validationBoard: (_p, { from, to }, context) => validationBoard(context, from, to),
    myDecisionsByMonth: (_p, { months }, context) => myDecisionsByMonth(context, months),
    teamValidationBreakdown: (_p, { from, to }, context) => teamValidationBreakdown(context, from, to),
    administrationStatistics: (_p, { year }, context) => administrationStatistics(context, year),
  },
};
