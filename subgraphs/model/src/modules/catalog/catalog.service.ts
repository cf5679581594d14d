import { z } from "zod";
import { UnitDimension, type Prisma } from "#shared/db/client.js";
import { codeFor } from "#shared/graphql/codes.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { idInput as id, idOrNone, numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import { paginateByName, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { writeCatalog } from "./write.js";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, "must be 2–64 letters, digits, - or _");
const name = z.string().trim().min(2, "must have at least 2 characters").max(191);
const hsCode = z
  .string()
  .trim()
  .regex(/^\d{4}(\.\d{2}){0,2}$|^\d{6,10}$/, "must be an HS code such as 1005 or 1005.90");

// ── products ────────────────────────────────────────────────────────────────

type ProductFilter = {
  search?: string | null;
  categoryId?: string | null;
  natureId?: string | null;
  speciesId?: string | null;
  active?: boolean | null;
};

export async function listProducts(
  context: Context,
  args: PageArgs & { filter?: ProductFilter | null; search?: string | null },
) {
  const filter = args.filter ?? {};
  const text = (filter.search ?? args.search)?.trim();
  const conditions = [
    text
      ? {
          OR: [
            { name: { contains: text } },
            { nameEn: { contains: text } },
            { code: { contains: text } },
            { hsCode: { startsWith: text } },
          ],
        }
      : undefined,
    filter.categoryId ? { categoryId: idOrNone(filter.categoryId) } : undefined,
    filter.natureId ? { natureId: idOrNone(filter.natureId) } : undefined,
    filter.speciesId ? { speciesId: idOrNone(filter.speciesId) } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.ProductWhereInput[];
  return paginateByName(args, conditions, context.db.product);
}

export async function findProduct(context: Context, productId: string) {
  const value = numericId(productId);
  const product = value === null ? null : await context.loaders.productById.load(value);
  if (!product) throw notFound("Product");
  return product;
}

const natures = z
  .array(z.object({ natureId: id, hsCode: hsCode.nullish() }))
  .max(20)
  .refine((list) => new Set(list.map((entry) => entry.natureId)).size === list.length, "each nature only once");
const description = z.string().trim().max(500);
const productInput = z.object({
  code: code.nullish(),
  name,
  nameEn: name.nullish(),
  hsCode: hsCode.nullish(),
  categoryId: id.nullish(),
  typeId: id.nullish(),
  natureId: id.nullish(),
  natures: natures.nullish(),
  speciesId: id.nullish(),
  dimension: z.enum(UnitDimension).nullish(),
  description: description.nullish(),
});
const productUpdate = productInput
  .omit({ code: true, dimension: true })
  .partial()
  .extend({ active: z.boolean().nullish() });

type NatureEntry = { natureId: number; hsCode?: string | null };

/**
 * A product's natures: the `natures` list, or the single nature (with the product's HS code) that
 * older clients send. The first nature is also kept on the product row (`natureId`, `hsCode`), which
 * is what filters and offline clients read.
 */
function natureEntries(input: {
  natures?: NatureEntry[] | null;
  natureId?: number | null;
  hsCode?: string | null;
}): NatureEntry[] | null {
  if (input.natures) return input.natures;
  if (input.natureId !== null && input.natureId !== undefined)
    return [{ natureId: input.natureId, hsCode: input.hsCode ?? null }];
  return null;
}

async function assertNatures(
  context: Context,
  entries: NatureEntry[] | null,
  kind: "PRODUCT_NATURE" | "ANIMAL_NATURE",
) {
  for (const entry of entries ?? []) {
    const row = await context.loaders.classificationById.load(entry.natureId);
    if (!row || row.kind !== kind) throw badUserInput(`No such ${kind.toLowerCase().replace("_", " ")}`, "natures");
  }
}

async function generatedCode(
  given: string | null | undefined,
  name: string,
  taken: (prefix: string) => Promise<{ code: string }[]>,
) {
  return codeFor(given, name, async (prefix) => (await taken(prefix)).map((row) => row.code), { maxLength: 64 });
}

async function assertClassifications(
  context: Context,
  input: { categoryId?: number | null; typeId?: number | null; natureId?: number | null; speciesId?: number | null },
) {
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
  if (
    input.speciesId !== null &&
    input.speciesId !== undefined &&
    !(await context.loaders.speciesById.load(input.speciesId))
  ) {
    throw badUserInput("No such animal species", "speciesId");
  }
}

export async function createProduct(context: Context, raw: unknown) {
  const input = parseInput(productInput, raw);
  const entries = natureEntries(input);
  await assertClassifications(context, { ...input, natureId: null });
  await assertNatures(context, entries, "PRODUCT_NATURE");
  const productCode = await generatedCode(input.code, input.name, (prefix) =>
    context.db.product.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } }),
  );
  return writeCatalog(context, "product", (tx) =>
    tx.product.create({
      data: {
        code: productCode,
        name: input.name,
        nameEn: input.nameEn ?? null,
        hsCode: entries?.[0]?.hsCode ?? input.hsCode ?? null,
        categoryId: input.categoryId ?? null,
        typeId: input.typeId ?? null,
        natureId: entries?.[0]?.natureId ?? null,
        natures: {
          create: (entries ?? []).map((entry) => ({ natureId: entry.natureId, hsCode: entry.hsCode ?? null })),
        },
        speciesId: input.speciesId ?? null,
        description: input.description ?? null,
        // Livestock is counted in heads.
        dimension: input.dimension ?? (input.speciesId ? "COUNT" : "MASS"),
      },
    }),
  );
}

