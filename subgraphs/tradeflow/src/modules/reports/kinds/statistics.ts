import type { Dimension } from "../../statistics/filters.js";
import type { DimensionValueView } from "../../statistics/groups.js";
import { ratio, decimal, type Period, type TimeBucket } from "../../statistics/query.js";
import type { StatisticsContext } from "../../statistics/services.js";
import { tradeStatistics } from "../../statistics/trade.service.js";
import { workflowStatistics } from "../../statistics/workflow.service.js";
import type { WorkflowDimension } from "../../../generated/resolvers-types.js";
import type { LabelKind, ReportLabels } from "../labels.js";
import type { ReportFilter } from "../report-filter.js";
import type { ReportSource, SourceInput } from "./source.js";
import type { Cell, Column } from "../writers.js";

/**
 * The statistics groupings as report files. Each one *is* a statistics query (tradeStatistics or
 * workflowStatistics) run over the rollups with the requester's frozen scope, so a file and the query
 * with the same filter give the same figures; these files are one row per group, small whatever the data.
 *
 * Periods are whole UTC days (the rollups' grain): `from` and `to` count from the day they fall on.
 */

const text = (fr: string, en: string, width = 24): Column => ({ fr, en, type: "text", width });
const integer = (fr: string, en: string): Column => ({ fr, en, type: "integer" });
const decimalColumn = (fr: string, en: string): Column => ({ fr, en, type: "decimal" });

/** Where a dimension's labels come from when it names a record rather than a code. */
const LABEL_KIND: Partial<Record<Dimension, LabelKind>> = {
  COLLECTION_POINT: "collectionPoints",
  CORRIDOR: "corridors",
  ORIGIN_COUNTRY: "countries",
  DESTINATION_COUNTRY: "countries",
  PRODUCT: "products",
  TRANSPORT_MODE: "referenceCodes",
};

const DIMENSION_HEADERS: Partial<Record<Dimension, [string, string]>> = {
  COLLECTION_POINT: ["Point de collecte", "Collection point"],
  CORRIDOR: ["Corridor", "Corridor"],
  PRODUCT: ["Produit", "Product"],
  DIRECTION: ["Sens du flux", "Direction"],
  GENDER: ["Genre du commerçant", "Trader's gender"],
  CONTEXT: ["Contexte (formel / informel)", "Context (formal / informal)"],
  TRANSPORT_MODE: ["Moyen de transport", "Transport mode"],
};

/** The statistics filter a report filter stands for (report periods are instants; rollups count days). */
export function statisticsFilterOf(filter: ReportFilter) {
  return {
    from: filter.from?.slice(0, 10),
    to: filter.to?.slice(0, 10),
    collectionPointIds: filter.collectionPointIds?.map(String),
    corridorIds: filter.corridorIds?.map(String),
    originCountryIds: filter.originCountryIds?.map(String),
    destinationCountryIds: filter.destinationCountryIds?.map(String),
    directions: filter.directions,
    productIds: filter.productIds?.map(String),
    collectionTypes: filter.collectionTypes,
    teamIds: filter.teamIds?.map(String),
    regionIds: filter.regionIds?.map(String),
  };
}

/** A report job reads as its requester could when asking: their frozen scope, no live claims. */
function readerOf({ db, nats, logger, scope }: SourceInput): StatisticsContext {
  return { db, nats, logger, viewer: null, frozenScope: scope };
}

async function labelKeys(labels: ReportLabels, dimensions: readonly Dimension[], keys: DimensionValueView[][]) {
  const wanted: Partial<Record<LabelKind, number[]>> = {};
  dimensions.forEach((dimension, index) => {
    const kind = LABEL_KIND[dimension];
    if (!kind) return;
    for (const row of keys) {
      const key = row[index]?.key;
      if (key) (wanted[kind] ??= []).push(Number(key));
    }
  });
  await labels.load(wanted);
}

function keyLabel(labels: ReportLabels, value: DimensionValueView | undefined): string | null {
  if (!value || value.key === null) return null;
  const kind = LABEL_KIND[value.dimension];
  if (kind) return labels.name(kind, Number(value.key));
  return (labels.language === "fr" ? value.labelFr : value.labelEn) ?? value.key;
}

interface TradeReport {
  groupBy: Dimension[];
  timeBucket?: TimeBucket;
  /** Adds "share of the first dimension's collections" (gender shares within each point, say). */
  shareWithinFirst?: boolean;
}

const TRADE_MEASURES: Column[] = [
  integer("Collectes", "Collections"),
  integer("Lignes de produits", "Items"),
  decimalColumn("Poids (kg)", "Weight (kg)"),
  decimalColumn("Poids (t)", "Weight (t)"),
  integer("Têtes de bétail", "Head of livestock"),
  decimalColumn("Valeur (devise de référence)", "Value (reference currency)"),
  decimalColumn("Part des collectes", "Share of collections"),
  decimalColumn("Part du poids", "Share of weight"),
  decimalColumn("Part de la valeur", "Share of value"),
];

