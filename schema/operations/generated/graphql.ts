/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnimalCategoryCountInput = {
  category: string;
  price?: string | null | undefined;
  quantity: number;
};

export type AnimalFilter = {
  active?: boolean | null | undefined;
  /** Matches name, English name or code. */
  search?: string | null | undefined;
  speciesId?: string | number | null | undefined;
};

export type AnimalInput = {
  /** Generated from the name when left out; a given code must be unique. */
  code?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  natures?: Array<NatureInput> | null | undefined;
  speciesId: string | number;
};

export type ApproveInput = {
  /** How the validator checked: method, date, place (CT's level-2 validation_metadata). */
  metadata?: ValidationMetadataInput | null | undefined;
  notes?: string | null | undefined;
  priorityLevel?: ValidationPriority | null | undefined;
  qualityIssues?: Array<string> | null | undefined;
  requiresAdditionalDocumentation?: boolean | null | undefined;
  requiresDataCorrection?: boolean | null | undefined;
  requiresFieldVerification?: boolean | null | undefined;
  /** Data-quality score, 0–100; optional, as in CT. */
  score?: number | null | undefined;
  validationDeadline?: string | null | undefined;
};

/** The catalogue records an administrator may delete. */
export type CatalogEntity =
  | 'ANIMAL'
  | 'ANIMAL_SPECIES'
  | 'ANIMAL_TYPE'
  | 'CLASSIFICATION'
  | 'PRODUCT'
  | 'PRODUCT_UNIT'
  | 'UNIT';

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters, hard to guess (zxcvbn score 3 or more), not a common password. */
  newPassword: string;
};

export type CollectionContext =
  | 'FORMAL_BORDER'
  | 'INFORMAL_BORDER'
  | 'MARKET';

export type CollectionControlInput = {
  borderCrossingTime?: ControlDuration | null | undefined;
  checkpointId?: string | number | null | undefined;
  controlIssues?: string | null | undefined;
  controlResult?: string | null | undefined;
  controlServiceId?: string | number | null | undefined;
  /** A duration range (see CollectionControl.duration); derived from durationBucket when that is given. */
  duration?: string | null | undefined;
  durationBucket?: ControlDuration | null | undefined;
  durationValue?: string | null | undefined;
  feesPaid?: string | null | undefined;
  feesPaymentAmount?: string | null | undefined;
  feesPaymentPost?: string | null | undefined;
  feesWerePaid?: boolean | null | undefined;
  hasReceipt?: boolean | null | undefined;
  illegalFees?: string | null | undefined;
  illegalFeesPaid?: boolean | null | undefined;
  illegalFeesPost?: string | null | undefined;
  location?: string | null | undefined;
  notes?: string | null | undefined;
  otherControlBody?: string | null | undefined;
  otherDifficulties?: string | null | undefined;
  otherTaxType?: string | null | undefined;
  paymentAmount?: string | null | undefined;
  stopTimePerPost?: ControlDuration | null | undefined;
  /** Admin's tax types levied at this control. */
  taxTypeIds?: Array<string | number> | null | undefined;
  /** Former name of otherTaxType. */
  taxTypes?: string | null | undefined;
};

export type CollectionFilter = {
  collectedFrom?: string | null | undefined;
  collectedTo?: string | null | undefined;
  collectionPointId?: string | number | null | undefined;
  collectorId?: string | number | null | undefined;
  direction?: TradeDirection | null | undefined;
  /** Submitted collections waiting at this level. */
  pendingLevel?: number | null | undefined;
  productId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
  /** Matches the id, the public id, the vehicle registration, the intermediate destination or the notes. */
  search?: string | null | undefined;
  status?: Array<CollectionStatus> | null | undefined;
  teamId?: string | number | null | undefined;
  /** The collections of one vehicle or convoy. */
  transportBatchId?: string | number | null | undefined;
  type?: CollectionType | null | undefined;
};

export type CollectionInput = {
  actorId?: string | number | null | undefined;
  collectedAt: string;
  /** Null for a flow seen between posts. */
  collectionPointId?: string | number | null | undefined;
  context?: CollectionContext | null | undefined;
  controlDurationType?: ControlDuration | null | undefined;
  controlDurationValue?: string | null | undefined;
  controlLocations?: string | null | undefined;
  controlPostsCount?: number | null | undefined;
  controls?: Array<CollectionControlInput> | null | undefined;
  corridorId?: string | number | null | undefined;
  currencyCode?: string | null | undefined;
  destinationCityId?: string | number | null | undefined;
  destinationCountryId?: string | number | null | undefined;
  direction?: TradeDirection | null | undefined;
  driverHasLicence?: boolean | null | undefined;
  /** Former single flag for the vehicle's documents; prefer the four flags below. */
  driverHasVehicleDocuments?: boolean | null | undefined;
  driverInsuranceUpToDate?: boolean | null | undefined;
  driverOtherDocuments?: string | null | undefined;
  driverOtherDocumentsUpToDate?: boolean | null | undefined;
  driverRegistrationCardUpToDate?: boolean | null | undefined;
  driverVehicleInspectionUpToDate?: boolean | null | undefined;
  extraFields?: unknown;
  hasControlPosts?: boolean | null | undefined;
  illegalFeesAmount?: string | null | undefined;
  illegalFeesLocations?: string | null | undefined;
  illegalFeesPaid?: boolean | null | undefined;
  intermediateDestination?: string | null | undefined;
  items: Array<CollectionItemInput>;
  knowsCommunityRules?: boolean | null | undefined;
  knowsNationalRules?: boolean | null | undefined;
  latitude?: string | null | undefined;
  loadingCost?: string | null | undefined;
  longitude?: string | null | undefined;
  marketConditions?: string | null | undefined;
  /** 1 (Monday) to 7 (Sunday). */
  marketDay?: number | null | undefined;
  nearbyMarkets?: string | null | undefined;
  notes?: string | null | undefined;
  operatorGender?: string | null | undefined;
  operatorType?: string | null | undefined;
  originCityId?: string | number | null | undefined;
  originCountryId?: string | number | null | undefined;
  otherDifficulties?: string | null | undefined;
  otherRespondentNature?: string | null | undefined;
  ownerAgeCategory?: string | null | undefined;
  ownerGender?: string | null | undefined;
  ownerHasDisability?: boolean | null | undefined;
  paymentMethod?: string | null | undefined;
  priceVariation?: string | null | undefined;
  respondentNature?: string | null | undefined;
  season?: string | null | undefined;
  taxAmount?: string | null | undefined;
  taxDetails?: string | null | undefined;
  taxesFees?: string | null | undefined;
  taxesPaid?: boolean | null | undefined;
  totalValue?: string | null | undefined;
  /** Optional client totals: checked against the server's computation. */
  totalWeightKg?: string | null | undefined;
  transportBatchId?: string | number | null | undefined;
  transportCost?: string | null | undefined;
  transportModeId?: string | number | null | undefined;
  type: CollectionType;
  unloadingCost?: string | null | undefined;
  vehicleRegistration?: string | null | undefined;
};

export type CollectionItemInput = {
  animalAge?: string | null | undefined;
  /** Heads per size category; without a unitPrice, their prices make the item's value. */
  animalCategories?: Array<AnimalCategoryCountInput> | null | undefined;
  animalCategory?: string | null | undefined;
  animalCondition?: string | null | undefined;
  animalCount?: number | null | undefined;
  /** A catalogued animal (model), for livestock. */
  animalId?: string | number | null | undefined;
  animalSex?: string | null | undefined;
  averageWeightKg?: string | null | undefined;
  breed?: string | null | undefined;
  customsRegistered?: boolean | null | undefined;
  customsRegistrationNumber?: string | null | undefined;
  harvestPeriod?: string | null | undefined;
  loadingCityId?: string | number | null | undefined;
  loadingCost?: string | null | undefined;
  /**
   * kg in one `unit`, as the agent knows it: used when the catalogue cannot weigh the unit (a local unit
   * the product does not list); the catalogue wins when it can.
   */
  localUnitWeightKg?: string | null | undefined;
  lossReasons?: string | null | undefined;
  losses?: string | null | undefined;
  lossesValue?: string | null | undefined;
  notes?: string | null | undefined;
  originCountryId?: string | number | null | undefined;
  packaging?: string | null | undefined;
  processingLevel?: string | null | undefined;
  productDestinationCountryId?: string | number | null | undefined;
  productId: string | number;
  productOriginCountryId?: string | number | null | undefined;
  quality?: string | null | undefined;
  quantity: string;
  seasonalProduct?: boolean | null | undefined;
  specialPermits?: string | null | undefined;
  specialPermitsRequired?: boolean | null | undefined;
  specificDestination?: string | null | undefined;
  specificFees?: string | null | undefined;
  specificOrigin?: string | null | undefined;
  /** Optional; when given it must equal quantity × unitPrice. */
  totalValue?: string | null | undefined;
  transportCost?: string | null | undefined;
  unit?: string | null | undefined;
  unitPrice?: string | null | undefined;
  unloadingCityId?: string | number | null | undefined;
  unloadingCost?: string | null | undefined;
  variety?: string | null | undefined;
};

export type CollectionSort =
  | 'COLLECTED_AT_ASC'
  | 'COLLECTED_AT_DESC'
  | 'UPDATED_AT_DESC';

export type CollectionStatus =
  | 'DRAFT'
  | 'REJECTED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'VALIDATED';

export type CollectionType =
  | 'AGRICULTURAL'
  | 'FISHERY'
  | 'LIVESTOCK'
  | 'MIXED';

export type CollectionVersionInput = {
  id: string | number;
  version: number;
};

/**
 * How long a stop or a control lasted, in the buckets of the agents' forms; one value for each of CT's
 * (`5_min` → MIN_5 … `60_min` → MIN_60, `plus_1_heure` → OVER_1_HOUR, `2_heures` → HOURS_2 … `24_heures` →
 * HOURS_24, `plus_24_heures` → OVER_24_HOURS).
 */
