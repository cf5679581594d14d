import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput, COLLECTION_FIELDS } from "../support/collections.js";
import { createTeamFixture, createUserFixture } from "../support/fixtures.js";

let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
const tokens: Record<string, string> = {};

before(async () => {
  stack = await startStack();
  for (const login of ["agent", "teamlead", "supervisor", "admin", "analyst"]) {
    tokens[login] = (await stack.gateway.login(`${login}@demo.ct`)).accessToken;
  }
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

interface Body {
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function as(who: string, query: string, variables?: Record<string, unknown>): Promise<Body> {
  const result = await stack.gateway.request(query, variables, { token: tokens[who] ?? who });
  return result.body as Body;
}

const CREATE = `mutation C($i: CollectionInput!, $s: Boolean) { createCollection(input: $i, submit: $s) { ${COLLECTION_FIELDS} } }`;
const APPROVE = `mutation A($id: ID!, $v: Int!, $i: ApproveInput!) { approveCollection(id: $id, version: $v, input: $i) { ${COLLECTION_FIELDS} } }`;

test("agent creates and submits; team lead approves level 1; supervisor level 2: VALIDATED, locked, full history", async () => {
  // A team of its own: its lead's queue holds exactly this collection, whatever other tests created.
  const fixture = await createTeamFixture(db, "flow");
  for (const role of ["agent", "lead", "supervisor"] as const) {
    tokens[`flow-${role}`] = (await stack.gateway.login(fixture[role].email, fixture[role].password)).accessToken;
  }
  const lead = await db.user.findUniqueOrThrow({ where: { id: Number(fixture.lead.id) } });
  const created = await as("flow-agent", CREATE, { i: await collectionInput(db), s: false });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  const draft = created.data.createCollection;
  assert.equal(draft.status, "DRAFT");
  // 12 × 100 kg sacks + 20 × 50 kg sacks; 12 × 22 500 + 20 × 15 000 XOF.
  assert.equal(draft.totalWeightKg, "2200");
  assert.equal(draft.totalValue, "570000");
  assert.equal(draft.totalValueReference, "570000");
  assert.equal(draft.canEdit, true);
  assert.deepEqual(
    draft.workflow.levels.map((l: { role: string; state: string }) => [l.role, l.state]),
    [
      ["TEAM_LEAD", "WAITING"],
      ["SUPERVISOR", "WAITING"],
    ],
  );

  const submitted = (
    await as(
      "flow-agent",
      `mutation($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { ${COLLECTION_FIELDS} } }`,
      { id: draft.id, v: draft.version },
    )
  ).data.submitCollection;
  assert.equal(submitted.status, "SUBMITTED");
  assert.equal(submitted.canEdit, false, "submitted collections are read-only for the agent");
  assert.equal(submitted.workflow.currentLevel, 1);

  const asLead = (
    await as("flow-lead", `query($id: ID!) { collection(id: $id) { canApprove canReject canReturn } }`, {
      id: draft.id,
    })
  ).data.collection;
  assert.deepEqual(asLead, { canApprove: true, canReject: true, canReturn: true });
  const queue = (await as("flow-lead", `{ myValidationQueue(first: 100) { nodes { id } } }`)).data.myValidationQueue
    .nodes;
  assert.deepEqual(queue, [{ id: draft.id }], "the lead's queue: their team's collection at level 1");

  const level1 = (
    await as("flow-lead", APPROVE, { id: draft.id, v: submitted.version, i: { score: 85, notes: "Complet" } })
  ).data.approveCollection;
  assert.equal(level1.status, "SUBMITTED");
  assert.equal(level1.workflow.currentLevel, 2);
  assert.equal(level1.workflow.levels[0].state, "APPROVED");
  assert.equal(level1.workflow.levels[0].validation.score, 85);
  const tooEarly = await as("flow-supervisor", APPROVE, { id: draft.id, v: submitted.version, i: { score: 90 } });
  assert.equal(tooEarly.errors?.[0]?.extensions?.code, "CONFLICT", "a stale version is a CONFLICT");

  const level2 = (await as("flow-supervisor", APPROVE, { id: draft.id, v: level1.version, i: { score: 90 } })).data
    .approveCollection;
  assert.equal(level2.status, "VALIDATED");
  assert.equal(level2.workflow.currentLevel, null);
  assert.deepEqual(
    level2.workflow.levels.map((l: { state: string }) => l.state),
    ["APPROVED", "APPROVED"],
  );
  assert.equal(level2.canEdit, false);

  const edit = await as(
    "flow-agent",
    `mutation($id: ID!, $v: Int!, $i: CollectionInput!) { updateCollection(id: $id, version: $v, input: $i) { id } }`,
    {
      id: draft.id,
      v: level2.version,
      i: await collectionInput(db),
    },
  );
  assert.equal(edit.errors?.[0]?.extensions?.code, "CONFLICT", "validated collections are locked");

  const history = (
    await as(
      "flow-supervisor",
      `query($id: ID!) { collectionHistory(id: $id) { action level fromStatus toStatus actorRole score durationSeconds actor { fullName } } }`,
      { id: draft.id },
    )
  ).data.collectionHistory;
  assert.deepEqual(
    history.map((h: { action: string; level: number | null; toStatus: string; actorRole: string }) => [
      h.action,
      h.level,
      h.toStatus,
      h.actorRole,
    ]),
    [
      ["SUBMIT", null, "SUBMITTED", "AGENT"],
      ["APPROVE", 1, "SUBMITTED", "TEAM_LEAD"],
      ["APPROVE", 2, "VALIDATED", "SUPERVISOR"],
    ],
  );
  assert.equal(history[1].actor.fullName, lead.fullName, "validators resolved by admin");
  const events = await db.tradeflowOutboxEvent.findMany({
    where: { envelope: { contains: draft.id } },
    orderBy: { seq: "asc" },
  });
  assert.deepEqual(
    events.map((e) => e.type),
    [
      "tradeflow.collection.submitted",
      "tradeflow.collection.approved",
      "tradeflow.collection.approved",
      "tradeflow.collection.validated",
    ],
  );

  const analyst = (await as("analyst", `query($id: ID!) { collection(id: $id) { status } }`, { id: draft.id })).data
    .collection;
  assert.equal(analyst.status, "VALIDATED", "analysts read validated data");
});

test("return → correct → resubmit restarts at level 1 with revision 2", async () => {
  const created = (await as("agent", CREATE, { i: await collectionInput(db), s: true })).data.createCollection;
  assert.equal(created.status, "SUBMITTED");
  const returned = await as(
    "teamlead",
    `mutation($id: ID!, $v: Int!) { returnCollection(id: $id, version: $v, input: { instructions: "Préciser le poids des sacs d'oignons", fieldComments: [{ field: "items.1.unit", comment: "Sacs de 25 kg ?" }], qualityIssues: ["INCONSISTENCY"] }) { ${COLLECTION_FIELDS} history { action correctionInstructions fieldComments { field comment } qualityIssues } } }`,
    { id: created.id, v: created.version },
  );
  assert.equal(returned.errors, undefined, JSON.stringify(returned.errors));
  const back = returned.data.returnCollection;
  assert.equal(back.status, "RETURNED");
  assert.deepEqual(back.history.at(-1).fieldComments, [{ field: "items.1.unit", comment: "Sacs de 25 kg ?" }]);

  const input = await collectionInput(db);
  input.items[1]!.unit = "kg";
  input.items[1]!.quantity = "500";
  const corrected = (
    await as(
      "agent",
      `mutation($id: ID!, $v: Int!, $i: CollectionInput!) { updateCollection(id: $id, version: $v, input: $i) { ${COLLECTION_FIELDS} } }`,
      { id: created.id, v: back.version, i: input },
    )
  ).data.updateCollection;
  assert.equal(corrected.totalWeightKg, "1700");
  const resubmitted = (
    await as(
      "agent",
      `mutation($id: ID!, $v: Int!) { submitCollection(id: $id, version: $v) { ${COLLECTION_FIELDS} } }`,
      { id: created.id, v: corrected.version },
    )
  ).data.submitCollection;
  assert.equal(resubmitted.status, "SUBMITTED");
  assert.equal(resubmitted.revision, 2);
  assert.equal(resubmitted.isResubmission, true);
  assert.equal(resubmitted.workflow.currentLevel, 1);
  assert.deepEqual(
    resubmitted.workflow.levels.map((l: { state: string }) => l.state),
    ["PENDING", "WAITING"],
  );
});

test("scope and separation of duties: other agents, other teams, one's own collection", async () => {
  const created = (await as("agent", CREATE, { i: await collectionInput(db), s: true })).data.createCollection;

  const otherAgent = await createUserFixture(db, {
    role: "AGENT",
    teamId: (await db.team.findUniqueOrThrow({ where: { code: "DEMO-KANTCHARI" } })).id,
  });
  const other = (await stack.gateway.login(otherAgent.email, otherAgent.password)).accessToken;
  const peek = await as(other, `query($id: ID!) { collection(id: $id) { id } }`, { id: created.id });
  assert.equal(peek.errors?.[0]?.extensions?.code, "NOT_FOUND", "an agent cannot see another agent's collection");
  const list = await as(other, `{ collections(first: 200) { nodes { id } } }`);
  assert.ok(!list.data.collections.nodes.some((n: { id: string }) => n.id === created.id));

  const region = await db.region.create({ data: { code: `RG-${Date.now()}`, name: "Other region" } });
  const team = await db.team.create({ data: { code: `TM-${Date.now()}`, name: "Other team", regionId: region.id } });
  const otherLeadUser = await createUserFixture(db, { role: "TEAM_LEAD", teamId: team.id });
  const otherLead = (await stack.gateway.login(otherLeadUser.email, otherLeadUser.password)).accessToken;
  const act = await as(otherLead, APPROVE, { id: created.id, v: created.version, i: { score: 80 } });
  assert.equal(
    act.errors?.[0]?.extensions?.code,
    "NOT_FOUND",
    "a team lead of another team cannot act on it (nor see it)",
  );

  // A team lead who also records a collection cannot validate their own.
  const leadAsCollector = await db.collection.create({
    data: {
      id: "5f1f0000-0000-4000-8000-000000000001",
      collectorId: 4,
      teamId: (await db.team.findUniqueOrThrow({ where: { code: "DEMO-KANTCHARI" } })).id,
      regionId: (await db.region.findUniqueOrThrow({ where: { code: "DEMO-EST" } })).id,
      collectedAt: new Date(),
      status: "SUBMITTED",
      pendingLevel: 1,
      version: 1,
      workflowVersion: 1,
      workflowLevels: JSON.stringify([
        { level: 1, role: "TEAM_LEAD", name: "L1" },
        { level: 2, role: "SUPERVISOR", name: "L2" },
      ]),
    },
  });
  const own = await as("teamlead", APPROVE, { id: leadAsCollector.id, v: 1, i: { score: 90 } });
  assert.equal(own.errors?.[0]?.extensions?.code, "FORBIDDEN", "nobody validates their own collection");
  assert.match(own.errors?.[0]?.message ?? "", /you recorded/);

  const wrongLevel = await as("supervisor", APPROVE, { id: created.id, v: created.version, i: { score: 80 } });
  assert.equal(wrongLevel.errors?.[0]?.extensions?.code, "FORBIDDEN", "level 1 belongs to the team lead");
  const badScore = await as("teamlead", APPROVE, { id: created.id, v: created.version, i: { score: 101 } });
  assert.equal(badScore.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
});

test("50 concurrent approvals of the same version: one succeeds, 49 CONFLICT, one event", async () => {
  const created = (await as("agent", CREATE, { i: await collectionInput(db), s: true })).data.createCollection;
  const results = await Promise.all(
    Array.from({ length: 50 }, () => as("teamlead", APPROVE, { id: created.id, v: created.version, i: { score: 75 } })),
  );
  const ok = results.filter((r) => r.data?.approveCollection);
  const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT");
  assert.equal(ok.length, 1);
  assert.equal(conflicts.length, 49);
  const approvals = await db.tradeflowOutboxEvent.count({
    where: { type: "tradeflow.collection.approved", envelope: { contains: created.id } },
  });
  assert.equal(approvals, 1);
  const history = await db.collectionValidation.count({ where: { collectionId: created.id, action: "APPROVE" } });
  assert.equal(history, 1);
});

test("reject is final; a supervisor reopens a validated collection; bulk approvals report per item; counts per level", async () => {
  // A team and region of their own: the counts below are exactly this test's collections.
  const fixture = await createTeamFixture(db, "counts");
  for (const role of ["agent", "lead", "supervisor"] as const) {
    const user = fixture[role];
    tokens[`counts-${role}`] = (await stack.gateway.login(user.email, user.password)).accessToken;
  }
  const create = async () =>
    (await as("counts-agent", CREATE, { i: await collectionInput(db), s: true })).data.createCollection;
  const a = await create();
  const b = await create();
  const c = await create();
  const bulk = await as(
    "counts-lead",
    `mutation($items: [CollectionVersionInput!]!) { bulkApproveCollections(items: $items, input: { score: 70 }) { id ok error { code } collection { status workflow { currentLevel } } } }`,
    {
      items: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
        { id: c.id, version: 999 },
      ],
    },
  );
  assert.deepEqual(
    bulk.data.bulkApproveCollections.map((r: { ok: boolean; error: { code: string } | null }) => [
      r.ok,
      r.error?.code ?? null,
    ]),
    [
      [true, null],
      [true, null],
      [false, "CONFLICT"],
    ],
  );

  const rejected = await as(
    "counts-lead",
    `mutation($id: ID!, $v: Int!) { rejectCollection(id: $id, version: $v, input: { reason: "Doublon d'une autre fiche" }) { status canApprove } }`,
    { id: c.id, v: c.version },
  );
  assert.deepEqual(rejected.data.rejectCollection, { status: "REJECTED", canApprove: false });

  const aNow = bulk.data.bulkApproveCollections[0].collection;
  assert.equal(aNow.workflow.currentLevel, 2);
  const aRow = await db.collection.findUniqueOrThrow({ where: { id: a.id } });
  const validated = (await as("counts-supervisor", APPROVE, { id: a.id, v: aRow.version, i: { score: 95 } })).data
    .approveCollection;
  assert.equal(validated.status, "VALIDATED");
  const reopened = await as(
    "counts-supervisor",
    `mutation($id: ID!, $v: Int!) { reopenCollection(id: $id, version: $v, reason: "Prix incohérent avec le marché") { status workflow { currentLevel } } }`,
    { id: a.id, v: validated.version },
  );
  assert.deepEqual(reopened.data.reopenCollection, { status: "SUBMITTED", workflow: { currentLevel: 2 } });
  const leadReopen = await as(
    "counts-lead",
    `mutation($id: ID!) { reopenCollection(id: $id, version: 1, reason: "xxx") { status } }`,
    { id: a.id },
  );
  assert.equal(leadReopen.errors?.[0]?.extensions?.code, "FORBIDDEN");

  // a (reopened) and b wait at level 2, both past level 1; c was rejected at level 1.
  const expected = {
    drafts: 0,
    pendingLevel1: 0,
    pendingLevel2: 2,
    validatedLevel1: 2,
    validatedLevel2: 0,
    rejectedLevel1: 1,
    rejectedLevel2: 0,
    returned: 0,
    total: 3,
  };
  const COUNTS = `{ collectionCounts { ${Object.keys(expected).join(" ")} } }`;
  assert.deepEqual((await as("counts-supervisor", COUNTS)).data.collectionCounts, expected, "the supervisor's region");
  assert.deepEqual((await as("counts-lead", COUNTS)).data.collectionCounts, expected, "the team lead's team");
  const agentCounts = (await as("counts-agent", COUNTS)).data.collectionCounts;
  assert.deepEqual(agentCounts, expected, "the agent's own");
});

test("bad input names the field; client totals are checked, not trusted", async () => {
  const wrongTotal = await as("agent", CREATE, { i: await collectionInput(db, { totalWeightKg: "999" }) });
  assert.equal(wrongTotal.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(wrongTotal.errors?.[0]?.extensions?.field, "totalWeightKg");
  const input = await collectionInput(db);
  input.items[0]!.unit = "bottle";
  const badUnit = await as("agent", CREATE, { i: input });
  assert.equal(badUnit.errors?.[0]?.extensions?.field, "items.0.unit");
  const badExtra = await as("agent", CREATE, {
    i: await collectionInput(db, { extraFields: { storageCondition: "SPLENDID" } }),
  });
  assert.equal(badExtra.errors?.[0]?.extensions?.field, "extraFields");
  const unknownPoint = await as("agent", CREATE, { i: await collectionInput(db, { collectionPointId: "999999" }) });
  assert.equal(unknownPoint.errors?.[0]?.extensions?.field, "collectionPointId");
  const byLead = await as("teamlead", CREATE, { i: await collectionInput(db) });
  assert.equal(byLead.errors?.[0]?.extensions?.code, "FORBIDDEN");
});

test("a collection page crosses admin, model and tradeflow; each item's unit resolves as its own kind", async () => {
  const input = await collectionInput(db);
  // A product's local unit (100 kg sack of maize) and a general unit (kg of onions).
  input.items[1]!.unit = "kg";
  input.items[1]!.quantity = "1000";
  const created = (await as("agent", CREATE, { i: input, s: true })).data.createCollection;
  const result = await as(
    "supervisor",
    `query($id: String!) { collections(first: 5, filter: { search: $id }) { nodes { id collector { fullName }
        collectionPoint { name country { code } } destinationCountry { name } transportMode { name }
        controls { controlService { code } illegalFees }
        items { quantity unit product { name } generalUnit { code dimension } localUnit { code name baseQuantity } } } } }`,
    { id: created.id },
  );
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.deepEqual(
    result.data.collections.nodes.map((node: { id: string }) => node.id),
    [created.id],
  );
  const collection = result.data.collections.nodes[0];
  assert.equal(collection.collector.fullName, "Mariam Traoré");
  assert.equal(collection.collectionPoint.name, "Poste frontière de Kantchari");
  assert.equal(collection.controls[0].controlService.code, "CUSTOMS");
  assert.deepEqual(collection.items, [
    {
      quantity: "12",
      unit: "SACK_100KG",
      product: { name: "Maïs" },
      generalUnit: null,
      localUnit: { code: "SACK_100KG", name: "Sac de 100 kg", baseQuantity: "100" },
    },
    {
      quantity: "1000",
      unit: "kg",
      product: { name: "Oignon" },
      generalUnit: { code: "kg", dimension: "MASS" },
      localUnit: null,
    },
  ]);
});
