import type { PrismaClient } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { streamName } from "#shared/events/streams.js";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";

/**
 * Waits until the events of what the bench did so far are all published and consumed: no unpublished
 * outbox row, no JetStream consumer with messages pending or unacknowledged. A measurement that starts
 * before then also measures the consumers working off the previous phase's backlog on the same two cores
 * (an approval run leaves 2,000 events, a sync 750). Returns how long it waited (at most `timeoutMs`).
 */
export async function eventsSettled(db: PrismaClient, nats: NatsHandle, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    let waiting = 0;
    for (const service of SUBGRAPH_NAMES) {
      const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
        `SELECT COUNT(*) AS n FROM \`${service}_outbox_event\` WHERE published_at IS NULL`,
      );
      waiting += Number(row?.n ?? 0);
      for await (const consumer of await nats.jsm.consumers.list(streamName(service, nats.namespace))) {
        waiting += consumer.num_pending + consumer.num_ack_pending;
      }
    }
    if (waiting === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Date.now() - started;
}
