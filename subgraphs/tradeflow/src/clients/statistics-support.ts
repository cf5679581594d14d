import type { NatsHandle } from "#shared/events/nats.js";
import { ask } from "./trade-support.js";

/** What the statistics ask of model and admin (they own products and corridors), over request/reply. */
export interface NamedClass {
  id: number;
  code: string;
  name: string;
  nameEn: string;
}

export interface ProductClasses {
  products: { id: number; categoryId: number | null; speciesId: number | null }[];
  categories: NamedClass[];
  species: NamedClass[];
}

export function productClasses(nats: NatsHandle): Promise<ProductClasses> {
  return ask<ProductClasses>(nats, "model.product-classes", {});
}

export function corridorDistances(nats: NatsHandle, ids: number[]): Promise<Map<number, string | null>> {
  return ask<{ corridors: { id: number; distanceKm: string | null }[] }>(nats, "admin.corridors", { ids }).then(
    (reply) => new Map(reply.corridors.map((corridor) => [corridor.id, corridor.distanceKm])),
  );
}

/** The reference currency, and (with `to`) the rate converting one unit of it into `to` on a day. */
export async function referenceRate(nats: NatsHandle, to: string | null, on: string) {
  const { to: reference } = await ask<{ to: string }>(nats, "admin.rates", { pairs: [] });
  if (!to || to === reference) return { reference, currency: reference, rate: "1", rateDate: null as string | null };
  const reply = await ask<{ rates: ({ rate: string; rateDate: string } | null)[] }>(nats, "admin.rates", {
    pairs: [{ from: reference, on }],
    to,
  });
  const found = reply.rates[0] ?? null;
  return { reference, currency: to, rate: found?.rate ?? null, rateDate: found?.rateDate ?? null };
}
