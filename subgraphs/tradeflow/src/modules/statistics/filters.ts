import { z } from "zod";
import { forbidden } from "#shared/graphql/errors.js";
import { parseInput } from "#shared/graphql/input.js";
import type { ProductClasses } from "../../clients/statistics-support.js";
import { inList, scopeConditions, type StatisticsReader } from "./scope.js";
import { smallestRollup } from "./rollups.js";
import { pendingFiguresRefusal } from "../../domain/abilities.js";
import type { Condition, TimeBucket } from "./query.js";

/**
 * What statistics queries accept — validated before any SQL is built: ids are numbers, lists are
 * bounded, a period runs forwards, at most two dimensions — and how filters and dimensions map to the
 * rollups' columns.
 */
export type Dimension =
  | "COLLECTION_POINT"
  | "CORRIDOR"
  | "ORIGIN_COUNTRY"
  | "DESTINATION_COUNTRY"
  | "DIRECTION"
  | "PRODUCT"
  | "PRODUCT_CATEGORY"
  | "ANIMAL_SPECIES"
  | "TRANSPORT_MODE"
  | "COLLECTION_TYPE"
  | "CONTEXT"
  | "GENDER"
  | "TEAM"
  | "REGION"
  | "COLLECTOR"
  | "CURRENCY"
  | "CONTROL_SERVICE";

/** Each dimension's rollup column; `reference` columns hold 0, and code columns '', when not recorded. */
export const DIMENSION_COLUMNS: Record<Dimension, { column: string; kind: "reference" | "code" }> = {
  COLLECTION_POINT: { column: "collection_point_id", kind: "reference" },
  CORRIDOR: { column: "corridor_id", kind: "reference" },
  ORIGIN_COUNTRY: { column: "origin_country_id", kind: "reference" },
  DESTINATION_COUNTRY: { column: "destination_country_id", kind: "reference" },
  DIRECTION: { column: "direction", kind: "code" },
  PRODUCT: { column: "product_id", kind: "reference" },
  // Grouped by product in SQL, then merged by model's classification.
  PRODUCT_CATEGORY: { column: "product_id", kind: "reference" },
  ANIMAL_SPECIES: { column: "product_id", kind: "reference" },
  TRANSPORT_MODE: { column: "transport_mode_id", kind: "reference" },
  COLLECTION_TYPE: { column: "collection_type", kind: "code" },
  CONTEXT: { column: "context", kind: "code" },
  GENDER: { column: "gender", kind: "code" },
  TEAM: { column: "team_id", kind: "reference" },
  REGION: { column: "region_id", kind: "reference" },
  COLLECTOR: { column: "collector_id", kind: "reference" },
  CURRENCY: { column: "currency_code", kind: "code" },
  CONTROL_SERVICE: { column: "control_service_id", kind: "reference" },
};

export const PRODUCT_DIMENSIONS: Dimension[] = ["PRODUCT", "PRODUCT_CATEGORY", "ANIMAL_SPECIES"];

const MAX_VALUES = 500;
const ids = z
  .array(z.string().regex(/^\d{1,10}$/, "must be numeric ids"))
  .max(MAX_VALUES, `at most ${MAX_VALUES} values`)
  .nullish()
  .transform((list) => (list?.length ? list.map(Number) : null));
const codes = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(MAX_VALUES)
    .nullish()
    .transform((list) => (list?.length ? list : null));
const day = z
  .union([z.date(), z.string()])
  .nullish()
  .transform((value) => (value ? new Date(value).toISOString().slice(0, 10) : null));

const statisticsFilter = z
  .object({
    from: day,
    to: day,
    collectionPointIds: ids,
    corridorIds: ids,
    originCountryIds: ids,
    destinationCountryIds: ids,
    directions: codes(["IMPORT", "EXPORT", "TRANSIT", "DOMESTIC"]),
    productIds: ids,
    productCategoryIds: ids,
    animalSpeciesIds: ids,
    transportModeIds: ids,
    collectionTypes: codes(["LIVESTOCK", "AGRICULTURAL", "FISHERY", "MIXED"]),
    contexts: codes(["FORMAL_BORDER", "INFORMAL_BORDER", "MARKET"]),
    genders: codes(["FEMALE", "MALE", "OTHER", "UNKNOWN"]),
    teamIds: ids,
    regionIds: ids,
    collectorIds: ids,
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "from must not be after to",
    path: ["to"],
  });

export type StatisticsFilter = z.infer<typeof statisticsFilter>;

export function parseFilter(raw: unknown): StatisticsFilter {
  return parseInput(statisticsFilter, raw ?? {});
}

