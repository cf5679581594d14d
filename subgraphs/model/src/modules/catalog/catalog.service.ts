import { z } from "zod";
import { UnitDimension, type Prisma } from "#shared/db/client.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { afterNameCursor, nameCursor, pageSize, toConnection, type PageArgs } from "#shared/graphql/pagination.js";
import { idInput as id, idOrNone, numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import { writeCatalog } from "./write.js";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, "must be 2–64 letters, digits, - or _");
const name = z.string().trim().min(2, "must have at least 2 characters").max(191);
const hsCode = z.string().trim().regex(/^\d{4}(\.\d{2}){0,2}$|^\d{6,10}$/, "must be an HS code such as 1005 or 1005.90");

// ── products ────────────────────────────────────────────────────────────────

type ProductFilter = { search?: string | null; categoryId?: string | null; natureId?: string | null; speciesId?: string | null; active?: boolean | null };

export async function listProducts(context: Context, args: PageArgs & { filter?: ProductFilter | null; search?: string | null }) {
  const first = pageSize(args);
  const filter = args.filter ?? {};
  const text = (filter.search ?? args.search)?.trim();
  const conditions = [
    text ? { OR: [{ name: { contains: text } }, { nameEn: { contains: text } }, { code: { contains: text } }, { hsCode: { startsWith: text } }] } : undefined,
    filter.categoryId ? { categoryId: idOrNone(filter.categoryId) } : undefined,
    filter.natureId ? { natureId: idOrNone(filter.natureId) } : undefined,
    filter.speciesId ? { speciesId: idOrNone(filter.speciesId) } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
    afterNameCursor(args.after),
  ].filter(Boolean) as Prisma.ProductWhereInput[];
  const rows = await context.db.product.findMany({ where: { AND: conditions }, orderBy: [{ name: "asc" }, { id: "asc" }], take: first + 1 });
  return toConnection(rows, first, nameCursor);
}

export async function findProduct(context: Context, productId: string) {
  const value = numericId(productId);
  const product = value === null ? null : await context.loaders.productById.load(value);
  if (!product) throw notFound("Product");
  return product;
}

const productInput = z.object({
  code,
  name,
  nameEn: name.nullish(),
  hsCode: hsCode.nullish(),
  categoryId: id.nullish(),
  typeId: id.nullish(),
  natureId: id.nullish(),
  speciesId: id.nullish(),
  dimension: z.enum(UnitDimension).nullish(),
});
const productUpdate = productInput.omit({ code: true, dimension: true }).partial().extend({ active: z.boolean().nullish() });

async function assertClassifications(context: Context, input: { categoryId?: number | null; typeId?: number | null; natureId?: number | null; speciesId?: number | null }) {
  const expected = [
    ["categoryId", input.categoryId, "PRODUCT_CATEGORY"],
    ["typeId", input.typeId, "PRODUCT_TYPE"],
    ["natureId", input.natureId, "PRODUCT_NATURE"],
  ] as const;
  for (const [field, value, kind] of expected) {
    if (value === null || value === undefined) continue;
    const row = await context.loaders.classificationById.load(value);
    if (!row || row.kind !== kind) throw badUserInput(`No such ${kind.toLowerCase().replace("_", " ")}`, field);
  }
  if (input.speciesId !== null && input.speciesId !== undefined && !(await context.loaders.speciesById.load(input.speciesId))) {
    throw badUserInput("No such animal species", "speciesId");
  }
}

export async function createProduct(context: Context, raw: unknown) {
  const input = parseInput(productInput, raw);
  await assertClassifications(context, input);
  return writeCatalog(context, "product", (tx) =>
    tx.product.create({
      data: {
        code: input.code,
        name: input.name,
        nameEn: input.nameEn ?? null,
        hsCode: input.hsCode ?? null,
        categoryId: input.categoryId ?? null,
        typeId: input.typeId ?? null,
        natureId: input.natureId ?? null,
        speciesId: input.speciesId ?? null,
        // Livestock is counted in heads.
        dimension: input.dimension ?? (input.speciesId ? "COUNT" : "MASS"),
      },
    }),
  );
}

