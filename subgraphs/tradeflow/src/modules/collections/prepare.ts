import { createHash } from "node:crypto";
import type { Prisma } from "#shared/db/client.js";
import { validateAgainst } from "#shared/validation/json-schema.js";
import type { Context } from "../../context.js";
import {
  convert,
  currentForm,
  exchangeRates,
  missingReferences,
  type Conversion,
  type ReferenceIds,
} from "../../clients/trade-support.js";
import { differs, inReferenceCurrency, itemMeasures, totalOf, type ItemMeasures } from "../../domain/measures.js";
import { rangeOf } from "../../domain/durations.js";
import { collectionInput, type CollectionInput } from "./collection-input.js";

type ControlRow = Omit<Prisma.CollectionControlUncheckedCreateInput, "collectionId" | "id" | "taxTypes">;

export interface PreparedCollection {
  /** The header's columns; the public id is drawn when the row is inserted, and never changes. */
  fields: Omit<
    Prisma.CollectionUncheckedCreateInput,
    "id" | "publicId" | "collectorId" | "teamId" | "regionId" | "status"
  >;
  items: Omit<Prisma.CollectionItemUncheckedCreateInput, "collectionId" | "id">[];
  /** Each control's row and the tax types levied there (admin's, ids only), in the agent's order. */
  controls: (ControlRow & { taxTypeIds: number[] })[];
}

export type Prepared =
  { ok: true; value: PreparedCollection } | { ok: false; code: "BAD_USER_INPUT"; field: string; message: string };

const REFERENCE_FIELDS: [keyof ReferenceIds, (input: CollectionInput) => (number | null | undefined)[], string][] = [
  [
    "collectionPointIds",
    (c) => [c.collectionPointId, ...(c.controls ?? []).map((k) => k.checkpointId)],
    "collectionPointId",
  ],
  [
    "countryIds",
    (c) => [
      c.originCountryId,
      c.destinationCountryId,
      ...c.items.flatMap((i) => [i.originCountryId, i.productOriginCountryId, i.productDestinationCountryId]),
    ],
    "originCountryId",
  ],
  [
    "cityIds",
    (c) => [c.originCityId, c.destinationCityId, ...c.items.flatMap((i) => [i.loadingCityId, i.unloadingCityId])],
    "originCityId",
  ],
  ["corridorIds", (c) => [c.corridorId], "corridorId"],
  [
    "referenceCodeIds",
    (c) => [c.transportModeId, ...(c.controls ?? []).map((k) => k.controlServiceId)],
    "transportModeId",
  ],
  ["actorIds", (c) => [c.actorId], "actorId"],
];

