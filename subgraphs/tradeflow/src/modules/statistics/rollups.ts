import { Prisma, type PrismaClient, type Tx } from "#shared/db/client.js";

/**
 * The statistics rollups: what each collection contributes, and how those contributions are summed.
 *
 * Each *part* table holds every collection's current contribution (one or more rows per collection,
 * computed by one SQL statement from its raw rows), and each *rollup* table their sum per combination
 * of its dimensions. A collection's contribution is *replaced* — its old part rows are subtracted from
 * the rollups, new ones computed from the current rows and added — so applying it once or ten times,
 * in any order, gives the same result, and the rollups always equal a recomputation from the raw rows
 * (`npm run stats:rebuild -- --check`). Statistics queries read the rollups only: their cost grows with
 * the number of rollup rows matched, not with the number of collections.
 *
 * Days are UTC: the reference time zone is Africa/Abidjan (UTC+0, no daylight saving), where West
 * African field teams' dates and UTC dates coincide.
 *
 * Why hand-written SQL: Prisma has no INSERT … SELECT … ON DUPLICATE KEY UPDATE, and doing the sums in
 * JavaScript would read every contribution row back. Table and column names below are constants.
 */

/** The collection's own dimensions, shared by the flow, product and control parts. */
const COLLECTION_DIMENSIONS = [
  "day",
  "status",
  "level",
  "collection_type",
  "context",
  "direction",
  "collection_point_id",
  "corridor_id",
  "origin_country_id",
  "destination_country_id",
  "transport_mode_id",
  "gender",
  "team_id",
  "region_id",
  "collector_id",
  "currency_code",
] as const;

/** Only collections in the workflow count; drafts never do, nor a collection back with its agent for correction. */
const COUNTED_STATUSES = "('SUBMITTED', 'VALIDATED', 'REJECTED')";

/** Minutes lost per control duration bucket: the bucket's middle, 24 h for "over 24 h" (a lower bound). */
export const CONTROL_DURATION_MINUTES: Record<string, string> = {
  UNDER_5_MIN: "2.5",
  FROM_5_TO_15_MIN: "10",
  FROM_15_TO_30_MIN: "22.5",
  FROM_30_TO_60_MIN: "45",
  FROM_1_TO_3_H: "120",
  FROM_3_TO_24_H: "810",
  OVER_24_H: "1440",
};

/**
 * Upper bounds (seconds) of the histogram of time taken per workflow step: medians and 90th
 * percentiles are read from it, to the bucket (a percentile cannot be summed; a histogram can).
 */
export const DURATION_BUCKETS_SECONDS = [
  60, 300, 900, 1_800, 3_600, 7_200, 14_400, 28_800, 43_200, 86_400, 172_800, 259_200, 432_000, 604_800, 1_209_600,
  2_592_000,
] as const;

const minutesOf = (column: string) =>
  `CASE ${column} ${Object.entries(CONTROL_DURATION_MINUTES)
    .map(([bucket, minutes]) => `WHEN '${bucket}' THEN ${minutes}`)
    .join(" ")} ELSE 0 END`;

