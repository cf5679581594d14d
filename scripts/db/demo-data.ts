import { ROLE_IDS, type RoleCode } from "#shared/auth/claims.js";
import type { PrismaClient } from "#shared/db/client.js";
import { hashPassword } from "../../subgraphs/auth/src/modules/sessions/passwords.js";
import { seedReferenceData } from "./reference-data.js";

/**
 * Demo data for a fresh database (the reference set is in reference-data.ts). Idempotent: every row is
 * keyed (role id, email, codes, fixed UUIDs) and upserted, so a second run changes nothing. The seed is tooling, not a
 * service, so it writes the starting rows of every domain directly.
 */
export const DEMO_PASSWORD = "Demo!2026pass";

export const DEMO_USERS: { email: string; phone: string; fullName: string; role: RoleCode }[] = [
  { email: "superadmin@demo.ct", phone: "+22670000001", fullName: "Awa Ouédraogo", role: "SUPER_ADMIN" },
  { email: "admin@demo.ct", phone: "+22670000002", fullName: "Issa Kaboré", role: "ADMIN" },
  { email: "agent@demo.ct", phone: "+22670000003", fullName: "Mariam Traoré", role: "AGENT" },
  { email: "teamlead@demo.ct", phone: "+22670000004", fullName: "Boureima Sawadogo", role: "TEAM_LEAD" },
  { email: "supervisor@demo.ct", phone: "+22670000005", fullName: "Fatimata Diallo", role: "SUPERVISOR" },
  { email: "analyst@demo.ct", phone: "+22670000006", fullName: "Kwame Mensah", role: "ANALYST" },
];

export const DEMO_COLLECTION_ID = "0b6f3a52-6a4e-4c1e-9d1f-5d6b8c2f9a01";

export class DemoDataRefusedError extends Error {}

/** Demo accounts, organisation and one collection, on top of the reference set (seeded first). */
export async function seedDemoData(db: PrismaClient, options: { nodeEnv: string }): Promise<{ createdUsers: number }> {
  if (options.nodeEnv === "production") {
    throw new DemoDataRefusedError("refusing to create demo users with NODE_ENV=production");
  }
  await seedReferenceData(db);

  const region = await db.region.upsert({
    where: { code: "DEMO-EST" },
    create: { code: "DEMO-EST", name: "Région de l'Est (démo)" },
    update: {},
  });
  const team = await db.team.upsert({
    where: { code: "DEMO-KANTCHARI" },
    create: { code: "DEMO-KANTCHARI", name: "Équipe Kantchari (démo)", regionId: region.id },
    update: {},
  });

  let createdUsers = 0;
  // Hashed exactly as auth hashes passwords (its Argon2id parameters), so logins verify the same way.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = {} as Record<RoleCode, number>;
  for (const demo of DEMO_USERS) {
    const teamId = demo.role === "AGENT" || demo.role === "TEAM_LEAD" ? team.id : null;
    const existing = await db.user.findUnique({ where: { email: demo.email } });
    const user =
      existing ??
      (await db.user.create({
        data: { email: demo.email, phone: demo.phone, fullName: demo.fullName, roleId: ROLE_IDS[demo.role], teamId },
      }));
    if (!existing) createdUsers += 1;
    ids[demo.role] = user.id;
    await db.authAccount.upsert({
      where: { userId: user.id },
      create: {
        userId: user.id,
        email: demo.email,
        phone: demo.phone,
        passwordHash,
        role: demo.role,
        teamId,
        // As admin's user snapshot has it: supervisors their regions, team members their team's region.
        regionIds: demo.role === "SUPERVISOR" || teamId !== null ? [region.id] : [],
      },
      update: {},
    });
  }

  await db.team.update({ where: { id: team.id }, data: { leadId: ids.TEAM_LEAD } });
  await db.regionSupervisor.upsert({
    where: { regionId_userId: { regionId: region.id, userId: ids.SUPERVISOR } },
    create: { regionId: region.id, userId: ids.SUPERVISOR },
    update: {},
  });

  const kantchari = await db.collectionPoint.findUniqueOrThrow({ where: { code: "BF-KANTCHARI" } });
  const maize = await db.product.findUniqueOrThrow({ where: { code: "MAIZE" } });
  const onion = await db.product.findUniqueOrThrow({ where: { code: "ONION" } });
  await db.collection.upsert({
    where: { id: DEMO_COLLECTION_ID },
    create: {
      id: DEMO_COLLECTION_ID,
      collectorId: ids.AGENT,
      teamId: team.id,
      regionId: region.id,
      collectedAt: new Date("2026-11-20T09:30:00Z"),
      collectionPointId: kantchari.id,
      type: "AGRICULTURAL",
      direction: "EXPORT",
      currencyCode: "XOF",
      notes: "Camion vers Niamey, poste de Kantchari",
      totalWeightKg: "1550.5",
      totalValue: "410200",
      referenceCurrency: "XOF",
      totalValueReference: "410200",
      items: {
        create: [
          {
            id: "0b6f3a52-6a4e-4c1e-9d1f-5d6b8c2f9a11",
            position: 1,
            productId: maize.id,
            quantity: "1200",
            unitCode: "kg",
            unitPrice: "225",
            totalValue: "270000",
            unitWeightKg: "1",
            totalWeightKg: "1200",
          },
          {
            id: "0b6f3a52-6a4e-4c1e-9d1f-5d6b8c2f9a12",
            position: 2,
            productId: onion.id,
            quantity: "350.5",
            unitCode: "kg",
            unitPrice: "400",
            totalValue: "140200",
            unitWeightKg: "1",
            totalWeightKg: "350.5",
          },
        ],
      },
    },
    update: {},
  });
  return { createdUsers };
}