export type ControlDuration =
  | 'HOURS_2'
  | 'HOURS_3'
  | 'HOURS_4'
  | 'HOURS_5'
  | 'HOURS_6'
  | 'HOURS_12'
  | 'HOURS_24'
  | 'MIN_5'
  | 'MIN_10'
  | 'MIN_15'
  | 'MIN_20'
  | 'MIN_25'
  | 'MIN_30'
  | 'MIN_35'
  | 'MIN_40'
  | 'MIN_45'
  | 'MIN_50'
  | 'MIN_55'
  | 'MIN_60'
  | 'OVER_1_HOUR'
  | 'OVER_24_HOURS';

export type CorridorInput = {
  checkpointCount?: number | null | undefined;
  /** Generated from the name when left out (CT's forms ask for none); a given code must be unique. */
  code?: string | null | undefined;
  distanceKm?: string | null | undefined;
  endCityId?: string | number | null | undefined;
  endCountryId: string | number;
  name: string;
  startCityId?: string | number | null | undefined;
  startCountryId: string | number;
};

/** CT's staff forms (collectors, team managers, supervisors). */
export type CreateStaffInput = {
  collectionPointIds?: Array<string | number> | null | undefined;
  countryId?: string | number | null | undefined;
  /** At least one of email and phone: they are how the person logs in. */
  email?: string | null | undefined;
  firstName: string;
  gender?: Gender | null | undefined;
  lastName: string;
  /** True (default): a temporary password, to change at first login. */
  mustChangePassword?: boolean | null | undefined;
  /** A reference code of kind ORGANISATION. */
  organisationId?: string | number | null | undefined;
  /** The first password: 10 characters or more, not a common one. */
  password: string;
  phone?: string | null | undefined;
  /** With supervisorId, the region when the supervisor has several (default: their first). */
  regionId?: string | number | null | undefined;
  role: Role;
  /** A team lead's supervisor: the lead's team is in the supervisor's region. Required for TEAM_LEAD. */
  supervisorId?: string | number | null | undefined;
  /** A collector's team lead: the collector joins the lead's team. Required for AGENT. */
  teamLeadId?: string | number | null | undefined;
};

export type CreateUserInput = {
  /** At least one of email and phone: they are how the user logs in. */
  email?: string | null | undefined;
  fullName: string;
  phone?: string | null | undefined;
  role: Role;
  /** Agents and team leads belong to a team. */
  teamId?: string | number | null | undefined;
};

/** A validator's decision, as the dashboard charts them. */
export type DecisionKind =
  | 'REJECTED'
  /** Returned for correction. */
  | 'RETURNED'
  /** Approved at the validator's level. */
  | 'VALIDATED';

