import type { NatsHandle } from "#shared/events/nats.js";
import type { ReplyOf } from "#shared/events/requests.js";
import { ask } from "./trade-support.js";

/** What the statistics ask of model and admin (they own products and corridors), over request/reply. */
export type ProductClasses = ReplyOf<"model.product-classes">;
export type NamedClass = ProductClasses["categories"][number];

export function productClasses(nats: NatsHandle): Promise<ProductClasses> {
  return ask(nats, "model.product-classes", {});
}

export function corridorDistances(nats: NatsHandle, ids: number[]): Promise<Map<number, string | null>> {
  return ask(nats, "admin.corridors", { ids }).then(
    (reply) => new Map(reply.corridors.map((corridor) => [corridor.id, corridor.distanceKm])),
  );
}

/** The reference currency, and (with `to`) the rate converting one unit of it into `to` on a day. */
export async function referenceRate(nats: NatsHandle, to: string | null, on: string) {
  const { to: reference } = await ask(nats, "admin.rates", { pairs: [] });
  if (!to || to === reference) return { reference, currency: reference, rate: "1", rateDate: null as string | null };
  const reply = await ask(nats, "admin.rates", {
    pairs: [{ from: reference, on }],
    to,
  });
  const found = reply.rates[0] ?? null;
  return { reference, currency: to, rate: found?.rate ?? null, rateDate: found?.rateDate ?? null };
}
