import { createHash } from "node:crypto";
import { Prisma } from "#shared/db/client.js";
import { validateAgainst } from "#shared/validation/json-schema.js";
import type { Context } from "../../context.js";
import { convert, currentForm, exchangeRates, missingReferences, type ReferenceIds } from "../../clients/trade-support.js";
import type { CollectionInput } from "./collection-input.js";

export interface PreparedCollection {
  fields: Omit<Prisma.CollectionUncheckedCreateInput, "id" | "collectorId" | "teamId" | "regionId" | "status">;
  items: (Omit<Prisma.CollectionItemUncheckedCreateInput, "collectionId" | "id">)[];
  controls: (Omit<Prisma.CollectionControlUncheckedCreateInput, "collectionId" | "id">)[];
}

export type Prepared = { ok: true; value: PreparedCollection } | { ok: false; code: "BAD_USER_INPUT"; field: string; message: string };

const REFERENCE_FIELDS: [keyof ReferenceIds, (input: CollectionInput) => (number | null | undefined)[], string][] = [
  ["collectionPointIds", (c) => [c.collectionPointId, ...(c.controls ?? []).map((k) => k.checkpointId)], "collectionPointId"],
  ["countryIds", (c) => [c.originCountryId, c.destinationCountryId, ...c.items.map((i) => i.productOriginCountryId)], "originCountryId"],
  ["cityIds", (c) => [c.originCityId, c.destinationCityId, ...c.items.flatMap((i) => [i.loadingCityId, i.unloadingCityId])], "originCityId"],
  ["corridorIds", (c) => [c.corridorId], "corridorId"],
  ["referenceCodeIds", (c) => [c.transportModeId, ...(c.controls ?? []).map((k) => k.controlServiceId)], "transportModeId"],
  ["actorIds", (c) => [c.actorId], "actorId"],
];

