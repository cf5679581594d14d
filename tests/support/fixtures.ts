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
