import { valueLabels } from "#shared/i18n/statistics-labels.js";
import type { ProductClasses } from "../../clients/statistics-support.js";
import { DIMENSION_COLUMNS, type Dimension } from "./filters.js";
import {
  MAX_GROUPS,
  periodExpression,
  periodOf,
  tooManyGroups,
  type AggregateRow,
  type Period,
  type TimeBucket,
} from "./query.js";

/** One value of a dimension as the schema's DimensionValue shows it. */
export interface DimensionValueView {
  dimension: Dimension;
  key: string | null;
  labelFr: string | null;
  labelEn: string | null;
  collectionPoint: { id: string } | null;
  corridor: { id: string } | null;
  country: { id: string } | null;
  product: { id: string } | null;
  animalSpecies: { id: string } | null;
  referenceCode: { id: string } | null;
  team: { id: string } | null;
  region: { id: string } | null;
  collector: { id: string } | null;
}

const ENTITY_FIELD: Partial<Record<Dimension, keyof DimensionValueView>> = {
  COLLECTION_POINT: "collectionPoint",
  CORRIDOR: "corridor",
  ORIGIN_COUNTRY: "country",
  DESTINATION_COUNTRY: "country",
  PRODUCT: "product",
  ANIMAL_SPECIES: "animalSpecies",
  TRANSPORT_MODE: "referenceCode",
  CONTROL_SERVICE: "referenceCode",
  TEAM: "team",
  REGION: "region",
  COLLECTOR: "collector",
};

/** The SQL GROUP BY of a grouping: the period first, then one column per dimension (aliases g0, g1). */
export function groupExpressions(
  groupBy: readonly Dimension[],
  timeBucket: TimeBucket | null | undefined,
  extra: Record<string, string> = {},
) {
  return {
    ...(timeBucket ? { period: periodExpression(timeBucket) } : {}),
    ...Object.fromEntries(groupBy.map((dimension, index) => [`g${index}`, DIMENSION_COLUMNS[dimension].column])),
    ...extra,
  };
}

/** The key a rollup value takes in a dimension (product → its category or species), null when not recorded. */
function keyOf(dimension: Dimension, raw: string | null, classes: ProductClasses | null): string | null {
  if (raw === null || raw === "" || (DIMENSION_COLUMNS[dimension].kind === "reference" && raw === "0")) return null;
  if (dimension === "PRODUCT_CATEGORY" || dimension === "ANIMAL_SPECIES") {
    const product = classes?.products.find((p) => String(p.id) === raw);
    const id = dimension === "PRODUCT_CATEGORY" ? product?.categoryId : product?.speciesId;
    return id ? String(id) : null;
  }
  return raw;
}

export function dimensionValue(
  dimension: Dimension,
  key: string | null,
  classes: ProductClasses | null,
): DimensionValueView {
  const view: DimensionValueView = {
    dimension,
    key,
    labelFr: null,
    labelEn: null,
    collectionPoint: null,
    corridor: null,
    country: null,
    product: null,
    animalSpecies: null,
    referenceCode: null,
    team: null,
    region: null,
    collector: null,
  };
  if (key === null) return view;
  const entity = ENTITY_FIELD[dimension];
  if (entity) (view as unknown as Record<string, unknown>)[entity] = { id: key };
  if (DIMENSION_COLUMNS[dimension].kind === "code") [view.labelFr, view.labelEn] = valueLabels(dimension, key);
  const named =
    dimension === "PRODUCT_CATEGORY"
      ? classes?.categories
      : dimension === "ANIMAL_SPECIES"
        ? classes?.species
        : undefined;
  const found = named?.find((item) => String(item.id) === key);
  if (found) [view.labelFr, view.labelEn] = [found.name, found.nameEn];
  return view;
}

export interface Grouped<M> {
  period: Period | null;
  keys: DimensionValueView[];
  measures: M;
}

/**
 * Folds rollup rows into the groups asked for: rows of one group (several currencies, duration
 * buckets, or products of one category) are combined by `add`. Groups come sorted.
 */
export function foldGroups<M>(
  rows: AggregateRow[],
  groupBy: readonly Dimension[],
  timeBucket: TimeBucket | null | undefined,
  classes: ProductClasses | null,
  empty: () => M,
  add: (measures: M, row: AggregateRow) => void,
): Grouped<M>[] {
  const groups = new Map<string, Grouped<M>>();
  for (const row of rows) {
    const keys = groupBy.map((dimension, index) => keyOf(dimension, row[`g${index}`] ?? null, classes));
    const id = JSON.stringify([row.period ?? null, keys]);
    let group = groups.get(id);
    if (!group) {
      if (groups.size >= MAX_GROUPS) throw tooManyGroups();
      group = {
        period: timeBucket && row.period ? periodOf(timeBucket, row.period) : null,
        keys: groupBy.map((dimension, index) => dimensionValue(dimension, keys[index]!, classes)),
        measures: empty(),
      };
      groups.set(id, group);
    }
    add(group.measures, row);
  }
  const order = (group: Grouped<M>) => [group.period?.start ?? "", ...group.keys.map((value) => value.key ?? "\uffff")];
  return [...groups.values()].sort((a, b) => compareKeys(order(a), order(b)));
}

/**
 * One collator for every sort: `localeCompare` with options builds a collator per call (38 ms to sort
 * 288 month × product groups, 1.2 ms with this one).
 */
const NUMERIC_ORDER = new Intl.Collator("en", { numeric: true });

/** Periods in time order, then keys (ids numerically, codes alphabetically), "not recorded" last. */
function compareKeys(a: string[], b: string[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = NUMERIC_ORDER.compare(a[index]!, b[index]!);
    if (difference !== 0) return difference;
  }
  return 0;
}
