import { createHash } from "node:crypto";
import { z } from "zod";
import { CollectionContext, CollectionType, TradeDirection } from "#shared/db/client.js";
import { idInput } from "#shared/graphql/input.js";
import { sparseObject, sparseParser } from "#shared/validation/sparse-object.js";
import { CONTROL_DURATIONS, DURATION_RANGES, rangeOf } from "../../domain/durations.js";

/**
 * The shape of a collection as agents send it (createCollection, updateCollection, syncCollections),
 * validated and normalised: ids become numbers, decimals stay exact strings, blanks become null.
 */
const id = idInput;
const decimal = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{1,15}(\.\d{1,6})?$/, "must be a non-negative decimal such as 1200.5"));
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value));
const code = (max: number) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(max)
    .regex(/^[A-Z0-9_]*$/, "must be an upper-case code");
const latitude = decimal
  .or(z.string().regex(/^-\d{1,2}(\.\d{1,6})?$/))
  .refine((v) => Math.abs(Number(v)) <= 90, "must be between -90 and 90");
const longitude = decimal
  .or(z.string().regex(/^-\d{1,3}(\.\d{1,6})?$/))
  .refine((v) => Math.abs(Number(v)) <= 180, "must be between -180 and 180");

const count = (max: number) => z.number().int().min(0).max(max);
const duration = z.enum(CONTROL_DURATIONS);

const animalCategory = z.object({
  category: z.string().trim().min(1, "name the category").max(32),
  quantity: count(100_000),
  price: decimal.nullish(),
});

export const itemInput = z.object({
  productId: id,
  animalId: id.nullish(),
  quantity: decimal.refine((value) => Number(value) > 0, "must be greater than 0"),
  unit: z.string().trim().min(1).max(32).default("kg"),
  unitPrice: decimal.nullish(),
  totalValue: decimal.nullish(),
  quality: text(64).nullish(),
  variety: text(64).nullish(),
  processingLevel: text(64).nullish(),
  packaging: text(64).nullish(),
  animalCount: count(100_000).nullish(),
  animalCategory: text(32).nullish(),
  animalCategories: z.array(animalCategory).max(20).nullish(),
  animalAge: text(32).nullish(),
  animalSex: text(16).nullish(),
  animalCondition: text(64).nullish(),
  breed: text(64).nullish(),
  averageWeightKg: decimal.nullish(),
  localUnitWeightKg: decimal.refine((value) => Number(value) > 0, "must be greater than 0").nullish(),
  losses: decimal.nullish(),
  lossesValue: decimal.nullish(),
  lossReasons: text(500).nullish(),
  specialPermitsRequired: z.boolean().nullish(),
  specialPermits: text(191).nullish(),
  loadingCost: decimal.nullish(),
  unloadingCost: decimal.nullish(),
  transportCost: decimal.nullish(),
  specificFees: decimal.nullish(),
  specificOrigin: text(191).nullish(),
  specificDestination: text(191).nullish(),
  originCountryId: id.nullish(),
  loadingCityId: id.nullish(),
  unloadingCityId: id.nullish(),
  productOriginCountryId: id.nullish(),
  productDestinationCountryId: id.nullish(),
  seasonalProduct: z.boolean().nullish(),
  harvestPeriod: text(64).nullish(),
  customsRegistered: z.boolean().nullish(),
  customsRegistrationNumber: text(64).nullish(),
  notes: text(5_000).nullish(),
});

export const controlInput = z
  .object({
    checkpointId: id.nullish(),
    controlServiceId: id.nullish(),
    otherControlBody: text(191).nullish(),
    location: text(191).nullish(),
    duration: z.enum(DURATION_RANGES).nullish(),
    durationBucket: duration.nullish(),
    durationValue: text(64).nullish(),
    stopTimePerPost: duration.nullish(),
    borderCrossingTime: duration.nullish(),
    controlResult: text(500).nullish(),
    controlIssues: text(5_000).nullish(),
    feesWerePaid: z.boolean().nullish(),
    feesPaid: decimal.nullish(),
    paymentAmount: decimal.nullish(),
    feesPaymentPost: text(191).nullish(),
    feesPaymentAmount: decimal.nullish(),
    hasReceipt: z.boolean().nullish(),
    taxTypeIds: z
      .array(id)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, "names a tax type twice")
      .nullish(),
    otherTaxType: text(191).nullish(),
    taxTypes: text(191).nullish(),
    illegalFeesPaid: z.boolean().nullish(),
    illegalFeesPost: text(191).nullish(),
    illegalFees: decimal.nullish(),
    otherDifficulties: text(5_000).nullish(),
    notes: text(5_000).nullish(),
  })
  .superRefine((control, problems) => {
    // The range is the bucket's (domain/durations.ts); a client sending both must not contradict itself.
    const range = control.durationBucket ? rangeOf(control.durationBucket) : null;
    if (range && control.duration && control.duration !== range) {
      problems.addIssue({
        code: "custom",
        path: ["duration"],
        message: `${control.duration} is not the range of ${control.durationBucket} (${range})`,
      });
    }
    if (control.taxTypes && control.otherTaxType && control.taxTypes !== control.otherTaxType) {
      problems.addIssue({
        code: "custom",
        path: ["taxTypes"],
        message: "is the former name of otherTaxType: send one",
      });
    }
  });

