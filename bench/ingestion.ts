import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import type { createDb } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { eventsSettled } from "./settle.js";

const SYNC = `mutation S($input: [SyncCollectionInput!]!) { syncCollections(input: $input) { outcome } }`;

/**
 * (d) ingestion: 4 clients each syncing batches of 500 new collections (half submitted) for `duration`
 * seconds, as field agents' phones do after a day offline; then how many collections were created per
 * second, whether every event they wrote to the outbox was published (waiting up to 30 s for the relay), and
 * how long after the window the consumers took to catch up (their work is part of what ingestion costs).
 */
export async function ingestionRow(
  db: ReturnType<typeof createDb>,
  nats: NatsHandle,
  gatewayUrl: string,
  token: string,
  template: Record<string, unknown>,
  duration: number,
  label: string,
): Promise<string> {
  const started = new Date();
  let batches = 0;
  const run = await autocannon({
    url: gatewayUrl,
    connections: 4,
    duration,
    timeout: 60,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        setupRequest: (request) => {
          batches += 1;
          const input = Array.from({ length: 500 }, (_, i) => ({
            id: randomUUID(),
            submit: i % 2 === 0,
            collection: { ...template, notes: `ingestion ${batches}/${i}` },
          }));
          return { ...request, body: JSON.stringify({ query: SYNC, variables: { input } }) };
        },
      },
    ],
  });
  const windowEnd = Date.now();
  const seconds = (windowEnd - started.getTime()) / 1000;
  const since = { createdAt: { gte: started } };
  // autocannon closes its sockets at the end of the window, but the syncs the gateway already received still
  // commit, some seconds later under load. Both counts are read until every event written is published and
  // nothing more has been written for 2 s (longer than a sync takes here); published is read first, so it
  // never counts a row that `written` has not.
  const deadline = Date.now() + 30_000;
  let written = -1;
  let published = 0;
  let writtenSince = Date.now();
  while (Date.now() < deadline) {
    published = await db.tradeflowOutboxEvent.count({ where: { ...since, publishedAt: { not: null } } });
    const count = await db.tradeflowOutboxEvent.count({ where: since });
    if (count !== written) [written, writtenSince] = [count, Date.now()];
    if (published === written && Date.now() - writtenSince >= 2_000) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const created = await db.collection.count({
    where: { createdAt: { gte: started }, notes: { startsWith: "ingestion " } },
  });
  const failures = run.non2xx + run.errors;
  await eventsSettled(db, nats);
  const catchUp = (Date.now() - windowEnd) / 1000;
  return (
    `| ${label}: 4 clients syncing 500-batches for ${duration} s | ${(created / seconds).toFixed(0)} collections/s ` +
    `(${created} created, ${failures} failed requests); ${published} of ${written} events published; ` +
    `every consumer caught up ${catchUp.toFixed(1)} s after the window |`
  );
}
