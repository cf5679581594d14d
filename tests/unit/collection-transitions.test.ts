import { test } from "node:test";
import assert from "node:assert/strict";
import { planTransition, type Actor, type CurrentState } from "../../subgraphs/tradeflow/src/domain/transitions.js";

const LEVELS = [
  { level: 1, role: "TEAM_LEAD", name: "Chef d'équipe" },
  { level: 2, role: "SUPERVISOR", name: "Superviseur" },
];
const NOW = new Date("2026-11-21T08:00:00Z");
const ID = "0b6f3a52-6a4e-4c1e-9d1f-5d6b8c2f9a01";
const AGENT = { userId: "3", role: "AGENT" as const };
const LEAD = { userId: "4", role: "TEAM_LEAD" as const };
const SUPERVISOR = { userId: "5", role: "SUPERVISOR" as const };

const state = (overrides: Partial<CurrentState>): CurrentState => ({
  id: ID,
  status: "SUBMITTED",
  revision: 1,
  collectorId: 3,
  pendingLevel: 1,
  workflowLevels: JSON.stringify(LEVELS),
  updatedAt: new Date("2026-11-21T07:00:00Z"),
  teamId: 7,
  regionId: 2,
  publicId: "CT-26-7K3QXM",
  ...overrides,
});

/** Where each event says the workflow stands: what notifications route on and the audit trail shows. */
const route = (fromStatus: string, toStatus: string, pending: { level: number; role: string } | null) => ({
  publicId: "CT-26-7K3QXM",
  collectorId: "3",
  teamId: "7",
  regionId: "2",
  fromStatus,
  toStatus,
  pending,
});

test("submitting a draft: level 1 pending, the workflow fixed, SUBMIT recorded, one event", () => {
  const plan = planTransition(
    state({ status: "DRAFT", pendingLevel: null, workflowLevels: null, updatedAt: undefined }),
    { kind: "submit", workflow: { version: 4, levels: LEVELS } },
    AGENT,
    NOW,
  );
  assert.deepEqual(plan.data, {
    status: "SUBMITTED",
    pendingLevel: 1,
    revision: 1,
    isResubmission: false,
    workflowVersion: 4,
    workflowLevels: JSON.stringify(LEVELS),
    submittedAt: NOW,
    validatedAt: null,
  });
  assert.deepEqual(plan.history, {
    action: "SUBMIT",
    level: null,
    toStatus: "SUBMITTED",
    revision: 1,
    actorId: 3,
    actorRole: "AGENT",
    fromStatus: "DRAFT",
    durationSeconds: null,
  });
  assert.deepEqual(plan.events, [
    {
      type: "tradeflow.collection.submitted",
      payload: {
        collectionId: ID,
        collectorId: "3",
        revision: 1,
        isResubmission: false,
        pendingLevel: 1,
        // The draft's level 1 decides next: the team lead of team 7 is told.
        route: route("DRAFT", "SUBMITTED", { level: 1, role: "TEAM_LEAD" }),
      },
    },
  ]);
});

test("resubmitting a returned collection starts revision 2 at level 1", () => {
  const plan = planTransition(
    state({ status: "RETURNED", pendingLevel: null }),
    { kind: "submit", workflow: { version: 4, levels: LEVELS } },
    AGENT,
    NOW,
  );
  assert.deepEqual(
    [
      plan.data.revision,
      plan.data.isResubmission,
      plan.history.action,
      plan.history.fromStatus,
      plan.history.durationSeconds,
    ],
    [2, true, "RESUBMIT", "RETURNED", 3600],
  );
});

test("each decision: the status it leads to, the level recorded, the events", () => {
  const table: [string, CurrentState, Parameters<typeof planTransition>[1], Actor, unknown, unknown, string[]][] = [
    [
      "approve at level 1 moves to level 2",
      state({}),
      { kind: "approve", score: 80 },
      LEAD,
      { pendingLevel: 2 },
      { action: "APPROVE", level: 1, toStatus: "SUBMITTED" },
      ["tradeflow.collection.approved"],
    ],
    [
      "approve at the last level validates",
      state({ pendingLevel: 2 }),
      { kind: "approve", score: 90 },
      SUPERVISOR,
      { status: "VALIDATED", pendingLevel: null, validatedAt: NOW },
      { action: "APPROVE", level: 2, toStatus: "VALIDATED" },
      ["tradeflow.collection.approved", "tradeflow.collection.validated"],
    ],
    [
      "reject is final",
      state({}),
      { kind: "reject", reason: "Doublon" },
      LEAD,
      { status: "REJECTED", pendingLevel: null },
      { action: "REJECT", level: 1, toStatus: "REJECTED" },
      ["tradeflow.collection.rejected"],
    ],
    [
      "return sends it back to the collector",
      state({}),
      { kind: "return", instructions: "Préciser" },
      LEAD,
      { status: "RETURNED", pendingLevel: null },
      { action: "RETURN", level: 1, toStatus: "RETURNED" },
      ["tradeflow.collection.returned"],
    ],
    [
      "reopen puts a validated collection back at the last level",
      state({ status: "VALIDATED", pendingLevel: null }),
      { kind: "reopen", reason: "Prix incohérent" },
      SUPERVISOR,
      { status: "SUBMITTED", pendingLevel: 2, validatedAt: null },
      { action: "REOPEN", level: 2, toStatus: "SUBMITTED" },
      ["tradeflow.collection.reopened"],
    ],
  ];
  for (const [name, current, action, actor, data, history, events] of table) {
    const plan = planTransition(current, action, actor, NOW);
    assert.deepEqual(plan.data, data, name);
    const { action: kind, level, toStatus } = plan.history;
    assert.deepEqual({ action: kind, level, toStatus }, history, name);
    assert.deepEqual([plan.history.actorId, plan.history.actorRole], [Number(actor.userId), actor.role], name);
    assert.deepEqual(
      plan.events.map((event) => event.type),
      events,
      name,
    );
  }
});

test("a decision records its details and how long the collection waited", () => {
  const approve = planTransition(
    state({}),
    { kind: "approve", score: 55, notes: "Prix bas", qualityIssues: ["OUT_OF_RANGE"] },
    LEAD,
    NOW,
  );
  assert.deepEqual(
    [approve.history.score, approve.history.notes, approve.history.qualityIssues, approve.history.durationSeconds],
    [55, "Prix bas", '["OUT_OF_RANGE"]', 3600],
  );
  assert.deepEqual(approve.events[0], {
    type: "tradeflow.collection.approved",
    payload: {
      collectionId: ID,
      level: 1,
      score: 55,
      validatorId: "4",
      final: false,
      // Level 2 is pending now: region 2's supervisors are told.
      route: route("SUBMITTED", "SUBMITTED", { level: 2, role: "SUPERVISOR" }),
    },
  });
  const returned = planTransition(
    state({}),
    {
      kind: "return",
      instructions: "Préciser",
      fieldComments: [{ field: "items.1.unit", comment: "25 kg ?" }],
      qualityIssues: [],
    },
    LEAD,
    NOW,
  );
  assert.deepEqual(
    [returned.history.correctionInstructions, returned.history.fieldComments, returned.history.qualityIssues],
    ["Préciser", '[{"field":"items.1.unit","comment":"25 kg ?"}]', null],
  );
  const clockSkew = planTransition(
    state({ updatedAt: new Date(NOW.getTime() + 5_000) }),
    { kind: "approve", score: 80 },
    LEAD,
    NOW,
  );
  assert.equal(clockSkew.history.durationSeconds, 0, "never negative");
});