export type FieldCommentInput = {
  comment: string;
  field: string;
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

export type LevelState =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'RETURNED'
  | 'WAITING';

export type LoginInput = {
  /** The deviceToken that this device's last successful login returned, if any. */
  deviceToken?: string | null | undefined;
  /** Email address or phone number. */
  login: string;
  password: string;
};

export type NatureInput = {
  hsCode?: string | null | undefined;
  /** A classification of kind PRODUCT_NATURE (products) or ANIMAL_NATURE (animals). */
  natureId: string | number;
};

export type OrganisationType =
  | 'PRIVATE'
  | 'PUBLIC';

export type ProductInput = {
  categoryId?: string | number | null | undefined;
  /** Generated from the name when left out (CT's forms ask for none); a given code must be unique. */
  code?: string | null | undefined;
  description?: string | null | undefined;
  dimension?: UnitDimension | null | undefined;
  /** With natureId: the HS code of that nature. Prefer `natures`. */
  hsCode?: string | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  natureId?: string | number | null | undefined;
  /** The product's natures, each with its HS code (CT's products). */
  natures?: Array<NatureInput> | null | undefined;
  speciesId?: string | number | null | undefined;
  typeId?: string | number | null | undefined;
};

export type ReferenceCodeFilter = {
  active?: boolean | null | undefined;
  /** Transport modes of one transport method. */
  parentId?: string | number | null | undefined;
  /** Matches name, English name or code. */
  search?: string | null | undefined;
};

export type ReferenceCodeInput = {
  address?: string | null | undefined;
  /** Generated from the name when left out; a given code must be unique within its kind. */
  code?: string | null | undefined;
  countryId?: string | number | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  kind: ReferenceCodeKind;
  name: string;
  /** Default: the name. */
  nameEn?: string | null | undefined;
  organisationType?: OrganisationType | null | undefined;
  /** A transport mode's transport method (a TRANSPORT_METHOD code). */
  parentId?: string | number | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

export type ReferenceCodeKind =
  | 'CONTROL_SERVICE'
  | 'ORGANISATION'
  | 'SEASON'
  /** Road, river, rail…: what transport modes belong to. */
  | 'TRANSPORT_METHOD'
  | 'TRANSPORT_MODE';

export type ReferenceCodeUpdateInput = {
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  countryId?: string | number | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  organisationType?: OrganisationType | null | undefined;
  parentId?: string | number | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

/** The reference records an administrator may delete (CT's /admin/reference-data/<entity>). */
export type ReferenceEntity =
  | 'CITY'
  | 'COLLECTION_POINT'
  | 'COMMERCIAL_ACTOR'
  | 'CORRIDOR'
  | 'COUNTRY'
  | 'CURRENCY'
  | 'REFERENCE_CODE'
  | 'TAX_TYPE';

export type RejectInput = {
  /** How the validator checked: method, date, place (CT's level-2 validation_metadata). */
  metadata?: ValidationMetadataInput | null | undefined;
  notes?: string | null | undefined;
  priorityLevel?: ValidationPriority | null | undefined;
  qualityIssues?: Array<string> | null | undefined;
  reason: string;
  requiresAdditionalDocumentation?: boolean | null | undefined;
  requiresDataCorrection?: boolean | null | undefined;
  requiresFieldVerification?: boolean | null | undefined;
  validationDeadline?: string | null | undefined;
};

/** Which collections a report covers; every condition narrows the set. */
export type ReportFilter = {
  collectionPointIds?: Array<string | number> | null | undefined;
  collectionTypes?: Array<CollectionType> | null | undefined;
  corridorIds?: Array<string | number> | null | undefined;
  destinationCountryIds?: Array<string | number> | null | undefined;
  directions?: Array<TradeDirection> | null | undefined;
  /** Collected at or after this instant. */
  from?: string | null | undefined;
  /** Also count collections still pending validation (never drafts). Validators and administrators only. */
  includePending?: boolean | null | undefined;
  originCountryIds?: Array<string | number> | null | undefined;
  /** Collections with at least one item of these products (and, in COLLECTION_ITEMS, only those items). */
  productIds?: Array<string | number> | null | undefined;
  regionIds?: Array<string | number> | null | undefined;
  /** The collector's team, when the collection was recorded. */
  teamIds?: Array<string | number> | null | undefined;
  /** Collected at or before this instant. */
  to?: string | null | undefined;
};

export type ReportFormat =
  /** Comma-separated, UTF-8 with a byte-order mark (Excel opens it with the accents right). */
  | 'CSV'
  /** An Excel workbook: typed cells, a frozen header row, and a second sheet with the filter and the date. */
  | 'XLSX';

/** What a report contains. */
export type ReportKind =
  /**
   * The validated collections with their items, one row per item, every reference by its label: collection,
   * year and month, date, type, direction, product and HS code, transport, origin and destination, collection
   * point, corridor, loading and unloading points, quantity and unit, unit price, value, currency, kg, value
   * in the reference currency.
   */
  | 'COLLECTION_ITEMS'
  /** Shares of formal and informal flows, and by transport mode. Not available yet. */
  | 'FORMALITY_AND_TRANSPORT_SHARES'
  /** Shares by gender of the trader, per collection point. Not available yet. */
  | 'GENDER_SHARES_BY_POINT'
  /**
   * Road governance per corridor and currency, as UEMOA's observatory reports it: trips, controls per trip,
   * official fees and illegal payments per trip and per 100 km, time lost at controls.
   */
  | 'ROAD_GOVERNANCE_BY_CORRIDOR'
  /** Statistics grouped by corridor and direction. Not available yet. */
  | 'STATISTICS_BY_CORRIDOR_AND_DIRECTION'
  /** Statistics grouped by month and product (collections, items, kg, tonnes, heads, values). Not available yet. */
  | 'STATISTICS_BY_MONTH_AND_PRODUCT'
  /** Workflow and data quality: pending per level, lead times, return and rejection rates. Not available yet. */
  | 'WORKFLOW_QUALITY';

/** Language of the column headers and of every label in the file. */
export type ReportLanguage =
  | 'EN'
  | 'FR';

export type ReportStatus =
  /** The file was removed after `expiresAt`: request the report again. */
  | 'EXPIRED'
  /** Failed twice (the worker retries a failed job once); see `error`. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Written: download it from `downloadUrl` until `expiresAt`. */
  | 'READY'
  /** Being written (see `progress`). */
  | 'RUNNING';

export type RequestReportInput = {
  filter?: ReportFilter | null | undefined;
  format: ReportFormat;
  kind: ReportKind;
  /** Headers and labels: this language, else the request's Accept-Language, else French. */
  language?: ReportLanguage | null | undefined;
};

export type ReturnInput = {
  fieldComments?: Array<FieldCommentInput> | null | undefined;
  instructions: string;
  /** How the validator checked: method, date, place (CT's level-2 validation_metadata). */
  metadata?: ValidationMetadataInput | null | undefined;
  priorityLevel?: ValidationPriority | null | undefined;
  qualityIssues?: Array<string> | null | undefined;
  requiresAdditionalDocumentation?: boolean | null | undefined;
  requiresDataCorrection?: boolean | null | undefined;
  requiresFieldVerification?: boolean | null | undefined;
  validationDeadline?: string | null | undefined;
};

/** The six roles of the system; ids 1–6 as in the original system (AGENT 3, TEAM_LEAD 4, SUPERVISOR 5). */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'ANALYST'
  | 'SUPERVISOR'
  | 'SUPER_ADMIN'
  | 'TEAM_LEAD';

export type SetTemporaryPasswordInput = {
  /** At least 10 characters, hard to guess (zxcvbn score 3 or more), not a common password. */
  temporaryPassword: string;
  userId: string | number;
};

/** Which collections to count; every list is an OR of its values, and the fields combine with AND. */
export type StatisticsFilter = {
  animalSpeciesIds?: Array<string | number> | null | undefined;
  collectionPointIds?: Array<string | number> | null | undefined;
  collectionTypes?: Array<CollectionType> | null | undefined;
  /** The agents who recorded the collections. */
  collectorIds?: Array<string | number> | null | undefined;
  /** FORMAL_BORDER for formal trade; INFORMAL_BORDER (and MARKET) for informal trade. */
  contexts?: Array<CollectionContext> | null | undefined;
  corridorIds?: Array<string | number> | null | undefined;
  destinationCountryIds?: Array<string | number> | null | undefined;
  directions?: Array<TradeDirection> | null | undefined;
  /** First collection day, inclusive (UTC). */
  from?: string | null | undefined;
  genders?: Array<TraderGender> | null | undefined;
  originCountryIds?: Array<string | number> | null | undefined;
  /** Model's product categories (classifications of kind PRODUCT_CATEGORY). */
  productCategoryIds?: Array<string | number> | null | undefined;
  productIds?: Array<string | number> | null | undefined;
  /** The collector's region. */
  regionIds?: Array<string | number> | null | undefined;
  /** The collector's team. */
  teamIds?: Array<string | number> | null | undefined;
  /** Last collection day, inclusive (UTC). */
  to?: string | null | undefined;
  /** Admin's reference codes of kind TRANSPORT_MODE. */
  transportModeIds?: Array<string | number> | null | undefined;
};

export type SyncCollectionInput = {
  collection: CollectionInput;
  /** The UUID the app gave the collection offline. */
  id: string | number;
  submit?: boolean | null | undefined;
};

export type SyncOutcome =
  | 'CREATED'
  /** Already synced with the same payload: nothing was created. */
  | 'DUPLICATE'
  | 'REJECTED';

export type TaxTypeInput = {
  /** Generated from the name when left out; a given code must be unique. */
  code?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
};

export type TradeDirection =
  | 'DOMESTIC'
  | 'EXPORT'
  | 'IMPORT'
  | 'TRANSIT';

/** The trader's gender as statistics count it (clients send F/M or FEMALE/MALE). */
export type TraderGender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  /** Not recorded. */
  | 'UNKNOWN';

export type UnitDimension =
  | 'COUNT'
  | 'MASS'
  | 'VOLUME';

/** CT's unit form gives a name, a description and a symbol; the rest is optional. */
export type UnitInput = {
  /** Generated from the symbol or name when left out; a given code must be unique. */
  code?: string | null | undefined;
  description?: string | null | undefined;
  /** Default: MASS. */
  dimension?: UnitDimension | null | undefined;
  /** Base units per one of this unit; greater than 0. Leave out when unknown. */
  factor?: string | null | undefined;
  name: string;
  /** Default: the name. */
  nameEn?: string | null | undefined;
  symbol?: string | null | undefined;
};

export type UpdateUserInput = {
  /** Replaces the person's collection points. */
  collectionPointIds?: Array<string | number> | null | undefined;
  countryId?: string | number | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  fullName?: string | null | undefined;
  gender?: Gender | null | undefined;
  lastName?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  phone?: string | null | undefined;
  role?: Role | null | undefined;
  teamId?: string | number | null | undefined;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  regionId?: string | number | null | undefined;
  role?: Role | null | undefined;
  /** Matches name, email or phone. */
  search?: string | null | undefined;
  teamId?: string | number | null | undefined;
};

export type ValidationAction =
  | 'APPROVE'
  | 'REJECT'
  | 'REOPEN'
  | 'RESUBMIT'
  | 'RETURN'
  | 'SUBMIT';

export type ValidationMetadataInput = {
  method?: string | null | undefined;
  place?: string | null | undefined;
  verifiedAt?: string | null | undefined;
};

export type ValidationPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Where an item's weight per unit comes from. */
export type WeightSource =
  /** The agent's localUnitWeightKg, for a unit the catalogue cannot convert to a weight. */
  | 'AGENT'
  /** Heads × the agent's averageWeightKg. */
  | 'AVERAGE_WEIGHT'
  /** The model's catalogue: a general or local unit of the product with a known weight. */
  | 'CATALOGUE';

/** Which decisions to count. */
export type WorkflowStatisticsFilter = {
  collectionTypes?: Array<CollectionType> | null | undefined;
  collectorIds?: Array<string | number> | null | undefined;
  /** First decision day, inclusive (UTC). */
  from?: string | null | undefined;
  levels?: Array<number> | null | undefined;
  regionIds?: Array<string | number> | null | undefined;
  teamIds?: Array<string | number> | null | undefined;
  /** Last decision day, inclusive (UTC). */
  to?: string | null | undefined;
  validatorIds?: Array<string | number> | null | undefined;
};

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff: { passwordSet: boolean, mustChangePassword: boolean, message: string | null, user: { id: string, firstName: string | null, lastName: string | null, fullName: string, gender: Gender | null, email: string | null, phone: string | null, role: Role, active: boolean, lastLoginAt: string | null, country: { id: string, name: string } | null, organisation: { id: string, name: string } | null, collectionPoints: Array<{ id: string, name: string }>, team: { id: string, name: string } | null, teamLead: { id: string, fullName: string } | null, supervisors: Array<{ id: string, fullName: string }> } } };

export type UpdateStaffMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateStaffMutation = { updateUser: { id: string, firstName: string | null, lastName: string | null, fullName: string, gender: Gender | null, email: string | null, phone: string | null, role: Role, active: boolean, lastLoginAt: string | null, country: { id: string, name: string } | null, organisation: { id: string, name: string } | null, collectionPoints: Array<{ id: string, name: string }>, team: { id: string, name: string } | null, teamLead: { id: string, fullName: string } | null, supervisors: Array<{ id: string, fullName: string }> } };

export type DeleteStaffMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteStaffMutation = { deleteUser: { id: string, deleted: boolean, deactivated: boolean, references: number, message: string } };

export type StaffTableQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type StaffTableQuery = { users: { totalCount: number, nodes: Array<{ id: string, firstName: string | null, lastName: string | null, fullName: string, gender: Gender | null, email: string | null, phone: string | null, role: Role, active: boolean, lastLoginAt: string | null, country: { id: string, name: string } | null, organisation: { id: string, name: string } | null, collectionPoints: Array<{ id: string, name: string }>, team: { id: string, name: string } | null, teamLead: { id: string, fullName: string } | null, supervisors: Array<{ id: string, fullName: string }> }> } };

export type AssignedStaffQueryVariables = Exact<{
  userId?: string | number | null | undefined;
  search?: string | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type AssignedStaffQuery = { assignedStaff: { totalCount: number, nodes: Array<{ id: string, fullName: string, phone: string | null, email: string | null, role: Role, lastLoginAt: string | null, activity: { collectionsRecorded: number, validationsMade: number, lastActivityAt: string | null } | null }> } };

export type StaffRowFragment = { id: string, firstName: string | null, lastName: string | null, fullName: string, gender: Gender | null, email: string | null, phone: string | null, role: Role, active: boolean, lastLoginAt: string | null, country: { id: string, name: string } | null, organisation: { id: string, name: string } | null, collectionPoints: Array<{ id: string, name: string }>, team: { id: string, name: string } | null, teamLead: { id: string, fullName: string } | null, supervisors: Array<{ id: string, fullName: string }> };

export type DeleteOutcomeFragment = { id: string, deleted: boolean, deactivated: boolean, references: number, message: string };

export type CreateProductWithNaturesMutationVariables = Exact<{
  input: ProductInput;
}>;


export type CreateProductWithNaturesMutation = { createProduct: { id: string, code: string, name: string, nameEn: string | null, type: { id: string, name: string } | null, natures: Array<{ hsCode: string | null, nature: { id: string, name: string } }> } };

export type ProductTableQueryVariables = Exact<{
  search?: string | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type ProductTableQuery = { products: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, nameEn: string | null, active: boolean, natures: Array<{ hsCode: string | null, nature: { name: string } }> }> } };

export type CreateAnimalMutationVariables = Exact<{
  input: AnimalInput;
}>;


export type CreateAnimalMutation = { createAnimal: { id: string, code: string, name: string, species: { id: string, name: string }, natures: Array<{ hsCode: string | null, nature: { id: string, name: string } }> } };

export type AnimalTableQueryVariables = Exact<{
  filter?: AnimalFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type AnimalTableQuery = { animals: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, active: boolean, species: { name: string } }> } };

export type CreateUnitMutationVariables = Exact<{
  input: UnitInput;
}>;


export type CreateUnitMutation = { createUnit: { id: string, code: string, name: string, description: string | null, symbol: string | null, dimension: UnitDimension, factor: string | null } };

export type DeleteCatalogRecordMutationVariables = Exact<{
  entity: CatalogEntity;
  id: string | number;
}>;


export type DeleteCatalogRecordMutation = { deleteCatalogRecord: { id: string, deleted: boolean, deactivated: boolean, references: number, message: string } };

export type CreateReferenceCodeMutationVariables = Exact<{
  input: ReferenceCodeInput;
}>;


export type CreateReferenceCodeMutation = { createReferenceCode: { id: string, kind: ReferenceCodeKind, code: string, name: string, nameEn: string, description: string | null, active: boolean, organisationType: OrganisationType | null, address: string | null, phone: string | null, email: string | null, website: string | null, parent: { id: string, name: string } | null, country: { id: string, name: string } | null } };

export type UpdateReferenceCodeMutationVariables = Exact<{
  id: string | number;
  input: ReferenceCodeUpdateInput;
}>;


export type UpdateReferenceCodeMutation = { updateReferenceCode: { id: string, kind: ReferenceCodeKind, code: string, name: string, nameEn: string, description: string | null, active: boolean, organisationType: OrganisationType | null, address: string | null, phone: string | null, email: string | null, website: string | null, parent: { id: string, name: string } | null, country: { id: string, name: string } | null } };

export type ReferenceCodeTableQueryVariables = Exact<{
  kind: ReferenceCodeKind;
  filter?: ReferenceCodeFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type ReferenceCodeTableQuery = { referenceCodeList: { totalCount: number, nodes: Array<{ id: string, kind: ReferenceCodeKind, code: string, name: string, nameEn: string, description: string | null, active: boolean, organisationType: OrganisationType | null, address: string | null, phone: string | null, email: string | null, website: string | null, parent: { id: string, name: string } | null, country: { id: string, name: string } | null }> } };

export type ReferenceCodeRowFragment = { id: string, kind: ReferenceCodeKind, code: string, name: string, nameEn: string, description: string | null, active: boolean, organisationType: OrganisationType | null, address: string | null, phone: string | null, email: string | null, website: string | null, parent: { id: string, name: string } | null, country: { id: string, name: string } | null };

export type CreateTaxTypeMutationVariables = Exact<{
  input: TaxTypeInput;
}>;


export type CreateTaxTypeMutation = { createTaxType: { id: string, code: string, name: string, description: string | null } };

export type TaxTypeTableQueryVariables = Exact<{
  filter?: ReferenceCodeFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type TaxTypeTableQuery = { taxTypes: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, description: string | null, active: boolean }> } };

export type CreateCorridorWithoutCodeMutationVariables = Exact<{
  input: CorridorInput;
}>;


export type CreateCorridorWithoutCodeMutation = { createCorridor: { id: string, code: string, name: string } };

export type DeleteReferenceDataMutationVariables = Exact<{
  entity: ReferenceEntity;
  id: string | number;
}>;


export type DeleteReferenceDataMutation = { deleteReferenceData: { id: string, deleted: boolean, deactivated: boolean, references: number, message: string } };

export type CollectionTableQueryVariables = Exact<{
  filter?: CollectionFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type CollectionTableQuery = { collections: { totalCount: number, nodes: Array<{ id: string, status: CollectionStatus, collectedAt: string, collector: { id: string, fullName: string } | null }> } };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { nodes: Array<{ id: string, fullName: string, email: string | null, phone: string | null, role: Role, active: boolean, lastLoginAt: string | null, team: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, fullName: string, role: Role } };

export type SetTemporaryPasswordMutationVariables = Exact<{
  input: SetTemporaryPasswordInput;
}>;


export type SetTemporaryPasswordMutation = { setTemporaryPassword: boolean };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, active: boolean, deactivatedAt: string | null } };

