import type { Resolvers, ReportKind, ReportLanguage } from "../../generated/resolvers-types.js";
import { downloadUrl, myReports, ownReport, requestReport } from "./reports.service.js";

export const reportResolvers: Resolvers = {
  Query: {
    report: (_p, { id }, context) => ownReport(context, id),
    myReports: (_p, { first }, context) => myReports(context, first),
  },
  Mutation: {
    requestReport: (_p, { input }, context) => requestReport(context, input),
  },
  Report: {
    kind: (report) => report.kind as ReportKind,
    language: (report) => report.language.toUpperCase() as ReportLanguage,
    filter: (report) => JSON.parse(report.filter) as unknown,
    downloadUrl: (report, _args, context) => downloadUrl(context, report),
    requestedAt: (report) => report.createdAt,
  },
};
