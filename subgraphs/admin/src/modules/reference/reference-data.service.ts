import type { Context } from "../../context.js";
import type { ReferenceDataResult } from "../../mappers.js";
import { referenceVersion } from "./revision.js";

/**
 * Everything an offline client caches from admin, behind the reference revision: a client that
 * already holds the current version gets `unchanged` and no payload.
 */
export async function referenceData(
  context: Context,
  knownVersion: string | null | undefined,
): Promise<ReferenceDataResult> {
  const revision = (await context.db.adminCatalogRevision.findUnique({ where: { id: 1 } }))?.revision ?? 0;
  const version = referenceVersion(revision);
  const none = {
    countries: null,
    cities: null,
    corridors: null,
    collectionPoints: null,
    currencies: null,
    exchangeRates: null,
    transportModes: null,
    controlServices: null,
    organisations: null,
    transportMethods: null,
    seasons: null,
    taxTypes: null,
  };
  if (knownVersion === version) return { version, unchanged: true, ...none };
  const active = { where: { active: true } } as const;
  const reference = context.settings.get("REFERENCE_CURRENCY");
  const [countries, cities, corridors, collectionPoints, currencies, codes, rates, taxTypes] = await Promise.all([
    context.db.country.findMany({ ...active, orderBy: { name: "asc" } }),
    context.db.city.findMany({ ...active, orderBy: { name: "asc" } }),
    context.db.corridor.findMany({ ...active, orderBy: { name: "asc" } }),
    context.db.collectionPoint.findMany({ ...active, orderBy: { name: "asc" } }),
    context.db.currency.findMany({ ...active, orderBy: { code: "asc" } }),
    context.db.lookupValue.findMany({ ...active, orderBy: { name: "asc" } }),
    context.db.exchangeRate.findMany({
      where: { quoteCurrency: reference },
      orderBy: [{ currencyCode: "asc" }, { validFrom: "desc" }],
    }),
    context.db.taxType.findMany({ ...active, orderBy: { name: "asc" } }),
  ]);
  const latestRates = rates.filter(
    (rate, index) => index === 0 || rates[index - 1]!.currencyCode !== rate.currencyCode,
  );
  // Prime the loaders so nested fields (a point's country, …) resolve without another query per row.
  for (const country of countries) context.loaders.countryById.prime(country.id, country);
  for (const city of cities) context.loaders.cityById.prime(city.id, city);
  for (const corridor of corridors) context.loaders.corridorById.prime(corridor.id, corridor);
  for (const currency of currencies) context.loaders.currencyByCode.prime(currency.code, currency);
  return {
    version,
    unchanged: false,
    countries,
    cities,
    corridors,
    collectionPoints,
    currencies,
    exchangeRates: latestRates,
    transportModes: codes.filter((code) => code.kind === "TRANSPORT_MODE"),
    controlServices: codes.filter((code) => code.kind === "CONTROL_SERVICE"),
    organisations: codes.filter((code) => code.kind === "ORGANISATION"),
    transportMethods: codes.filter((code) => code.kind === "TRANSPORT_METHOD"),
    seasons: codes.filter((code) => code.kind === "SEASON"),
    taxTypes,
  };
}
