import { z } from "zod";
import type { Prisma } from "#shared/db/client.js";
import { codeFor } from "#shared/graphql/codes.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { idInput as id, idOrNone, numericId, parseInput, partialUpdate } from "#shared/graphql/input.js";
import { paginateByName, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import { bumpReferenceRevision } from "./revision.js";

const name = z.string().trim().min(2, "must have at least 2 characters").max(191);
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "must be 2–32 letters, digits, - or _");
const latitude = z.string().refine((v) => Math.abs(Number(v)) <= 90, "must be between -90 and 90");
const longitude = z.string().refine((v) => Math.abs(Number(v)) <= 180, "must be between -180 and 180");
const positiveDecimal = z.string().refine((v) => Number(v) > 0, "must be greater than 0");

function search(text: string | null | undefined, fields: string[]) {
  const value = text?.trim();
  return value ? { OR: fields.map((field) => ({ [field]: { contains: value } })) } : undefined;
}

const byId = (value: string | null | undefined) => (value ? idOrNone(value) : undefined);

// ── countries ───────────────────────────────────────────────────────────────

export async function listCountries(
  context: Context,
  args: PageArgs & { filter?: { search?: string | null; ecowas?: boolean | null; active?: boolean | null } | null },
) {
  const filter = args.filter ?? {};
  const conditions = [
    search(filter.search, ["name", "nameEn", "code", "iso3"]),
    typeof filter.ecowas === "boolean" ? { ecowas: filter.ecowas } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.CountryWhereInput[];
  return paginateByName(args, conditions, context.db.country);
}

export async function findCountry(context: Context, args: { id?: string | null; code?: string | null }) {
  let country = null;
  if (args.id) {
    const countryId = numericId(args.id);
    country = countryId === null ? null : await context.loaders.countryById.load(countryId);
  } else if (args.code) {
    const value = args.code.trim().toUpperCase();
    country = await context.db.country.findFirst({ where: value.length === 3 ? { iso3: value } : { code: value } });
  } else {
    throw badUserInput("Give an id or a code", "id");
  }
  if (!country) throw notFound("Country");
  return country;
}

const countryInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
  iso3: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"),
  name,
  nameEn: name,
  currencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code")
    .nullish(),
  ecowas: z.boolean().nullish(),
});
const countryUpdate = countryInput.omit({ code: true, iso3: true }).partial().extend({ active: z.boolean().nullish() });

async function assertCurrency(context: Context, code: string | null | undefined, field = "currencyCode") {
  if (!code) return;
  if (!(await context.db.currency.findUnique({ where: { code } })))
    throw badUserInput(`Unknown currency ${code}`, field);
}

export async function createCountry(context: Context, raw: unknown) {
  const input = parseInput(countryInput, raw);
  await assertCurrency(context, input.currencyCode);
  return write(context, async (tx) => {
    const country = await tx.country.create({
      data: { ...input, currencyCode: input.currencyCode ?? null, ecowas: input.ecowas ?? false },
    });
    await bumpReferenceRevision(tx, context, "Country");
    return country;
  });
}

export async function updateCountry(context: Context, countryId: string, raw: unknown) {
  const input = parseInput(countryUpdate, raw);
  await assertCurrency(context, input.currencyCode);
  return write(context, async (tx) => {
    const existing = await tx.country.findUnique({ where: { id: idOrNone(countryId) } });
    if (!existing) throw notFound("Country");
    const country = await tx.country.update({
      where: { id: existing.id },
      data: partialUpdate(input, ["currencyCode"]),
    });
    await bumpReferenceRevision(tx, context, "Country");
    return country;
  });
}

// ── cities ──────────────────────────────────────────────────────────────────

