import { randomUUID } from "node:crypto";
import { ROLE_IDS, type RoleCode } from "#shared/auth/claims.js";
import type { PrismaClient } from "#shared/db/client.js";
import { hashPassword } from "../../subgraphs/auth/src/modules/sessions/passwords.js";

export const FIXTURE_PASSWORD = "Fixture!2026pass";

/**
 * A user that exists in admin and can log in (auth's account), for tests that must not disturb the
 * demo accounts. Written directly, as the seed does.
 */
export async function createUserFixture(
  db: PrismaClient,
  options: { role: RoleCode; teamId?: number | null; regionIds?: number[]; password?: string; label?: string },
) {
  const tag = `${options.label ?? options.role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  const email = `${tag}@fixtures.ct`;
  const user = await db.user.create({
    data: { fullName: `Fixture ${tag}`, email, roleId: ROLE_IDS[options.role], teamId: options.teamId ?? null },
  });
  const team = options.teamId ? await db.team.findUnique({ where: { id: options.teamId } }) : null;
  await db.authAccount.create({
    data: {
      userId: user.id,
      email,
      passwordHash: await hashPassword(options.password ?? FIXTURE_PASSWORD),
      role: options.role,
      teamId: options.teamId ?? null,
      regionIds: options.regionIds ?? (team ? [team.regionId] : []),
    },
  });
  return { id: String(user.id), email, password: options.password ?? FIXTURE_PASSWORD };
}

export async function demoTeam(db: PrismaClient) {
  return db.team.findUniqueOrThrow({ where: { code: "DEMO-KANTCHARI" } });
}

/**
 * A region of its own with one team: an agent, the team's lead and the region's supervisor, none of
 * whom sees any other test's collections, so a test can assert exact counts.
 */
export async function createTeamFixture(db: PrismaClient, label = "team") {
  const tag = `${label}-${randomUUID().slice(0, 8)}`;
  const region = await db.region.create({ data: { code: `R-${tag}`, name: `Region ${tag}` } });
  const team = await db.team.create({ data: { code: `T-${tag}`, name: `Team ${tag}`, regionId: region.id } });
  const agent = await createUserFixture(db, { role: "AGENT", teamId: team.id, label: `${label}-agent` });
  const lead = await createUserFixture(db, { role: "TEAM_LEAD", teamId: team.id, label: `${label}-lead` });
  const supervisor = await createUserFixture(db, {
    role: "SUPERVISOR",
    regionIds: [region.id],
    label: `${label}-supervisor`,
  });
  await db.team.update({ where: { id: team.id }, data: { leadId: Number(lead.id) } });
  await db.regionSupervisor.create({ data: { regionId: region.id, userId: Number(supervisor.id) } });
  return { region, team, agent, lead, supervisor };
}