/** A row id derived from its collection and position: a replayed insert hits the same key. */
export function childId(collectionId: string, kind: "item" | "control", position: number): string {
  const hex = createHash("sha256").update(`${collectionId}:${kind}:${position}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Failure = Extract<Prepared, { ok: false }>;
const failure = (field: string, message: string): Failure => ({ ok: false, code: "BAD_USER_INPUT", field, message });

type HeaderInput = Omit<CollectionInput, "items" | "controls" | "extraFields" | "totalWeightKg" | "totalValue">;
const NOT_HEADER = new Set(["items", "controls", "extraFields", "totalWeightKg", "totalValue"]);
const HEADER_FIELDS = Object.keys(collectionInput.shape).filter((key) => !NOT_HEADER.has(key)) as (keyof HeaderInput)[];

/**
 * The header's columns, every field of the input included: one the client left out is stored as null,
 * so an update replaces the collection as sent (as it replaces its items and controls).
 */
function headerColumns(input: CollectionInput): {
  [K in keyof HeaderInput]-?: Exclude<HeaderInput[K], undefined> | null;
} {
  // A loop rather than Object.fromEntries: no entry arrays, and an object the caller adds to in place (a sync
  // prepares 500 of these; bench/README.md, finding 78).
  const header: Record<string, unknown> = {};
  for (const key of HEADER_FIELDS) header[key] = input[key] ?? null;
  return header as {
    [K in keyof HeaderInput]-?: Exclude<HeaderInput[K], undefined> | null;
  };
}

type Form = Awaited<ReturnType<typeof currentForm>>;

/** What the other domains say about a whole batch: one request to each, whatever its size. */
async function askOtherDomains(context: Context, inputs: CollectionInput[]) {
  const nats = context.nats;
  const wanted = Object.fromEntries(
    REFERENCE_FIELDS.map(([key, pick]) => [
      key,
      inputs.flatMap(pick).filter((value): value is number => typeof value === "number"),
    ]),
  ) as unknown as ReferenceIds;
  const itemRequests = inputs.flatMap((input) =>
    input.items.map((item) => ({ productId: item.productId, unit: item.unit, quantity: item.quantity })),
  );
  const types = [...new Set(inputs.map((input) => input.type))];
  // Every question at once: each is answered by another process, none depends on another's answer.
  const [missing, conversions, rates, forms] = await Promise.all([
    missingReferences(nats, wanted),
    convert(nats, itemRequests),
    exchangeRates(
      nats,
      inputs.map((input) => ({ from: input.currencyCode, on: input.collectedAt.toISOString().slice(0, 10) })),
    ),
    Promise.all(types.map((type) => currentForm(nats, type))).then(
      (found) => new Map<string, Form>(types.map((type, index) => [type, found[index]!])),
    ),
  ]);
  // Each input's slice of the batch's conversions, in item order.
  let next = 0;
  const conversionsOf = inputs.map((input) => conversions.slice(next, (next += input.items.length)));
  return { missing, conversionsOf, rates, forms };
}

/** The first id that names no existing record (admin's reference data). */
function unknownReference(input: CollectionInput, missing: ReferenceIds): Failure | null {
  for (const [key, pick, field] of REFERENCE_FIELDS) {
    const unknown = pick(input).find((value) => typeof value === "number" && missing[key].includes(value));
    if (unknown !== undefined) return failure(field, `${field}: no such record (${unknown})`);
  }
  return null;
}

/** The extra fields must fit the published form of the collection type (model's). */
function formProblem(input: CollectionInput, form: Form | null): Failure | null {
  if (input.extraFields && Object.keys(input.extraFields).length > 0 && !form) {
    return failure("extraFields", `extraFields: no published form for ${input.type}`);
  }
  if (!form) return null;
  const problems = validateAgainst(form.validate, input.extraFields ?? {});
  if (problems.length === 0) return null;
  return failure("extraFields", `extraFields (form v${form.version}): ${problems.slice(0, 3).join("; ")}`);
}

type PreparedItems = { ok: true; items: PreparedCollection["items"]; weights: ItemMeasures[] } | Failure;

/** Each item with its unit converted, its weight and value computed, and its claimed value checked. */
function prepareItems(input: CollectionInput, conversions: Conversion[]): PreparedItems {
  const items: PreparedCollection["items"] = [];
  const weights: ItemMeasures[] = [];
  for (const [position, item] of input.items.entries()) {
    const conversion = conversions[position]!;
    // A unit the catalogue does not know for the product is still recorded when the agent weighs it.
    const uncatalogued = !conversion.ok && conversion.field === "unit";
    if (!conversion.ok && !(uncatalogued && item.localUnitWeightKg)) {
      const hint = uncatalogued ? ", or give its weight in localUnitWeightKg" : "";
      return failure(`items.${position}.${conversion.field}`, `items.${position}: ${conversion.message}${hint}`);
    }
    const measures = itemMeasures(item, conversion.ok ? conversion : null);
    if (item.totalValue && measures.value && differs(item.totalValue, measures.value)) {
      return failure(
        `items.${position}.totalValue`,
        `items.${position}.totalValue: ${item.totalValue} is not quantity × unitPrice (${measures.value.toFixed(2)})`,
      );
    }
    weights.push(measures);
    items.push(itemRow(item, position, measures));
  }
  return { ok: true, items, weights };
}

function itemRow(item: CollectionInput["items"][number], position: number, measures: ItemMeasures) {
  return {
    position: position + 1,
    productId: item.productId,
    animalId: item.animalId ?? null,
    quantity: item.quantity,
    unitCode: item.unit,
    unitPrice: item.unitPrice ?? null,
    totalValue: measures.value ? measures.value.toDecimalPlaces(2) : null,
    quality: item.quality ?? null,
    variety: item.variety ?? null,
    processingLevel: item.processingLevel ?? null,
    packaging: item.packaging ?? null,
    animalCount: measures.animalCount,
    animalCategory: item.animalCategory ?? null,
    animalCategories: item.animalCategories?.length ? JSON.stringify(item.animalCategories) : null,
    animalAge: item.animalAge ?? null,
    animalSex: item.animalSex ?? null,
    animalCondition: item.animalCondition ?? null,
    breed: item.breed ?? null,
    averageWeightKg: item.averageWeightKg ?? null,
    localUnitWeightKg: item.localUnitWeightKg ?? null,
    unitWeightKg: measures.unitWeightKg ? measures.unitWeightKg.toDecimalPlaces(6) : null,
    totalWeightKg: measures.weightKg ? measures.weightKg.toDecimalPlaces(3) : null,
    weightSource: measures.weightSource,
    losses: item.losses ?? null,
    lossesValue: item.lossesValue ?? null,
    lossReasons: item.lossReasons ?? null,
    specialPermitsRequired: item.specialPermitsRequired ?? null,
    specialPermits: item.specialPermits ?? null,
    loadingCost: item.loadingCost ?? null,
    unloadingCost: item.unloadingCost ?? null,
    transportCost: item.transportCost ?? null,
    specificFees: item.specificFees ?? null,
    specificOrigin: item.specificOrigin ?? null,
    specificDestination: item.specificDestination ?? null,
    originCountryId: item.originCountryId ?? null,
    loadingCityId: item.loadingCityId ?? null,
    unloadingCityId: item.unloadingCityId ?? null,
    productOriginCountryId: item.productOriginCountryId ?? null,
    productDestinationCountryId: item.productDestinationCountryId ?? null,
    seasonalProduct: item.seasonalProduct ?? null,
    harvestPeriod: item.harvestPeriod ?? null,
    customsRegistered: item.customsRegistered ?? null,
    customsRegistrationNumber: item.customsRegistrationNumber ?? null,
    notes: item.notes ?? null,
  };
}

/** The client's totals, when given, must match the items'. */
function totalsProblem(
  input: CollectionInput,
  weight: Prisma.Decimal | null,
  value: Prisma.Decimal | null,
): Failure | null {
  if (input.totalWeightKg && weight && differs(input.totalWeightKg, weight)) {
    return failure(
      "totalWeightKg",
      `totalWeightKg: ${input.totalWeightKg} kg does not match the items (${weight.toFixed(3)} kg)`,
    );
  }
  if (input.totalValue && value && differs(input.totalValue, value)) {
    return failure("totalValue", `totalValue: ${input.totalValue} does not match the items (${value.toFixed(2)})`);
  }
  return null;
}

function controlRows(input: CollectionInput): PreparedCollection["controls"] {
  return (input.controls ?? []).map(({ taxTypeIds, taxTypes, durationBucket, duration, ...control }, position) => ({
    ...control,
    position: position + 1,
    durationBucket: durationBucket ?? null,
    duration: durationBucket ? rangeOf(durationBucket) : (duration ?? null),
    otherTaxType: control.otherTaxType ?? taxTypes ?? null,
    taxTypeIds: taxTypeIds ?? [],
  }));
}

type Answers = Awaited<ReturnType<typeof askOtherDomains>>;

/** One collection of the batch: every check in order, the first problem wins. */
function prepareOne(input: CollectionInput, index: number, answers: Answers): Prepared {
  const form = answers.forms.get(input.type) ?? null;
  const problem = unknownReference(input, answers.missing) ?? formProblem(input, form);
  if (problem) return problem;
  const prepared = prepareItems(input, answers.conversionsOf[index]!);
  if (!prepared.ok) return prepared;
  const totalWeight = totalOf(prepared.weights.map((item) => item.weightKg));
  const totalValue = totalOf(prepared.weights.map((item) => item.value));
  const totals = totalsProblem(input, totalWeight, totalValue);
  if (totals) return totals;
  const { extraFields } = input;
  return {
    ok: true,
    value: {
      // Added to the header in place: copying its ~70 columns into a new object cost more than the rest.
      fields: Object.assign(headerColumns(input), {
        collectedAt: input.collectedAt,
        type: input.type,
        currencyCode: input.currencyCode,
        extraFields: extraFields ? JSON.stringify(extraFields) : null,
        formVersion: form?.version ?? null,
        totalWeightKg: totalWeight ? totalWeight.toDecimalPlaces(3) : null,
        totalValue: totalValue ? totalValue.toDecimalPlaces(2) : null,
        referenceCurrency: answers.rates.to,
        // No rate on file for that day: the value stays in its own currency until an admin adds one.
        totalValueReference: inReferenceCurrency(totalValue, answers.rates.rates[index]?.rate),
      }),
      items: prepared.items,
      controls: controlRows(input),
    },
  };
}

/**
 * Checks a batch of collections against the other domains and computes what the server owns:
 * every reference exists (admin), the extra fields fit the published form (model), each item's
 * weight in kg (model's conversions), its value, the totals, and the value in the reference currency
 * (admin's dated rates). Client totals are compared, never stored. One request to each service per
 * batch, whatever its size.
 */
export async function prepareCollections(context: Context, inputs: CollectionInput[]): Promise<Prepared[]> {
  if (inputs.length === 0) return [];
  const answers = await askOtherDomains(context, inputs);
  return inputs.map((input, index) => prepareOne(input, index, answers));
}
