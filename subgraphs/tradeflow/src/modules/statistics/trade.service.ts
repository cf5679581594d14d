import { Prisma } from "#shared/db/client.js";
import { badUserInput } from "#shared/graphql/errors.js";
import { productClasses, referenceRate, type ProductClasses } from "../../clients/statistics-support.js";
import {
  basisCondition,
  chooseRollup,
  filterConditions,
  needsProductClasses,
  parseFilter,
  parseGroupBy,
  usesProducts,
  type Basis,
  type Dimension,
  type StatisticsFilter,
} from "./filters.js";
import { foldGroups, groupExpressions } from "./groups.js";
import { aggregate, decimal, ratio, text, type AggregateRow, type TimeBucket } from "./query.js";
import { withServices, type StatisticsContext } from "./services.js";

export const TRADE_DIMENSIONS: Dimension[] = [
  "COLLECTION_POINT",
  "CORRIDOR",
  "ORIGIN_COUNTRY",
  "DESTINATION_COUNTRY",
  "DIRECTION",
  "PRODUCT",
  "PRODUCT_CATEGORY",
  "ANIMAL_SPECIES",
  "TRANSPORT_MODE",
  "COLLECTION_TYPE",
  "CONTEXT",
  "GENDER",
  "TEAM",
  "REGION",
  "COLLECTOR",
  "CURRENCY",
];

const TRADE_SUMS = [
  "collections",
  "items",
  "weight_kg",
  "heads",
  "declared_value",
  "value_reference",
  "unconverted_collections",
];

interface TradeSums {
  collections: number;
  items: number;
  weightKg: Prisma.Decimal;
  heads: number;
  declared: Map<string, Prisma.Decimal>;
  valueReference: Prisma.Decimal;
  unconverted: number;
}

const emptyTrade = (): TradeSums => ({
  collections: 0,
  items: 0,
  weightKg: decimal(0),
  heads: 0,
  declared: new Map(),
  valueReference: decimal(0),
  unconverted: 0,
});

function addTrade(sums: TradeSums, row: AggregateRow) {
  sums.collections += Number(row.collections);
  sums.items += Number(row.items);
  sums.weightKg = sums.weightKg.plus(decimal(row.weight_kg));
  sums.heads += Number(row.heads);
  const currency = row.currency!;
  sums.declared.set(currency, (sums.declared.get(currency) ?? decimal(0)).plus(decimal(row.declared_value)));
  sums.valueReference = sums.valueReference.plus(decimal(row.value_reference));
  sums.unconverted += Number(row.unconverted_collections);
}

/**
 * The measures of one group. The exact decimal ones are getters, worked out only when the operation
 * selects them: on a month × product answer (288 groups) the unselected divisions and conversions
 * were a fifth of the subgraph's CPU.
 */
function tradeMeasures(sums: TradeSums, rate: string) {
  return {
    collections: sums.collections,
    items: sums.items,
    get weightKg() {
      return text(sums.weightKg);
    },
    get weightTonnes() {
      return text(sums.weightKg.div(1000));
    },
    headCount: sums.heads,
    get declaredValues() {
      return [...sums.declared.entries()]
        .filter(([, amount]) => !amount.isZero())
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, amount]) => ({ currency, amount: text(amount) }));
    },
    get valueReference() {
      return text(sums.valueReference);
    },
    get value() {
      return text(sums.valueReference.mul(rate).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP));
    },
    collectionsWithoutReferenceValue: sums.unconverted,
  };
}

export interface TradeArgs {
  filter?: unknown;
  basis?: Basis | null;
  groupBy?: readonly Dimension[] | null;
  timeBucket?: TimeBucket | null;
  currency?: string | null;
}

/** The rollup, conditions and product classes a flow or product query needs. */
export async function prepareFlowQuery(
  context: StatisticsContext,
  filter: StatisticsFilter,
  groupBy: Dimension[],
  timeBucket: TimeBucket | null | undefined,
  basis: Basis | null | undefined,
) {
  const classes: ProductClasses | null = needsProductClasses(filter, groupBy)
    ? await withServices(context, () => productClasses(context.nats))
    : null;
  const kind = usesProducts(filter, groupBy) ? "product" : "flow";
  const conditions = [basisCondition(context, basis), ...filterConditions(filter, classes)];
  return { classes, ...chooseRollup(kind, context, filter, groupBy, timeBucket, conditions) };
}

