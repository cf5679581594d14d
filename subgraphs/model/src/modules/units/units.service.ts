import { z } from "zod";
import { Prisma, UnitDimension, type PrismaClient } from "#shared/db/client.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { codeFor } from "#shared/graphql/codes.js";
import { idOrNone, numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import type { QuantityConversionResult } from "../../mappers.js";
import { writeCatalog } from "../catalog/write.js";
import { convertQuantityWith, QUANTITY, type ConversionRequest, type ConversionResult } from "./conversion.js";

export function listUnits(context: Context, dimension: UnitDimension | null | undefined, activeOnly: boolean) {
  return context.db.unit.findMany({
    where: { ...(dimension ? { dimension } : {}), ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ dimension: "asc" }, { factor: "asc" }],
  });
}

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "must be 1–32 letters, digits, - or _");
const name = z.string().trim().min(1).max(100);
const factor = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,10})?$/, "must be a positive decimal")
  .refine((value) => Number(value) > 0, "must be greater than 0");

const description = z.string().trim().max(500);
const symbol = z.string().trim().min(1).max(16);

/** CT's unit form: a name, a description and a symbol. The dimension defaults to mass, the factor to unknown. */
export async function createUnit(context: Context, raw: unknown) {
  const input = parseInput(
    z.object({
      code: code.nullish(),
      name,
      nameEn: name.nullish(),
      description: description.nullish(),
      symbol: symbol.nullish(),
      dimension: z.enum(UnitDimension).nullish(),
      factor: factor.nullish(),
    }),
    raw,
  );
  const unitCode = await codeFor(
    input.code,
    input.symbol ?? input.name,
    async (prefix) =>
      (await context.db.unit.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })).map(
        (u) => u.code,
      ),
    { maxLength: 32, letterCase: "lower" },
  );
  return writeCatalog(context, "unit", (tx) =>
    tx.unit.create({
      data: {
        code: unitCode,
        name: input.name,
        nameEn: input.nameEn ?? input.name,
        description: input.description ?? null,
        symbol: input.symbol ?? null,
        dimension: input.dimension ?? "MASS",
        factor: input.factor ?? null,
      },
    }),
  );
}

export async function updateUnit(context: Context, unitId: string, raw: unknown) {
  const input = parseInput(
    z.object({
      name: name.nullish(),
      nameEn: name.nullish(),
      description: description.nullish(),
      symbol: symbol.nullish(),
      factor: factor.nullish(),
      active: z.boolean().nullish(),
    }),
    raw,
  );
  const existing = await context.db.unit.findUnique({ where: { id: idOrNone(unitId) } });
  if (!existing) throw notFound("Unit");
  if (input.factor && existing.factor?.equals(1) && !new Prisma.Decimal(input.factor).equals(1)) {
    throw badUserInput("A base unit keeps the factor 1", "factor");
  }
  return writeCatalog(context, "unit", (tx) =>
    tx.unit.update({ where: { id: existing.id }, data: partialUpdate(input, ["description", "symbol"]) }),
  );
}

/**
 * Batched conversions: three queries whatever the number of requests, then the rule of
 * conversion.ts for each.
 */
export async function convertQuantities(db: PrismaClient, requests: ConversionRequest[]): Promise<ConversionResult[]> {
  const productIds = [...new Set(requests.map((r) => r.productId))];
  const [products, localUnits, generalUnits] = await Promise.all([
    db.product.findMany({ where: { id: { in: productIds } } }),
    db.productUnit.findMany({ where: { productId: { in: productIds }, active: true } }),
    db.unit.findMany({ where: { active: true } }),
  ]);
  return requests.map((request) =>
    convertQuantityWith(request, products.find((p) => p.id === request.productId) ?? null, localUnits, generalUnits),
  );
}

export async function convertQuantity(
  context: Context,
  args: { productId: string; unit: string; quantity: string },
): Promise<QuantityConversionResult> {
  parseInput(QUANTITY, args.quantity);
  const productId = numericId(args.productId);
  if (productId === null) throw badUserInput("No such product", "productId");
  const [result] = await convertQuantities(context.db, [{ productId, unit: args.unit, quantity: args.quantity }]);
  if (!result!.ok) throw badUserInput(result!.message, result!.field);
  const baseUnit = await context.loaders.baseUnitByDimension.load(result!.product.dimension);
  if (!baseUnit) throw new Error(`no base unit for ${result!.product.dimension}`);
  return {
    product: result!.product,
    unit: args.unit.trim(),
    quantity: new Prisma.Decimal(args.quantity),
    baseUnit,
    baseQuantity: result!.baseQuantity,
  };
}
