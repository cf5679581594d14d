import { z } from "zod";
import type { LookupKind, LookupValue, Prisma } from "#shared/db/client.js";
import { codeFor } from "#shared/graphql/codes.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { idInput, numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import { paginateByName, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import { bumpReferenceRevision } from "./revision.js";

export function listReferenceCodes(context: Context, kind: LookupKind, activeOnly: boolean) {
  return context.db.lookupValue.findMany({
    where: { kind, ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export interface CodeListFilter {
  search?: string | null;
  active?: boolean | null;
  parentId?: string | null;
}

export function searchCondition(text: string | null | undefined) {
  const value = text?.trim();
  return value
    ? { OR: [{ name: { contains: value } }, { nameEn: { contains: value } }, { code: { contains: value } }] }
    : undefined;
}

/** The admin dashboard's tables of transport methods, modes, services, organisations and seasons. */
export function pageReferenceCodes(
  context: Context,
  args: PageArgs & { kind: LookupKind; filter?: CodeListFilter | null },
) {
  const filter = args.filter ?? {};
  const conditions = [
    { kind: args.kind },
    searchCondition(filter.search),
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
    filter.parentId ? { parentId: numericId(filter.parentId) ?? -1 } : undefined,
  ].filter(Boolean) as Prisma.LookupValueWhereInput[];
  return paginateByName(args, conditions, context.db.lookupValue);
}

export async function findReferenceCode(context: Context, codeId: string) {
  const value = numericId(codeId);
  const row = value === null ? null : await context.loaders.referenceCodeById.load(value);
  if (!row) throw notFound("ReferenceCode");
  return row;
}

const name = z.string().trim().min(2, "must have at least 2 characters").max(191);
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "must be 2–32 letters, digits, - or _");
const organisationDetails = {
  organisationType: z.enum(["PUBLIC", "PRIVATE"]).nullish(),
  countryId: idInput.nullish(),
  address: z.string().trim().max(255).nullish(),
  phone: z
    .string()
    .transform((value) => value.replace(/[\s().-]/g, ""))
    .pipe(z.string().regex(/^\+?\d{6,20}$/, "must be a phone number, e.g. +22670000000"))
    .nullish(),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(191)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address")
    .nullish(),
  website: z
    .string()
    .trim()
    .max(255)
    .regex(/^(https?:\/\/)?[^\s.]+\.[^\s]+$/, "must be a web address")
    .nullish(),
};
const codeInput = z.object({
  kind: z.enum(["TRANSPORT_MODE", "CONTROL_SERVICE", "ORGANISATION", "TRANSPORT_METHOD", "SEASON"]),
  code: code.nullish(),
  name,
  nameEn: name.nullish(),
  description: z.string().trim().max(500).nullish(),
  parentId: idInput.nullish(),
  ...organisationDetails,
});
const codeUpdate = z.object({
  name: name.nullish(),
  nameEn: name.nullish(),
  description: z.string().trim().max(500).nullish(),
  parentId: idInput.nullish(),
  active: z.boolean().nullish(),
  ...organisationDetails,
});

const DETAIL_FIELDS = ["organisationType", "countryId", "address", "phone", "email", "website"] as const;

/** A mode's method must be a transport method; only organisations carry contact details. */
async function assertShape(context: Context, kind: LookupKind, input: z.infer<typeof codeUpdate>) {
  if (input.parentId !== null && input.parentId !== undefined) {
    if (kind !== "TRANSPORT_MODE") throw badUserInput("Only a transport mode has a transport method", "parentId");
    const parent = await context.loaders.referenceCodeById.load(input.parentId);
    if (parent?.kind !== "TRANSPORT_METHOD") throw badUserInput("Unknown transport method", "parentId");
  }
  const detail = DETAIL_FIELDS.find((field) => input[field] !== null && input[field] !== undefined);
  if (detail && kind !== "ORGANISATION") {
    throw badUserInput("Only an organisation has a type, country, address, phone, email or website", detail);
  }
  if (
    input.countryId !== null &&
    input.countryId !== undefined &&
    !(await context.loaders.countryById.load(input.countryId))
  ) {
    throw badUserInput("Unknown country", "countryId");
  }
}

export async function createReferenceCode(context: Context, raw: unknown) {
  const input = parseInput(codeInput, raw);
  await assertShape(context, input.kind, input);
  const generated = await codeFor(input.code, input.name, (prefix) => codesOfKind(context, input.kind, prefix), {
    maxLength: 32,
  });
  return write(context, async (tx) => {
    const value = await tx.lookupValue.create({
      data: {
        kind: input.kind,
        code: generated,
        name: input.name,
        nameEn: input.nameEn ?? input.name,
        description: input.description ?? null,
        parentId: input.parentId ?? null,
        organisationType: input.organisationType ?? null,
        countryId: input.countryId ?? null,
        address: input.address ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        website: input.website ?? null,
      },
    });
    await bumpReferenceRevision(tx, context, input.kind);
    return value;
  });
}

async function codesOfKind(context: Context, kind: LookupKind, prefix: string): Promise<string[]> {
  const rows = await context.db.lookupValue.findMany({
    where: { kind, code: { startsWith: prefix } },
    select: { code: true },
  });
  return rows.map((row) => row.code);
}

export async function updateReferenceCode(context: Context, codeId: string, raw: unknown) {
  const input = parseInput(codeUpdate, raw);
  const existing = await findReferenceCode(context, codeId);
  await assertShape(context, existing.kind, input);
  return write(context, async (tx) => {
    const value: LookupValue = await tx.lookupValue.update({
      where: { id: existing.id },
      data: partialUpdate(input, ["description", "parentId", ...DETAIL_FIELDS]),
    });
    await bumpReferenceRevision(tx, context, existing.kind);
    return value;
  });
}
