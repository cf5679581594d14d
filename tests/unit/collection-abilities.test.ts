import { test } from "node:test";
import assert from "node:assert/strict";
import type { RoleCode, UserClaims } from "#shared/auth/claims.js";
import {
  abilities,
  decisionRefusal,
  editWindowRefusal,
  ownActionRefusal,
  reopenRefusal,
} from "../../subgraphs/tradeflow/src/domain/abilities.js";

const LEVELS = JSON.stringify([
  { level: 1, role: "TEAM_LEAD", name: "Chef d'équipe" },
  { level: 2, role: "SUPERVISOR", name: "Superviseur" },
]);

const as = (role: RoleCode, userId = "20"): UserClaims => ({
  userId,
  role,
  permissions: [],
  teamId: "1",
  regionIds: ["1"],
  sessionId: "s",
  mustChangePassword: false,
});

type Status = "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED" | "RETURNED";
const collection = (status: Status, pendingLevel: number | null = null, collectorId = 3) => ({
  collectorId,
  status,
  pendingLevel,
  workflowLevels: status === "DRAFT" ? null : LEVELS,
  updatedAt: new Date("2026-11-20T10:00:00Z"),
});

const AGENT = as("AGENT", "3");

test("the collector's own actions: whose collection, in which status", () => {
  const table: [string, UserClaims, Status, "edit" | "delete" | "submit", string | null][] = [
    ["edit a draft", AGENT, "DRAFT", "edit", null],
    ["edit a returned one", AGENT, "RETURNED", "edit", null],
    ["submit a returned one", AGENT, "RETURNED", "submit", null],
    ["delete a draft", AGENT, "DRAFT", "delete", null],
    ["delete a returned one", AGENT, "RETURNED", "delete", "CONFLICT: A returned collection cannot be deleted"],
    ["edit a submitted one", AGENT, "SUBMITTED", "edit", "CONFLICT: A submitted collection cannot be edited"],
    ["submit a validated one", AGENT, "VALIDATED", "submit", "CONFLICT: A validated collection cannot be submitted"],
    ["another agent's draft", as("AGENT", "9"), "DRAFT", "edit", "FORBIDDEN: Only the collector can edit a collection"],
  ];
  for (const [name, who, status, action, expected] of table) {
    const refusal = ownActionRefusal(who, collection(status), action);
    assert.equal(refusal && `${refusal.code}: ${refusal.message}`, expected, name);
  }
});

test("a returned collection can be corrected within the edit window only", () => {
  const returned = collection("RETURNED");
  const later = (hours: number) => new Date(returned.updatedAt.getTime() + hours * 3_600_000);
  assert.equal(editWindowRefusal(returned, 48, later(47)), null);
  assert.equal(editWindowRefusal(returned, 48, later(48)), null, "the window's last instant still counts");
  assert.equal(editWindowRefusal(returned, 48, later(49))?.code, "FORBIDDEN");
  assert.equal(editWindowRefusal(returned, 0, later(10_000)), null, "0 means no limit");
  assert.equal(editWindowRefusal(collection("DRAFT"), 48, later(49)), null, "drafts have no window");
});

test("who decides at each level, and never on their own collection", () => {
  const table: [string, UserClaims, ReturnType<typeof collection>, string | null][] = [
    ["team lead at level 1", as("TEAM_LEAD"), collection("SUBMITTED", 1), null],
    ["supervisor at level 2", as("SUPERVISOR"), collection("SUBMITTED", 2), null],
    [
      "supervisor at level 1",
      as("SUPERVISOR"),
      collection("SUBMITTED", 1),
      "FORBIDDEN: Level 1 is decided by a TEAM_LEAD",
    ],
    [
      "team lead at level 2",
      as("TEAM_LEAD"),
      collection("SUBMITTED", 2),
      "FORBIDDEN: Level 2 is decided by a SUPERVISOR",
    ],
    ["admin", as("ADMIN"), collection("SUBMITTED", 1), "FORBIDDEN: Level 1 is decided by a TEAM_LEAD"],
    [
      "own collection",
      as("TEAM_LEAD", "4"),
      collection("SUBMITTED", 1, 4),
      "FORBIDDEN: You cannot validate a collection you recorded",
    ],
    ["a draft", as("TEAM_LEAD"), collection("DRAFT"), "CONFLICT: A draft collection is not waiting for a decision"],
    [
      "a rejected one",
      as("TEAM_LEAD"),
      collection("REJECTED"),
      "CONFLICT: A rejected collection is not waiting for a decision",
    ],
  ];
  for (const [name, who, row, expected] of table) {
    const refusal = decisionRefusal(who, row);
    assert.equal(refusal && `${refusal.code}: ${refusal.message}`, expected, name);
  }
});

test("reopening: the last level's role, validated collections, not one's own", () => {
  const table: [string, UserClaims, ReturnType<typeof collection>, string | null][] = [
    ["supervisor, validated", as("SUPERVISOR"), collection("VALIDATED"), null],
    ["team lead", as("TEAM_LEAD"), collection("VALIDATED"), "FORBIDDEN: Only a SUPERVISOR can reopen it"],
    [
      "still submitted",
      as("SUPERVISOR"),
      collection("SUBMITTED", 2),
      "CONFLICT: Only a validated collection can be reopened",
    ],
    ["own", as("SUPERVISOR", "3"), collection("VALIDATED"), "FORBIDDEN: You cannot reopen a collection you recorded"],
  ];
  for (const [name, who, row, expected] of table) {
    const refusal = reopenRefusal(who, row);
    assert.equal(refusal && `${refusal.code}: ${refusal.message}`, expected, name);
  }
});

test("the can* fields are the refusals as booleans", () => {
  const none = {
    canEdit: false,
    canDelete: false,
    canSubmit: false,
    canApprove: false,
    canReject: false,
    canReturn: false,
    canReopen: false,
  };
  const decide = { ...none, canApprove: true, canReject: true, canReturn: true };
  const table: [string, UserClaims | null, ReturnType<typeof collection>, typeof none][] = [
    ["anonymous", null, collection("DRAFT"), none],
    ["collector, draft", AGENT, collection("DRAFT"), { ...none, canEdit: true, canDelete: true, canSubmit: true }],
    ["collector, returned", AGENT, collection("RETURNED"), { ...none, canEdit: true, canSubmit: true }],
    ["collector, submitted", AGENT, collection("SUBMITTED", 1), none],
    ["team lead, level 1", as("TEAM_LEAD"), collection("SUBMITTED", 1), decide],
    ["supervisor, level 2", as("SUPERVISOR"), collection("SUBMITTED", 2), decide],
    ["supervisor, validated", as("SUPERVISOR"), collection("VALIDATED"), { ...none, canReopen: true }],
    ["analyst, validated", as("ANALYST"), collection("VALIDATED"), none],
  ];
  for (const [name, who, row, expected] of table) assert.deepEqual(abilities(who, row), expected, name);
});