export function tradeReport(spec: TradeReport) {
  return (input: SourceInput): ReportSource => {
    const headers = spec.groupBy.map((dimension) => {
      const [fr, en] = DIMENSION_HEADERS[dimension] ?? [dimension, dimension];
      return text(fr, en);
    });
    const columns: Column[] = [
      ...(spec.timeBucket ? [text("Période", "Period", 12)] : []),
      ...headers,
      ...TRADE_MEASURES,
      ...(spec.shareWithinFirst
        ? [decimalColumn(`Part au sein : ${headers[0]!.fr}`, `Share within the ${headers[0]!.en.toLowerCase()}`)]
        : []),
    ];
    let result: Awaited<ReturnType<typeof tradeStatistics>> | undefined;
    const load = async () =>
      (result ??= await tradeStatistics(readerOf(input), {
        filter: statisticsFilterOf(input.filter),
        basis: input.filter.includePending ? "VALIDATED_AND_PENDING" : "VALIDATED",
        groupBy: spec.groupBy,
        timeBucket: spec.timeBucket ?? null,
      }));
    return {
      columns,
      count: async () => (await load()).groups.length,
      async *pages() {
        const { groups } = await load();
        await labelKeys(
          input.labels,
          spec.groupBy,
          groups.map((group) => group.keys),
        );
        const firstTotals = new Map<string | null, number>();
        for (const group of groups) {
          const first = group.keys[0]?.key ?? null;
          firstTotals.set(first, (firstTotals.get(first) ?? 0) + group.measures.collections);
        }
        yield groups.map((group): Cell[] => [
          ...(spec.timeBucket ? [(group.period as Period | null)?.label ?? null] : []),
          ...group.keys.map((key) => keyLabel(input.labels, key)),
          group.measures.collections,
          group.measures.items,
          group.measures.weightKg,
          group.measures.weightTonnes,
          group.measures.headCount,
          group.measures.valueReference,
          group.shareOfCollections,
          group.shareOfWeight,
          group.shareOfValue,
          ...(spec.shareWithinFirst
            ? [ratio(group.measures.collections, firstTotals.get(group.keys[0]?.key ?? null) ?? 0) ?? "0"]
            : []),
        ]);
      },
    };
  };
}

const WORKFLOW_GROUPS: WorkflowDimension[] = ["LEVEL", "COLLECTION_TYPE"];

/** WORKFLOW_QUALITY: decisions per level and collection type, their rates, mean score and lead times. */
export function workflowQualitySource(input: SourceInput): ReportSource {
  const columns: Column[] = [
    text("Niveau", "Level", 20),
    text("Type de collecte", "Collection type", 20),
    integer("Décisions", "Decisions"),
    integer("Validations", "Approvals"),
    integer("Rejets", "Rejections"),
    integer("Retours pour correction", "Returns"),
    decimalColumn("Taux de validation", "Approval rate"),
    decimalColumn("Taux de rejet", "Rejection rate"),
    decimalColumn("Taux de retour", "Return rate"),
    decimalColumn("Score qualité moyen", "Mean quality score"),
    integer("Délai moyen (s)", "Mean time to decide (s)"),
    integer("Délai médian au plus (s)", "Median time to decide, at most (s)"),
    integer("90e centile au plus (s)", "90th percentile, at most (s)"),
  ];
  const { from, to, teamIds, regionIds, collectionTypes } = statisticsFilterOf(input.filter);
  let result: Awaited<ReturnType<typeof workflowStatistics>> | undefined;
  const load = async () =>
    (result ??= await workflowStatistics(readerOf(input), {
      filter: { from, to, teamIds, regionIds, collectionTypes },
      groupBy: WORKFLOW_GROUPS,
    }));
  const label = (value: { key: string | null; labelFr: string | null; labelEn: string | null } | undefined) =>
    value?.key == null ? null : ((input.labels.language === "fr" ? value.labelFr : value.labelEn) ?? value.key);
  return {
    columns,
    count: async () => (await load()).groups.length,
    async *pages() {
      const { groups } = await load();
      yield groups.map((group): Cell[] => {
        const m = group.measures;
        return [
          label(group.keys[0]),
          label(group.keys[1]),
          m.decisions,
          m.approvals,
          m.rejections,
          m.returns,
          m.approvalRate,
          m.rejectionRate,
          m.returnRate,
          m.meanQualityScore,
          m.meanSecondsToDecide === null ? null : Number(decimal(m.meanSecondsToDecide)),
          m.medianSecondsToDecideAtMost,
          m.p90SecondsToDecideAtMost,
        ];
      });
    },
  };
}
