import type { PrismaClient } from "#shared/db/client.js";
import { defineConsumer, type EventConsumer } from "#shared/events/consumer.js";
import { refreshCollection, refreshCollections } from "../modules/statistics/rollups.js";

export const STATISTICS_ROLLUP = "tradeflow-statistics-rollup";

/**
 * Every tradeflow.collection.* event → that collection's contribution to the statistics rollups,
 * recomputed from its current rows. Replays and reordering are harmless: the result depends only on the
 * rows, so no processed-event record is needed. The events already waiting are taken together: one
 * refresh of their collections costs the ~40 statements one collection's did.
 */
export function statisticsRollupConsumer(db: PrismaClient): EventConsumer {
  return defineConsumer({
    durable: STATISTICS_ROLLUP,
    stream: "tradeflow",
    subjects: ["tradeflow.collection.*"],
    async handle(event, logger) {
      const { collectionId } = event.payload;
      await refreshCollection(db, collectionId);
      logger.debug({ collectionId, type: event.type }, "statistics rollups refreshed");
    },
    async handleBatch(events, logger) {
      await refreshCollections(
        db,
        events.map((event) => event.payload.collectionId),
      );
      logger.debug({ collections: events.length }, "statistics rollups refreshed");
    },
  });
}