export async function updateProduct(context: Context, productId: string, raw: unknown) {
  const input = parseInput(productUpdate, raw);
  const entries = natureEntries(input);
  await assertClassifications(context, { ...input, natureId: null });
  await assertNatures(context, entries, "PRODUCT_NATURE");
  const existing = await findProduct(context, productId);
  const { natures: _natures, ...fields } = input;
  return writeCatalog(context, "product", (tx) =>
    tx.product.update({
      where: { id: existing.id },
      data: {
        ...partialUpdate(fields, ["nameEn", "hsCode", "categoryId", "typeId", "natureId", "speciesId", "description"]),
        ...(entries
          ? {
              natureId: entries[0]?.natureId ?? null,
              hsCode: entries[0]?.hsCode ?? null,
              natures: {
                deleteMany: {},
                create: entries.map((entry) => ({ natureId: entry.natureId, hsCode: entry.hsCode ?? null })),
              },
            }
          : {}),
      },
    }),
  );
}

// ── product (local) units ───────────────────────────────────────────────────

const positiveDecimal = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,10})?$/, "must be a positive decimal such as 100 or 17.5")
  .refine((value) => Number(value) > 0, "must be greater than 0");
const productUnitInput = z.object({ productId: id, code, name, nameEn: name, baseQuantity: positiveDecimal });
const productUnitUpdate = z.object({
  name: name.nullish(),
  nameEn: name.nullish(),
  baseQuantity: positiveDecimal.nullish(),
  active: z.boolean().nullish(),
});

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
  return writeCatalog(context, "local unit", (tx) =>
    tx.productUnit.update({ where: { id: existing.id }, data: partialUpdate(input) }),
  );
}

// ── classifications, species ────────────────────────────────────────────────

const kind = z.enum(["PRODUCT_CATEGORY", "PRODUCT_TYPE", "PRODUCT_NATURE", "ANIMAL_NATURE"]);

