import { createHash } from "node:crypto";
import { z } from "zod";
import { CollectionContext, CollectionType, TradeDirection } from "#shared/db/client.js";
import { idInput } from "#shared/graphql/input.js";

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

export const itemInput = z.object({
  productId: id,
  quantity: decimal.refine((value) => Number(value) > 0, "must be greater than 0"),
  unit: z.string().trim().min(1).max(32).default("kg"),
  unitPrice: decimal.nullish(),
  totalValue: decimal.nullish(),
  quality: text(64).nullish(),
  variety: text(64).nullish(),
  processingLevel: text(64).nullish(),
  packaging: text(64).nullish(),
  animalCount: z.number().int().min(0).max(100_000).nullish(),
  animalCategory: text(32).nullish(),
  animalAge: text(32).nullish(),
  animalSex: text(16).nullish(),
  breed: text(64).nullish(),
  averageWeightKg: decimal.nullish(),
  losses: decimal.nullish(),
  specialPermits: text(191).nullish(),
  loadingCityId: id.nullish(),
  unloadingCityId: id.nullish(),
  productOriginCountryId: id.nullish(),
  customsRegistered: z.boolean().nullish(),
});

export const CONTROL_DURATIONS = [
  "UNDER_5_MIN",
  "FROM_5_TO_15_MIN",
  "FROM_15_TO_30_MIN",
  "FROM_30_TO_60_MIN",
  "FROM_1_TO_3_H",
  "FROM_3_TO_24_H",
  "OVER_24_H",
] as const;

export const controlInput = z.object({
  checkpointId: id.nullish(),
  controlServiceId: id.nullish(),
  location: text(191).nullish(),
  duration: z.enum(CONTROL_DURATIONS).nullish(),
  feesPaid: decimal.nullish(),
  hasReceipt: z.boolean().nullish(),
  taxTypes: text(191).nullish(),
  illegalFees: decimal.nullish(),
});

export const collectionInput = z.object({
  collectedAt: z.union([z.date(), z.string().datetime({ offset: true })]).transform((value) => new Date(value)),
  type: z.enum(CollectionType),
  collectionPointId: id,
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
  actorId: id.nullish(),
  operatorType: code(32).nullish(),
  operatorGender: code(16).nullish(),
  ownerGender: code(16).nullish(),
  ownerAgeCategory: code(16).nullish(),
  ownerHasDisability: z.boolean().nullish(),
  respondentNature: text(64).nullish(),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  knowsCommunityRules: z.boolean().nullish(),
  knowsNationalRules: z.boolean().nullish(),
  driverHasLicence: z.boolean().nullish(),
  driverHasVehicleDocuments: z.boolean().nullish(),
  extraFields: z.record(z.string(), z.unknown()).nullish(),
  notes: text(5_000).nullish(),
  items: z.array(itemInput).min(1, "a collection has at least one item").max(100),
  controls: z.array(controlInput).max(100).nullish(),
  totalWeightKg: decimal.nullish(),
  totalValue: decimal.nullish(),
});

export type CollectionInput = z.infer<typeof collectionInput>;

/** Parses one collection; the first problem is returned with its field path (items.2.quantity). */
export function parseCollection(
  raw: unknown,
): { ok: true; value: CollectionInput } | { ok: false; field: string; message: string } {
  const result = collectionInput.safeParse(raw);
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
