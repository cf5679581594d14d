import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createTeamFixture, createUserFixture } from "../support/fixtures.js";

let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack({ SQL_STATEMENT_COUNTING: "true" });
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

type Status = "DRAFT" | "SUBMITTED" | "VALIDATED";

/** A team of its own whose agents have collections on known days (newest last in `statuses`). */
async function teamWithCollections(agents: number, statuses: Status[]) {
  const fixture = await createTeamFixture(db, "user-collections");
  const collectors = [fixture.agent];
  for (let i = 1; i < agents; i += 1) {
    collectors.push(await createUserFixture(db, { role: "AGENT", teamId: fixture.team.id, label: "user-collections" }));
  }
  const byCollector = new Map<string, { id: string; status: Status }[]>();
  for (const collector of collectors) {
    const rows = statuses.map((status, day) => ({
      id: randomUUID(),
      collectorId: Number(collector.id),
      teamId: fixture.team.id,
      regionId: fixture.region.id,
      collectedAt: new Date(Date.UTC(2026, 0, day + 1, 8)),
      status,
    }));
    await db.collection.createMany({ data: rows });
    byCollector.set(collector.id, rows.map(({ id, status }) => ({ id, status })).reverse());
  }
  return { fixture, byCollector };
}

const PAGE = `query($team: ID!, $first: Int) { users(first: 50, filter: { teamId: $team, role: AGENT }) { nodes { id
  collections(first: $first) { nodes { id } pageInfo { hasNextPage endCursor } } } } }`;

test("User.collections: each user's newest collections, in the caller's scope, paged per user", async () => {
  const { fixture, byCollector } = await teamWithCollections(3, ["VALIDATED", "SUBMITTED", "VALIDATED", "DRAFT"]);
  const supervisor = (await stack.gateway.login(fixture.supervisor.email, fixture.supervisor.password)).accessToken;
  const analyst = (await stack.gateway.login("analyst@demo.ct")).accessToken;
  const pages = async (token: string, first: number) => {
    const result = await stack.gateway.request(PAGE, { team: String(fixture.team.id), first }, { token });
    assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
    type Node = {
      id: string;
      collections: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    return new Map<string, Node["collections"]>(
      result.body.data?.users.nodes.map((user: Node) => [user.id, user.collections]),
    );
  };

  const asSupervisor = await pages(supervisor, 2);
  assert.deepEqual([...asSupervisor.keys()].sort(), [...byCollector.keys()].sort());
  for (const [userId, rows] of byCollector) {
    const page = asSupervisor.get(userId)!;
    assert.deepEqual(
      page.nodes.map((node) => node.id),
      rows.slice(0, 2).map((row) => row.id),
      `user ${userId}: the 2 newest`,
    );
    assert.equal(page.pageInfo.hasNextPage, true);
    const next = await stack.gateway.request(
      `query($id: ID!, $after: String) {
        user(id: $id) { collections(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage } } } }`,
      { id: userId, after: page.pageInfo.endCursor },
      { token: supervisor },
    );
    assert.deepEqual(
      next.body.data?.user.collections,
      {
        nodes: rows.slice(2).map((row) => ({ id: row.id })),
        pageInfo: { hasNextPage: false },
      },
      `user ${userId}: the rest after the cursor`,
    );
  }

  // Analysts read validated collections only: the same rule as the collections list.
  const asAnalyst = await pages(analyst, 10);
  for (const [userId, rows] of byCollector) {
    const validated = rows.filter((row) => row.status === "VALIDATED").map((row) => row.id);
    assert.deepEqual(
      asAnalyst.get(userId)?.nodes.map((node) => node.id),
      validated,
      `analyst, user ${userId}`,
    );
  }
});

test("User.collections costs tradeflow the same statements for 2 users or 6", async () => {
  const two = await teamWithCollections(2, ["SUBMITTED", "DRAFT", "VALIDATED"]);
  const six = await teamWithCollections(6, ["SUBMITTED", "DRAFT", "VALIDATED"]);
  const statementsFor = async (team: Awaited<ReturnType<typeof teamWithCollections>>) => {
    const { email, password } = team.fixture.supervisor;
    const token = (await stack.gateway.login(email, password)).accessToken;
    const tradeflow = stack.services.tradeflow.runtime;
    const before = tradeflow.sqlStatements();
    const result = await stack.gateway.request(PAGE, { team: String(team.fixture.team.id), first: 2 }, { token });
    assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
    assert.equal(result.body.data?.users.nodes.length, team.byCollector.size);
    return tradeflow.sqlStatements() - before;
  };
  // Background work of the service may add a statement to one measurement: the fewest of three is the request's own.
  const fewest = async (team: Awaited<ReturnType<typeof teamWithCollections>>) =>
    Math.min(await statementsFor(team), await statementsFor(team), await statementsFor(team));
  const small = await fewest(two);
  const large = await fewest(six);
  assert.equal(small, 2, "one statement ranks every user's collections, one reads them");
  assert.equal(large, small, `2 users: ${small} statements, 6 users: ${large}`);
});
