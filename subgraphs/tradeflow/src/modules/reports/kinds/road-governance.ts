import { Prisma } from "#shared/db/client.js";
import { collectionConditions } from "../report-filter.js";
import { CONTROL_DURATION_MINUTES } from "../../statistics/rollups.js";
import type { ReportSource, SourceInput } from "./source.js";
import type { Cell, Column } from "../writers.js";

/**
 * ROAD_GOVERNANCE_BY_CORRIDOR, computed from the raw rows (collections and their controls) as UEMOA's
 * road-governance observatory reports it: per corridor and currency (fees are never summed across
 * currencies), trips, controls, official fees and illegal payments, per trip and per 100 km of the
 * corridor, and the time lost at controls. The database aggregates: one row per group reaches the worker.
 *
 * Time lost is estimated from the duration bucket each control records (its midpoint; the lower bound
 * for "over 24 h", as the statistics count it), so it is a floor rather than a measurement.
 */
// The statistics' estimate of each duration bucket, so the report and `roadGovernance` agree.
const MINUTES_OF_BUCKET = Prisma.sql`CASE k.duration ${Prisma.join(
  Object.entries(CONTROL_DURATION_MINUTES).map(
    ([bucket, minutes]) => Prisma.sql`WHEN ${bucket} THEN CAST(${minutes} AS DECIMAL(10, 1))`,
  ),
  " ",
)} ELSE 0 END`;

const COLUMNS: Column[] = [
  { fr: "Corridor", en: "Corridor", type: "text", width: 28 },
  { fr: "Devise", en: "Currency", type: "text" },
  { fr: "Distance (km)", en: "Distance (km)", type: "decimal" },
  { fr: "Voyages", en: "Trips", type: "integer" },
  { fr: "Contrôles", en: "Controls", type: "integer" },
  { fr: "Contrôles par voyage", en: "Controls per trip", type: "decimal" },
  { fr: "Contrôles aux 100 km", en: "Controls per 100 km", type: "decimal" },
  { fr: "Frais officiels", en: "Official fees", type: "decimal" },
  { fr: "Frais officiels par voyage", en: "Official fees per trip", type: "decimal" },
  { fr: "Frais officiels aux 100 km", en: "Official fees per 100 km", type: "decimal" },
  { fr: "Paiements illicites", en: "Illegal payments", type: "decimal" },
  { fr: "Paiements illicites par voyage", en: "Illegal payments per trip", type: "decimal" },
  { fr: "Paiements illicites aux 100 km", en: "Illegal payments per 100 km", type: "decimal" },
  { fr: "Temps perdu (min, estimé)", en: "Time lost (min, estimated)", type: "decimal" },
  { fr: "Temps perdu par voyage (min)", en: "Time lost per trip (min)", type: "decimal" },
];

interface GroupRow {
  corridor_id: number;
  currency_code: string;
  trips: bigint;
  controls: bigint;
  fees: Prisma.Decimal | null;
  illegal: Prisma.Decimal | null;
  minutes: Prisma.Decimal | null;
}

const decimal = (value: Prisma.Decimal | string | number) => new Prisma.Decimal(value);
const round2 = (value: Prisma.Decimal) => value.toDecimalPlaces(2).toFixed(2);

export function roadGovernanceSource({ db, filter, scope, labels }: SourceInput): ReportSource {
  const where = collectionConditions(filter, scope, "collections");
  let groups: GroupRow[] | undefined;
  const load = async () =>
    (groups ??= await db.$queryRaw<GroupRow[]>`
      SELECT c.corridor_id, c.currency_code, COUNT(DISTINCT c.id) AS trips, COUNT(k.id) AS controls,
             SUM(k.fees_paid) AS fees, SUM(k.illegal_fees) AS illegal, SUM(${MINUTES_OF_BUCKET}) AS minutes
      FROM tradeflow_collection c LEFT JOIN tradeflow_collection_control k ON k.collection_id = c.id
      WHERE ${where} AND c.corridor_id IS NOT NULL
      GROUP BY c.corridor_id, c.currency_code
      ORDER BY c.corridor_id, c.currency_code`);
  return {
    columns: COLUMNS,
    count: async () => (await load()).length,
    async *pages() {
      const rows = await load();
      await labels.load({ corridors: rows.map((row) => row.corridor_id) });
      yield rows.map((row): Cell[] => {
        const trips = decimal(row.trips.toString());
        const controls = decimal(row.controls.toString());
        const fees = row.fees ?? decimal(0);
        const illegal = row.illegal ?? decimal(0);
        const minutes = row.minutes ?? decimal(0);
        const distance = labels.get("corridors", row.corridor_id)?.distanceKm;
        const perTrip = (amount: Prisma.Decimal) => round2(amount.div(trips));
        const per100Km = (amount: Prisma.Decimal) =>
          distance && decimal(distance).greaterThan(0) ? round2(amount.div(trips).div(distance).mul(100)) : null;
        return [
          labels.name("corridors", row.corridor_id),
          row.currency_code,
          distance ?? null,
          Number(row.trips),
          Number(row.controls),
          perTrip(controls),
          per100Km(controls),
          round2(fees),
          perTrip(fees),
          per100Km(fees),
          round2(illegal),
          perTrip(illegal),
          per100Km(illegal),
          minutes.toFixed(1),
          perTrip(minutes),
        ];
      });
    },
  };
}
