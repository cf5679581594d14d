import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import type { createDb } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
import { eventsSettled } from "./settle.js";

type Db = ReturnType<typeof createDb>;

export const APPROVE = `mutation A($id: ID!, $v: Int!) { approveCollection(id: $id, version: $v, input: { score: 80 }) { id status } }`;
const SYNC = `mutation S($input: [SyncCollectionInput!]!) { syncCollections(input: $input) { outcome } }`;

/**
 * (b) approvals per second through `gatewayUrl`: 10 connections approving up to 2,000 collections waiting
 * for level 1, each a real level-1 approval; then how many of their events the relay published (up to 30 s).
 */
export async function approvals(db: Db, gatewayUrl: string, teamLeadToken: string) {
  const pending = await db.collection.findMany({
    where: { status: "SUBMITTED", pendingLevel: 1 },
    select: { id: true, version: true },
    take: 2_000,
  });
  let next = 0;
  const started = Date.now();
  await autocannon({
    url: gatewayUrl,
    connections: 10,
    amount: pending.length,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${teamLeadToken}` },
        setupRequest: (request) => {
          const collection = pending[next++ % pending.length]!;
          return {
            ...request,
            body: JSON.stringify({ query: APPROVE, variables: { id: collection.id, v: collection.version } }),
          };
        },
      },
    ],
  });
  const seconds = (Date.now() - started) / 1000;
  const ids = pending.map((collection) => collection.id);
  const approved = await db.collectionValidation.count({ where: { collectionId: { in: ids }, action: "APPROVE" } });
  const publishDeadline = Date.now() + 30_000;
  let published = 0;
  while (Date.now() < publishDeadline) {
    published = await db.tradeflowOutboxEvent.count({
      where: {
        type: "tradeflow.collection.approved",
        createdAt: { gte: new Date(started) },
        publishedAt: { not: null },
      },
    });
    if (published >= approved) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { perSecond: (approved / seconds).toFixed(0), approved, published };
}

/**
 * (c) 500-collection sync batches, fresh each time, each once the events before it are consumed: the
 * latency of a sync, not of a sync competing with the consumers' backlog (bench/settle.ts). SYNC_BATCHES
 * counted (their median is the p50), after one that warms the path up (JIT, pools). Eleven, not five: on a
 * shared 2-core machine one batch in five moved the median by 40 ms and more from run to run (finding 67).
 */
export const SYNC_BATCHES = 11; // odd: the median is one batch's figure

export async function syncs(db: Db, nats: NatsHandle, gatewayUrl: string, agentToken: string) {
  const template = await syncTemplate(db);
  const latencies: number[] = [];
  for (let run = -1; run < SYNC_BATCHES; run += 1) {
    await eventsSettled(db, nats);
    const input = Array.from({ length: 500 }, (_, i) => ({
      id: randomUUID(),
      submit: i % 2 === 0,
      collection: { ...template, notes: `bench ${run}/${i}` },
    }));
    const begin = performance.now();
    const response = await new GraphQLClient(gatewayUrl).request(SYNC, { input }, { token: agentToken });
    if (run >= 0) latencies.push(performance.now() - begin);
    const created = (response.body.data?.syncCollections as { outcome: string }[] | undefined)?.filter(
      (r) => r.outcome === "CREATED",
    ).length;
    if (created !== 500) throw new Error(`sync created ${created} of 500: ${JSON.stringify(response.body.errors)}`);
  }
  latencies.sort((a, b) => a - b);
  await eventsSettled(db, nats);
  return {
    p50: latencies[(SYNC_BATCHES - 1) / 2]!.toFixed(0),
    max: latencies[SYNC_BATCHES - 1]!.toFixed(0),
  };
}

/** One collection as a phone syncs it: a point and a product of the demo data. */
export async function syncTemplate(db: Db) {
  const [point, maize] = await Promise.all([
    db.collectionPoint.findUniqueOrThrow({ where: { code: "BF-KANTCHARI" } }),
    db.product.findUniqueOrThrow({ where: { code: "MAIZE" } }),
  ]);
  return {
    collectedAt: "2026-11-20T09:30:00Z",
    type: "AGRICULTURAL",
    collectionPointId: String(point.id),
    direction: "EXPORT",
    currencyCode: "XOF",
    items: [{ productId: String(maize.id), quantity: "12", unit: "SACK_100KG", unitPrice: "22500" }],
  };
}