export const collectionInput = z.object({
  collectedAt: z.union([z.date(), z.string().datetime({ offset: true })]).transform((value) => new Date(value)),
  type: z.enum(CollectionType),
  collectionPointId: id.nullish(),
  transportBatchId: z.string().trim().min(1).max(64).nullish(),
  context: z.enum(CollectionContext).nullish(),
  direction: z.enum(TradeDirection).nullish(),
  originCountryId: id.nullish(),
  originCityId: id.nullish(),
  destinationCountryId: id.nullish(),
  destinationCityId: id.nullish(),
  intermediateDestination: text(191).nullish(),
  corridorId: id.nullish(),
  transportModeId: id.nullish(),
  vehicleRegistration: z.string().trim().toUpperCase().max(32).nullish(),
  transportCost: decimal.nullish(),
  loadingCost: decimal.nullish(),
  unloadingCost: decimal.nullish(),
  currencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as XOF")
    .default("XOF"),
  paymentMethod: code(32).nullish(),
  season: code(32).nullish(),
  marketConditions: text(500).nullish(),
  priceVariation: code(32).nullish(),
  marketDay: z
    .number()
    .int()
    .min(1, "must be 1 (Monday) to 7 (Sunday)")
    .max(7, "must be 1 (Monday) to 7 (Sunday)")
    .nullish(),
  nearbyMarkets: text(500).nullish(),
  taxesFees: text(500).nullish(),
  taxDetails: text(5_000).nullish(),
  taxesPaid: z.boolean().nullish(),
  taxAmount: decimal.nullish(),
  hasControlPosts: z.boolean().nullish(),
  controlPostsCount: count(1_000).nullish(),
  controlLocations: text(5_000).nullish(),
  controlDurationType: duration.nullish(),
  controlDurationValue: text(64).nullish(),
  illegalFeesPaid: z.boolean().nullish(),
  illegalFeesLocations: text(5_000).nullish(),
  illegalFeesAmount: decimal.nullish(),
  actorId: id.nullish(),
  operatorType: code(32).nullish(),
  operatorGender: code(16).nullish(),
  ownerGender: code(16).nullish(),
  ownerAgeCategory: code(16).nullish(),
  ownerHasDisability: z.boolean().nullish(),
  respondentNature: text(64).nullish(),
  otherRespondentNature: text(191).nullish(),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  knowsCommunityRules: z.boolean().nullish(),
  knowsNationalRules: z.boolean().nullish(),
  driverHasLicence: z.boolean().nullish(),
  driverHasVehicleDocuments: z.boolean().nullish(),
  driverVehicleInspectionUpToDate: z.boolean().nullish(),
  driverRegistrationCardUpToDate: z.boolean().nullish(),
  driverInsuranceUpToDate: z.boolean().nullish(),
  driverOtherDocumentsUpToDate: z.boolean().nullish(),
  driverOtherDocuments: text(500).nullish(),
  otherDifficulties: text(5_000).nullish(),
  extraFields: z.record(z.string(), z.unknown()).nullish(),
  notes: text(5_000).nullish(),
  // Each item parsed with the keys it carries (shared/src/validation/sparse-object.ts), as the collection is.
  items: z.array(sparseObject(itemInput)).min(1, "a collection has at least one item").max(100),
  controls: z.array(controlInput).max(100).nullish(),
  totalWeightKg: decimal.nullish(),
  totalValue: decimal.nullish(),
});

export type CollectionInput = z.infer<typeof collectionInput>;

const parseCollectionInput = sparseParser(collectionInput);

/** Parses one collection; the first problem is returned with its field path (items.2.quantity). */
export function parseCollection(
  raw: unknown,
): { ok: true; value: CollectionInput } | { ok: false; field: string; message: string } {
  const result = parseCollectionInput(raw);
  if (result.success) {
    if (result.data.collectedAt.getTime() > Date.now() + 10 * 60_000) {
      return { ok: false, field: "collectedAt", message: "collectedAt: cannot be in the future" };
    }
    return { ok: true, value: result.data };
  }
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".");
  return { ok: false, field, message: field ? `${field}: ${issue.message}` : issue.message };
}

/** A stable fingerprint of what the client sent: replays with the same UUID must match it. */
export function payloadHash(raw: unknown): string {
  return createHash("sha256").update(canonicalJson(raw)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}
