import { Prisma } from "#shared/db/client.js";
import { badUserInput } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import { corridorDistances, referenceRate } from "../../clients/statistics-support.js";
import {
  basisCondition,
  chooseRollup,
  filterConditions,
  parseFilter,
  parseGroupBy,
  usesProducts,
  type Basis,
  type Dimension,
} from "./filters.js";
import { foldGroups, groupExpressions } from "./groups.js";
import { aggregate, decimal, ratio, text, type AggregateRow, type TimeBucket } from "./query.js";
import { withServices } from "./services.js";

const ROAD_DIMENSIONS: Dimension[] = [
  "CORRIDOR",
  "CONTROL_SERVICE",
  "COLLECTION_POINT",
  "ORIGIN_COUNTRY",
  "DESTINATION_COUNTRY",
  "DIRECTION",
  "TRANSPORT_MODE",
  "COLLECTION_TYPE",
  "CONTEXT",
  "GENDER",
  "TEAM",
  "REGION",
  "COLLECTOR",
];

interface RoadSums {
  trips: number;
  tripsWithControls: number;
  controls: number;
  fees: Prisma.Decimal;
  illegalPayments: number;
  illegalFees: Prisma.Decimal;
  minutes: Prisma.Decimal;
}

const emptyRoad = (): RoadSums => ({
  trips: 0,
  tripsWithControls: 0,
  controls: 0,
  fees: decimal(0),
  illegalPayments: 0,
  illegalFees: decimal(0),
  minutes: decimal(0),
});

/** From the flow rollup: trips and their controls. */
function addFlow(sums: RoadSums, row: AggregateRow) {
  sums.trips += Number(row.collections);
  sums.tripsWithControls += Number(row.controlled_collections);
  addControls(sums, row);
}

/** From the control rollup: one control service's controls (`collections` = trips it controlled). */
function addControlService(sums: RoadSums, row: AggregateRow) {
  sums.tripsWithControls += Number(row.collections);
  addControls(sums, row);
}

function addControls(sums: RoadSums, row: AggregateRow) {
  sums.controls += Number(row.controls);
  sums.fees = sums.fees.plus(decimal(row.fees_paid_reference));
  sums.illegalPayments += Number(row.illegal_payments);
  sums.illegalFees = sums.illegalFees.plus(decimal(row.illegal_fees_reference));
  sums.minutes = sums.minutes.plus(decimal(row.control_minutes));
}

const FLOW_SUMS = [
  "collections",
  "controlled_collections",
  "controls",
  "fees_paid_reference",
  "illegal_payments",
  "illegal_fees_reference",
  "control_minutes",
];
const CONTROL_SUMS = [
  "collections",
  "controls",
  "fees_paid_reference",
  "illegal_payments",
  "illegal_fees_reference",
  "control_minutes",
];

function measures(sums: RoadSums, distanceKm: string | null) {
  const perTrip = (value: Prisma.Decimal | number) => ratio(value, sums.trips, 2);
  const per100Km = (value: Prisma.Decimal | number) => {
    if (!distanceKm || decimal(distanceKm).isZero() || sums.trips === 0) return null;
    return ratio(decimal(value.toString()).div(sums.trips).mul(100), decimal(distanceKm), 2);
  };
  return {
    trips: sums.trips,
    tripsWithControls: sums.tripsWithControls,
    controls: sums.controls,
    controlsPerTrip: perTrip(sums.controls),
    feesPaid: text(sums.fees),
    feesPaidPerTrip: perTrip(sums.fees),
    illegalPayments: sums.illegalPayments,
    illegalFees: text(sums.illegalFees),
    illegalFeesPerTrip: perTrip(sums.illegalFees),
    timeLostMinutes: text(sums.minutes),
    timeLostMinutesPerTrip: perTrip(sums.minutes),
    distanceKm,
    controlsPer100Km: per100Km(sums.controls),
    feesPaidPer100Km: per100Km(sums.fees),
    illegalFeesPer100Km: per100Km(sums.illegalFees),
  };
}

