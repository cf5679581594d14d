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
  // autocannon closes its sockets at the end of the window, but the syncs already received still commit:
  // count once the outbox stops growing, or the events of the last batches are published but not "written".
  const written = await stableCount(() => db.tradeflowOutboxEvent.count({ where: since }));
  const created = await db.collection.count({
    where: { createdAt: { gte: started }, notes: { startsWith: "ingestion " } },
  });
  const deadline = Date.now() + 30_000;
  let published = 0;
  while (Date.now() < deadline) {
    published = await db.tradeflowOutboxEvent.count({ where: { ...since, publishedAt: { not: null } } });
    if (published >= written) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const failures = run.non2xx + run.errors;
  await eventsSettled(db, nats);
  const catchUp = (Date.now() - windowEnd) / 1000;
  return (
    `| ${label}: 4 clients syncing 500-batches for ${duration} s | ${(created / seconds).toFixed(0)} collections/s ` +
    `(${created} created, ${failures} failed requests); ${published} of ${written} events published; ` +
    `every consumer caught up ${catchUp.toFixed(1)} s after the window |`
  );
}

/** A count read until two reads 500 ms apart agree. */
async function stableCount(count: () => Promise<number>): Promise<number> {
  let previous = await count();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const current = await count();
    if (current === previous) return current;
    previous = current;
  }
}