export type OrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationQuery = { roles: Array<{ id: number, code: Role, name: string, permissions: Array<string> }>, regions: { nodes: Array<{ id: string, name: string, supervisors: Array<{ id: string, fullName: string }>, teams: Array<{ id: string, name: string, lead: { id: string, fullName: string } | null }> }> } };

export type CollectionSummaryFragment = { id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } };

export type MyCollectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCollectionsQuery = { me: { id: string, collections: { nodes: Array<{ id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type CollectionsQueryVariables = Exact<{
  filter?: CollectionFilter | null | undefined;
  sort?: CollectionSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CollectionsQuery = { collections: { nodes: Array<{ id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CollectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectionQuery = { collection: { id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, publicId: string, context: CollectionContext | null, transportBatchId: string | null, intermediateDestination: string | null, vehicleRegistration: string | null, transportCost: string | null, loadingCost: string | null, unloadingCost: string | null, currencyCode: string, paymentMethod: string | null, season: string | null, marketConditions: string | null, priceVariation: string | null, marketDay: number | null, nearbyMarkets: string | null, taxesFees: string | null, taxDetails: string | null, taxesPaid: boolean | null, taxAmount: string | null, hasControlPosts: boolean | null, controlPostsCount: number | null, controlLocations: string | null, controlDurationType: ControlDuration | null, controlDurationValue: string | null, illegalFeesPaid: boolean | null, illegalFeesLocations: string | null, illegalFeesAmount: string | null, operatorType: string | null, operatorGender: string | null, ownerGender: string | null, ownerAgeCategory: string | null, ownerHasDisability: boolean | null, respondentNature: string | null, otherRespondentNature: string | null, latitude: string | null, longitude: string | null, knowsCommunityRules: boolean | null, knowsNationalRules: boolean | null, driverHasLicence: boolean | null, driverVehicleInspectionUpToDate: boolean | null, driverRegistrationCardUpToDate: boolean | null, driverInsuranceUpToDate: boolean | null, driverOtherDocumentsUpToDate: boolean | null, driverOtherDocuments: string | null, otherDifficulties: string | null, extraFields: unknown, formVersion: number | null, notes: string | null, submittedAt: string | null, validatedAt: string | null, createdAt: string, updatedAt: string, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> }, originCountry: { id: string, name: string } | null, originCity: { id: string, name: string } | null, destinationCountry: { id: string, name: string } | null, destinationCity: { id: string, name: string } | null, corridor: { id: string, name: string } | null, transportMode: { id: string, name: string } | null, actor: { id: string, name: string, gender: Gender } | null, items: Array<{ id: string, position: number, quantity: string, unit: string, unitPrice: string | null, totalValue: string | null, quality: string | null, variety: string | null, processingLevel: string | null, packaging: string | null, animalCount: number | null, animalCategory: string | null, animalAge: string | null, animalSex: string | null, animalCondition: string | null, breed: string | null, averageWeightKg: string | null, localUnitWeightKg: string | null, unitWeightKg: string | null, totalWeightKg: string | null, weightSource: WeightSource | null, losses: string | null, lossesValue: string | null, lossReasons: string | null, specialPermitsRequired: boolean | null, specialPermits: string | null, loadingCost: string | null, unloadingCost: string | null, transportCost: string | null, specificFees: string | null, specificOrigin: string | null, specificDestination: string | null, seasonalProduct: boolean | null, harvestPeriod: string | null, customsRegistered: boolean | null, customsRegistrationNumber: string | null, notes: string | null, product: { id: string, name: string, hsCode: string | null } | null, animal: { id: string } | null, animalCategories: Array<{ category: string, quantity: number, price: string | null }>, originCountry: { id: string, name: string } | null, loadingCity: { id: string, name: string } | null, unloadingCity: { id: string, name: string } | null, productOriginCountry: { id: string, name: string } | null, productDestinationCountry: { id: string, name: string } | null }>, controls: Array<{ id: string, position: number, otherControlBody: string | null, location: string | null, duration: string | null, durationBucket: ControlDuration | null, durationValue: string | null, stopTimePerPost: ControlDuration | null, borderCrossingTime: ControlDuration | null, controlResult: string | null, controlIssues: string | null, feesWerePaid: boolean | null, feesPaid: string | null, paymentAmount: string | null, feesPaymentPost: string | null, feesPaymentAmount: string | null, hasReceipt: boolean | null, otherTaxType: string | null, illegalFeesPaid: boolean | null, illegalFeesPost: string | null, illegalFees: string | null, otherDifficulties: string | null, notes: string | null, checkpoint: { id: string, name: string } | null, controlService: { id: string, name: string } | null, taxTypeRefs: Array<{ id: string }> }>, history: Array<{ id: string, level: number | null, action: ValidationAction, fromStatus: CollectionStatus, toStatus: CollectionStatus, actorRole: string, revision: number, score: number | null, notes: string | null, rejectionReason: string | null, correctionInstructions: string | null, qualityIssues: Array<string>, priorityLevel: ValidationPriority | null, requiresFieldVerification: boolean | null, requiresDataCorrection: boolean | null, requiresAdditionalDocumentation: boolean | null, validationDeadline: string | null, durationSeconds: number | null, createdAt: string, actor: { id: string, fullName: string } | null, fieldComments: Array<{ field: string, comment: string }>, metadata: { method: string | null, verifiedAt: string | null, place: string | null } | null }> } | null };

export type CollectionDetailFragment = { publicId: string, context: CollectionContext | null, transportBatchId: string | null, intermediateDestination: string | null, vehicleRegistration: string | null, transportCost: string | null, loadingCost: string | null, unloadingCost: string | null, currencyCode: string, paymentMethod: string | null, season: string | null, marketConditions: string | null, priceVariation: string | null, marketDay: number | null, nearbyMarkets: string | null, taxesFees: string | null, taxDetails: string | null, taxesPaid: boolean | null, taxAmount: string | null, hasControlPosts: boolean | null, controlPostsCount: number | null, controlLocations: string | null, controlDurationType: ControlDuration | null, controlDurationValue: string | null, illegalFeesPaid: boolean | null, illegalFeesLocations: string | null, illegalFeesAmount: string | null, operatorType: string | null, operatorGender: string | null, ownerGender: string | null, ownerAgeCategory: string | null, ownerHasDisability: boolean | null, respondentNature: string | null, otherRespondentNature: string | null, latitude: string | null, longitude: string | null, knowsCommunityRules: boolean | null, knowsNationalRules: boolean | null, driverHasLicence: boolean | null, driverVehicleInspectionUpToDate: boolean | null, driverRegistrationCardUpToDate: boolean | null, driverInsuranceUpToDate: boolean | null, driverOtherDocumentsUpToDate: boolean | null, driverOtherDocuments: string | null, otherDifficulties: string | null, extraFields: unknown, formVersion: number | null, notes: string | null, submittedAt: string | null, validatedAt: string | null, createdAt: string, updatedAt: string, originCountry: { id: string, name: string } | null, originCity: { id: string, name: string } | null, destinationCountry: { id: string, name: string } | null, destinationCity: { id: string, name: string } | null, corridor: { id: string, name: string } | null, transportMode: { id: string, name: string } | null, actor: { id: string, name: string, gender: Gender } | null, items: Array<{ id: string, position: number, quantity: string, unit: string, unitPrice: string | null, totalValue: string | null, quality: string | null, variety: string | null, processingLevel: string | null, packaging: string | null, animalCount: number | null, animalCategory: string | null, animalAge: string | null, animalSex: string | null, animalCondition: string | null, breed: string | null, averageWeightKg: string | null, localUnitWeightKg: string | null, unitWeightKg: string | null, totalWeightKg: string | null, weightSource: WeightSource | null, losses: string | null, lossesValue: string | null, lossReasons: string | null, specialPermitsRequired: boolean | null, specialPermits: string | null, loadingCost: string | null, unloadingCost: string | null, transportCost: string | null, specificFees: string | null, specificOrigin: string | null, specificDestination: string | null, seasonalProduct: boolean | null, harvestPeriod: string | null, customsRegistered: boolean | null, customsRegistrationNumber: string | null, notes: string | null, product: { id: string, name: string, hsCode: string | null } | null, animal: { id: string } | null, animalCategories: Array<{ category: string, quantity: number, price: string | null }>, originCountry: { id: string, name: string } | null, loadingCity: { id: string, name: string } | null, unloadingCity: { id: string, name: string } | null, productOriginCountry: { id: string, name: string } | null, productDestinationCountry: { id: string, name: string } | null }>, controls: Array<{ id: string, position: number, otherControlBody: string | null, location: string | null, duration: string | null, durationBucket: ControlDuration | null, durationValue: string | null, stopTimePerPost: ControlDuration | null, borderCrossingTime: ControlDuration | null, controlResult: string | null, controlIssues: string | null, feesWerePaid: boolean | null, feesPaid: string | null, paymentAmount: string | null, feesPaymentPost: string | null, feesPaymentAmount: string | null, hasReceipt: boolean | null, otherTaxType: string | null, illegalFeesPaid: boolean | null, illegalFeesPost: string | null, illegalFees: string | null, otherDifficulties: string | null, notes: string | null, checkpoint: { id: string, name: string } | null, controlService: { id: string, name: string } | null, taxTypeRefs: Array<{ id: string }> }>, history: Array<{ id: string, level: number | null, action: ValidationAction, fromStatus: CollectionStatus, toStatus: CollectionStatus, actorRole: string, revision: number, score: number | null, notes: string | null, rejectionReason: string | null, correctionInstructions: string | null, qualityIssues: Array<string>, priorityLevel: ValidationPriority | null, requiresFieldVerification: boolean | null, requiresDataCorrection: boolean | null, requiresAdditionalDocumentation: boolean | null, validationDeadline: string | null, durationSeconds: number | null, createdAt: string, actor: { id: string, fullName: string } | null, fieldComments: Array<{ field: string, comment: string }>, metadata: { method: string | null, verifiedAt: string | null, place: string | null } | null }> };

export type CollectionItemDetailFragment = { id: string, position: number, quantity: string, unit: string, unitPrice: string | null, totalValue: string | null, quality: string | null, variety: string | null, processingLevel: string | null, packaging: string | null, animalCount: number | null, animalCategory: string | null, animalAge: string | null, animalSex: string | null, animalCondition: string | null, breed: string | null, averageWeightKg: string | null, localUnitWeightKg: string | null, unitWeightKg: string | null, totalWeightKg: string | null, weightSource: WeightSource | null, losses: string | null, lossesValue: string | null, lossReasons: string | null, specialPermitsRequired: boolean | null, specialPermits: string | null, loadingCost: string | null, unloadingCost: string | null, transportCost: string | null, specificFees: string | null, specificOrigin: string | null, specificDestination: string | null, seasonalProduct: boolean | null, harvestPeriod: string | null, customsRegistered: boolean | null, customsRegistrationNumber: string | null, notes: string | null, product: { id: string, name: string, hsCode: string | null } | null, animal: { id: string } | null, animalCategories: Array<{ category: string, quantity: number, price: string | null }>, originCountry: { id: string, name: string } | null, loadingCity: { id: string, name: string } | null, unloadingCity: { id: string, name: string } | null, productOriginCountry: { id: string, name: string } | null, productDestinationCountry: { id: string, name: string } | null };

export type CollectionControlDetailFragment = { id: string, position: number, otherControlBody: string | null, location: string | null, duration: string | null, durationBucket: ControlDuration | null, durationValue: string | null, stopTimePerPost: ControlDuration | null, borderCrossingTime: ControlDuration | null, controlResult: string | null, controlIssues: string | null, feesWerePaid: boolean | null, feesPaid: string | null, paymentAmount: string | null, feesPaymentPost: string | null, feesPaymentAmount: string | null, hasReceipt: boolean | null, otherTaxType: string | null, illegalFeesPaid: boolean | null, illegalFeesPost: string | null, illegalFees: string | null, otherDifficulties: string | null, notes: string | null, checkpoint: { id: string, name: string } | null, controlService: { id: string, name: string } | null, taxTypeRefs: Array<{ id: string }> };

export type CollectionValidationDetailFragment = { id: string, level: number | null, action: ValidationAction, fromStatus: CollectionStatus, toStatus: CollectionStatus, actorRole: string, revision: number, score: number | null, notes: string | null, rejectionReason: string | null, correctionInstructions: string | null, qualityIssues: Array<string>, priorityLevel: ValidationPriority | null, requiresFieldVerification: boolean | null, requiresDataCorrection: boolean | null, requiresAdditionalDocumentation: boolean | null, validationDeadline: string | null, durationSeconds: number | null, createdAt: string, actor: { id: string, fullName: string } | null, fieldComments: Array<{ field: string, comment: string }>, metadata: { method: string | null, verifiedAt: string | null, place: string | null } | null };

export type CreateCollectionMutationVariables = Exact<{
  input: CollectionInput;
  submit?: boolean | null | undefined;
}>;


export type CreateCollectionMutation = { createCollection: { publicId: string, id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } } };

export type UpdateCollectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CollectionInput;
}>;


export type UpdateCollectionMutation = { updateCollection: { publicId: string, id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } } };

export type SyncCollectionsMutationVariables = Exact<{
  input: Array<SyncCollectionInput> | SyncCollectionInput;
}>;


export type SyncCollectionsMutation = { syncCollections: Array<{ clientId: string, outcome: SyncOutcome, error: { code: string, field: string | null, message: string } | null, collection: { id: string, publicId: string, status: CollectionStatus, version: number } | null }> };

export type SubmitCollectionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitCollectionMutation = { submitCollection: { id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } } };

export type ValidationQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ValidationQueueQuery = { myValidationQueue: { nodes: Array<{ id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApproveCollectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ApproveInput;
}>;


export type ApproveCollectionMutation = { approveCollection: { id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } } };

export type RejectCollectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RejectInput;
}>;


export type RejectCollectionMutation = { rejectCollection: { id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } } };

export type ReturnCollectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ReturnInput;
}>;


export type ReturnCollectionMutation = { returnCollection: { id: string, collectedAt: string, status: CollectionStatus, type: CollectionType, direction: TradeDirection | null, version: number, revision: number, isResubmission: boolean, totalWeightKg: string | null, totalValue: string | null, totalValueReference: string | null, referenceCurrency: string | null, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canReject: boolean, canReturn: boolean, canReopen: boolean, collector: { id: string, fullName: string } | null, collectionPoint: { id: string, name: string } | null, workflow: { currentLevel: number | null, levels: Array<{ level: number, role: string, state: LevelState }> } } };

export type BulkApproveMutationVariables = Exact<{
  items: Array<CollectionVersionInput> | CollectionVersionInput;
  input: ApproveInput;
}>;


export type BulkApproveMutation = { bulkApproveCollections: Array<{ id: string, ok: boolean, error: { code: string, message: string } | null }> };

export type DashboardQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardQuery = { collectionCounts: { drafts: number, pendingLevel1: number, pendingLevel2: number, validatedLevel1: number, validatedLevel2: number, rejectedLevel1: number, rejectedLevel2: number, returned: number, total: number } };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nodes: Array<{ id: string, code: string, name: string, hsCode: string | null, localUnits: Array<{ code: string, name: string, baseQuantity: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportJobFragment = { id: string, kind: ReportKind, format: ReportFormat, language: ReportLanguage, status: ReportStatus, progress: number, rowCount: number | null, sizeBytes: number | null, downloadUrl: string | null, expiresAt: string | null, error: string | null, requestedAt: string, finishedAt: string | null };

export type RequestReportMutationVariables = Exact<{
  input: RequestReportInput;
}>;


export type RequestReportMutation = { requestReport: { id: string, kind: ReportKind, format: ReportFormat, language: ReportLanguage, status: ReportStatus, progress: number, rowCount: number | null, sizeBytes: number | null, downloadUrl: string | null, expiresAt: string | null, error: string | null, requestedAt: string, finishedAt: string | null } };

export type ReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportQuery = { report: { filter: unknown, id: string, kind: ReportKind, format: ReportFormat, language: ReportLanguage, status: ReportStatus, progress: number, rowCount: number | null, sizeBytes: number | null, downloadUrl: string | null, expiresAt: string | null, error: string | null, requestedAt: string, finishedAt: string | null } | null };

export type MyReportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyReportsQuery = { myReports: Array<{ id: string, kind: ReportKind, format: ReportFormat, language: ReportLanguage, status: ReportStatus, progress: number, rowCount: number | null, sizeBytes: number | null, downloadUrl: string | null, expiresAt: string | null, error: string | null, requestedAt: string, finishedAt: string | null }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, expiresIn: number, tokenType: string, deviceToken: string | null, user: { id: string, fullName: string, role: Role } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, fullName: string, email: string | null, phone: string | null, role: Role, active: boolean, lastLoginAt: string | null, team: { id: string, name: string, region: { id: string, name: string }, lead: { id: string, fullName: string } | null } | null } | null };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, expiresIn: number, mustChangePassword: boolean } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, device: string | null, ip: string | null, createdAt: string, lastUsedAt: string, current: boolean }> };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ValidationBoardQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ValidationBoardQuery = { validationBoard: { role: string, levels: Array<number>, pending: number, validated: number, rejected: number, total: number, pendingLevel1: number, pendingLevel2: number, counts: { validatedLevel1: number, validatedLevel2: number, rejectedLevel1: number, rejectedLevel2: number, returned: number, drafts: number } } };

