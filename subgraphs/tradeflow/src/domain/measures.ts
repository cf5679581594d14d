import { Prisma } from "#shared/db/values.js";
import type { Conversion } from "../clients/trade-support.js";

/**
 * Weights and values of a collection, computed by the server from model's unit conversions, in
 * exact decimals. Client totals are compared with these, never stored. Pure: no database, no NATS.
 */

const TOLERANCE = new Prisma.Decimal("0.005");

/** Differs by more than half a percent (and more than a rounding unit). */
export function differs(claimed: string, computed: Prisma.Decimal): boolean {
  const difference = new Prisma.Decimal(claimed).minus(computed).abs();
  return difference.greaterThan(computed.abs().mul(TOLERANCE)) && difference.greaterThan("0.01");
}

export interface AnimalCategoryCount {
  quantity: number;
  price?: string | null;
}

export interface ItemQuantities {
  quantity: string;
  unitPrice?: string | null;
  totalValue?: string | null;
  animalCount?: number | null;
  averageWeightKg?: string | null;
  /** The agent's kg per unit, for a unit the catalogue cannot weigh. */
  localUnitWeightKg?: string | null;
  animalCategories?: AnimalCategoryCount[] | null;
}

/** Where an item's weight per unit comes from (GraphQL WeightSource). */
export type WeightSource = "CATALOGUE" | "AGENT" | "AVERAGE_WEIGHT";

export interface ItemMeasures {
  /** kg per unit; null when the weight is unknown (a volume, or heads without an average weight). */
  unitWeightKg: Prisma.Decimal | null;
  weightKg: Prisma.Decimal | null;
  weightSource: WeightSource | null;
  /** quantity × unit price, or else the animal categories' heads × their prices. */
  value: Prisma.Decimal | null;
  animalCount: number | null;
}

type Successful = Extract<Conversion, { ok: true }>;

/**
 * One item's weight per unit, and where it comes from, in this order: the catalogue weighs a mass unit;
 * heads weigh the agent's average weight each; any other unit — a volume, or a local unit the
 * catalogue does not know (`conversion` null) — weighs the agent's localUnitWeightKg when given.
 */
function unitWeight(
  item: ItemQuantities,
  conversion: Successful | null,
): { unitWeightKg: Prisma.Decimal; weightSource: WeightSource } | null {
  if (conversion?.dimension === "MASS") {
    return { unitWeightKg: new Prisma.Decimal(conversion.perUnit), weightSource: "CATALOGUE" };
  }
  if (conversion?.dimension === "COUNT" && item.averageWeightKg) {
    const perUnit = new Prisma.Decimal(item.averageWeightKg).mul(conversion.perUnit);
    return { unitWeightKg: perUnit, weightSource: "AVERAGE_WEIGHT" };
  }
  if (item.localUnitWeightKg)
    return { unitWeightKg: new Prisma.Decimal(item.localUnitWeightKg), weightSource: "AGENT" };
  return null;
}

/** Heads × price over the animal categories, when every category has a price. */
function categoriesValue(categories: AnimalCategoryCount[] | null | undefined): Prisma.Decimal | null {
  if (!categories?.length || categories.some((category) => !category.price)) return null;
  return categories.reduce(
    (sum, category) => sum.plus(new Prisma.Decimal(category.price!).mul(category.quantity)),
    new Prisma.Decimal(0),
  );
}

/**
 * One item's weight and value. `conversion` is model's conversion of the item's unit, or null when the
 * catalogue does not know the unit for the product (the agent's localUnitWeightKg then weighs it).
 * Heads (COUNT) count as animals; so do the animal categories' heads when no count is given.
 */
export function itemMeasures(item: ItemQuantities, conversion: Successful | null): ItemMeasures {
  let animalCount = item.animalCount ?? null;
  if (conversion?.dimension === "COUNT") animalCount ??= Number(new Prisma.Decimal(conversion.baseQuantity).toFixed(0));
  if (item.animalCategories?.length) {
    animalCount ??= item.animalCategories.reduce((sum, category) => sum + category.quantity, 0);
  }
  const weight = unitWeight(item, conversion);
  let weightKg: Prisma.Decimal | null = null;
  if (weight?.weightSource === "CATALOGUE") weightKg = new Prisma.Decimal(conversion!.baseQuantity);
  else if (weight) weightKg = weight.unitWeightKg.mul(item.quantity);
  const value = item.unitPrice
    ? new Prisma.Decimal(item.quantity).mul(item.unitPrice)
    : categoriesValue(item.animalCategories);
  return {
    unitWeightKg: weight?.unitWeightKg ?? null,
    weightKg,
    weightSource: weight?.weightSource ?? null,
    value,
    animalCount,
  };
}

/** The sum of the known amounts, or null when none is known. */
export function totalOf(amounts: (Prisma.Decimal | null)[]): Prisma.Decimal | null {
  const known = amounts.filter((amount): amount is Prisma.Decimal => amount !== null);
  return known.length ? known.reduce((sum, amount) => sum.plus(amount), new Prisma.Decimal(0)) : null;
}

/** A value in the reference currency at a dated rate; null without a rate (it stays in its own currency). */
export function inReferenceCurrency(
  value: Prisma.Decimal | null,
  rate: string | null | undefined,
): Prisma.Decimal | null {
  return value && rate ? value.mul(rate).toDecimalPlaces(2) : null;
}
