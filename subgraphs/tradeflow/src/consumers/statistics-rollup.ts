import type { PrismaClient } from "#shared/db/client.js";
import type { ConsumerSpec } from "#shared/events/consumer.js";
import type { EventEnvelope } from "#shared/events/envelope.js";
import { refreshCollection } from "../modules/statistics/rollups.js";

export const STATISTICS_ROLLUP = "tradeflow-statistics-rollup";

/**
 * Every tradeflow.collection.* event → that collection's contribution to the statistics rollups,
 * recomputed from its current rows. Replays and reordering are harmless: the result depends only on the
 * rows, so no processed-event record is needed.
 */
export function statisticsRollupConsumer(db: PrismaClient): ConsumerSpec {
  return {
    durable: STATISTICS_ROLLUP,
    stream: "tradeflow",
    subjects: ["tradeflow.collection.*"],
    async handle(event, logger) {
      const { collectionId } = (event as EventEnvelope<"tradeflow.collection.submitted">).payload;
      await refreshCollection(db, collectionId);
      logger.debug({ collectionId, type: event.type }, "statistics rollups refreshed");
    },
  };
}