const durationBucketOf = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN -1 ${DURATION_BUCKETS_SECONDS.map(
    (bound, index) => `WHEN ${column} <= ${bound} THEN ${index}`,
  ).join(" ")} ELSE ${DURATION_BUCKETS_SECONDS.length} END`;

/** Money in the collection's currency → the reference currency, at the rate its value was converted with. */
const REFERENCE_RATIO = `(CASE WHEN c.currency_code = COALESCE(c.reference_currency, c.currency_code) THEN 1
  WHEN c.total_value > 0 AND c.total_value_reference IS NOT NULL THEN c.total_value_reference / c.total_value END)`;

/** The trader's gender as the clients send it ("F", "FEMALE", …) → FEMALE, MALE, OTHER or UNKNOWN. */
const GENDER = `(CASE WHEN c.operator_gender IS NULL OR c.operator_gender = '' THEN 'UNKNOWN'
  WHEN UPPER(c.operator_gender) IN ('F', 'FEMALE', 'FEMME') THEN 'FEMALE'
  WHEN UPPER(c.operator_gender) IN ('M', 'MALE', 'HOMME') THEN 'MALE' ELSE 'OTHER' END)`;

/** Pending: the level waiting; rejected: the level that rejected it; validated: 0. */
const LEVEL = `(CASE c.status WHEN 'SUBMITTED' THEN COALESCE(c.pending_level, 0)
  WHEN 'REJECTED' THEN COALESCE((SELECT v.level FROM tradeflow_collection_validation v
    WHERE v.collection_id = c.id AND v.action = 'REJECT' ORDER BY v.id DESC LIMIT 1), 0) ELSE 0 END)`;

const COLLECTION_DIMENSION_SQL = `DATE(c.collected_at) AS day, c.status AS status, ${LEVEL} AS level,
  c.type AS collection_type, COALESCE(c.context, '') AS context, COALESCE(c.direction, '') AS direction,
  COALESCE(c.collection_point_id, 0) AS collection_point_id, COALESCE(c.corridor_id, 0) AS corridor_id,
  COALESCE(c.origin_country_id, 0) AS origin_country_id,
  COALESCE(c.destination_country_id, 0) AS destination_country_id,
  COALESCE(c.transport_mode_id, 0) AS transport_mode_id, ${GENDER} AS gender, COALESCE(c.team_id, 0) AS team_id,
  COALESCE(c.region_id, 0) AS region_id, c.collector_id AS collector_id, c.currency_code AS currency_code`;

/**
 * A collection id as bytes, for grouping and joining a whole table's rows by collection: ids are ASCII
 * UUIDs, and comparing them under the tables' utf8mb4_unicode_ci collation made a full rebuild's
 * GROUP BY collection_id six times slower (1.8 M items: 11 s → 1.8 s).
 */
const BINARY_ID = "CAST(collection_id AS BINARY)";

const yesOf = (column: string) => `IF(c.${column}, 1, 0)`;
const answeredOf = (column: string) => `IF(c.${column} IS NULL, 0, 1)`;

/** Restricts a contribution to some collections (their ids), or (null) takes them all. */
type Only = readonly string[] | null;
const onlyCollection = (only: Only, column: string) =>
  only === null
    ? { sql: "TRUE", params: [] }
    : { sql: `${column} IN (${only.map(() => "?").join(", ")})`, params: [...only] };

interface Measure {
  name: string;
  /** How part rows of one collection combine: summed, or (MAX) counted once per part row. */
  aggregate: "SUM" | "MAX";
}

const sum = (...names: string[]): Measure[] => names.map((name) => ({ name, aggregate: "SUM" }));

export interface RollupDefinition {
  table: string;
  dimensions: readonly string[];
  /** Month rollups hold the first day of the month in `day`. */
  grain: "day" | "month";
}

export interface PartDefinition {
  name: "flow" | "product" | "control" | "decision";
  table: string;
  dimensions: readonly string[];
  measures: Measure[];
  /** The measure that is 0 exactly when a rollup row no longer holds anything. */
  count: string;
  /** The contribution at its natural grain: collection_id, the dimensions, the measures. */
  contribution(only: Only): { sql: string; params: unknown[] };
  rollups: RollupDefinition[];
}

const withoutCollector = (dimensions: readonly string[]) => dimensions.filter((name) => name !== "collector_id");

/**
 * What every narrow rollup keeps: the month, the workflow state (basis, pending levels), the collection
 * type, the row scope's team and region, and the currency money is summed in.
 */
const NARROW_BASE = ["day", "status", "level", "collection_type", "team_id", "region_id", "currency_code"];

/**
 * A per-month rollup over the base and a few dimensions: the table a typical question reads, whose size
 * follows its groups (months × states × teams × the dimensions' values) rather than the collections.
 */
const narrow = (table: string, ...dimensions: string[]): RollupDefinition => ({
  table,
  dimensions: [...NARROW_BASE, ...dimensions],
  grain: "month",
});

/** The driver's documents the collection form asks about one by one: measure prefix → collection column. */
const DRIVER_DOCUMENTS = [
  ["vehicle_inspection", "driver_vehicle_inspection_up_to_date"],
  ["registration_card", "driver_registration_card_up_to_date"],
  ["vehicle_insurance", "driver_insurance_up_to_date"],
  ["other_documents", "driver_other_documents_up_to_date"],
] as const;

const FLOW_MEASURES = sum(
  "collections",
  "items",
  "weight_kg",
  "heads",
  "declared_value",
  "value_reference",
  "unconverted_collections",
  "controls",
  "controlled_collections",
  "fees_paid_reference",
  "illegal_fees_reference",
  "illegal_payments",
  "collections_with_illegal_fees",
  "control_minutes",
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
  ...DRIVER_DOCUMENTS.flatMap(([name]) => [`${name}_yes`, `${name}_answered`]),
);

const flow: PartDefinition = {
  name: "flow",
  table: "tradeflow_stats_flow_part",
  dimensions: COLLECTION_DIMENSIONS,
  measures: FLOW_MEASURES,
  count: "collections",
  contribution(only) {
    const c = onlyCollection(only, "c.id");
    const items = onlyCollection(only, "collection_id");
    const controls = onlyCollection(only, "collection_id");
    return {
      sql: `SELECT c.id AS collection_id, ${COLLECTION_DIMENSION_SQL},
        1 AS collections, COALESCE(i.items, 0) AS items, COALESCE(c.total_weight_kg, 0) AS weight_kg,
        COALESCE(i.heads, 0) AS heads, COALESCE(c.total_value, 0) AS declared_value,
        COALESCE(c.total_value_reference, 0) AS value_reference,
        IF(c.total_value IS NOT NULL AND c.total_value_reference IS NULL, 1, 0) AS unconverted_collections,
        COALESCE(k.controls, 0) AS controls, IF(COALESCE(k.controls, 0) > 0, 1, 0) AS controlled_collections,
        COALESCE(ROUND(k.fees_paid * ${REFERENCE_RATIO}, 2), 0) AS fees_paid_reference,
        COALESCE(ROUND(k.illegal_fees * ${REFERENCE_RATIO}, 2), 0) AS illegal_fees_reference,
        COALESCE(k.illegal_payments, 0) AS illegal_payments,
        IF(COALESCE(k.illegal_payments, 0) > 0, 1, 0) AS collections_with_illegal_fees,
        COALESCE(k.control_minutes, 0) AS control_minutes,
        ${yesOf("knows_community_rules")} AS knows_community_yes,
        ${answeredOf("knows_community_rules")} AS knows_community_answered,
        ${yesOf("knows_national_rules")} AS knows_national_yes,
        ${answeredOf("knows_national_rules")} AS knows_national_answered,
        ${yesOf("driver_has_licence")} AS driver_licence_yes,
        ${answeredOf("driver_has_licence")} AS driver_licence_answered,
        ${yesOf("driver_has_vehicle_documents")} AS vehicle_documents_yes,
        ${answeredOf("driver_has_vehicle_documents")} AS vehicle_documents_answered,
        IF(c.has_control_posts OR COALESCE(c.control_posts_count, 0) > 0 OR COALESCE(k.controls, 0) > 0, 1, 0)
          AS with_control_posts,
        IF(c.illegal_fees_paid OR COALESCE(c.illegal_fees_amount, 0) > 0 OR COALESCE(k.illegal_flags, 0) > 0, 1, 0)
          AS with_illegal_fees,
        ${DRIVER_DOCUMENTS.map(
          ([name, column]) => `${yesOf(column)} AS ${name}_yes, ${answeredOf(column)} AS ${name}_answered`,
        ).join(", ")}
      FROM tradeflow_collection c
      LEFT JOIN (SELECT ${BINARY_ID} AS collection_key, COUNT(*) AS items, SUM(COALESCE(animal_count, 0)) AS heads
        FROM tradeflow_collection_item WHERE ${items.sql} GROUP BY collection_key) i
        ON i.collection_key = CAST(c.id AS BINARY)
      LEFT JOIN (SELECT ${BINARY_ID} AS collection_key, COUNT(*) AS controls, SUM(fees_paid) AS fees_paid,
          SUM(illegal_fees) AS illegal_fees,
          SUM(IF(illegal_fees > 0, 1, 0)) AS illegal_payments, SUM(${minutesOf("duration")}) AS control_minutes,
          SUM(IF(illegal_fees > 0 OR illegal_fees_paid, 1, 0)) AS illegal_flags
        FROM tradeflow_collection_control WHERE ${controls.sql} GROUP BY collection_key) k
        ON k.collection_key = CAST(c.id AS BINARY)
      WHERE c.status IN ${COUNTED_STATUSES} AND ${c.sql}`,
      params: [...items.params, ...controls.params, ...c.params],
    };
  },
  rollups: [
    { table: "tradeflow_stats_flow_day", dimensions: COLLECTION_DIMENSIONS, grain: "day" },
    { table: "tradeflow_stats_flow_month", dimensions: withoutCollector(COLLECTION_DIMENSIONS), grain: "month" },
    narrow("tradeflow_stats_flow_month_route", "direction", "corridor_id"),
    narrow("tradeflow_stats_flow_month_point", "collection_point_id", "gender"),
    narrow("tradeflow_stats_flow_month_mode", "context", "transport_mode_id"),
    narrow("tradeflow_stats_flow_month_countries", "direction", "origin_country_id", "destination_country_id"),
  ],
};

const PRODUCT_DIMENSIONS = [...COLLECTION_DIMENSIONS, "product_id"] as const;

const product: PartDefinition = {
  name: "product",
  table: "tradeflow_stats_product_part",
  dimensions: PRODUCT_DIMENSIONS,
  // A collection carrying a product twice (two batches) counts once for it.
  measures: [
    { name: "collections", aggregate: "MAX" },
    ...sum("items", "weight_kg", "heads", "declared_value", "value_reference"),
    { name: "unconverted_collections", aggregate: "MAX" },
  ],
  count: "collections",
  contribution(only) {
    const c = onlyCollection(only, "c.id");
    return {
      sql: `SELECT c.id AS collection_id, ${COLLECTION_DIMENSION_SQL}, i.product_id AS product_id,
        1 AS collections, 1 AS items, COALESCE(i.total_weight_kg, 0) AS weight_kg, COALESCE(i.animal_count, 0) AS heads,
        COALESCE(i.total_value, 0) AS declared_value,
        COALESCE(ROUND(i.total_value * ${REFERENCE_RATIO}, 2), 0) AS value_reference,
        IF(i.total_value IS NOT NULL AND ${REFERENCE_RATIO} IS NULL, 1, 0) AS unconverted_collections
      FROM tradeflow_collection c JOIN tradeflow_collection_item i ON i.collection_id = c.id
      WHERE c.status IN ${COUNTED_STATUSES} AND ${c.sql}`,
      params: c.params,
    };
  },
  rollups: [
    { table: "tradeflow_stats_product_day", dimensions: PRODUCT_DIMENSIONS, grain: "day" },
    { table: "tradeflow_stats_product_month", dimensions: withoutCollector(PRODUCT_DIMENSIONS), grain: "month" },
    narrow("tradeflow_stats_product_month_product", "product_id"),
  ],
};

const CONTROL_DIMENSIONS = [...COLLECTION_DIMENSIONS, "control_service_id"] as const;

const control: PartDefinition = {
  name: "control",
  table: "tradeflow_stats_control_part",
  dimensions: CONTROL_DIMENSIONS,
  measures: [
    { name: "collections", aggregate: "MAX" },
    ...sum("controls", "fees_paid_reference", "illegal_fees_reference", "illegal_payments", "control_minutes"),
  ],
  count: "collections",
  contribution(only) {
    const c = onlyCollection(only, "c.id");
    return {
      sql: `SELECT c.id AS collection_id, ${COLLECTION_DIMENSION_SQL},
        COALESCE(k.control_service_id, 0) AS control_service_id, 1 AS collections, 1 AS controls,
        COALESCE(ROUND(k.fees_paid * ${REFERENCE_RATIO}, 2), 0) AS fees_paid_reference,
        COALESCE(ROUND(k.illegal_fees * ${REFERENCE_RATIO}, 2), 0) AS illegal_fees_reference,
        IF(k.illegal_fees > 0, 1, 0) AS illegal_payments, ${minutesOf("k.duration")} AS control_minutes
      FROM tradeflow_collection c JOIN tradeflow_collection_control k ON k.collection_id = c.id
      WHERE c.status IN ${COUNTED_STATUSES} AND ${c.sql}`,
      params: c.params,
    };
  },
  rollups: [
    { table: "tradeflow_stats_control_day", dimensions: CONTROL_DIMENSIONS, grain: "day" },
    narrow("tradeflow_stats_control_month_service", "corridor_id", "control_service_id"),
  ],
};

const DECISION_DIMENSIONS = [
  "day",
  "action",
  "level",
  "to_status",
  "actor_id",
  "actor_role",
  "collection_type",
  "team_id",
  "region_id",
  "collector_id",
  "duration_bucket",
] as const;

/**
 * Every step of the workflow (submissions included), by the UTC day it was taken. History is never
 * rewritten, but a collection returned for correction may change type before it comes back: its steps
 * follow its current type once the next step is recorded.
 */
const decision: PartDefinition = {
  name: "decision",
  table: "tradeflow_stats_decision_part",
  dimensions: DECISION_DIMENSIONS,
  measures: sum("decisions", "duration_seconds", "timed_decisions", "score_sum", "scored_decisions"),
  count: "decisions",
  contribution(only) {
    const c = onlyCollection(only, "c.id");
    return {
      sql: `SELECT v.collection_id AS collection_id, DATE(v.created_at) AS day, v.action AS action,
        COALESCE(v.level, 0) AS level, v.to_status AS to_status, v.actor_id AS actor_id, v.actor_role AS actor_role,
        c.type AS collection_type, COALESCE(c.team_id, 0) AS team_id, COALESCE(c.region_id, 0) AS region_id,
        c.collector_id AS collector_id, ${durationBucketOf("v.duration_seconds")} AS duration_bucket,
        1 AS decisions, COALESCE(v.duration_seconds, 0) AS duration_seconds,
        IF(v.duration_seconds IS NULL, 0, 1) AS timed_decisions,
        COALESCE(v.score, 0) AS score_sum, IF(v.score IS NULL, 0, 1) AS scored_decisions
      FROM tradeflow_collection_validation v JOIN tradeflow_collection c ON c.id = v.collection_id
      WHERE ${c.sql}`,
      params: c.params,
    };
  },
  rollups: [
    { table: "tradeflow_stats_decision_day", dimensions: DECISION_DIMENSIONS, grain: "day" },
    {
      table: "tradeflow_stats_decision_month_level",
      dimensions: ["day", "action", "level", "to_status", "collection_type", "team_id", "region_id", "duration_bucket"],
      grain: "month",
    },
  ],
};

export const PARTS: PartDefinition[] = [flow, product, control, decision];

/**
 * The smallest rollup of a part that holds every column a query names (its groups and conditions) at
 * the grain its period needs: narrow rollups first, then the wide per-month one, the per-day one last.
 * A column is named when it appears as a word in one of the query's SQL fragments.
 */
export function smallestRollup(
  name: PartDefinition["name"],
  fragments: readonly string[],
  grain: "day" | "month",
): string {
  const part = PARTS.find((candidate) => candidate.name === name)!;
  const text = fragments.join(" ");
  const named = part.dimensions.filter((column) => column !== "day" && new RegExp(`\\b${column}\\b`).test(text));
  const fits = part.rollups
    .filter((rollup) => grain === "month" || rollup.grain === "day")
    .filter((rollup) => named.every((column) => rollup.dimensions.includes(column)))
    .sort((a, b) => a.dimensions.length - b.dimensions.length);
  return fits[0]!.table;
}

// ── SQL builders ─────────────────────────────────────────────────────────────

const rowKey = (expressions: string[]) => `MD5(CONCAT_WS('|', ${expressions.join(", ")}))`;

function projection(rollup: RollupDefinition): string[] {
  return rollup.dimensions.map((name) =>
    name === "day" && rollup.grain === "month" ? "DATE_FORMAT(day, '%Y-%m-01')" : name,
  );
}

/** The part rows of the matched collections, grouped to one row per collection and dimensions. */
function partRows(part: PartDefinition, only: Only) {
  const inner = part.contribution(only);
  const dimensions = part.dimensions.join(", ");
  const measures = part.measures.map((m) => `${m.aggregate}(${m.name}) AS ${m.name}`).join(", ");
  return {
    sql: `SELECT collection_id, ${rowKey([...part.dimensions])} AS row_key, ${dimensions}, ${measures}
      FROM (${inner.sql}) contribution GROUP BY collection_id, ${dimensions}`,
    params: inner.params,
  };
}

function insertParts(part: PartDefinition, only: Only) {
  const rows = partRows(part, only);
  const columns = ["collection_id", "row_key", ...part.dimensions, ...part.measures.map((m) => m.name)].join(", ");
  return { sql: `INSERT INTO ${part.table} (${columns}) ${rows.sql}`, params: rows.params };
}

/** Adds (sign 1) or subtracts (sign -1) part rows — of one collection, or all — to a rollup. */
function applyToRollup(part: PartDefinition, rollup: RollupDefinition, sign: 1 | -1, only: Only) {
  const expressions = projection(rollup);
  const measures = part.measures.map((m) => m.name);
  const where = onlyCollection(only, "collection_id");
  return {
    sql: `INSERT INTO ${rollup.table} (row_key, ${rollup.dimensions.join(", ")}, ${measures.join(", ")})
      SELECT ${rowKey(expressions)} AS k, ${expressions.join(", ")},
        ${measures.map((m) => `${sign} * SUM(${m})`).join(", ")}
      FROM ${part.table} WHERE ${where.sql} GROUP BY ${expressions.join(", ")} ORDER BY k
      ON DUPLICATE KEY UPDATE ${measures.map((m) => `${m} = ${m} + VALUES(${m})`).join(", ")}`,
    params: where.params,
  };
}

function dropEmptyRows(part: PartDefinition, rollup: RollupDefinition, collectionIds: readonly string[]) {
  const where = onlyCollection(collectionIds, "collection_id");
  return {
    sql: `DELETE FROM ${rollup.table} WHERE ${part.count} = 0 AND row_key IN
      (SELECT ${rowKey(projection(rollup))} FROM ${part.table} WHERE ${where.sql})`,
    params: where.params,
  };
}

type Statement = { sql: string; params: unknown[] };
const run = (db: Tx | PrismaClient, statement: Statement) => db.$executeRawUnsafe(statement.sql, ...statement.params);

// ── maintenance ──────────────────────────────────────────────────────────────

/**
 * Replaces these collections' contributions with what their current rows give, in one transaction: the
 * statements are the same for one collection or a hundred (the consumer refreshes a batch of events at
 * once). Takes the collections' row locks first, in id order, so a concurrent transition or a second
 * consumer waits rather than interleaving, and two batches cannot deadlock on them.
 *
 * READ COMMITTED: under REPEATABLE READ, the INSERT … SELECT statements lock what they read with gap locks
 * on the item and control indexes, and a batch's hundred collections spread those gaps over the whole key
 * space, where the offline sync inserts new rows: syncs of 500 waited on them (0.6 s → 1.5 s). The row
 * locks taken first are what keeps the refresh consistent; every writer of a collection's rows takes its
 * row lock too.
 */
export async function refreshCollections(db: PrismaClient, collectionIds: readonly string[]): Promise<void> {
  const ids = [...new Set(collectionIds)].sort();
  if (ids.length === 0) return;
  const only = onlyCollection(ids, "id");
  await db.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(
        `SELECT id FROM tradeflow_collection WHERE ${only.sql} ORDER BY id FOR UPDATE`,
        ...only.params,
      );
      for (const part of PARTS) {
        for (const rollup of part.rollups) {
          await run(tx, applyToRollup(part, rollup, -1, ids));
          await run(tx, dropEmptyRows(part, rollup, ids));
        }
        const parts = onlyCollection(ids, "collection_id");
        await tx.$executeRawUnsafe(`DELETE FROM ${part.table} WHERE ${parts.sql}`, ...parts.params);
        await run(tx, insertParts(part, ids));
        for (const rollup of part.rollups) await run(tx, applyToRollup(part, rollup, 1, ids));
      }
    },
    { timeout: 30_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}

/** One collection's contribution (`refreshCollections` of one id). */
export const refreshCollection = (db: PrismaClient, collectionId: string) => refreshCollections(db, [collectionId]);

const REBUILD_TMP_TABLE_BYTES = 2 ** 30;

/** Recomputes every part and rollup from the raw rows, in one transaction (`npm run stats:rebuild`). */
export async function rebuildRollups(db: PrismaClient): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      // A full rebuild groups millions of rows: in-memory temporary tables up to 1 GiB for this session
      // (the 16 MiB default spilled them to disk: the flow part of 1 M collections took over ten minutes).
      await tx.$executeRawUnsafe(`SET SESSION tmp_table_size = ${REBUILD_TMP_TABLE_BYTES},
        max_heap_table_size = ${REBUILD_TMP_TABLE_BYTES}`);
      for (const part of PARTS) {
        for (const rollup of part.rollups) await tx.$executeRawUnsafe(`DELETE FROM ${rollup.table}`);
        await tx.$executeRawUnsafe(`DELETE FROM ${part.table}`);
        counts[part.table] = await run(tx, insertParts(part, null));
        for (const rollup of part.rollups) counts[rollup.table] = await run(tx, applyToRollup(part, rollup, 1, null));
      }
      await tx.$executeRawUnsafe("SET SESSION tmp_table_size = DEFAULT, max_heap_table_size = DEFAULT");
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  return counts;
}

/**
 * Differences between each rollup and a recomputation from the raw rows (not from the parts): empty
 * when the incremental maintenance is right. Reads every rollup row: for checks and tests, not queries.
 */
export async function rollupDifferences(db: PrismaClient): Promise<string[]> {
  const differences: string[] = [];
  for (const part of PARTS) {
    for (const rollup of part.rollups) {
      const measures = part.measures.map((m) => m.name);
      const columns = [...rollup.dimensions, ...measures];
      const expressions = projection(rollup);
      const rows = partRows(part, null);
      const expected = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT ${rowKey(expressions)} AS row_key,
          ${expressions.map((e, i) => `${e} AS ${rollup.dimensions[i]}`).join(", ")},
          ${measures.map((m) => `SUM(${m}) AS ${m}`).join(", ")}
        FROM (${rows.sql}) parts GROUP BY ${expressions.join(", ")}`,
        ...rows.params,
      );
      const actual = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT row_key, ${columns.join(", ")} FROM ${rollup.table}`,
      );
      const render = (row: Record<string, unknown>) =>
        columns.map((column) => `${column}=${normalise(row[column])}`).join(" ");
      const want = new Map(expected.map((row) => [String(row.row_key), render(row)]));
      const have = new Map(actual.map((row) => [String(row.row_key), render(row)]));
      for (const [key, line] of want)
        if (have.get(key) !== line)
          differences.push(`${rollup.table}: expected ${line}, found ${have.get(key) ?? "nothing"}`);
      for (const [key, line] of have) if (!want.has(key)) differences.push(`${rollup.table}: unexpected ${line}`);
    }
  }
  return differences;
}

/** Compares values whatever the driver returns (Date, string, number, bigint, decimal). */
function normalise(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  if (/^-?\d+\.\d+$/.test(text)) return text.replace(/\.?0+$/, "");
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  return text;
}
