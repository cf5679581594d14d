import { z } from "zod";
import type { PrismaClient } from "#shared/db/client.js";

/**
 * `admin.corridors`: what tradeflow's road-governance statistics need of corridors — their length, to
 * report controls and payments per 100 km.
 */
const corridorsRequest = z.object({ ids: z.array(z.number().int()).max(10_000) });

export function corridorsHandler(db: PrismaClient) {
  return async (request: unknown) => {
    const { ids } = corridorsRequest.parse(request);
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
