import { randomUUID } from "node:crypto";
import type { PrismaClient } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { streamName } from "#shared/events/streams.js";
import { STATISTICS_ROLLUP } from "../../subgraphs/tradeflow/src/consumers/statistics-rollup.js";
import type { Stack } from "./stack.js";
import { createUserFixture } from "./fixtures.js";
import { waitFor } from "./nats.js";

/**
 * A region of its own with two teams, their agents, leads and a supervisor: statistics tests know every
 * collection in it, whatever the other test files recorded elsewhere.
 */
export async function statisticsOrganisation(db: PrismaClient, stack: Stack, label: string) {
  const tag = `${label}-${randomUUID().slice(0, 6)}`.toUpperCase();
  const region = await db.region.create({ data: { code: `R-${tag}`, name: `Région ${tag}` } });
  const teamA = await db.team.create({ data: { code: `TA-${tag}`, name: `Équipe A ${tag}`, regionId: region.id } });
  const teamB = await db.team.create({ data: { code: `TB-${tag}`, name: `Équipe B ${tag}`, regionId: region.id } });
  const users = {
    agentA1: await createUserFixture(db, { role: "AGENT", teamId: teamA.id, label: `a1-${label}` }),
    agentA2: await createUserFixture(db, { role: "AGENT", teamId: teamA.id, label: `a2-${label}` }),
    agentB1: await createUserFixture(db, { role: "AGENT", teamId: teamB.id, label: `b1-${label}` }),
    leadA: await createUserFixture(db, { role: "TEAM_LEAD", teamId: teamA.id, label: `la-${label}` }),
    leadB: await createUserFixture(db, { role: "TEAM_LEAD", teamId: teamB.id, label: `lb-${label}` }),
    supervisor: await createUserFixture(db, { role: "SUPERVISOR", regionIds: [region.id], label: `su-${label}` }),
  };
  await db.team.update({ where: { id: teamA.id }, data: { leadId: Number(users.leadA.id) } });
  await db.team.update({ where: { id: teamB.id }, data: { leadId: Number(users.leadB.id) } });
  await db.regionSupervisor.create({ data: { regionId: region.id, userId: Number(users.supervisor.id) } });
  const tokens: Record<keyof typeof users, string> = {} as never;
  for (const [key, user] of Object.entries(users)) {
    tokens[key as keyof typeof users] = (await stack.gateway.login(user.email, user.password)).accessToken;
  }
  return { region, teamA, teamB, users, tokens };
}

/**
 * Every tradeflow event published and taken by the statistics consumer: the rollups are as current as
 * they will get. (Equality with a recomputation is then asserted, not awaited.)
 */
export async function rollupsSettled(db: PrismaClient, nats: NatsHandle, what = "the statistics rollups to settle") {
  await waitFor(
    async () => {
      const unpublished = await db.tradeflowOutboxEvent.count({ where: { publishedAt: null } });
      if (unpublished > 0) return false;
      const info = await nats.jsm.consumers.info(streamName("tradeflow", nats.namespace), STATISTICS_ROLLUP);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    },
    { timeoutMs: 30_000, what },
  );
}