export function listClassifications(context: Context, classificationKind: z.infer<typeof kind>, activeOnly: boolean) {
  return context.db.classification.findMany({
    where: { kind: classificationKind, ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function createClassification(context: Context, raw: unknown) {
  const input = parseInput(
    z.object({ kind, code: code.nullish(), name, nameEn: name.nullish(), description: description.nullish() }),
    raw,
  );
  const classificationCode = await generatedCode(input.code, input.name, (prefix) =>
    context.db.classification.findMany({
      where: { kind: input.kind, code: { startsWith: prefix } },
      select: { code: true },
    }),
  );
  return writeCatalog(context, "classification", (tx) =>
    tx.classification.create({
      data: {
        ...input,
        code: classificationCode,
        nameEn: input.nameEn ?? input.name,
        description: input.description ?? null,
      },
    }),
  );
}

export async function updateClassification(context: Context, classificationId: string, raw: unknown) {
  const input = parseInput(
    z.object({
      name: name.nullish(),
      nameEn: name.nullish(),
      description: description.nullish(),
      active: z.boolean().nullish(),
    }),
    raw,
  );
  const existing = await context.db.classification.findUnique({ where: { id: idOrNone(classificationId) } });
  if (!existing) throw notFound("Classification");
  return writeCatalog(context, "classification", (tx) =>
    tx.classification.update({ where: { id: existing.id }, data: partialUpdate(input, ["description"]) }),
  );
}

export function listSpecies(context: Context, activeOnly: boolean) {
  return context.db.animalSpecies.findMany({
    where: activeOnly ? { active: true } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function createSpecies(context: Context, raw: unknown) {
  const input = parseInput(z.object({ code: code.nullish(), name, nameEn: name.nullish() }), raw);
  const speciesCode = await generatedCode(input.code, input.name, (prefix) =>
    context.db.animalSpecies.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } }),
  );
  return writeCatalog(context, "animal species", (tx) =>
    tx.animalSpecies.create({ data: { code: speciesCode, name: input.name, nameEn: input.nameEn ?? input.name } }),
  );
}

export async function updateSpecies(context: Context, speciesId: string, raw: unknown) {
  const input = parseInput(
    z.object({ name: name.nullish(), nameEn: name.nullish(), active: z.boolean().nullish() }),
    raw,
  );
  const existing = await context.db.animalSpecies.findUnique({ where: { id: idOrNone(speciesId) } });
  if (!existing) throw notFound("AnimalSpecies");
  return writeCatalog(context, "animal species", (tx) =>
    tx.animalSpecies.update({ where: { id: existing.id }, data: partialUpdate(input, []) }),
  );
}

export async function createAnimalType(context: Context, raw: unknown) {
  const input = parseInput(z.object({ speciesId: id, code, name, nameEn: name }), raw);
  if (!(await context.loaders.speciesById.load(input.speciesId)))
    throw badUserInput("No such animal species", "speciesId");
  return writeCatalog(context, "animal type", (tx) => tx.animalType.create({ data: input }));
}

// ── animals ─────────────────────────────────────────────────────────────────

type AnimalFilter = { search?: string | null; speciesId?: string | null; active?: boolean | null };

export function listAnimals(context: Context, args: PageArgs & { filter?: AnimalFilter | null }) {
  const filter = args.filter ?? {};
  const text = filter.search?.trim();
  const conditions = [
    text
      ? { OR: [{ name: { contains: text } }, { nameEn: { contains: text } }, { code: { contains: text } }] }
      : undefined,
    filter.speciesId ? { speciesId: numericId(filter.speciesId) ?? -1 } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.AnimalWhereInput[];
  return paginateByName(args, conditions, context.db.animal);
}

export async function findAnimal(context: Context, animalId: string) {
  const value = numericId(animalId);
  const animal = value === null ? null : await context.loaders.animalById.load(value);
  if (!animal) throw notFound("Animal");
  return animal;
}

const animalInput = z.object({
  code: code.nullish(),
  name,
  nameEn: name.nullish(),
  speciesId: id,
  natures: natures.nullish(),
  description: description.nullish(),
});
const animalUpdate = animalInput.omit({ code: true }).partial().extend({ active: z.boolean().nullish() });

async function assertSpecies(context: Context, speciesId: number | null | undefined) {
  if (speciesId !== null && speciesId !== undefined && !(await context.loaders.speciesById.load(speciesId))) {
    throw badUserInput("No such animal species", "speciesId");
  }
}

export async function createAnimal(context: Context, raw: unknown) {
  const input = parseInput(animalInput, raw);
  await assertSpecies(context, input.speciesId);
  await assertNatures(context, input.natures ?? null, "ANIMAL_NATURE");
  const animalCode = await generatedCode(input.code, input.name, (prefix) =>
    context.db.animal.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } }),
  );
  return writeCatalog(context, "animal", (tx) =>
    tx.animal.create({
      data: {
        code: animalCode,
        name: input.name,
        nameEn: input.nameEn ?? null,
        speciesId: input.speciesId,
        description: input.description ?? null,
        natures: {
          create: (input.natures ?? []).map((entry) => ({ natureId: entry.natureId, hsCode: entry.hsCode ?? null })),
        },
      },
    }),
  );
}

export async function updateAnimal(context: Context, animalId: string, raw: unknown) {
  const input = parseInput(animalUpdate, raw);
  await assertSpecies(context, input.speciesId);
  await assertNatures(context, input.natures ?? null, "ANIMAL_NATURE");
  const existing = await findAnimal(context, animalId);
  const { natures: entries, ...fields } = input;
  return writeCatalog(context, "animal", (tx) =>
    tx.animal.update({
      where: { id: existing.id },
      data: {
        ...partialUpdate(fields, ["nameEn", "description"]),
        ...(entries
          ? {
              natures: {
                deleteMany: {},
                create: entries.map((entry) => ({ natureId: entry.natureId, hsCode: entry.hsCode ?? null })),
              },
            }
          : {}),
      },
    }),
  );
}
