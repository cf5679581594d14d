import { referenceById } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { createActor, findActor, listActors, updateActor } from "../actors/actors.service.js";
import { listSettings, updateSetting } from "../settings/settings.service.js";
import {
  createReferenceCode,
  findReferenceCode,
  listReferenceCodes,
  pageReferenceCodes,
  updateReferenceCode,
} from "./codes.service.js";
import { deleteReferenceData } from "./delete.service.js";
import { createTaxType, findTaxType, listTaxTypes, updateTaxType } from "./tax-types.service.js";
import {
  createCity,
  createCollectionPoint,
  createCorridor,
  createCountry,
  findCity,
  findCollectionPoint,
  findCorridor,
  findCountry,
  listCities,
  listCollectionPoints,
  listCorridors,
  listCountries,
  updateCity,
  updateCollectionPoint,
  updateCorridor,
  updateCountry,
} from "./geography.service.js";
import {
  convertAmount,
  createCurrency,
  findCurrency,
  listCurrencies,
  listExchangeRates,
  setExchangeRate,
  updateCurrency,
} from "./money.service.js";
import { referenceData } from "./reference-data.service.js";

const required = <T>(row: T | null, what: string): T => {
  if (!row) throw new Error(`dangling reference to ${what}`);
  return row;
};

export const referenceResolvers: Resolvers = {
  Query: {
    countries: (_p, args, context) => listCountries(context, args),
    country: (_p, args, context) => findCountry(context, args),
    cities: (_p, args, context) => listCities(context, args),
    city: (_p, { id }, context) => findCity(context, id),
    corridors: (_p, args, context) => listCorridors(context, args),
    corridor: (_p, { id }, context) => findCorridor(context, id),
    collectionPoints: (_p, args, context) => listCollectionPoints(context, args),
    collectionPoint: (_p, { id }, context) => findCollectionPoint(context, id),
    currencies: (_p, { activeOnly }, context) => listCurrencies(context, activeOnly ?? true),
    currency: (_p, { code }, context) => findCurrency(context, code),
    exchangeRates: (_p, args, context) => listExchangeRates(context, args),
    convertAmount: (_p, args, context) => convertAmount(context, args),
    referenceCodes: (_p, { kind, activeOnly }, context) => listReferenceCodes(context, kind, activeOnly ?? true),
    referenceCodeList: (_p, args, context) => pageReferenceCodes(context, args),
    referenceCode: (_p, { id }, context) => findReferenceCode(context, id),
    taxTypes: (_p, args, context) => listTaxTypes(context, args),
    taxType: (_p, { id }, context) => findTaxType(context, id),
    commercialActors: (_p, args, context) => listActors(context, args),
    commercialActor: (_p, { id }, context) => findActor(context, id),
    systemSettings: (_p, _args, context) => listSettings(context),
    referenceData: (_p, { knownVersion }, context) => referenceData(context, knownVersion),
  },
  Mutation: {
    createCountry: (_p, { input }, context) => createCountry(context, input),
    updateCountry: (_p, { id, input }, context) => updateCountry(context, id, input),
    createCity: (_p, { input }, context) => createCity(context, input),
    updateCity: (_p, { id, input }, context) => updateCity(context, id, input),
    createCorridor: (_p, { input }, context) => createCorridor(context, input),
    updateCorridor: (_p, { id, input }, context) => updateCorridor(context, id, input),
    createCollectionPoint: (_p, { input }, context) => createCollectionPoint(context, input),
    updateCollectionPoint: (_p, { id, input }, context) => updateCollectionPoint(context, id, input),
    createCurrency: (_p, { input }, context) => createCurrency(context, input),
    updateCurrency: (_p, { code, input }, context) => updateCurrency(context, code, input),
    setExchangeRate: (_p, { input }, context) => setExchangeRate(context, input),
    createReferenceCode: (_p, { input }, context) => createReferenceCode(context, input),
    updateReferenceCode: (_p, { id, input }, context) => updateReferenceCode(context, id, input),
    createTaxType: (_p, { input }, context) => createTaxType(context, input),
    updateTaxType: (_p, { id, input }, context) => updateTaxType(context, id, input),
    deleteReferenceData: (_p, { entity, id }, context) => deleteReferenceData(context, entity, id),
    createCommercialActor: (_p, { input }, context) => createActor(context, input),
    updateCommercialActor: (_p, { id, input }, context) => updateActor(context, id, input),
    updateSystemSetting: (_p, { key, value }, context) => updateSetting(context, key, value),
  },
  Country: {
    __resolveReference: referenceById((context) => context.loaders.countryById),
    currency: (country, _a, context) =>
      country.currencyCode ? context.loaders.currencyByCode.load(country.currencyCode) : null,
  },
  City: {
    __resolveReference: referenceById((context) => context.loaders.cityById),
    country: async (city, _a, context) => required(await context.loaders.countryById.load(city.countryId), "country"),
  },
  Corridor: {
    __resolveReference: referenceById((context) => context.loaders.corridorById),
    startCountry: async (c, _a, context) =>
      required(await context.loaders.countryById.load(c.startCountryId), "country"),
    endCountry: async (c, _a, context) => required(await context.loaders.countryById.load(c.endCountryId), "country"),
    startCity: (c, _a, context) => (c.startCityId === null ? null : context.loaders.cityById.load(c.startCityId)),
    endCity: (c, _a, context) => (c.endCityId === null ? null : context.loaders.cityById.load(c.endCityId)),
  },
  CollectionPoint: {
    __resolveReference: referenceById((context) => context.loaders.collectionPointById),
    country: async (p, _a, context) => required(await context.loaders.countryById.load(p.countryId), "country"),
    city: (p, _a, context) => (p.cityId === null ? null : context.loaders.cityById.load(p.cityId)),
    corridor: (p, _a, context) => (p.corridorId === null ? null : context.loaders.corridorById.load(p.corridorId)),
    crossesToCountry: (p, _a, context) =>
      p.crossesToCountryId === null ? null : context.loaders.countryById.load(p.crossesToCountryId),
  },
  Currency: {
    __resolveReference: (reference, context) => context.loaders.currencyByCode.load(String(reference.code)),
  },
  ExchangeRate: {
    currency: async (rate, _a, context) =>
      required(await context.loaders.currencyByCode.load(rate.currencyCode), "currency"),
    quoteCurrency: async (rate, _a, context) =>
      required(await context.loaders.currencyByCode.load(rate.quoteCurrency), "currency"),
  },
  ReferenceCode: {
    __resolveReference: referenceById((context) => context.loaders.referenceCodeById),
    parent: (value, _a, context) =>
      value.parentId === null ? null : context.loaders.referenceCodeById.load(value.parentId),
    country: (value, _a, context) =>
      value.countryId === null ? null : context.loaders.countryById.load(value.countryId),
  },
  TaxType: {
    __resolveReference: referenceById((context) => context.loaders.taxTypeById),
  },
  CommercialActor: {
    __resolveReference: referenceById((context) => context.loaders.actorById),
    nationality: (actor, _a, context) =>
      actor.nationalityCountryId === null ? null : context.loaders.countryById.load(actor.nationalityCountryId),
  },
};
