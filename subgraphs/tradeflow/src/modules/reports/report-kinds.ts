import { badUserInput } from "#shared/graphql/errors.js";
import type { ReportKind } from "../../generated/resolvers-types.js";
import { collectionItemsSource } from "./kinds/collection-items.js";
import { roadGovernanceSource } from "./kinds/road-governance.js";
import type { ReportSource, SourceInput } from "./kinds/source.js";

/** The kinds a worker can write today, and the title each file carries (filter sheet, file name). */
const WRITERS: Partial<Record<ReportKind, { source: (input: SourceInput) => ReportSource; fr: string; en: string }>> = {
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
};

/**
 * The statistics groupings are in the schema so clients can be written against them; they will read
 * the statistics module's rollups, and are refused until then rather than computed a second way here.
 */
export function reportKind(kind: ReportKind) {
  const writer = WRITERS[kind];
  if (!writer) {
    throw badUserInput(
      `${kind} reports are not available yet: they will be built from the statistics rollups. ` +
        "Available now: COLLECTION_ITEMS, ROAD_GOVERNANCE_BY_CORRIDOR.",
      "kind",
    );
  }
  return writer;
}
