import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createTeamFixture } from "../support/fixtures.js";
import { connectTestNats } from "../support/nats.js";
import { rollupsSettled } from "../support/statistics.js";

/**
 * The batching guard of issue 12: a federated page of collections (tradeflow) with their collector and
 * collection point (admin) and items' products (model) costs a fixed number of subgraph requests and SQL
 * statements, whether it shows 10 rows or 200. It counts, never times: a regression in batching (a
 * DataLoader bypassed, a per-row `_entities` call) changes a count and fails here first.
 */
const PAGE = `query Page($n: Int) { collections(first: $n) { nodes { id status collectedAt
  collector { fullName } collectionPoint { name } actor { name } items { quantity product { name } } } } }`;

let stack: Stack;
let agentToken: string;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack({ SQL_STATEMENT_COUNTING: "true" });
  const { agent } = await createTeamFixture(db, "perf");
  agentToken = (await stack.gateway.login(agent.email, agent.password)).accessToken;
  const base = await collectionInput(db);
  const input = Array.from({ length: 200 }, (_, i) => ({
    id: randomUUID(),
    submit: false,
    collection: { ...base, collectedAt: new Date(Date.UTC(2026, 10, 1, 8, 0, i % 60)).toISOString() },
  }));
  const synced = await stack.gateway.request(
    `mutation S($input: [SyncCollectionInput!]!) { syncCollections(input: $input) { outcome } }`,
    { input },
    { token: agentToken },
  );
  assert.equal(synced.body.errors, undefined, JSON.stringify(synced.body.errors));
  // The statistics consumer refreshes its rollups for those 200 collections in this process: its
  // statements would be counted as the page's until it is done.
  const nats = await connectTestNats();
  try {
    await rollupsSettled(db, nats, "the statistics consumer to take the 200 synced collections");
  } finally {
    await nats.nc.close();
  }
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const MEASURES = ["requests", "operations", "statements"] as const;
type Cost = Record<(typeof MEASURES)[number], number>;
type Counts = Record<keyof Stack["services"], Cost>;

/** The sum of a metric's samples whose name ends with `suffix` (a counter's own samples: ""). */
async function total(metric: { get(): Promise<{ values: { metricName?: string; value: number }[] }> }, suffix = "") {
  const { values } = await metric.get();
  return values
    .filter((value) => (value.metricName ?? "").endsWith(suffix))
    .reduce((sum, value) => sum + value.value, 0);
}

async function snapshot(): Promise<Counts> {
  const entries = await Promise.all(
    Object.entries(stack.services).map(async ([name, service]) => {
      const { metrics } = service.runtime;
      const cost: Cost = {
        requests: await total(metrics.httpRequests),
        operations: await total(metrics.operations, "_count"),
        statements: service.runtime.sqlStatements(),
      };
      return [name, cost] as const;
    }),
  );
  return Object.fromEntries(entries) as Counts;
}

function difference(after: Counts, before: Counts): Counts {
  return Object.fromEntries(
    Object.entries(after).map(([name, cost]) => [
      name,
      Object.fromEntries(MEASURES.map((measure) => [measure, cost[measure] - before[name as keyof Counts][measure]])),
    ]),
  ) as Counts;
}

/** What one page of `n` rows cost each subgraph; the fewest of three runs (background work may add one). */
async function costOfPage(n: number): Promise<Counts> {
  const runs: Counts[] = [];
  for (let run = 0; run < 3; run += 1) {
    const before = await snapshot();
    const page = await stack.gateway.request(PAGE, { n }, { token: agentToken });
    assert.equal(page.body.errors, undefined, JSON.stringify(page.body.errors));
    assert.equal(page.body.data?.collections.nodes.length, n);
    runs.push(difference(await snapshot(), before));
  }
  return Object.fromEntries(
    Object.keys(runs[0]!).map((name) => [
      name,
      Object.fromEntries(
        MEASURES.map((measure) => [measure, Math.min(...runs.map((r) => r[name as keyof Counts][measure]))]),
      ),
    ]),
  ) as Counts;
}

test("a page of 10 or 200 collections across subgraphs: the same, known number of requests and SQL statements", async () => {
  const small = await costOfPage(10);
  const large = await costOfPage(200);
  const shown = `10 rows: ${JSON.stringify(small)}; 200 rows: ${JSON.stringify(large)}`;
  assert.deepEqual(large, small, `the cost does not grow with the page (${shown})`);
  // Apollo Gateway's plan: tradeflow once (collections, then their items), admin once per entity type
  // present (User, CollectionPoint; these collections name no actor), model once (Product). The gateway
  // merges the fetches of one plan step to one subgraph into one operation (gateway/src/operation-merge.ts):
  // admin's two `_entities` fetches arrive as one request of one operation. Each subgraph answers with one
  // statement per entity type it loads, except the reference rows it keeps between requests (collection
  // points, products: reference-cache.ts).
  assert.deepEqual(
    small,
    {
      auth: { requests: 0, operations: 0, statements: 0 },
      admin: { requests: 1, operations: 1, statements: 1 },
      tradeflow: { requests: 1, operations: 1, statements: 2 },
      model: { requests: 1, operations: 1, statements: 0 },
    },
    `subgraph requests and SQL statements per page (${shown})`,
  );
});