/** Zero to two distinct dimensions, among those the query allows. */
export function parseGroupBy<D extends string>(raw: readonly D[] | null | undefined, allowed: readonly D[]): D[] {
  const groupBy = [...(raw ?? [])];
  return parseInput(
    z
      .array(z.enum(allowed as unknown as [D, ...D[]], { message: `allowed here: ${allowed.join(", ")}` }))
      .max(2, "group by at most two dimensions (plus timeBucket)")
      .refine((list) => new Set(list).size === list.length, "a dimension appears twice"),
    groupBy,
  );
}

export type Basis = "VALIDATED" | "VALIDATED_AND_PENDING";

/** Pending collections are for those who validate or administer; drafts never count. */
export function basisCondition(reader: StatisticsReader, basis: Basis | null | undefined): Condition {
  if (basis === "VALIDATED_AND_PENDING") {
    const { viewer, frozenScope } = reader;
    const refusal = frozenScope
      ? null
      : viewer
        ? pendingFiguresRefusal(viewer)
        : { message: "Authentication required" };
    if (refusal) throw forbidden(refusal.message);
    return inList("status", ["VALIDATED", "SUBMITTED"]);
  }
  return { sql: "status = ?", params: ["VALIDATED"] };
}

/** Product categories and species become product ids (model's classification), asked only when used. */
export function needsProductClasses(filter: StatisticsFilter, groupBy: readonly string[]): boolean {
  return Boolean(
    filter.productCategoryIds ||
    filter.animalSpeciesIds ||
    groupBy.includes("PRODUCT_CATEGORY") ||
    groupBy.includes("ANIMAL_SPECIES"),
  );
}

export function usesProducts(filter: StatisticsFilter, groupBy: readonly string[]): boolean {
  return Boolean(
    filter.productIds ||
    filter.productCategoryIds ||
    filter.animalSpeciesIds ||
    groupBy.some((d) => PRODUCT_DIMENSIONS.includes(d as Dimension)),
  );
}

/** The filter's conditions on a collection-grain rollup (product conditions need the product rollup). */
export function filterConditions(filter: StatisticsFilter, classes: ProductClasses | null): Condition[] {
  const conditions: Condition[] = [];
  if (filter.from) conditions.push({ sql: "day >= ?", params: [filter.from] });
  if (filter.to) conditions.push({ sql: "day <= ?", params: [filter.to] });
  const lists: [keyof StatisticsFilter, string][] = [
    ["collectionPointIds", "collection_point_id"],
    ["corridorIds", "corridor_id"],
    ["originCountryIds", "origin_country_id"],
    ["destinationCountryIds", "destination_country_id"],
    ["directions", "direction"],
    ["productIds", "product_id"],
    ["transportModeIds", "transport_mode_id"],
    ["collectionTypes", "collection_type"],
    ["contexts", "context"],
    ["genders", "gender"],
    ["teamIds", "team_id"],
    ["regionIds", "region_id"],
    ["collectorIds", "collector_id"],
  ];
  for (const [key, column] of lists) {
    const values = filter[key] as (string | number)[] | null;
    if (values) conditions.push(inList(column, values));
  }
  if (filter.productCategoryIds && classes) {
    const wanted = new Set(filter.productCategoryIds);
    conditions.push(
      inList(
        "product_id",
        classes.products.filter((p) => p.categoryId !== null && wanted.has(p.categoryId)).map((p) => p.id),
      ),
    );
  }
  if (filter.animalSpeciesIds && classes) {
    const wanted = new Set(filter.animalSpeciesIds);
    conditions.push(
      inList(
        "product_id",
        classes.products.filter((p) => p.speciesId !== null && wanted.has(p.speciesId)).map((p) => p.id),
      ),
    );
  }
  return conditions;
}

export interface TableChoice {
  table: string;
  conditions: Condition[];
}

/**
 * The smallest rollup that can answer (rollups.ts `smallestRollup`): a per-month one when the period is
 * whole months and no day or week is asked, else the per-day one; among them, the narrowest holding
 * every column the grouping, the filter, the caller's scope and `extraColumns` (the caller's own
 * groups) name.
 */
export function chooseRollup(
  kind: "flow" | "product" | "control",
  reader: StatisticsReader,
  filter: StatisticsFilter,
  groupBy: readonly string[],
  timeBucket: TimeBucket | null | undefined,
  conditions: Condition[],
  extraColumns: readonly string[] = [],
): TableChoice {
  const scope = scopeConditions(reader, { hasStatus: true });
  const all = [...scope, ...conditions];
  const monthAligned =
    (!filter.from || filter.from.endsWith("-01")) &&
    (!filter.to || isLastDayOfMonth(filter.to)) &&
    !["DAY", "WEEK"].includes(timeBucket ?? "");
  const fragments = [
    ...all.map((condition) => condition.sql),
    ...groupBy.map((dimension) => DIMENSION_COLUMNS[dimension as Dimension]?.column ?? dimension),
    ...extraColumns,
  ];
  return { table: smallestRollup(kind, fragments, monthAligned ? "month" : "day"), conditions: all };
}

export function isLastDayOfMonth(date: string): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}
