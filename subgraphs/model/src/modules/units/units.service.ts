import { z } from "zod";
import { Prisma } from "#shared/db/client.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { parseInput } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import type { QuantityConversionResult } from "../../mappers.js";
import { numericId, partialUpdate, writeCatalog } from "../catalog/write.js";

type Dimension = "MASS" | "VOLUME" | "COUNT";

export function listUnits(context: Context, dimension: Dimension | null | undefined, activeOnly: boolean) {
  return context.db.unit.findMany({
    where: { ...(dimension ? { dimension } : {}), ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ dimension: "asc" }, { factor: "asc" }],
  });
}

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "must be 1–32 letters, digits, - or _");
const name = z.string().trim().min(1).max(100);
const factor = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,10})?$/, "must be a positive decimal")
  .refine((value) => Number(value) > 0, "must be greater than 0");

export async function createUnit(context: Context, raw: unknown) {
  const input = parseInput(z.object({ code, name, nameEn: name, dimension: z.enum(["MASS", "VOLUME", "COUNT"]), factor }), raw);
  return writeCatalog(context, "unit", (tx) => tx.unit.create({ data: input }));
}

export async function updateUnit(context: Context, unitId: string, raw: unknown) {
  const input = parseInput(z.object({ name: name.nullish(), nameEn: name.nullish(), factor: factor.nullish(), active: z.boolean().nullish() }), raw);
  const existing = await context.db.unit.findUnique({ where: { id: numericId(unitId) ?? -1 } });
  if (!existing) throw notFound("Unit");
  if (input.factor && existing.factor.equals(1) && !new Prisma.Decimal(input.factor).equals(1)) {
    throw badUserInput("A base unit keeps the factor 1", "factor");
  }
  return writeCatalog(context, "unit", (tx) => tx.unit.update({ where: { id: existing.id }, data: partialUpdate(input) }));
}

const quantity = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,10})?$/, "must be a non-negative decimal such as 12 or 3.5");

/**
 * A quantity of a product in a unit → the product's base unit (kg, litre, head), in exact decimals:
 * a general unit of the product's dimension multiplies by its factor, a local unit by what one holds.
 */
export async function convertQuantity(context: Context, args: { productId: string; unit: string; quantity: string }): Promise<QuantityConversionResult> {
  const amount = new Prisma.Decimal(parseInput(quantity, args.quantity));
  const productId = numericId(args.productId);
  const product = productId === null ? null : await context.loaders.productById.load(productId);
  if (!product) throw badUserInput("No such product", "productId");
  const baseUnit = await context.loaders.baseUnitByDimension.load(product.dimension);
  if (!baseUnit) throw new Error(`no base unit for ${product.dimension}`);
  const unitCode = args.unit.trim();

  const local = (await context.loaders.localUnitsByProduct.load(product.id)).find(
    (unit) => unit.code.toLowerCase() === unitCode.toLowerCase(),
  );
  let perUnit: Prisma.Decimal | undefined = local?.baseQuantity;
  if (!perUnit) {
    const general = await context.db.unit.findFirst({ where: { code: unitCode, active: true } });
    if (general && general.dimension === product.dimension) perUnit = general.factor;
  }
  if (!perUnit) {
    throw badUserInput(`${unitCode} is not a unit of ${product.name}: use one of its local units or a ${product.dimension.toLowerCase()} unit`, "unit");
  }
  return {
    product,
    unit: unitCode,
    quantity: amount.toString(),
    baseUnit,
    baseQuantity: amount.mul(perUnit).toString(),
  };
}
