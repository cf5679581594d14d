/** Parent types of the admin subgraph's resolvers: Prisma rows (see codegen.ts). */
import type {
  City,
  CollectionPoint,
  CommercialActor,
  Corridor,
  Country,
  Currency,
  ExchangeRate,
  LookupValue,
} from "#shared/db/client.js";

export type { User as UserRow, Team as TeamRow, Region as RegionRow } from "#shared/db/client.js";
export type CountryRow = Country;
export type CityRow = City;
export type CorridorRow = Corridor;
export type CollectionPointRow = CollectionPoint;
export type CurrencyRow = Currency;
export type ExchangeRateRow = ExchangeRate;
export type ReferenceCodeRow = LookupValue;
export type CommercialActorRow = CommercialActor;

export interface ReferenceDataResult {
  version: string;
  unchanged: boolean;
  countries: Country[] | null;
  cities: City[] | null;
  corridors: Corridor[] | null;
  collectionPoints: CollectionPoint[] | null;
  currencies: Currency[] | null;
  exchangeRates: ExchangeRate[] | null;
  transportModes: LookupValue[] | null;
  controlServices: LookupValue[] | null;
  organisations: LookupValue[] | null;
}
