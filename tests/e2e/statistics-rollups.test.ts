import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import {
  rebuildRollups,
  refreshCollection,
  rollupDifferences,
} from "../../subgraphs/tradeflow/src/modules/statistics/rollups.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { connectTestNats } from "../support/nats.js";
import { rollupsSettled, statisticsOrganisation } from "../support/statistics.js";

/**
 * The property of issue 11: after any sequence of submit / approve / return / reject / reopen (and
 * corrections between a return and the resubmission), the rollups the consumer keeps equal a
 * recomputation from the raw rows — and replaying events, or rebuilding, changes nothing.
 */
let stack: Stack;
let nats: NatsHandle;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack();
  nats = await connectTestNats();
});
after(async () => {
  await stack?.close();
  await nats?.nc.drain();
  await db.$disconnect();
});

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIELDS = "id version status workflow { currentLevel }";

test("rollups == recomputation from the raw rows after a random workflow sequence", async () => {
  const seed = Number(process.env.STATISTICS_PROPERTY_SEED ?? 20261127);
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Start from rollups that hold every collection: earlier test files wrote some whose events went to a
  // NATS of their own (the outage test), as a deployment runs `npm run stats:rebuild` once.
  await rollupsSettled(db, nats);
  await rebuildRollups(db);
  assert.deepEqual(await rollupDifferences(db), []);
  const org = await statisticsOrganisation(db, stack, "prop");
  const as = async (who: keyof typeof org.tokens, query: string, variables: Record<string, unknown>) => {
    const body = (await stack.gateway.request(query, variables, { token: org.tokens[who] })).body as {
      data: any;
      errors?: unknown[];
    };
    assert.equal(body.errors, undefined, `seed ${seed}: ${JSON.stringify(body.errors)}`);
    return Object.values(body.data)[0] as {
      id: string;
      version: number;
      status: string;
      workflow: { currentLevel: number | null };
    };
  };

  const product = (code: string) => db.product.findUniqueOrThrow({ where: { code } });
  const [maize, onion, cattle] = await Promise.all([product("MAIZE"), product("ONION"), product("CATTLE")]);
  const variant = async () => {
    const input = await collectionInput(db, {
      collectedAt: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T10:00:00Z`,
      operatorGender: pick(["F", "M", "FEMALE", null]),
      direction: pick(["IMPORT", "EXPORT", "TRANSIT"]),
      currencyCode: pick(["XOF", "XOF", "EUR"]),
      knowsCommunityRules: pick([true, false, null]),
      hasControlPosts: pick([true, false, null]),
      illegalFeesPaid: pick([true, false, null]),
      driverVehicleInspectionUpToDate: pick([true, false, null]),
      driverInsuranceUpToDate: pick([true, false, null]),
      // Other test files publish their own forms: no extra fields, whatever form is current.
      extraFields: null,
    });
    if (random() < 0.3) {
      input.type = "LIVESTOCK";
      input.items = [
        {
          productId: String(cattle.id),
          quantity: String(1 + Math.floor(random() * 9)),
          unit: "head",
          unitPrice: "150000",
          averageWeightKg: "250",
        },
      ] as never;
    } else if (random() < 0.5) {
      input.items = [
        {
          productId: String(maize.id),
          quantity: String(1 + Math.floor(random() * 20)),
          unit: "SACK_100KG",
          unitPrice: "21000",
        },
        { productId: String(onion.id), quantity: "3", unit: "kg", unitPrice: "400" },
      ] as never;
    }
    if (random() < 0.3) input.controls = [];
    return input;
  };

  const agents = ["agentA1", "agentA2", "agentB1"] as const;
  const collections: {
    owner: (typeof agents)[number];
    id: string;
    version: number;
    status: string;
    level: number | null;
  }[] = [];
  for (let index = 0; index < 9; index++) {
    const owner = agents[index % agents.length]!;
    const created = await as(
      owner,
      `mutation($i: CollectionInput!, $s: Boolean) { createCollection(input: $i, submit: $s) { ${FIELDS} } }`,
      {
        i: await variant(),
        s: random() < 0.7,
      },
    );
    collections.push({
      owner,
      id: created.id,
      version: created.version,
      status: created.status,
      level: created.workflow.currentLevel,
    });
  }

  const leadOf = (owner: (typeof agents)[number]) => (owner === "agentB1" ? "leadB" : "leadA");
  const decide = (kind: "approve" | "reject" | "return") =>
    ({
      approve: `mutation($id: ID!, $v: Int!) { approveCollection(id: $id, version: $v, input: { score:
        ${70 + Math.floor(random() * 30)} }) { ${FIELDS} } }`,
      reject: `mutation($id: ID!, $v: Int!) { rejectCollection(id: $id, version: $v, input: { reason:
        "Doublon constaté" }) { ${FIELDS} } }`,
      return: `mutation($id: ID!, $v: Int!) { returnCollection(id: $id, version: $v, input: { instructions:
        "Préciser les quantités" }) { ${FIELDS} } }`,
    })[kind];

  let steps = 0;
  for (let round = 0; round < 45; round++) {
    const collection = pick(collections);
    let next: Awaited<ReturnType<typeof as>> | null = null;
    const variables = { id: collection.id, v: collection.version };
    if (collection.status === "DRAFT") {
      next = await as(
        collection.owner,
        `mutation($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { ${FIELDS} } }`,
        variables,
      );
    } else if (collection.status === "RETURNED") {
      // A correction (no event of its own) before the resubmission.
      const corrected = await as(
        collection.owner,
        `mutation($id: ID!, $v: Int!, $i: CollectionInput!) { updateCollection(id: $id, version: $v, input: $i) {
          ${FIELDS} } }`,
        { ...variables, i: await variant() },
      );
      next = await as(
        collection.owner,
        `mutation($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { ${FIELDS} } }`,
        { id: collection.id, v: corrected.version },
      );
    } else if (collection.status === "SUBMITTED") {
      const validator = collection.level === 1 ? leadOf(collection.owner) : "supervisor";
      next = await as(
        validator,
        decide(pick(["approve", "approve", "approve", "return", "reject"] as const)),
        variables,
      );
    } else if (collection.status === "VALIDATED") {
      next = await as(
        "supervisor",
        `mutation($id: ID!, $v: Int!) { reopenCollection(id: $id, version: $v, reason: "Contrôle a posteriori") {
          ${FIELDS} } }`,
        variables,
      );
    }
    if (!next) continue;
    Object.assign(collection, { version: next.version, status: next.status, level: next.workflow.currentLevel });
    steps++;
    if (round === 20) {
      await rollupsSettled(db, nats);
      assert.deepEqual(await rollupDifferences(db), [], `seed ${seed}, half way`);
    }
  }
  await rollupsSettled(db, nats);
  assert.ok(steps > 20, `seed ${seed}: the sequence must exercise the workflow (${steps} steps)`);
  const statuses = new Set(collections.map((c) => c.status));
  assert.ok(statuses.has("VALIDATED") || statuses.has("SUBMITTED"), `seed ${seed}: some collections must count`);
  assert.deepEqual(await rollupDifferences(db), [], `seed ${seed}`);

  // The rollups hold this region's counted collections, each once.
  const counted = collections.filter((c) => ["SUBMITTED", "VALIDATED", "REJECTED"].includes(c.status)).length;
  const inRollup = await db.statsFlowDay.aggregate({ where: { regionId: org.region.id }, _sum: { collections: true } });
  assert.equal(inRollup._sum.collections ?? 0, counted);

  // Replayed events (the same collections refreshed again) and a rebuild change nothing.
  for (const collection of collections.slice(0, 4)) {
    await refreshCollection(db, collection.id);
    await refreshCollection(db, collection.id);
  }
  assert.deepEqual(await rollupDifferences(db), []);
  const before = await db.statsFlowDay.findMany({ where: { regionId: org.region.id }, orderBy: { rowKey: "asc" } });
  await rebuildRollups(db);
  assert.deepEqual(await rollupDifferences(db), []);
  assert.deepEqual(
    await db.statsFlowDay.findMany({ where: { regionId: org.region.id }, orderBy: { rowKey: "asc" } }),
    before,
  );
});
