import { test } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { DEMO_USERS, DemoDataRefusedError, seedDemoData } from "../../scripts/db/demo-data.js";
import { testEnv } from "../support/env.js";

test("the seed is idempotent: a second run creates nothing", async () => {
  const db = createDb(testEnv.DATABASE_URL);
  try {
    const count = async () => ({
      users: await db.user.count(),
      accounts: await db.authAccount.count(),
      teams: await db.team.count(),
      regions: await db.region.count(),
      products: await db.product.count(),
      collections: await db.collection.count(),
    });
    const before = await count();
    const result = await seedDemoData(db, { nodeEnv: "test" });
    assert.equal(result.createdUsers, 0);
    assert.deepEqual(await count(), before);
    for (const demo of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email } });
      assert.ok(await db.authAccount.findUnique({ where: { userId: user.id } }), `${demo.email} can log in`);
    }
    const team = await db.team.findUniqueOrThrow({
      where: { code: "DEMO-KANTCHARI" },
      include: { members: true, lead: true },
    });
    assert.equal(team.lead?.email, "teamlead@demo.ct");
    assert.ok(team.members.some((member) => member.email === "agent@demo.ct"));
    const supervisors = await db.regionSupervisor.findMany({
      where: { regionId: team.regionId },
      include: { user: true },
    });
    assert.deepEqual(
      supervisors.map((s) => s.user.email),
      ["supervisor@demo.ct"],
    );
  } finally {
    await db.$disconnect();
  }
});

test("the seed refuses to create demo users in production", async () => {
  const db = createDb(testEnv.DATABASE_URL);
  try {
    await assert.rejects(seedDemoData(db, { nodeEnv: "production" }), DemoDataRefusedError);
  } finally {
    await db.$disconnect();
  }
});
