import { z } from "zod";
import type { Product, ProductUnit, Unit } from "#shared/db/client.js";
import { Prisma } from "#shared/db/values.js";

/**
 * Unit conversion, without a database: a quantity of a product in a unit → the product's base unit
 * (kg, litre, head), in exact decimals. A local unit of the product (a 100 kg sack of maize) holds
 * its `baseQuantity`; otherwise a general unit of the product's dimension multiplies by its factor.
 */
export const QUANTITY = z.string().regex(/^\d{1,14}(\.\d{1,10})?$/, "must be a non-negative decimal such as 12 or 3.5");

export interface ConversionRequest {
  productId: number;
  unit: string;
  quantity: string;
}

export type ConversionResult =
  | {
      ok: true;
      product: Product;
      baseUnitDimension: Product["dimension"];
      perUnit: Prisma.Decimal;
      baseQuantity: Prisma.Decimal;
    }
  | { ok: false; field: "productId" | "unit" | "quantity"; message: string };

type LocalUnit = Pick<ProductUnit, "productId" | "code" | "baseQuantity">;
type GeneralUnit = Pick<Unit, "code" | "dimension" | "factor">;

/** Converts one request, given its product (null: unknown) and the active local and general units. */
export function convertQuantityWith(
  request: ConversionRequest,
  product: Product | null,
  localUnits: LocalUnit[],
  generalUnits: GeneralUnit[],
): ConversionResult {
  if (!product) return { ok: false, field: "productId", message: "No such product" };
  if (!QUANTITY.safeParse(request.quantity).success) {
    return { ok: false, field: "quantity", message: "must be a non-negative decimal such as 12 or 3.5" };
  }
  // Unit codes are matched case-insensitively; a product's local unit wins over a general one.
  const code = request.unit.trim().toLowerCase();
  const local = localUnits.find((unit) => unit.productId === product.id && unit.code.toLowerCase() === code);
  const general = generalUnits.find((unit) => unit.code.toLowerCase() === code && unit.dimension === product.dimension);
  // CT's units may be recorded without a known factor: the item must then give its own weight per unit.
  if (!local && general && general.factor === null) {
    return {
      ok: false,
      field: "unit",
      message: `${request.unit} has no known factor: give the item's weight per unit`,
    };
  }
  const perUnit = local?.baseQuantity ?? general?.factor;
  if (!perUnit) {
    return {
      ok: false,
      field: "unit",
      message: `${request.unit} is not a unit of ${product.name}: use one of its local units or a ${product.dimension.toLowerCase()} unit`,
    };
  }
  const amount = new Prisma.Decimal(request.quantity);
  return { ok: true, product, baseUnitDimension: product.dimension, perUnit, baseQuantity: amount.mul(perUnit) };
}