export async function listCities(
  context: Context,
  args: PageArgs & { filter?: { search?: string | null; countryId?: string | null; active?: boolean | null } | null },
) {
  const filter = args.filter ?? {};
  const conditions = [
    search(filter.search, ["name"]),
    filter.countryId ? { countryId: byId(filter.countryId) } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.CityWhereInput[];
  return paginateByName(args, conditions, context.db.city);
}

export async function findCity(context: Context, cityId: string) {
  const value = numericId(cityId);
  const city = value === null ? null : await context.loaders.cityById.load(value);
  if (!city) throw notFound("City");
  return city;
}

const cityInput = z.object({ countryId: id, name, latitude: latitude.nullish(), longitude: longitude.nullish() });
const cityUpdate = z.object({
  name: name.nullish(),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  active: z.boolean().nullish(),
});

async function assertCountry(context: Context, countryId: number | null | undefined, field: string) {
  if (countryId === null || countryId === undefined) return;
  if (!(await context.loaders.countryById.load(countryId))) throw badUserInput("Unknown country", field);
}

async function assertCity(context: Context, cityId: number | null | undefined, field: string) {
  if (cityId === null || cityId === undefined) return;
  if (!(await context.loaders.cityById.load(cityId))) throw badUserInput("Unknown city", field);
}

export async function createCity(context: Context, raw: unknown) {
  const input = parseInput(cityInput, raw);
  await assertCountry(context, input.countryId, "countryId");
  return write(context, async (tx) => {
    const city = await tx.city.create({
      data: { ...input, latitude: input.latitude ?? null, longitude: input.longitude ?? null },
    });
    await bumpReferenceRevision(tx, context, "City");
    return city;
  });
}

export async function updateCity(context: Context, cityId: string, raw: unknown) {
  const input = parseInput(cityUpdate, raw);
  return write(context, async (tx) => {
    const existing = await tx.city.findUnique({ where: { id: idOrNone(cityId) } });
    if (!existing) throw notFound("City");
    const city = await tx.city.update({
      where: { id: existing.id },
      data: partialUpdate(input, ["latitude", "longitude"]),
    });
    await bumpReferenceRevision(tx, context, "City");
    return city;
  });
}

// ── corridors ───────────────────────────────────────────────────────────────

export async function listCorridors(
  context: Context,
  args: PageArgs & { filter?: { search?: string | null; countryId?: string | null; active?: boolean | null } | null },
) {
  const filter = args.filter ?? {};
  const countryId = byId(filter.countryId);
  const conditions = [
    search(filter.search, ["name", "code"]),
    countryId !== undefined ? { OR: [{ startCountryId: countryId }, { endCountryId: countryId }] } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.CorridorWhereInput[];
  return paginateByName(args, conditions, context.db.corridor);
}

export async function findCorridor(context: Context, corridorId: string) {
  const value = numericId(corridorId);
  const corridor = value === null ? null : await context.loaders.corridorById.load(value);
  if (!corridor) throw notFound("Corridor");
  return corridor;
}

const corridorInput = z.object({
  code: code.nullish(),
  name,
  startCountryId: id,
  startCityId: id.nullish(),
  endCountryId: id,
  endCityId: id.nullish(),
  distanceKm: positiveDecimal.nullish(),
  checkpointCount: z.number().int().min(0).max(1000).nullish(),
});
const corridorUpdate = z.object({
  name: name.nullish(),
  startCityId: id.nullish(),
  endCityId: id.nullish(),
  distanceKm: positiveDecimal.nullish(),
  checkpointCount: z.number().int().min(0).max(1000).nullish(),
  active: z.boolean().nullish(),
});

export async function createCorridor(context: Context, raw: unknown) {
  const input = parseInput(corridorInput, raw);
  await assertCountry(context, input.startCountryId, "startCountryId");
  await assertCountry(context, input.endCountryId, "endCountryId");
  await assertCity(context, input.startCityId, "startCityId");
  await assertCity(context, input.endCityId, "endCityId");
  const generated = await codeFor(
    input.code,
    input.name,
    async (prefix) =>
      (await context.db.corridor.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })).map(
        (r) => r.code,
      ),
    { maxLength: 32 },
  );
  return write(context, async (tx) => {
    const corridor = await tx.corridor.create({
      data: {
        ...input,
        code: generated,
        startCityId: input.startCityId ?? null,
        endCityId: input.endCityId ?? null,
        distanceKm: input.distanceKm ?? null,
        checkpointCount: input.checkpointCount ?? null,
      },
    });
    await bumpReferenceRevision(tx, context, "Corridor");
    return corridor;
  });
}

export async function updateCorridor(context: Context, corridorId: string, raw: unknown) {
  const input = parseInput(corridorUpdate, raw);
  await assertCity(context, input.startCityId, "startCityId");
  await assertCity(context, input.endCityId, "endCityId");
  return write(context, async (tx) => {
    const existing = await tx.corridor.findUnique({ where: { id: idOrNone(corridorId) } });
    if (!existing) throw notFound("Corridor");
    const corridor = await tx.corridor.update({
      where: { id: existing.id },
      data: partialUpdate(input, ["startCityId", "endCityId", "distanceKm", "checkpointCount"]),
    });
    await bumpReferenceRevision(tx, context, "Corridor");
    return corridor;
  });
}

// ── collection points ───────────────────────────────────────────────────────