export type MyDecisionsByMonthQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type MyDecisionsByMonthQuery = { myDecisionsByMonth: Array<{ month: string, collectionType: CollectionType, decision: DecisionKind, count: number }> };

export type TeamValidationBreakdownQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TeamValidationBreakdownQuery = { teamValidationBreakdown: { teams: Array<{ team: { id: string, name: string, lead: { id: string, fullName: string } | null } | null, counts: { pendingLevel1: number, rejectedLevel1: number, pendingLevel2: number, validatedLevel2: number, rejectedLevel2: number } }>, totals: { pendingLevel1: number, rejectedLevel1: number, pendingLevel2: number, validatedLevel2: number, rejectedLevel2: number } } };

export type TeamValidationCountsFieldsFragment = { pendingLevel1: number, rejectedLevel1: number, pendingLevel2: number, validatedLevel2: number, rejectedLevel2: number };

export type ComplianceRatesQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type ComplianceRatesQuery = { complianceRates: { collections: number, withControlPosts: { count: number, answered: number, rate: string | null }, withIllegalFees: { count: number, answered: number, rate: string | null }, knowsCommunityRules: { count: number, answered: number, rate: string | null }, knowsNationalRules: { count: number, answered: number, rate: string | null }, driverLicenceUpToDate: { count: number, answered: number, rate: string | null }, vehicleDocumentsUpToDate: { count: number, answered: number, rate: string | null } } };