export async function tradeStatistics(context: StatisticsContext, args: TradeArgs) {
  const filter = parseFilter(args.filter);
  const groupBy = parseGroupBy(args.groupBy, TRADE_DIMENSIONS);
  const currency = args.currency?.trim().toUpperCase() || null;
  if (currency && !/^[A-Z]{3}$/.test(currency))
    throw badUserInput("currency must be an ISO 4217 code such as XOF", "currency");
  const { classes, table, conditions } = await prepareFlowQuery(context, filter, groupBy, args.timeBucket, args.basis);
  const rateDay = filter.to ?? new Date().toISOString().slice(0, 10);
  const [rows, rate] = await Promise.all([
    aggregate(context.db, {
      table,
      groups: groupExpressions(groupBy, args.timeBucket, { currency: "currency_code" }),
      sums: TRADE_SUMS,
      where: conditions,
    }),
    withServices(context, () => referenceRate(context.nats, currency, rateDay)),
  ]);
  const factor = rate.rate;
  if (factor === null)
    throw badUserInput(`No exchange rate from ${rate.reference} to ${currency} on or before ${rateDay}`, "currency");
  const groups = foldGroups(rows, groupBy, args.timeBucket, classes, emptyTrade, addTrade);
  const totals = emptyTrade();
  for (const row of rows) addTrade(totals, row);
  return {
    basis: args.basis ?? "VALIDATED",
    groupBy,
    timeBucket: args.timeBucket ?? null,
    referenceCurrency: rate.reference,
    currency: rate.currency,
    exchangeRate: text(decimal(factor)),
    rateDate: rate.rateDate,
    totals: tradeMeasures(totals, factor),
    groups: groups.map((group) => ({
      period: group.period,
      keys: group.keys,
      measures: tradeMeasures(group.measures, factor),
      // Shares too are worked out only when selected (three exact divisions per group).
      get shareOfCollections() {
        return ratio(group.measures.collections, totals.collections) ?? "0";
      },
      get shareOfWeight() {
        return ratio(group.measures.weightKg, totals.weightKg) ?? "0";
      },
      get shareOfValue() {
        return ratio(group.measures.valueReference, totals.valueReference) ?? "0";
      },
    })),
  };
}

const COMPLIANCE_SUMS = [
  "collections",
  "knows_community_yes",
  "knows_community_answered",
  "knows_national_yes",
  "knows_national_answered",
  "driver_licence_yes",
  "driver_licence_answered",
  "vehicle_documents_yes",
  "vehicle_documents_answered",
  "with_control_posts",
  "with_illegal_fees",
  "vehicle_inspection_yes",
  "vehicle_inspection_answered",
  "registration_card_yes",
  "registration_card_answered",
  "vehicle_insurance_yes",
  "vehicle_insurance_answered",
  "other_documents_yes",
  "other_documents_answered",
];

const rate = (count: number, answered: number) => ({ count, answered, rate: ratio(count, answered) });

/**
 * The dashboard's compliance panel over a scope and period (the real app computed it client-side on a
 * sample of 50). Control posts and illegal fees count every collection as answered: a collection with
 * neither a header flag nor a control recorded met none.
 */
export async function complianceRates(context: StatisticsContext, args: { filter?: unknown; basis?: Basis | null }) {
  const filter = parseFilter(args.filter);
  if (usesProducts(filter, []))
    throw badUserInput("Compliance rates are per collection: product filters do not apply", "filter");
  const { table, conditions } = await prepareFlowQuery(context, filter, [], null, args.basis);
  const [row] = await aggregate(context.db, { table, groups: {}, sums: COMPLIANCE_SUMS, where: conditions });
  const n = (name: string) => Number(row?.[name] ?? 0);
  const collections = n("collections");
  return {
    collections,
    withControlPosts: rate(n("with_control_posts"), collections),
    withIllegalFees: rate(n("with_illegal_fees"), collections),
    knowsCommunityRules: rate(n("knows_community_yes"), n("knows_community_answered")),
    knowsNationalRules: rate(n("knows_national_yes"), n("knows_national_answered")),
    driverLicenceUpToDate: rate(n("driver_licence_yes"), n("driver_licence_answered")),
    vehicleDocumentsUpToDate: rate(n("vehicle_documents_yes"), n("vehicle_documents_answered")),
    vehicleInspectionUpToDate: rate(n("vehicle_inspection_yes"), n("vehicle_inspection_answered")),
    registrationCardUpToDate: rate(n("registration_card_yes"), n("registration_card_answered")),
    vehicleInsuranceUpToDate: rate(n("vehicle_insurance_yes"), n("vehicle_insurance_answered")),
    otherDocumentsUpToDate: rate(n("other_documents_yes"), n("other_documents_answered")),
  };
}