type PointFilter = {
  search?: string | null;
  type?: "BORDER_POST" | "MARKET" | "CHECKPOINT" | "RIVER_PORT" | null;
  countryId?: string | null;
  corridorId?: string | null;
  isBorderCrossing?: boolean | null;
  active?: boolean | null;
};

export async function listCollectionPoints(context: Context, args: PageArgs & { filter?: PointFilter | null }) {
  const filter = args.filter ?? {};
  const conditions = [
    search(filter.search, ["name", "code"]),
    filter.type ? { type: filter.type } : undefined,
    filter.countryId ? { countryId: byId(filter.countryId) } : undefined,
    filter.corridorId ? { corridorId: byId(filter.corridorId) } : undefined,
    typeof filter.isBorderCrossing === "boolean" ? { isBorderCrossing: filter.isBorderCrossing } : undefined,
    typeof filter.active === "boolean" ? { active: filter.active } : undefined,
  ].filter(Boolean) as Prisma.CollectionPointWhereInput[];
  return paginateByName(args, conditions, context.db.collectionPoint);
}

export async function findCollectionPoint(context: Context, pointId: string) {
  const value = numericId(pointId);
  const point = value === null ? null : await context.loaders.collectionPointById.load(value);
  if (!point) throw notFound("CollectionPoint");
  return point;
}

const pointFlags = {
  isFormal: z.boolean().nullish(),
  isBorderCrossing: z.boolean().nullish(),
  isMarket: z.boolean().nullish(),
  isFluvial: z.boolean().nullish(),
  isCheckpoint: z.boolean().nullish(),
};
const pointType = z.enum(["BORDER_POST", "MARKET", "CHECKPOINT", "RIVER_PORT"]);
const pointInput = z.object({
  code: code.nullish(),
  name,
  type: pointType,
  countryId: id,
  cityId: id.nullish(),
  corridorId: id.nullish(),
  crossesToCountryId: id.nullish(),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  ...pointFlags,
});
const pointUpdate = z.object({
  name: name.nullish(),
  type: pointType.nullish(),
  cityId: id.nullish(),
  corridorId: id.nullish(),
  crossesToCountryId: id.nullish(),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  active: z.boolean().nullish(),
  ...pointFlags,
});

async function assertPointReferences(
  context: Context,
  input: {
    countryId?: number | null;
    cityId?: number | null;
    corridorId?: number | null;
    crossesToCountryId?: number | null;
  },
) {
  await assertCountry(context, input.countryId, "countryId");
  await assertCountry(context, input.crossesToCountryId, "crossesToCountryId");
  await assertCity(context, input.cityId, "cityId");
  if (
    input.corridorId !== null &&
    input.corridorId !== undefined &&
    !(await context.loaders.corridorById.load(input.corridorId))
  ) {
    throw badUserInput("Unknown corridor", "corridorId");
  }
}

export async function createCollectionPoint(context: Context, raw: unknown) {
  const input = parseInput(pointInput, raw);
  await assertPointReferences(context, input);
  const generated = await codeFor(
    input.code,
    input.name,
    async (prefix) =>
      (
        await context.db.collectionPoint.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })
      ).map((r) => r.code),
    { maxLength: 32 },
  );
  return write(context, async (tx) => {
    const point = await tx.collectionPoint.create({
      data: {
        code: generated,
        name: input.name,
        type: input.type,
        countryId: input.countryId,
        cityId: input.cityId ?? null,
        corridorId: input.corridorId ?? null,
        crossesToCountryId: input.crossesToCountryId ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        // Flags default from the type, and can be set explicitly (an informal border post, …).
        isFormal: input.isFormal ?? true,
        isBorderCrossing: input.isBorderCrossing ?? input.type === "BORDER_POST",
        isMarket: input.isMarket ?? input.type === "MARKET",
        isFluvial: input.isFluvial ?? input.type === "RIVER_PORT",
        isCheckpoint: input.isCheckpoint ?? input.type === "CHECKPOINT",
      },
    });
    await bumpReferenceRevision(tx, context, "CollectionPoint");
    return point;
  });
}

export async function updateCollectionPoint(context: Context, pointId: string, raw: unknown) {
  const input = parseInput(pointUpdate, raw);
  await assertPointReferences(context, input);
  return write(context, async (tx) => {
    const existing = await tx.collectionPoint.findUnique({ where: { id: idOrNone(pointId) } });
    if (!existing) throw notFound("CollectionPoint");
    const point = await tx.collectionPoint.update({
      where: { id: existing.id },
      data: partialUpdate(input, ["cityId", "corridorId", "crossesToCountryId", "latitude", "longitude"]),
    });
    await bumpReferenceRevision(tx, context, "CollectionPoint");
    return point;
  });
}
