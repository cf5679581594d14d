import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";

let stack: Stack;
let agent: string;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack();
  agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const SYNC = `mutation S($input: [SyncCollectionInput!]!) { syncCollections(input: $input) {
  clientId outcome error { code field message } collection { id status version totalWeightKg } } }`;

interface SyncResult {
  clientId: string;
  outcome: "CREATED" | "DUPLICATE" | "REJECTED";
  error: { code: string; field: string | null; message: string } | null;
  collection: { id: string; status: string } | null;
}

async function sync(
  input: unknown[],
): Promise<{ results: SyncResult[]; errors?: { extensions?: Record<string, unknown> }[] }> {
  const response = await stack.gateway.request<{ syncCollections: SyncResult[] }>(SYNC, { input }, { token: agent });
  return { results: response.body.data?.syncCollections ?? [], errors: response.body.errors };
}

async function batch(size: number) {
  const base = await collectionInput(db);
  return Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    submit: i % 2 === 0,
    collection: {
      ...base,
      collectedAt: new Date(Date.UTC(2026, 10, 1, 8, 0, i % 60)).toISOString(),
      notes: `offline ${i}`,
    },
  }));
}

test("the same 500-item batch sent 5 times concurrently creates exactly 500 collections", async () => {
  const items = await batch(500);
  const ids = items.map((item) => item.id);
  const responses = await Promise.all(Array.from({ length: 5 }, () => sync(items)));
  for (const response of responses) {
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    assert.equal(response.results.length, 500);
    assert.ok(response.results.every((result) => result.outcome === "CREATED" || result.outcome === "DUPLICATE"));
    assert.ok(
      response.results.every((result, index) => result.clientId === ids[index] && result.collection?.id === ids[index]),
    );
  }
  const created = responses
    .flatMap((response) => response.results)
    .filter((result) => result.outcome === "CREATED").length;
  assert.equal(created, 500, "each collection created by exactly one of the five calls");
  assert.equal(await db.collection.count({ where: { id: { in: ids } } }), 500);
  assert.equal(await db.collectionItem.count({ where: { collectionId: { in: ids } } }), 1000);
  assert.equal(await db.collection.count({ where: { id: { in: ids }, status: "SUBMITTED" } }), 250);
  assert.equal(
    await db.tradeflowOutboxEvent.count({
      where: { type: "tradeflow.collection.submitted", envelope: { contains: ids[0]! } },
    }),
    1,
    "one submission event per submitted collection",
  );

  // A synced-and-submitted collection is an ordinary one for its validators.
  const lead = (await stack.gateway.login("teamlead@demo.ct")).accessToken;
  const approved = await stack.gateway.request(
    `mutation($id: ID!, $v: Int!) { approveCollection(id: $id, version: $v, input: { score: 88 }) { status workflow { currentLevel } history { action } } }`,
    { id: ids[0], v: 2 },
    { token: lead },
  );
  assert.deepEqual(approved.body.data?.approveCollection, {
    status: "SUBMITTED",
    workflow: { currentLevel: 2 },
    history: [{ action: "SUBMIT" }, { action: "APPROVE" }],
  });

  const replay = await sync(items);
  assert.ok(
    replay.results.every((result) => result.outcome === "DUPLICATE"),
    "a replay creates nothing",
  );
  assert.equal(await db.collection.count({ where: { id: { in: ids } } }), 500);
});

test("per-item results: a changed payload under a known UUID is a CONFLICT, a bad item does not sink the others", async () => {
  const items = await batch(3);
  await sync(items.slice(0, 1));
  const changed = { ...items[0]!, collection: { ...items[0]!.collection, notes: "edited offline after sync" } };
  const broken = { ...items[1]!, collection: { ...items[1]!.collection, items: [] } };
  const { results } = await sync([changed, broken, items[2]!, { id: "not-a-uuid", collection: items[2]!.collection }]);
  assert.deepEqual(
    results.map((result) => [result.outcome, result.error?.code ?? null, result.error?.field ?? null]),
    [
      ["REJECTED", "CONFLICT", "id"],
      ["REJECTED", "BAD_USER_INPUT", "items"],
      ["CREATED", null, null],
      ["REJECTED", "BAD_USER_INPUT", "id"],
    ],
  );
  const stored = await db.collection.findUniqueOrThrow({ where: { id: items[0]!.id } });
  assert.equal(stored.notes, "offline 0", "the first accepted version is kept, nothing is lost");
});

test("a batch larger than SYNC_BATCH_LIMIT is refused as a whole with BAD_USER_INPUT", async () => {
  const limit = stack.services.tradeflow.runtime.settings.get("SYNC_BATCH_LIMIT");
  const items = await batch(limit + 1);
  const { errors } = await sync(items);
  assert.equal(errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
});

test("a batch is stored in ranges of its ids: a range that fails is rolled back alone, and a replay completes the batch", async () => {
  // 200 collections: four transactions of 50, over the ids in key order (sync.service.ts, STORE_TRANSACTIONS).
  const items = await batch(200);
  const ids = items.map((item) => item.id).sort();
  const firstRange = ids.slice(0, 50);
  // The database refuses one item of the first range: that range's transaction fails, the other three commit.
  await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_item BEFORE INSERT ON tradeflow_collection_item FOR EACH ROW
    IF NEW.collection_id = '${firstRange[0]}' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF`);
  try {
    const failed = await sync(items);
    assert.equal(failed.errors?.[0]?.extensions?.code, "INTERNAL_SERVER_ERROR");
    assert.equal(failed.results.length, 0);
  } finally {
    await db.$executeRawUnsafe("DROP TRIGGER test_refuse_item");
  }
  assert.equal(await db.collection.count({ where: { id: { in: firstRange } } }), 0, "the failed range left nothing");
  assert.equal(await db.collection.count({ where: { id: { in: ids } } }), 150);
  assert.equal(await db.collectionItem.count({ where: { collectionId: { in: ids } } }), 300, "each stored one whole");

  const replay = await sync(items);
  assert.equal(replay.errors, undefined, JSON.stringify(replay.errors));
  const outcomes = new Map(replay.results.map((result) => [result.clientId, result.outcome]));
  assert.deepEqual(
    ids.map((id) => outcomes.get(id)),
    ids.map((id) => (firstRange.includes(id) ? "CREATED" : "DUPLICATE")),
  );
  assert.equal(await db.collectionItem.count({ where: { collectionId: { in: ids } } }), 400);
  assert.equal(
    await db.tradeflowOutboxEvent.count({
      where: { type: "tradeflow.collection.submitted", OR: ids.map((id) => ({ envelope: { contains: id } })) },
    }),
    100,
    "one submission event per submitted collection, the replayed range's included",
  );
});