/** A row id derived from its collection and position: a replayed insert hits the same key. */
export function childId(collectionId: string, kind: "item" | "control", position: number): string {
  const hex = createHash("sha256").update(`${collectionId}:${kind}:${position}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const TOLERANCE = new Prisma.Decimal("0.005");

/** Differs by more than half a percent (and more than a rounding unit). */
function differs(claimed: string, computed: Prisma.Decimal): boolean {
  const difference = new Prisma.Decimal(claimed).minus(computed).abs();
  return difference.greaterThan(computed.abs().mul(TOLERANCE)) && difference.greaterThan("0.01");
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
  const nats = context.nats;

  const wanted = Object.fromEntries(
    REFERENCE_FIELDS.map(([key, pick]) => [key, inputs.flatMap(pick).filter((value): value is number => typeof value === "number")]),
  ) as unknown as ReferenceIds;
  const itemRequests = inputs.flatMap((input) =>
    input.items.map((item) => ({ productId: item.productId, unit: item.unit, quantity: item.quantity })),
  );
  const [missing, conversions, rates] = await Promise.all([
    missingReferences(nats, wanted),
    convert(nats, itemRequests),
    exchangeRates(nats, inputs.map((input) => ({ from: input.currencyCode, on: input.collectedAt.toISOString().slice(0, 10) }))),
  ]);
  const forms = new Map<string, Awaited<ReturnType<typeof currentForm>>>();
  for (const type of new Set(inputs.map((input) => input.type))) forms.set(type, await currentForm(nats, type));

  let conversionIndex = 0;
  return inputs.map((input, index): Prepared => {
    const itemConversions = conversions.slice(conversionIndex, conversionIndex + input.items.length);
    conversionIndex += input.items.length;

    for (const [key, pick, field] of REFERENCE_FIELDS) {
      const unknown = pick(input).find((value) => typeof value === "number" && missing[key].includes(value));
      if (unknown !== undefined) return { ok: false, code: "BAD_USER_INPUT", field, message: `${field}: no such record (${unknown})` };
    }

    const form = forms.get(input.type) ?? null;
    if (input.extraFields && Object.keys(input.extraFields).length > 0 && !form) {
      return { ok: false, code: "BAD_USER_INPUT", field: "extraFields", message: `extraFields: no published form for ${input.type}` };
    }
    if (form) {
      const problems = validateAgainst(form.validate, input.extraFields ?? {});
      if (problems.length > 0) {
        return { ok: false, code: "BAD_USER_INPUT", field: "extraFields", message: `extraFields (form v${form.version}): ${problems.slice(0, 3).join("; ")}` };
      }
    }

    const items: PreparedCollection["items"] = [];
    let totalWeight = new Prisma.Decimal(0);
    let weighed = false;
    let totalValue = new Prisma.Decimal(0);
    let valued = false;
    for (const [position, item] of input.items.entries()) {
      const conversion = itemConversions[position]!;
      if (!conversion.ok) {
        return { ok: false, code: "BAD_USER_INPUT", field: `items.${position}.${conversion.field}`, message: `items.${position}: ${conversion.message}` };
      }
      const quantity = new Prisma.Decimal(item.quantity);
      let unitWeightKg: Prisma.Decimal | null = null;
      let itemWeight: Prisma.Decimal | null = null;
      let animalCount = item.animalCount ?? null;
      if (conversion.dimension === "MASS") {
        unitWeightKg = new Prisma.Decimal(conversion.perUnit);
        itemWeight = new Prisma.Decimal(conversion.baseQuantity);
      } else if (conversion.dimension === "COUNT") {
        animalCount ??= Number(new Prisma.Decimal(conversion.baseQuantity).toFixed(0));
        if (item.averageWeightKg) {
          unitWeightKg = new Prisma.Decimal(item.averageWeightKg);
          itemWeight = unitWeightKg.mul(conversion.baseQuantity);
        }
      }
      if (itemWeight) {
        totalWeight = totalWeight.plus(itemWeight);
        weighed = true;
      }
      const value = item.unitPrice ? quantity.mul(item.unitPrice) : null;
      if (item.totalValue && value && differs(item.totalValue, value)) {
        return {
          ok: false,
          code: "BAD_USER_INPUT",
          field: `items.${position}.totalValue`,
          message: `items.${position}.totalValue: ${item.totalValue} is not quantity × unitPrice (${value.toFixed(2)})`,
        };
      }
      if (value) {
        totalValue = totalValue.plus(value);
        valued = true;
      }
      items.push({
        position: position + 1,
        productId: item.productId,
        quantity: item.quantity,
        unitCode: item.unit,
        unitPrice: item.unitPrice ?? null,
        totalValue: value ? value.toDecimalPlaces(2) : null,
        quality: item.quality ?? null,
        variety: item.variety ?? null,
        processingLevel: item.processingLevel ?? null,
        packaging: item.packaging ?? null,
        animalCount,
        animalCategory: item.animalCategory ?? null,
        animalAge: item.animalAge ?? null,
        animalSex: item.animalSex ?? null,
        breed: item.breed ?? null,
        averageWeightKg: item.averageWeightKg ?? null,
        unitWeightKg: unitWeightKg ? unitWeightKg.toDecimalPlaces(6) : null,
        totalWeightKg: itemWeight ? itemWeight.toDecimalPlaces(3) : null,
        losses: item.losses ?? null,
        specialPermits: item.specialPermits ?? null,
        loadingCityId: item.loadingCityId ?? null,
        unloadingCityId: item.unloadingCityId ?? null,
        productOriginCountryId: item.productOriginCountryId ?? null,
        customsRegistered: item.customsRegistered ?? null,
      });
    }
    if (input.totalWeightKg && weighed && differs(input.totalWeightKg, totalWeight)) {
      return {
        ok: false,
        code: "BAD_USER_INPUT",
        field: "totalWeightKg",
        message: `totalWeightKg: ${input.totalWeightKg} kg does not match the items (${totalWeight.toFixed(3)} kg)`,
      };
    }
    if (input.totalValue && valued && differs(input.totalValue, totalValue)) {
      return {
        ok: false,
        code: "BAD_USER_INPUT",
        field: "totalValue",
        message: `totalValue: ${input.totalValue} does not match the items (${totalValue.toFixed(2)})`,
      };
    }
    const rate = rates.rates[index];
    const { items: _items, controls: _controls, extraFields, totalWeightKg: _w, totalValue: _v, ...header } = input;
    return {
      ok: true,
      value: {
        fields: {
          ...header,
          context: header.context ?? null,
          direction: header.direction ?? null,
          extraFields: extraFields ? JSON.stringify(extraFields) : null,
          formVersion: form?.version ?? null,
          totalWeightKg: weighed ? totalWeight.toDecimalPlaces(3) : null,
          totalValue: valued ? totalValue.toDecimalPlaces(2) : null,
          referenceCurrency: rates.to,
          // No rate on file for that day: the value stays in its own currency until an admin adds one.
          totalValueReference: valued && rate ? totalValue.mul(rate.rate).toDecimalPlaces(2) : null,
        },
        items,
        controls: (input.controls ?? []).map((control, position) => ({
          position: position + 1,
          checkpointId: control.checkpointId ?? null,
          controlServiceId: control.controlServiceId ?? null,
          location: control.location ?? null,
          duration: control.duration ?? null,
          feesPaid: control.feesPaid ?? null,
          hasReceipt: control.hasReceipt ?? null,
          taxTypes: control.taxTypes ?? null,
          illegalFees: control.illegalFees ?? null,
        })),
      },
    };
  });
}
