import { test } from "node:test";
import assert from "node:assert/strict";
import type { UserClaims } from "#shared/auth/claims.js";
import { collectionScope, collectionScopeSql } from "../../subgraphs/tradeflow/src/domain/scope.js";

const viewer = (overrides: Partial<UserClaims>): UserClaims => ({
  userId: "7",
  role: "AGENT",
  permissions: [],
  teamId: "3",
  regionIds: ["5", "6"],
  sessionId: "s",
  mustChangePassword: false,
  ...overrides,
});

test("each role's collection scope", () => {
  const table: [string, UserClaims, unknown][] = [
    ["SUPER_ADMIN sees all", viewer({ role: "SUPER_ADMIN" }), {}],
    ["ADMIN sees all", viewer({ role: "ADMIN" }), {}],
    ["ANALYST sees validated collections only", viewer({ role: "ANALYST" }), { status: "VALIDATED" }],
    ["AGENT sees their own", viewer({ role: "AGENT" }), { collectorId: 7 }],
    ["TEAM_LEAD sees their team's", viewer({ role: "TEAM_LEAD" }), { teamId: 3 }],
    ["TEAM_LEAD without a team sees their own", viewer({ role: "TEAM_LEAD", teamId: null }), { collectorId: 7 }],
    ["SUPERVISOR sees their regions'", viewer({ role: "SUPERVISOR" }), { regionId: { in: [5, 6] } }],
    ["SUPERVISOR without regions sees none", viewer({ role: "SUPERVISOR", regionIds: [] }), { regionId: { in: [] } }],
  ];
  for (const [name, who, expected] of table) assert.deepEqual(collectionScope(who), expected, name);
});

test("the SQL form of each scope says the same", () => {
  const table: [UserClaims, string, unknown[]][] = [
    [viewer({ role: "ADMIN" }), "TRUE", []],
    [viewer({ role: "ANALYST" }), "status = ?", ["VALIDATED"]],
    [viewer({ role: "AGENT" }), "collector_id = ?", [7]],
    [viewer({ role: "TEAM_LEAD" }), "team_id = ?", [3]],
    [viewer({ role: "SUPERVISOR" }), "region_id IN (?,?)", [5, 6]],
    [viewer({ role: "SUPERVISOR", regionIds: [] }), "FALSE", []],
  ];
  for (const [who, sql, values] of table) {
    const condition = collectionScopeSql(collectionScope(who));
    assert.deepEqual({ sql: condition.sql, values: condition.values }, { sql, values }, who.role);
  }
});
