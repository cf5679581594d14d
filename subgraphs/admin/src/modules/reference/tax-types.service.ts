import { z } from "zod";
import type { Prisma } from "#shared/db/client.js";
import { codeFor } from "#shared/graphql/codes.js";
import { notFound } from "#shared/graphql/errors.js";
import { numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import { paginateByName, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import { searchCondition, type CodeListFilter } from "./codes.service.js";
import { bumpReferenceRevision } from "./revision.js";

const name = z.string().trim().min(2, "must have at least 2 characters").max(191);
const taxTypeInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "must be 2–32 letters, digits, - or _")
    .nullish(),
  name,
  nameEn: name.nullish(),
  description: z.string().trim().max(500).nullish(),
});
const taxTypeUpdate = z.object({
  name: name.nullish(),
  nameEn: name.nullish(),
  description: z.string().trim().max(500).nullish(),
  active: z.boolean().nullish(),
});

export function listTaxTypes(context: Context, args: PageArgs & { filter?: CodeListFilter | null }) {
  const conditions = [
    searchCondition(args.filter?.search),
    typeof args.filter?.active === "boolean" ? { active: args.filter.active } : undefined,
  ].filter(Boolean) as Prisma.TaxTypeWhereInput[];
  return paginateByName(args, conditions, context.db.taxType);
}

export async function findTaxType(context: Context, taxTypeId: string) {
  const value = numericId(taxTypeId);
  const row = value === null ? null : await context.loaders.taxTypeById.load(value);
  if (!row) throw notFound("TaxType");
  return row;
}

export async function createTaxType(context: Context, raw: unknown) {
  const input = parseInput(taxTypeInput, raw);
  const code = await codeFor(
    input.code,
    input.name,
    async (prefix) =>
      (await context.db.taxType.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })).map(
        (row) => row.code,
      ),
    { maxLength: 32 },
  );
  return write(context, async (tx) => {
    const row = await tx.taxType.create({
      data: { code, name: input.name, nameEn: input.nameEn ?? input.name, description: input.description ?? null },
    });
    await bumpReferenceRevision(tx, context, "TaxType");
    return row;
  });
}

export async function updateTaxType(context: Context, taxTypeId: string, raw: unknown) {
  const input = parseInput(taxTypeUpdate, raw);
  const existing = await findTaxType(context, taxTypeId);
  return write(context, async (tx) => {
    const row = await tx.taxType.update({ where: { id: existing.id }, data: partialUpdate(input, ["description"]) });
    await bumpReferenceRevision(tx, context, "TaxType");
    return row;
  });
}
