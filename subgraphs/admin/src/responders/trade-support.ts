import type { PrismaClient } from "#shared/db/client.js";
import type { SettingsStore } from "#shared/config/store.js";
import type { RequestHandler } from "#shared/events/responder.js";
import { findRate } from "../modules/reference/money.service.js";
import { adminLabelsRequest, type AdminLabelsReply } from "#shared/reports/labels.js";

/**
 * Request/reply endpoints tradeflow uses while it records collections: exchange rates into the
 * reference currency (`admin.rates`), which referenced records exist (`admin.refcheck`) and their
 * French and English labels, for report files (`admin.labels`).
 */
export function ratesHandler(db: PrismaClient, settings: SettingsStore): RequestHandler<"admin.rates"> {
  return async ({ pairs, to }) => {
    const reference = settings.get("REFERENCE_CURRENCY");
    const target = to ?? reference;
    // Same currency and day → same rate: look each distinct pair up once.
    const distinct = [...new Set(pairs.map((pair) => `${pair.from}|${pair.on.slice(0, 10)}`))];
    const found = new Map<string, { rate: string; rateDate: string } | null>();
    await Promise.all(
      distinct.map(async (key) => {
        const [from, day] = key.split("|") as [string, string];
        const rate = await findRate(db, from, target, new Date(`${day}T00:00:00Z`), reference);
        found.set(key, rate ? { rate: rate.rate.toString(), rateDate: rate.date.toISOString().slice(0, 10) } : null);
      }),
    );
    return { to: target, rates: pairs.map((pair) => found.get(`${pair.from}|${pair.on.slice(0, 10)}`) ?? null) };
  };
}

export function refcheckHandler(db: PrismaClient): RequestHandler<"admin.refcheck"> {
  return async (wanted) => {
    const present = async (list: number[], find: (ids: number[]) => Promise<{ id: number }[]>) => {
      const unique = [...new Set(list)];
      if (unique.length === 0) return [];
      const found = new Set((await find(unique)).map((row) => row.id));
      return unique.filter((id) => !found.has(id));
    };
    const select = { id: true } as const;
    const [collectionPointIds, countryIds, cityIds, corridorIds, referenceCodeIds, actorIds] = await Promise.all([
      present(wanted.collectionPointIds, (list) =>
        db.collectionPoint.findMany({ where: { id: { in: list } }, select }),
      ),
      present(wanted.countryIds, (list) => db.country.findMany({ where: { id: { in: list } }, select })),
      present(wanted.cityIds, (list) => db.city.findMany({ where: { id: { in: list } }, select })),
      present(wanted.corridorIds, (list) => db.corridor.findMany({ where: { id: { in: list } }, select })),
      present(wanted.referenceCodeIds, (list) => db.lookupValue.findMany({ where: { id: { in: list } }, select })),
      present(wanted.actorIds, (list) => db.commercialActor.findMany({ where: { id: { in: list } }, select })),
    ]);
    return { missing: { collectionPointIds, countryIds, cityIds, corridorIds, referenceCodeIds, actorIds } };
  };
}

export function labelsHandler(db: PrismaClient) {
  return async (request: unknown): Promise<AdminLabelsReply> => {
    const wanted = adminLabelsRequest.parse(request);
    const where = (list: number[]) => ({ id: { in: [...new Set(list)] } });
    const named = (rows: { id: number; name: string }[]) =>
      rows.map((row) => ({ id: row.id, fr: row.name, en: row.name }));
    const [countries, cities, collectionPoints, corridors, referenceCodes] = await Promise.all([
      db.country.findMany({ where: where(wanted.countries), select: { id: true, name: true, nameEn: true } }),
      db.city.findMany({ where: where(wanted.cities), select: { id: true, name: true } }),
      db.collectionPoint.findMany({ where: where(wanted.collectionPoints), select: { id: true, name: true } }),
      db.corridor.findMany({ where: where(wanted.corridors), select: { id: true, name: true, distanceKm: true } }),
      db.lookupValue.findMany({ where: where(wanted.referenceCodes), select: { id: true, name: true, nameEn: true } }),
    ]);
    return {
      countries: countries.map((row) => ({ id: row.id, fr: row.name, en: row.nameEn })),
      // Cities, points and corridors are proper names: one spelling in both languages.
      cities: named(cities),
      collectionPoints: named(collectionPoints),
      corridors: corridors.map((row) => ({
        id: row.id,
        fr: row.name,
        en: row.name,
        distanceKm: row.distanceKm?.toString() ?? null,
      })),
      referenceCodes: referenceCodes.map((row) => ({ id: row.id, fr: row.name, en: row.nameEn })),
    };
  };
}
