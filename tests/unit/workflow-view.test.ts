import { test } from "node:test";
import assert from "node:assert/strict";
import type { CollectionRow, CollectionValidationRow } from "../../subgraphs/tradeflow/src/mappers.js";
import { workflowView } from "../../subgraphs/tradeflow/src/domain/workflow-view.js";

const LEVELS = [
  { level: 1, role: "TEAM_LEAD", name: "Chef d'équipe" },
  { level: 2, role: "SUPERVISOR", name: "Superviseur" },
];

const collection = (fields: Partial<CollectionRow>) =>
  ({
    status: "SUBMITTED",
    pendingLevel: 1,
    revision: 1,
    workflowVersion: 3,
    workflowLevels: JSON.stringify(LEVELS),
    ...fields,
  }) as CollectionRow;
const entry = (action: string, level: number | null, revision = 1) =>
  ({ action, level, revision }) as CollectionValidationRow;

test("each level's state in the current revision", () => {
  const table: [string, CollectionRow, CollectionValidationRow[], (number | null)[], string[]][] = [
    [
      "a draft shows the published levels, waiting",
      collection({ status: "DRAFT", pendingLevel: null, workflowLevels: null }),
      [],
      [null],
      ["WAITING", "WAITING"],
    ],
    ["submitted: level 1 pending", collection({}), [entry("SUBMIT", null)], [1], ["PENDING", "WAITING"]],
    [
      "approved at 1: level 2 pending",
      collection({ pendingLevel: 2 }),
      [entry("SUBMIT", null), entry("APPROVE", 1)],
      [2],
      ["APPROVED", "PENDING"],
    ],
    [
      "validated",
      collection({ status: "VALIDATED", pendingLevel: null }),
      [entry("SUBMIT", null), entry("APPROVE", 1), entry("APPROVE", 2)],
      [null],
      ["APPROVED", "APPROVED"],
    ],
    [
      "rejected at 1",
      collection({ status: "REJECTED", pendingLevel: null }),
      [entry("REJECT", 1)],
      [null],
      ["REJECTED", "WAITING"],
    ],
    [
      "a resubmission starts again: the earlier revision's decisions no longer count",
      collection({ revision: 2 }),
      [entry("SUBMIT", null), entry("RETURN", 1), entry("RESUBMIT", null, 2)],
      [1],
      ["PENDING", "WAITING"],
    ],
    [
      "reopened at 2",
      collection({ pendingLevel: 2 }),
      [entry("APPROVE", 1), entry("APPROVE", 2), entry("REOPEN", 2)],
      [2],
      ["APPROVED", "PENDING"],
    ],
  ];
  for (const [name, row, history, [current], states] of table) {
    const view = workflowView(row, history, LEVELS);
    assert.deepEqual(
      { current: view.currentLevel, states: view.levels.map((level) => level.state) },
      { current, states },
      name,
    );
  }
});
