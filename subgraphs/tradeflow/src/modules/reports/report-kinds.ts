import { badUserInput } from "#shared/graphql/errors.js";
import type { ReportKind } from "../../generated/resolvers-types.js";
import { collectionItemsSource } from "./kinds/collection-items.js";
import { roadGovernanceSource } from "./kinds/road-governance.js";
import type { ReportSource, SourceInput } from "./kinds/source.js";
import { tradeReport, workflowQualitySource } from "./kinds/statistics.js";

/** What a worker writes for each kind, and the title each file carries (filter sheet, file name). */
const WRITERS: Record<ReportKind, { source: (input: SourceInput) => ReportSource; fr: string; en: string }> = {
  COLLECTION_ITEMS: {
    source: collectionItemsSource,
    fr: "Collectes validées et leurs produits",
    en: "Validated collections and their items",
  },
  ROAD_GOVERNANCE_BY_CORRIDOR: {
    source: roadGovernanceSource,
    fr: "Gouvernance routière par corridor",
    en: "Road governance per corridor",
  },
  STATISTICS_BY_MONTH_AND_PRODUCT: {
    source: tradeReport({ groupBy: ["PRODUCT"], timeBucket: "MONTH" }),
    fr: "Statistiques par mois et par produit",
    en: "Statistics by month and product",
  },
  STATISTICS_BY_CORRIDOR_AND_DIRECTION: {
    source: tradeReport({ groupBy: ["CORRIDOR", "DIRECTION"] }),
    fr: "Statistiques par corridor et sens du flux",
    en: "Statistics by corridor and direction",
  },
  GENDER_SHARES_BY_POINT: {
    source: tradeReport({ groupBy: ["COLLECTION_POINT", "GENDER"], shareWithinFirst: true }),
    fr: "Parts par genre du commerçant, par point de collecte",
    en: "Shares by trader's gender, per collection point",
  },
  FORMALITY_AND_TRANSPORT_SHARES: {
    source: tradeReport({ groupBy: ["CONTEXT", "TRANSPORT_MODE"] }),
    fr: "Parts des flux formels et informels, par moyen de transport",
    en: "Formal and informal shares, by transport mode",
  },
  WORKFLOW_QUALITY: {
    source: workflowQualitySource,
    fr: "Validation et qualité des données",
    en: "Workflow and data quality",
  },
};

export function reportKind(kind: ReportKind) {
  const writer = WRITERS[kind];
  if (!writer) throw badUserInput(`Unknown report kind ${kind}`, "kind");
  return writer;
}