export type ComplianceRateFieldsFragment = { count: number, answered: number, rate: string | null };

export type AdministrationStatisticsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type AdministrationStatisticsQuery = { administrationStatistics: { year: number, totalCollections: number, acceptedBySupervisor: number, rejected: number, pending: number, rejectedByLevel: Array<{ level: number, count: number }>, pendingByLevel: Array<{ level: number, count: number }>, collectionsPerMonth: Array<{ month: number, label: string, nameFr: string, count: number }>, acceptedPerMonth: Array<{ month: number, label: string, nameFr: string, count: number }>, rejectedPerMonth: Array<{ month: number, label: string, nameFr: string, count: number }> } };

export type MonthCountFieldsFragment = { month: number, label: string, nameFr: string, count: number };

export type TradeByMonthAndCategoryQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  currency?: string | null | undefined;
}>;


export type TradeByMonthAndCategoryQuery = { tradeStatistics: { referenceCurrency: string, currency: string, totals: { collections: number, weightTonnes: string, valueReference: string, value: string }, groups: Array<{ shareOfValue: string, period: { label: string } | null, keys: Array<{ key: string | null, labelFr: string | null, labelEn: string | null }>, measures: { collections: number, weightTonnes: string, headCount: number, value: string } }> } };

export type RoadGovernanceByCorridorQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type RoadGovernanceByCorridorQuery = { roadGovernance: { groups: Array<{ keys: Array<{ corridor: { code: string, name: string } | null }>, measures: { trips: number, controlsPerTrip: string | null, feesPaidPerTrip: string | null, illegalFeesPerTrip: string | null, timeLostMinutesPerTrip: string | null, distanceKm: string | null, controlsPer100Km: string | null, illegalFeesPer100Km: string | null } }> } };

export type WorkflowByLevelQueryVariables = Exact<{
  filter?: WorkflowStatisticsFilter | null | undefined;
}>;


export type WorkflowByLevelQuery = { workflowStatistics: { groups: Array<{ keys: Array<{ key: string | null, labelEn: string | null }>, measures: { decisions: number, approvalRate: string | null, returnRate: string | null, rejectionRate: string | null, meanQualityScore: string | null, medianSecondsToDecideAtMost: number | null, p90SecondsToDecideAtMost: number | null } }>, pendingByLevel: Array<{ level: number, count: number }> } };

