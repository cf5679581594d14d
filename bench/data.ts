import { randomUUID } from "node:crypto";
import type { PrismaClient } from "#shared/db/client.js";
import { hashPassword } from "../subgraphs/auth/src/modules/sessions/passwords.js";
import { DEMO_PASSWORD } from "../scripts/db/demo-data.js";
import { childId } from "../subgraphs/tradeflow/src/modules/collections/prepare.js";

/**
 * Benchmark data written straight to the bench database, in bulk. The collections are spread over
 * 20 agents of the demo team, every collection point, product and 200 actors, and over the last
 * year: 60 % validated, 30 % waiting at level 1, 10 % drafts. Each has two items and one control.
 */
export const BENCH_AGENTS = 20;

export async function generateBenchData(
  db: PrismaClient,
  target: number,
  log: (message: string) => void,
): Promise<void> {
  const existing = await db.collection.count();
  if (existing >= target) {
    log(`bench data already present (${existing} collections)`);
    return;
  }
  const team = await db.team.findUniqueOrThrow({ where: { code: "DEMO-KANTCHARI" } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const agentIds: number[] = [];
  for (let i = 0; i < BENCH_AGENTS; i += 1) {
    const email = `bench-agent-${i}@demo.ct`;
    const user =
      (await db.user.findUnique({ where: { email } })) ??
      (await db.user.create({ data: { email, fullName: `Agent de test ${i}`, roleId: 3, teamId: team.id } }));
    await db.authAccount.upsert({
      where: { userId: user.id },
      create: { userId: user.id, email, passwordHash, role: "AGENT", teamId: team.id, regionIds: [team.regionId] },
      update: {},
    });
    agentIds.push(user.id);
  }
  if ((await db.commercialActor.count()) < 200) {
    await db.commercialActor.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        type: i % 5 === 0 ? ("TRANSPORTER" as const) : ("TRADER" as const),
        name: `Acteur ${String(i).padStart(3, "0")}`,
        gender: i % 2 === 0 ? ("FEMALE" as const) : ("MALE" as const),
        phone: `+22679${String(100000 + i)}`,
      })),
      skipDuplicates: true,
    });
  }
  const [points, products, actors, units] = await Promise.all([
    db.collectionPoint.findMany({ select: { id: true } }),
    db.product.findMany({ where: { dimension: "MASS" }, select: { id: true } }),
    db.commercialActor.findMany({ select: { id: true }, take: 200 }),
    db.unit.findFirstOrThrow({ where: { code: "kg" } }),
  ]);
  const workflowLevels = JSON.stringify([
    { level: 1, role: "TEAM_LEAD", name: "Validation du chef d'équipe" },
    { level: 2, role: "SUPERVISOR", name: "Validation du superviseur" },
  ]);
  const chunk = 2_000;
  const start = Date.now() - 365 * 86_400_000;
  for (let done = existing; done < target; done += chunk) {
    const size = Math.min(chunk, target - done);
    const collections = Array.from({ length: size }, (_, i) => {
      const n = done + i;
      const status = n % 10 < 6 ? "VALIDATED" : n % 10 < 9 ? "SUBMITTED" : "DRAFT";
      return {
        id: randomUUID(),
        collectorId: agentIds[n % agentIds.length]!,
        teamId: team.id,
        regionId: team.regionId,
        collectedAt: new Date(start + ((n * 7_919) % (365 * 86_400)) * 1000),
        collectionPointId: points[n % points.length]!.id,
        actorId: actors[n % actors.length]!.id,
        type: "AGRICULTURAL" as const,
        direction: n % 3 === 0 ? ("IMPORT" as const) : ("EXPORT" as const),
        currencyCode: "XOF",
        status: status as "VALIDATED" | "SUBMITTED" | "DRAFT",
        pendingLevel: status === "SUBMITTED" ? 1 : null,
        workflowVersion: status === "DRAFT" ? null : 1,
        workflowLevels: status === "DRAFT" ? null : workflowLevels,
        version: status === "VALIDATED" ? 4 : status === "SUBMITTED" ? 2 : 1,
        totalWeightKg: "1500",
        totalValue: "300000",
        referenceCurrency: "XOF",
        totalValueReference: "300000",
      };
    });
    await db.collection.createMany({ data: collections });
    await db.collectionItem.createMany({
      data: collections.flatMap((collection, i) =>
        [1, 2].map((position) => ({
          id: childId(collection.id, "item", position),
          collectionId: collection.id,
          position,
          productId: products[(i + position) % products.length]!.id,
          quantity: "750",
          unitCode: units.code,
          unitPrice: "200",
          totalValue: "150000",
          unitWeightKg: "1",
          totalWeightKg: "750",
        })),
      ),
    });
    await db.collectionControl.createMany({
      data: collections.map((collection, i) => ({
        id: childId(collection.id, "control", 1),
        collectionId: collection.id,
        position: 1,
        checkpointId: points[i % points.length]!.id,
        duration: "FROM_15_TO_30_MIN",
        feesPaid: "2000",
        illegalFees: "1000",
      })),
    });
    if ((done / chunk) % 10 === 0) log(`  ${Math.min(done + size, target)} / ${target} collections`);
  }
}