export async function updateProduct(context: Context, productId: string, raw: unknown) {
  const input = parseInput(productUpdate, raw);
  await assertClassifications(context, input);
  const existing = await findProduct(context, productId);
  return writeCatalog(context, "product", (tx) =>
    tx.product.update({ where: { id: existing.id }, data: partialUpdate(input, ["nameEn", "hsCode", "categoryId", "typeId", "natureId", "speciesId"]) }),
  );
}

// ── product (local) units ───────────────────────────────────────────────────

const positiveDecimal = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,10})?$/, "must be a positive decimal such as 100 or 17.5")
  .refine((value) => Number(value) > 0, "must be greater than 0");
const productUnitInput = z.object({ productId: id, code, name, nameEn: name, baseQuantity: positiveDecimal });
const productUnitUpdate = z.object({ name: name.nullish(), nameEn: name.nullish(), baseQuantity: positiveDecimal.nullish(), active: z.boolean().nullish() });

export async function createProductUnit(context: Context, raw: unknown) {
  const input = parseInput(productUnitInput, raw);
  const product = await context.loaders.productById.load(input.productId);
  if (!product) throw badUserInput("No such product", "productId");
  if (await context.db.unit.findUnique({ where: { code: input.code } })) {
    throw badUserInput(`${input.code} is a general unit; choose another code for the local unit`, "code");
  }
  return writeCatalog(context, "local unit", (tx) => tx.productUnit.create({ data: input }));
}

export async function updateProductUnit(context: Context, unitId: string, raw: unknown) {
  const input = parseInput(productUnitUpdate, raw);
  const existing = await context.db.productUnit.findUnique({ where: { id: idOrNone(unitId) } });
  if (!existing) throw notFound("ProductUnit");
  return writeCatalog(context, "local unit", (tx) => tx.productUnit.update({ where: { id: existing.id }, data: partialUpdate(input) }));
}

// ── classifications, species ────────────────────────────────────────────────

const kind = z.enum(["PRODUCT_CATEGORY", "PRODUCT_TYPE", "PRODUCT_NATURE"]);

export function listClassifications(context: Context, classificationKind: z.infer<typeof kind>, activeOnly: boolean) {
  return context.db.classification.findMany({
    where: { kind: classificationKind, ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function createClassification(context: Context, raw: unknown) {
  const input = parseInput(z.object({ kind, code, name, nameEn: name }), raw);
  return writeCatalog(context, "classification", (tx) => tx.classification.create({ data: input }));
}

export async function updateClassification(context: Context, classificationId: string, raw: unknown) {
  const input = parseInput(z.object({ name: name.nullish(), nameEn: name.nullish(), active: z.boolean().nullish() }), raw);
  const existing = await context.db.classification.findUnique({ where: { id: idOrNone(classificationId) } });
  if (!existing) throw notFound("Classification");
  return writeCatalog(context, "classification", (tx) => tx.classification.update({ where: { id: existing.id }, data: partialUpdate(input) }));
}

export function listSpecies(context: Context, activeOnly: boolean) {
  return context.db.animalSpecies.findMany({ where: activeOnly ? { active: true } : {}, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function createSpecies(context: Context, raw: unknown) {
  const input = parseInput(z.object({ code, name, nameEn: name }), raw);
  return writeCatalog(context, "animal species", (tx) => tx.animalSpecies.create({ data: input }));
}

export async function createAnimalType(context: Context, raw: unknown) {
  const input = parseInput(z.object({ speciesId: id, code, name, nameEn: name }), raw);
  if (!(await context.loaders.speciesById.load(input.speciesId))) throw badUserInput("No such animal species", "speciesId");
  return writeCatalog(context, "animal type", (tx) => tx.animalType.create({ data: input }));
}