export const StaffRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffRowFragment, unknown>;
export const DeleteOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"deactivated"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteOutcomeFragment, unknown>;
export const ReferenceCodeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferenceCodeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<ReferenceCodeRowFragment, unknown>;
export const CollectionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionSummaryFragment, unknown>;
export const CollectionItemDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionItemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"animal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"processingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"packaging"}},{"kind":"Field","name":{"kind":"Name","value":"animalCount"}},{"kind":"Field","name":{"kind":"Name","value":"animalCategory"}},{"kind":"Field","name":{"kind":"Name","value":"animalCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"animalAge"}},{"kind":"Field","name":{"kind":"Name","value":"animalSex"}},{"kind":"Field","name":{"kind":"Name","value":"animalCondition"}},{"kind":"Field","name":{"kind":"Name","value":"breed"}},{"kind":"Field","name":{"kind":"Name","value":"averageWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"unitWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"weightSource"}},{"kind":"Field","name":{"kind":"Name","value":"losses"}},{"kind":"Field","name":{"kind":"Name","value":"lossesValue"}},{"kind":"Field","name":{"kind":"Name","value":"lossReasons"}},{"kind":"Field","name":{"kind":"Name","value":"specialPermitsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"specialPermits"}},{"kind":"Field","name":{"kind":"Name","value":"loadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"transportCost"}},{"kind":"Field","name":{"kind":"Name","value":"specificFees"}},{"kind":"Field","name":{"kind":"Name","value":"specificOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"specificDestination"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loadingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOriginCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productDestinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seasonalProduct"}},{"kind":"Field","name":{"kind":"Name","value":"harvestPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CollectionItemDetailFragment, unknown>;
export const CollectionControlDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionControlDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionControl"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherControlBody"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"durationBucket"}},{"kind":"Field","name":{"kind":"Name","value":"durationValue"}},{"kind":"Field","name":{"kind":"Name","value":"stopTimePerPost"}},{"kind":"Field","name":{"kind":"Name","value":"borderCrossingTime"}},{"kind":"Field","name":{"kind":"Name","value":"controlResult"}},{"kind":"Field","name":{"kind":"Name","value":"controlIssues"}},{"kind":"Field","name":{"kind":"Name","value":"feesWerePaid"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaymentPost"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"taxTypeRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTaxType"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPost"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFees"}},{"kind":"Field","name":{"kind":"Name","value":"otherDifficulties"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CollectionControlDetailFragment, unknown>;
export const CollectionValidationDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionValidationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionValidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctionInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"fieldComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssues"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiresFieldVerification"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDataCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAdditionalDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"validationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CollectionValidationDetailFragment, unknown>;
export const CollectionDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicId"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"transportBatchId"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intermediateDestination"}},{"kind":"Field","name":{"kind":"Name","value":"corridor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transportMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicleRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"transportCost"}},{"kind":"Field","name":{"kind":"Name","value":"loadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"marketConditions"}},{"kind":"Field","name":{"kind":"Name","value":"priceVariation"}},{"kind":"Field","name":{"kind":"Name","value":"marketDay"}},{"kind":"Field","name":{"kind":"Name","value":"nearbyMarkets"}},{"kind":"Field","name":{"kind":"Name","value":"taxesFees"}},{"kind":"Field","name":{"kind":"Name","value":"taxDetails"}},{"kind":"Field","name":{"kind":"Name","value":"taxesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasControlPosts"}},{"kind":"Field","name":{"kind":"Name","value":"controlPostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"controlLocations"}},{"kind":"Field","name":{"kind":"Name","value":"controlDurationType"}},{"kind":"Field","name":{"kind":"Name","value":"controlDurationValue"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesLocations"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorType"}},{"kind":"Field","name":{"kind":"Name","value":"operatorGender"}},{"kind":"Field","name":{"kind":"Name","value":"ownerGender"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgeCategory"}},{"kind":"Field","name":{"kind":"Name","value":"ownerHasDisability"}},{"kind":"Field","name":{"kind":"Name","value":"respondentNature"}},{"kind":"Field","name":{"kind":"Name","value":"otherRespondentNature"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"knowsCommunityRules"}},{"kind":"Field","name":{"kind":"Name","value":"knowsNationalRules"}},{"kind":"Field","name":{"kind":"Name","value":"driverHasLicence"}},{"kind":"Field","name":{"kind":"Name","value":"driverVehicleInspectionUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverRegistrationCardUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverInsuranceUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverOtherDocumentsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverOtherDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"otherDifficulties"}},{"kind":"Field","name":{"kind":"Name","value":"extraFields"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionItemDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionControlDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionValidationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionItemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"animal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"processingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"packaging"}},{"kind":"Field","name":{"kind":"Name","value":"animalCount"}},{"kind":"Field","name":{"kind":"Name","value":"animalCategory"}},{"kind":"Field","name":{"kind":"Name","value":"animalCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"animalAge"}},{"kind":"Field","name":{"kind":"Name","value":"animalSex"}},{"kind":"Field","name":{"kind":"Name","value":"animalCondition"}},{"kind":"Field","name":{"kind":"Name","value":"breed"}},{"kind":"Field","name":{"kind":"Name","value":"averageWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"unitWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"weightSource"}},{"kind":"Field","name":{"kind":"Name","value":"losses"}},{"kind":"Field","name":{"kind":"Name","value":"lossesValue"}},{"kind":"Field","name":{"kind":"Name","value":"lossReasons"}},{"kind":"Field","name":{"kind":"Name","value":"specialPermitsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"specialPermits"}},{"kind":"Field","name":{"kind":"Name","value":"loadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"transportCost"}},{"kind":"Field","name":{"kind":"Name","value":"specificFees"}},{"kind":"Field","name":{"kind":"Name","value":"specificOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"specificDestination"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loadingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOriginCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productDestinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seasonalProduct"}},{"kind":"Field","name":{"kind":"Name","value":"harvestPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionControlDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionControl"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherControlBody"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"durationBucket"}},{"kind":"Field","name":{"kind":"Name","value":"durationValue"}},{"kind":"Field","name":{"kind":"Name","value":"stopTimePerPost"}},{"kind":"Field","name":{"kind":"Name","value":"borderCrossingTime"}},{"kind":"Field","name":{"kind":"Name","value":"controlResult"}},{"kind":"Field","name":{"kind":"Name","value":"controlIssues"}},{"kind":"Field","name":{"kind":"Name","value":"feesWerePaid"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaymentPost"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"taxTypeRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTaxType"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPost"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFees"}},{"kind":"Field","name":{"kind":"Name","value":"otherDifficulties"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionValidationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionValidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctionInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"fieldComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssues"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiresFieldVerification"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDataCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAdditionalDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"validationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CollectionDetailFragment, unknown>;
export const ReportJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ReportJobFragment, unknown>;
export const TeamValidationCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamValidationCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamValidationCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"validatedLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel2"}}]}}]} as unknown as DocumentNode<TeamValidationCountsFieldsFragment, unknown>;
export const ComplianceRateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]} as unknown as DocumentNode<ComplianceRateFieldsFragment, unknown>;
export const MonthCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<MonthCountFieldsFragment, unknown>;
export const CreateStaffDocument = {"__meta__":{"hash":"sha256:3f60a1d1dcc5e3c9e3ae3afb4d57715203400f6c4b792c741df9be09d9bf2d8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const UpdateStaffDocument = {"__meta__":{"hash":"sha256:386719b6284a133a49950e046dc3d5a012352cdf48a573ea1585c00493e8c0d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const DeleteStaffDocument = {"__meta__":{"hash":"sha256:19ac4c2331edc5e0295a44de98b307556ce7cf802b6e6f01830640eaa802254c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"deactivated"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteStaffMutation, DeleteStaffMutationVariables>;
export const StaffTableDocument = {"__meta__":{"hash":"sha256:3c3b605ebd53a54b18c6df23df16bbf96a316534bef10f31258ab99ef506e468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffTableQuery, StaffTableQueryVariables>;
export const AssignedStaffDocument = {"__meta__":{"hash":"sha256:06306c06000491df43def20bad9bb36bf39aa69f8214c7ee6ae5cd5d833227eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignedStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"validationsMade"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignedStaffQuery, AssignedStaffQueryVariables>;
export const CreateProductWithNaturesDocument = {"__meta__":{"hash":"sha256:20259e42cb933b8711cca05c32ae54b6f16f5cd958d09c3c78201b26cd6017fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProductWithNatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateProductWithNaturesMutation, CreateProductWithNaturesMutationVariables>;
export const ProductTableDocument = {"__meta__":{"hash":"sha256:e210c791848085856b4b68c76f1dc2c8396c04279bb168d74591c673302cde7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"natures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductTableQuery, ProductTableQueryVariables>;
export const CreateAnimalDocument = {"__meta__":{"hash":"sha256:d20965948197805911e3eb11f90247e8fa7a29d6fd620065cb69148e6d7a5a8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnimal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnimal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"species"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAnimalMutation, CreateAnimalMutationVariables>;
export const AnimalTableDocument = {"__meta__":{"hash":"sha256:f524fb2292f7dbd09049dca7dfbeb7d5fff44da8b00f1c05f01c69886f5fdab1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimalTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"species"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnimalTableQuery, AnimalTableQueryVariables>;
export const CreateUnitDocument = {"__meta__":{"hash":"sha256:815a58de92daa9c616833262f805c774ff6e07245da7034c56ee4b8a34746c71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const DeleteCatalogRecordDocument = {"__meta__":{"hash":"sha256:fec5c64a94c105de356e2a5c34470f2abb398443778ee2826b4974ea6b05dcc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCatalogRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCatalogRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"deactivated"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteCatalogRecordMutation, DeleteCatalogRecordMutationVariables>;
export const CreateReferenceCodeDocument = {"__meta__":{"hash":"sha256:9218dad5dff9a17fd6c50c2b1e9cbaba4c827cbde22c2e68713d25c564bf58f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferenceCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferenceCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferenceCodeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferenceCodeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<CreateReferenceCodeMutation, CreateReferenceCodeMutationVariables>;
export const UpdateReferenceCodeDocument = {"__meta__":{"hash":"sha256:de5c8fd8864ecd96460160e093d1fc627107c603fb9557b61693e8c0afcb092c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReferenceCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCodeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReferenceCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferenceCodeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferenceCodeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<UpdateReferenceCodeMutation, UpdateReferenceCodeMutationVariables>;
export const ReferenceCodeTableDocument = {"__meta__":{"hash":"sha256:2ad147261d8dbe3d7e4f938a0e1b8a3ed32942c1d2f3f7ec77072f9e1abdc57b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceCodeTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCodeKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCodeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceCodeList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferenceCodeRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferenceCodeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<ReferenceCodeTableQuery, ReferenceCodeTableQueryVariables>;
export const CreateTaxTypeDocument = {"__meta__":{"hash":"sha256:6393e8b89d0d8beacf674d346f3d6b08a10dcc230fce84785a538bea0b2ba0e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTaxType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaxType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateTaxTypeMutation, CreateTaxTypeMutationVariables>;
export const TaxTypeTableDocument = {"__meta__":{"hash":"sha256:e5014729dee31cf56047ff1dc5f187a7685e97b81da784f82c1ed1a1c482eb98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxTypeTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceCodeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<TaxTypeTableQuery, TaxTypeTableQueryVariables>;
export const CreateCorridorWithoutCodeDocument = {"__meta__":{"hash":"sha256:413dcb1304fe4961df39836068424147b503ca9bbd5297537cb06cf5e05bf990"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCorridorWithoutCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCorridor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCorridorWithoutCodeMutation, CreateCorridorWithoutCodeMutationVariables>;
export const DeleteReferenceDataDocument = {"__meta__":{"hash":"sha256:6792f6c098a29d1b195e34353f169f2bcd569cd49840f16200a3e16471d9edae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReferenceData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceEntity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReferenceData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"deactivated"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteReferenceDataMutation, DeleteReferenceDataMutationVariables>;
export const CollectionTableDocument = {"__meta__":{"hash":"sha256:5150395866bb57e798ebf414c347e7a38b442a692619926d3dab2b672e5003e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionTableQuery, CollectionTableQueryVariables>;
export const UsersDocument = {"__meta__":{"hash":"sha256:01e93678d1424f72b81b0ce0ac5d8cf64149255dc20caef2d202eeefff6ca1ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:d17d3c91ee005c643ec859c7a24befe682f1a730f9eecd2e91e1b078a6402dd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const SetTemporaryPasswordDocument = {"__meta__":{"hash":"sha256:9f54427c5c106765782f5978ab1fd6ba76fc2ad8352c46b2756523ea9714309a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTemporaryPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTemporaryPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetTemporaryPasswordMutation, SetTemporaryPasswordMutationVariables>;
export const DeactivateUserDocument = {"__meta__":{"hash":"sha256:45f5231623f924858a77ad8c938a07a4af2b14f5418c4aea0c020b41380a6446"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const OrganisationDocument = {"__meta__":{"hash":"sha256:5c4ebf81522fce10243c2dd8ab537cfa3f523442888345dba9026ffa743d5d35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const MyCollectionsDocument = {"__meta__":{"hash":"sha256:c05c88b5c1ad3b9bc7511820ded75e0452983b146837bb6ce48ee23b3035ac59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCollections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<MyCollectionsQuery, MyCollectionsQueryVariables>;
export const CollectionsDocument = {"__meta__":{"hash":"sha256:a1d00c22da48bc7deed2882ebc9c181b950f43cce229bce4df1a64291162fb9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionsQuery, CollectionsQueryVariables>;
export const CollectionDocument = {"__meta__":{"hash":"sha256:f476879188152916e0acf814233b7354b59458ceedf0461f801ef66641d64169"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionItemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"animal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"processingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"packaging"}},{"kind":"Field","name":{"kind":"Name","value":"animalCount"}},{"kind":"Field","name":{"kind":"Name","value":"animalCategory"}},{"kind":"Field","name":{"kind":"Name","value":"animalCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"animalAge"}},{"kind":"Field","name":{"kind":"Name","value":"animalSex"}},{"kind":"Field","name":{"kind":"Name","value":"animalCondition"}},{"kind":"Field","name":{"kind":"Name","value":"breed"}},{"kind":"Field","name":{"kind":"Name","value":"averageWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"localUnitWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"unitWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"weightSource"}},{"kind":"Field","name":{"kind":"Name","value":"losses"}},{"kind":"Field","name":{"kind":"Name","value":"lossesValue"}},{"kind":"Field","name":{"kind":"Name","value":"lossReasons"}},{"kind":"Field","name":{"kind":"Name","value":"specialPermitsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"specialPermits"}},{"kind":"Field","name":{"kind":"Name","value":"loadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"transportCost"}},{"kind":"Field","name":{"kind":"Name","value":"specificFees"}},{"kind":"Field","name":{"kind":"Name","value":"specificOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"specificDestination"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loadingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOriginCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productDestinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seasonalProduct"}},{"kind":"Field","name":{"kind":"Name","value":"harvestPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionControlDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionControl"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherControlBody"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"durationBucket"}},{"kind":"Field","name":{"kind":"Name","value":"durationValue"}},{"kind":"Field","name":{"kind":"Name","value":"stopTimePerPost"}},{"kind":"Field","name":{"kind":"Name","value":"borderCrossingTime"}},{"kind":"Field","name":{"kind":"Name","value":"controlResult"}},{"kind":"Field","name":{"kind":"Name","value":"controlIssues"}},{"kind":"Field","name":{"kind":"Name","value":"feesWerePaid"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaymentPost"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"taxTypeRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTaxType"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPost"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFees"}},{"kind":"Field","name":{"kind":"Name","value":"otherDifficulties"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionValidationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionValidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctionInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"fieldComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssues"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiresFieldVerification"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDataCorrection"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAdditionalDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"validationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicId"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"transportBatchId"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intermediateDestination"}},{"kind":"Field","name":{"kind":"Name","value":"corridor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transportMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicleRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"transportCost"}},{"kind":"Field","name":{"kind":"Name","value":"loadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"unloadingCost"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"marketConditions"}},{"kind":"Field","name":{"kind":"Name","value":"priceVariation"}},{"kind":"Field","name":{"kind":"Name","value":"marketDay"}},{"kind":"Field","name":{"kind":"Name","value":"nearbyMarkets"}},{"kind":"Field","name":{"kind":"Name","value":"taxesFees"}},{"kind":"Field","name":{"kind":"Name","value":"taxDetails"}},{"kind":"Field","name":{"kind":"Name","value":"taxesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasControlPosts"}},{"kind":"Field","name":{"kind":"Name","value":"controlPostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"controlLocations"}},{"kind":"Field","name":{"kind":"Name","value":"controlDurationType"}},{"kind":"Field","name":{"kind":"Name","value":"controlDurationValue"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesLocations"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorType"}},{"kind":"Field","name":{"kind":"Name","value":"operatorGender"}},{"kind":"Field","name":{"kind":"Name","value":"ownerGender"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgeCategory"}},{"kind":"Field","name":{"kind":"Name","value":"ownerHasDisability"}},{"kind":"Field","name":{"kind":"Name","value":"respondentNature"}},{"kind":"Field","name":{"kind":"Name","value":"otherRespondentNature"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"knowsCommunityRules"}},{"kind":"Field","name":{"kind":"Name","value":"knowsNationalRules"}},{"kind":"Field","name":{"kind":"Name","value":"driverHasLicence"}},{"kind":"Field","name":{"kind":"Name","value":"driverVehicleInspectionUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverRegistrationCardUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverInsuranceUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverOtherDocumentsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"driverOtherDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"otherDifficulties"}},{"kind":"Field","name":{"kind":"Name","value":"extraFields"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionItemDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionControlDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionValidationDetail"}}]}}]}}]} as unknown as DocumentNode<CollectionQuery, CollectionQueryVariables>;
export const CreateCollectionDocument = {"__meta__":{"hash":"sha256:7327ddfb81f95db0799ad66b4b3b33042588d8826eab2f154b076eac69cc4348"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"submit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const UpdateCollectionDocument = {"__meta__":{"hash":"sha256:3241529bfdc7d562fe2702c20f107492ff9ed9d2a90591ee7e604e5abe7e3cc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCollectionMutation, UpdateCollectionMutationVariables>;
export const SyncCollectionsDocument = {"__meta__":{"hash":"sha256:47e0ce49022c5fd345e677de42dd1b2212e6225987bad1ce5c16e3cc9ada0588"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncCollections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncCollectionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncCollections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SyncCollectionsMutation, SyncCollectionsMutationVariables>;
export const SubmitCollectionDocument = {"__meta__":{"hash":"sha256:4c6c42292b33652a6e8a4093413437200254932a6bb148588c296e059d874b56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCollectionMutation, SubmitCollectionMutationVariables>;
export const ValidationQueueDocument = {"__meta__":{"hash":"sha256:5d9f537380bad3ce9568a3e15f78b28b858d5a0a9beb353114afb51b12a172bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myValidationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ValidationQueueQuery, ValidationQueueQueryVariables>;
export const ApproveCollectionDocument = {"__meta__":{"hash":"sha256:0a3c1545354d2d6498ad61d3dfb859f462efb588be4b0be2999fcf1951a17282"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveCollectionMutation, ApproveCollectionMutationVariables>;
export const RejectCollectionDocument = {"__meta__":{"hash":"sha256:d3142a9106c2fca472acc79edd6ad08f905b86fb38e80b35a68ec27c31c42f2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<RejectCollectionMutation, RejectCollectionMutationVariables>;
export const ReturnCollectionDocument = {"__meta__":{"hash":"sha256:b3b40efaf5c2845d80d75e60c06ba45b9602ed4efc7fbcaaf1d3786fc569b640"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isResubmission"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalValueReference"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canReject"}},{"kind":"Field","name":{"kind":"Name","value":"canReturn"}},{"kind":"Field","name":{"kind":"Name","value":"canReopen"}},{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnCollectionMutation, ReturnCollectionMutationVariables>;
export const BulkApproveDocument = {"__meta__":{"hash":"sha256:6f5591a154880c726f5db684bb8e72ce19865b009ee1124e253b38b1b12e36ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionVersionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkApproveCollections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BulkApproveMutation, BulkApproveMutationVariables>;
export const DashboardDocument = {"__meta__":{"hash":"sha256:006bb004023b69f3fb71b19358463206a1d44bce4c4b57775b6036fe3b72134e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"validatedLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"validatedLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ProductsDocument = {"__meta__":{"hash":"sha256:69984ebee5f3d673b25e1d9b76f0060b31236a7ae41f0cc472c3f76ea8811508"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"localUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const RequestReportDocument = {"__meta__":{"hash":"sha256:254f9e4c627a50eac115ee121067588feaefcd91bf449186056df420e7c46780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<RequestReportMutation, RequestReportMutationVariables>;
export const ReportDocument = {"__meta__":{"hash":"sha256:30d0a78c74fd8862f0a8a759919c1381d5b1664d697055258d03e0eeae4eab7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportJob"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const MyReportsDocument = {"__meta__":{"hash":"sha256:26b77e8a9b9ca82ccea5a3d7e54146864bbe2d868f99ac48caf30b003c7fe6be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<MyReportsQuery, MyReportsQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:7493fc1e18ac193400165d90d23426c6f59da95ce00885fe072567221a2afcd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:8fb02557d63eea53145da3b746f608c54d66e3f9eb69225299b0ff1209efd5f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"sha256:f6d2ec65f5167bed8b74f55e09e029cea36dbb852ae34d2c7b68224d7058dec4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"sha256:89a8465e20cbeae9db01ddedf43b8f8c5ee0f9d32194312cae012caa74c1b49d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:b71997bdb2cee8b9b73900d61cd376d4d1ebc42c845f2e2ffc4970107955c2b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ValidationBoardDocument = {"__meta__":{"hash":"sha256:55b76f2b5b8cb9f22d5a5ce9da5fbe3df3ccc9db15c03fecf12e4ed25708a875"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidationBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validationBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"validated"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatedLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"validatedLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}}]}}]}}]}}]} as unknown as DocumentNode<ValidationBoardQuery, ValidationBoardQueryVariables>;
export const MyDecisionsByMonthDocument = {"__meta__":{"hash":"sha256:9921b67ad9291e91eaeac5f8a5959f6dc660e9de7dfdcdcff81ef97f7758a929"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDecisionsByMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDecisionsByMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"collectionType"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<MyDecisionsByMonthQuery, MyDecisionsByMonthQueryVariables>;
export const TeamValidationBreakdownDocument = {"__meta__":{"hash":"sha256:673ed2f645942b25c94ff990cfe5f327e93b38ef50f89bdd06345b0048e2d900"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamValidationBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamValidationBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamValidationCountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamValidationCountsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamValidationCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamValidationCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel1"}},{"kind":"Field","name":{"kind":"Name","value":"pendingLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"validatedLevel2"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedLevel2"}}]}}]} as unknown as DocumentNode<TeamValidationBreakdownQuery, TeamValidationBreakdownQueryVariables>;
export const ComplianceRatesDocument = {"__meta__":{"hash":"sha256:401a63f2bfab17aba1f6d0493eff473f04af2ea13fd3770d2c0dc406c74d1966"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"}},{"kind":"Field","name":{"kind":"Name","value":"withControlPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withIllegalFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowsCommunityRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowsNationalRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driverLicenceUpToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicleDocumentsUpToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]} as unknown as DocumentNode<ComplianceRatesQuery, ComplianceRatesQueryVariables>;
export const AdministrationStatisticsDocument = {"__meta__":{"hash":"sha256:98d76c3932735287294c7ae2f8a727f5c1888a5720a8e781930f04179dd18393"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdministrationStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrationStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalCollections"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBySupervisor"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionsPerMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedPerMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectedPerMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthCountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<AdministrationStatisticsQuery, AdministrationStatisticsQueryVariables>;
export const TradeByMonthAndCategoryDocument = {"__meta__":{"hash":"sha256:3ac1eb3eab579b62208098e42d344f89513fa0a0d2e86fd28447ac26d35d0b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeByMonthAndCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRODUCT_CATEGORY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"timeBucket"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"}},{"kind":"Field","name":{"kind":"Name","value":"weightTonnes"}},{"kind":"Field","name":{"kind":"Name","value":"valueReference"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"}},{"kind":"Field","name":{"kind":"Name","value":"weightTonnes"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfValue"}}]}}]}}]}}]} as unknown as DocumentNode<TradeByMonthAndCategoryQuery, TradeByMonthAndCategoryQueryVariables>;
export const RoadGovernanceByCorridorDocument = {"__meta__":{"hash":"sha256:0a3561967f5161045a754f70545ff1bf9ad6c0da2d68255add20962d9a11ada2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadGovernanceByCorridor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadGovernance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CORRIDOR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"}},{"kind":"Field","name":{"kind":"Name","value":"controlsPerTrip"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaidPerTrip"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPerTrip"}},{"kind":"Field","name":{"kind":"Name","value":"timeLostMinutesPerTrip"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"controlsPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"illegalFeesPer100Km"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadGovernanceByCorridorQuery, RoadGovernanceByCorridorQueryVariables>;
export const WorkflowByLevelDocument = {"__meta__":{"hash":"sha256:fa4d61425adc9052d37668d67ff9cb193f95ae9abcc7976c3772d3ea452d7945"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowByLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LEVEL"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRate"}},{"kind":"Field","name":{"kind":"Name","value":"returnRate"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanQualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToDecideAtMost"}},{"kind":"Field","name":{"kind":"Name","value":"p90SecondsToDecideAtMost"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowByLevelQuery, WorkflowByLevelQueryVariables>;