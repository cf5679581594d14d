import { Prisma } from "#shared/db/client.js";
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

export interface ItemQuantities {
  quantity: string;
  unitPrice?: string | null;
  totalValue?: string | null;
  animalCount?: number | null;
  averageWeightKg?: string | null;
}

export interface ItemMeasures {
  /** kg per unit; null when the weight is unknown (a volume, or heads without an average weight). */
  unitWeightKg: Prisma.Decimal | null;
  weightKg: Prisma.Decimal | null;
  /** quantity × unit price, when there is a price. */
  value: Prisma.Decimal | null;
  animalCount: number | null;
}

type Successful = Extract<Conversion, { ok: true }>;

/**
 * One item's weight and value. A mass unit weighs what model converts it to; heads (COUNT) count as
 * animals, weighing their average weight each when it is given; a volume has no weight.
 */
export function itemMeasures(item: ItemQuantities, conversion: Successful): ItemMeasures {
  let unitWeightKg: Prisma.Decimal | null = null;
  let weightKg: Prisma.Decimal | null = null;
  let animalCount = item.animalCount ?? null;
  if (conversion.dimension === "MASS") {
    unitWeightKg = new Prisma.Decimal(conversion.perUnit);
    weightKg = new Prisma.Decimal(conversion.baseQuantity);
  } else if (conversion.dimension === "COUNT") {
    animalCount ??= Number(new Prisma.Decimal(conversion.baseQuantity).toFixed(0));
    if (item.averageWeightKg) {
      unitWeightKg = new Prisma.Decimal(item.averageWeightKg);
      weightKg = unitWeightKg.mul(conversion.baseQuantity);
    }
  }
  const value = item.unitPrice ? new Prisma.Decimal(item.quantity).mul(item.unitPrice) : null;
  return { unitWeightKg, weightKg, value, animalCount };
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
