/** Parent types of the admin subgraph's resolvers: Prisma rows (see codegen.ts). */
import type {
  AdminAuditEntry,
  AdminNotification,
  City,
  CollectionPoint,
  CommercialActor,
  Corridor,
  Country,
  Currency,
  ExchangeRate,
  LookupValue,
  Region,
  TaxType,
  Team,
  User,
} from "#shared/db/client.js";
import type { Connection } from "#shared/graphql/pagination.js";

export type { User as UserRow, Team as TeamRow, Region as RegionRow } from "#shared/db/client.js";
export type CountryRow = Country;
export type CityRow = City;
export type CorridorRow = Corridor;
export type CollectionPointRow = CollectionPoint;
export type CurrencyRow = Currency;
export type ExchangeRateRow = ExchangeRate;
export type ReferenceCodeRow = LookupValue;
export type CommercialActorRow = CommercialActor;
export type TaxTypeRow = TaxType;

export type AuditEntryRow = AdminAuditEntry;
/** Tradeflow resolved the collection in the caller's scope; admin adds its entries. */
export interface CollectionAuditReference {
  collectionId: string;
}
export type AuditEntryConnectionResult = Connection<AdminAuditEntry>;
export type NotificationRow = AdminNotification;
export type NotificationConnectionResult = Connection<AdminNotification>;
export type UserConnectionResult = Connection<User>;
export type TeamConnectionResult = Connection<Team>;
export type RegionConnectionResult = Connection<Region>;
export type CountryConnectionResult = Connection<Country>;
export type CityConnectionResult = Connection<City>;
export type CorridorConnectionResult = Connection<Corridor>;
export type CollectionPointConnectionResult = Connection<CollectionPoint>;
export type ExchangeRateConnectionResult = Connection<ExchangeRate>;
export type CommercialActorConnectionResult = Connection<CommercialActor>;
export type ReferenceCodeConnectionResult = Connection<LookupValue>;
export type TaxTypeConnectionResult = Connection<TaxType>;

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
  transportMethods: LookupValue[] | null;
  seasons: LookupValue[] | null;
  taxTypes: TaxType[] | null;
}
export type { DeleteOutcome } from "#shared/graphql/delete-result.js";
