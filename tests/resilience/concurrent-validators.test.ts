import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";

const ROUNDS = 200;
let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const DECISIONS = {
  approve: `mutation($id: ID!, $v: Int!) {
    approveCollection(id: $id, version: $v, input: { score: 90 }) { id status }
  }`,
  reject: `mutation($id: ID!, $v: Int!) {
    rejectCollection(id: $id, version: $v, input: { reason: "Doublon" }) { id status }
  }`,
  return: `mutation($id: ID!, $v: Int!) {
    returnCollection(id: $id, version: $v, input: { instructions: "Préciser le poids" }) { id status }
  }`,
};

test("two validators on one collection at once, 200 rounds: one success and one CONFLICT each", async () => {
  const team = await demoTeam(db);
  const second = await createUserFixture(db, { role: "TEAM_LEAD", teamId: team.id, label: "second-lead" });
  const validators = [
    (await stack.gateway.login("teamlead@demo.ct")).accessToken,
    (await stack.gateway.login(second.email, second.password)).accessToken,
  ];
  const agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  const base = await collectionInput(db);
  const synced = await stack.gateway.request(
    `mutation($input: [SyncCollectionInput!]!) {
      syncCollections(input: $input) { outcome collection { id version status } }
    }`,
    {
      input: Array.from({ length: ROUNDS }, (_, i) => ({
        id: randomUUID(),
        submit: true,
        collection: { ...base, notes: `race ${i}` },
      })),
    },
    { token: agent },
  );
  type Synced = { collection: { id: string; version: number; status: string } };
  const collections = (synced.body.data?.syncCollections as Synced[]).map((result) => result.collection);
  assert.equal(collections.filter((collection) => collection.status === "SUBMITTED").length, ROUNDS);

  const kinds = Object.keys(DECISIONS) as (keyof typeof DECISIONS)[];
  const outcomes = new Map<string, number>();
  for (const [round, collection] of collections.entries()) {
    // Round by round the pair varies: approve/approve, approve/reject, approve/return, reject/approve, …
    const pair = [kinds[Math.floor(round / kinds.length) % kinds.length]!, kinds[round % kinds.length]!];
    const answers = await Promise.all(
      pair.map((kind, i) =>
        stack.gateway.request(DECISIONS[kind], { id: collection.id, v: collection.version }, { token: validators[i] }),
      ),
    );
    const codes = answers.map((answer) => String(answer.body.errors?.[0]?.extensions?.code ?? "OK"));
    const outcome = codes.sort().join("+");
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  assert.deepEqual(Object.fromEntries(outcomes), { "CONFLICT+OK": ROUNDS }, "every round: one success, one CONFLICT");

  const decisions = await db.collectionValidation.groupBy({
    by: ["collectionId"],
    where: { collectionId: { in: collections.map((collection) => collection.id) }, action: { not: "SUBMIT" } },
    _count: { _all: true },
  });
  assert.equal(decisions.length, ROUNDS);
  assert.deepEqual(
    decisions.filter((row) => row._count._all !== 1),
    [],
    "exactly one decision recorded per collection",
  );
});
