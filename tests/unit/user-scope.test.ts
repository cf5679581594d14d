import { test } from "node:test";
import assert from "node:assert/strict";
import type { RoleCode, UserClaims } from "#shared/auth/claims.js";
import { visibleUsersWhere } from "../../subgraphs/admin/src/modules/users/user-scope.js";

const as = (role: RoleCode, teamId: string | null = "3", regionIds = ["5"]): UserClaims => ({
  userId: "7",
  role,
  permissions: [],
  teamId,
  regionIds,
  sessionId: "s",
  mustChangePassword: false,
});

const validatorsOfTeam = (teamId: number) => [
  { ledTeams: { some: { id: teamId } } },
  { supervisedRegions: { some: { region: { teams: { some: { id: teamId } } } } } },
];

test("the users each role may see (admin's one row-scope rule, used by lists, loaders and _entities)", () => {
  const table: [string, UserClaims, unknown][] = [
    ["super administrators see everyone", as("SUPER_ADMIN"), {}],
    ["administrators see everyone", as("ADMIN"), {}],
    ["analysts see everyone", as("ANALYST"), {}],
    ["an agent sees themselves and their validators", as("AGENT"), { OR: [{ id: 7 }, ...validatorsOfTeam(3)] }],
    ["an agent without a team sees themselves", as("AGENT", null), { OR: [{ id: 7 }] }],
    [
      "a team lead sees their team and its supervisors",
      as("TEAM_LEAD"),
      { OR: [{ id: 7 }, { teamId: 3 }, { supervisedRegions: { some: { region: { teams: { some: { id: 3 } } } } } }] },
    ],
    [
      "a supervisor sees the people of their regions",
      as("SUPERVISOR", null, ["5", "6"]),
      {
        OR: [
          { id: 7 },
          { team: { regionId: { in: [5, 6] } } },
          { ledTeams: { some: { regionId: { in: [5, 6] } } } },
          { supervisedRegions: { some: { regionId: { in: [5, 6] } } } },
        ],
      },
    ],
  ];
  for (const [name, viewer, expected] of table) assert.deepEqual(visibleUsersWhere(viewer), expected, name);
});