/**
 * Road governance per corridor, control service or any collection dimension. Per-trip figures divide
 * by every trip of the group — grouped by control service, by the trips of the other dimensions, so
 * that "controls per trip" reads "police controls per trip on this corridor".
 */
export async function roadGovernance(
  context: Context,
  args: {
    filter?: unknown;
    basis?: Basis | null;
    groupBy?: readonly Dimension[] | null;
    timeBucket?: TimeBucket | null;
  },
) {
  const filter = parseFilter(args.filter);
  const groupBy = parseGroupBy(args.groupBy, ROAD_DIMENSIONS);
  if (usesProducts(filter, groupBy))
    throw badUserInput("Controls are per trip, not per product: product filters do not apply", "filter");
  const conditions = [basisCondition(context, args.basis), ...filterConditions(filter, null)];
  const byService = groupBy.includes("CONTROL_SERVICE");
  const tripDimensions = groupBy.filter((dimension) => dimension !== "CONTROL_SERVICE");
  const flow = chooseRollup("flow", context, filter, tripDimensions, args.timeBucket, conditions);

  const [tripRows, totalRows, serviceRows, rate] = await Promise.all([
    aggregate(context.db, {
      table: flow.table,
      groups: groupExpressions(tripDimensions, args.timeBucket),
      sums: FLOW_SUMS,
      where: flow.conditions,
    }),
    aggregate(context.db, { table: flow.table, groups: {}, sums: FLOW_SUMS, where: flow.conditions }),
    byService
      ? aggregate(context.db, {
          table: chooseRollup("control", context, filter, groupBy, args.timeBucket, conditions).table,
          groups: groupExpressions(groupBy, args.timeBucket),
          sums: CONTROL_SUMS,
          where: flow.conditions,
        })
      : Promise.resolve([]),
    withServices(context, () => referenceRate(context.nats, null, new Date().toISOString().slice(0, 10))),
  ]);

  const tripGroups = foldGroups(tripRows, tripDimensions, args.timeBucket, null, emptyRoad, addFlow);
  let groups = tripGroups;
  if (byService) {
    // Each service's controls, over the trips of the same period and other dimensions.
    const tripsOf = new Map(
      tripGroups.map((group) => [
        JSON.stringify([group.period?.start ?? null, group.keys.map((k) => k.key)]),
        group.measures.trips,
      ]),
    );
    groups = foldGroups(serviceRows, groupBy, args.timeBucket, null, emptyRoad, addControlService);
    for (const group of groups) {
      const others = group.keys.filter((key) => key.dimension !== "CONTROL_SERVICE").map((key) => key.key);
      group.measures.trips = tripsOf.get(JSON.stringify([group.period?.start ?? null, others])) ?? 0;
    }
  }

  const corridorIndex = groupBy.indexOf("CORRIDOR");
  const corridorIds =
    corridorIndex < 0
      ? []
      : [...new Set(groups.map((g) => g.keys[corridorIndex]!.key).filter((key): key is string => key !== null))];
  const distances = corridorIds.length
    ? await withServices(context, () => corridorDistances(context.nats, corridorIds.map(Number)))
    : new Map();
  const totals = emptyRoad();
  for (const row of totalRows) addFlow(totals, row);
  return {
    basis: args.basis ?? "VALIDATED",
    groupBy,
    timeBucket: args.timeBucket ?? null,
    referenceCurrency: rate.reference,
    totals: measures(totals, null),
    groups: groups.map((group) => {
      const corridor = corridorIndex < 0 ? null : group.keys[corridorIndex]!.key;
      return {
        period: group.period,
        keys: group.keys,
        measures: measures(group.measures, corridor ? (distances.get(Number(corridor)) ?? null) : null),
      };
    }),
  };
}
