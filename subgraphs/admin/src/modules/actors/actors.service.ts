import { z } from "zod";
import type { Prisma } from "#shared/db/client.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { idInput as id, idOrNone, numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import { paginateByName, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";

const actorType = z.enum(["TRADER", "TRANSPORTER", "BROKER", "COOPERATIVE", "COMPANY"]);
const gender = z.enum(["FEMALE", "MALE", "OTHER", "UNKNOWN"]);
const ageCategory = z.enum(["UNDER_18", "AGE_18_35", "AGE_36_60", "OVER_60", "UNKNOWN"]);
const phone = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ""))
  .pipe(z.string().regex(/^\+?\d{6,20}$/, "must be a phone number, e.g. +22670000000"));
const registrationNumber = z.string().trim().toUpperCase().min(2).max(64);

const actorInput = z.object({
  type: actorType,
  name: z.string().trim().min(2, "must have at least 2 characters").max(191),
  gender: gender.nullish(),
  ageCategory: ageCategory.nullish(),
  nationalityCountryId: id.nullish(),
  phone: phone.nullish(),
  registrationNumber: registrationNumber.nullish(),
});
const actorUpdate = actorInput.partial().extend({ active: z.boolean().nullish() });

export async function listActors(
  context: Context,
  args: PageArgs & {
    filter?: { search?: string | null; type?: z.infer<typeof actorType> | null; active?: boolean | null } | null;
  },
) {
  const filter = args.filter ?? {};
  const text = filter.search?.trim();
  const conditions = [
    text
      ? {
          OR: [{ name: { contains: text } }, { phone: { contains: text } }, { registrationNumber: { contains: text } }],
        }
      : undefined,
    filter.type ? { type: filter.type } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.CommercialActorWhereInput[];
  return paginateByName(args, conditions, context.db.commercialActor);
}

export async function findActor(context: Context, actorId: string) {
  const value = numericId(actorId);
  const actor = value === null ? null : await context.loaders.actorById.load(value);
  if (!actor) throw notFound("CommercialActor");
  return actor;
}

async function assertNationality(context: Context, countryId: number | null | undefined) {
  if (countryId === null || countryId === undefined) return;
  if (!(await context.loaders.countryById.load(countryId)))
    throw badUserInput("Unknown country", "nationalityCountryId");
}

/**
 * Field agents meet the same traders again and again, often offline: an actor with the same phone or
 * registration number is returned rather than duplicated.
 */
export async function createActor(context: Context, raw: unknown) {
  const input = parseInput(actorInput, raw);
  await assertNationality(context, input.nationalityCountryId);
  const identifiers = [
    ...(input.phone ? [{ phone: input.phone }] : []),
    ...(input.registrationNumber ? [{ registrationNumber: input.registrationNumber }] : []),
  ];
  const find = () => (identifiers.length ? context.db.commercialActor.findFirst({ where: { OR: identifiers } }) : null);
  const existing = await find();
  if (existing) return { actor: existing, created: false };
  try {
    const actor = await write(context, (tx) =>
      tx.commercialActor.create({
        data: {
          type: input.type,
          name: input.name,
          gender: input.gender ?? "UNKNOWN",
          ageCategory: input.ageCategory ?? "UNKNOWN",
          nationalityCountryId: input.nationalityCountryId ?? null,
          phone: input.phone ?? null,
          registrationNumber: input.registrationNumber ?? null,
          createdById: context.viewer ? Number(context.viewer.userId) : null,
        },
      }),
    );
    return { actor, created: true };
  } catch (error) {
    // Two agents syncing the same trader at once: the unique index picks one, the other gets it.
    const raced = await find();
    if (raced) return { actor: raced, created: false };
    throw error;
  }
}

export async function updateActor(context: Context, actorId: string, raw: unknown) {
  const input = parseInput(actorUpdate, raw);
  await assertNationality(context, input.nationalityCountryId);
  return write(context, async (tx) => {
    const existing = await tx.commercialActor.findUnique({ where: { id: idOrNone(actorId) } });
    if (!existing) throw notFound("CommercialActor");
    return tx.commercialActor.update({
      where: { id: existing.id },
      data: partialUpdate(input, ["nationalityCountryId", "phone", "registrationNumber"]),
    });
  });
}
