import type { PrismaClient } from "#shared/db/client.js";
import type { RequestHandler } from "#shared/events/responder.js";

/**
 * `admin.corridors`: what tradeflow's road-governance statistics need of corridors — their length, to
 * report controls and payments per 100 km.
 */
export function corridorsHandler(db: PrismaClient): RequestHandler<"admin.corridors"> {
  return async ({ ids }) => {
    const corridors = ids.length
      ? await db.corridor.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, distanceKm: true } })
      : [];
    return {
      corridors: corridors.map((corridor) => ({
        id: corridor.id,
        distanceKm: corridor.distanceKm?.toString() ?? null,
      })),
    };
  };
}
