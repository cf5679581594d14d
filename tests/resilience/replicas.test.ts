import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { streamName } from "#shared/events/streams.js";
import { startProcessStack, type ProcessStack } from "../support/process-stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createTeamFixture } from "../support/fixtures.js";
import { connectTestNats, waitFor } from "../support/nats.js";

// `npm start -- --replicas tradeflow=2,admin=2` as processes: two of each, one tradeflow killed under load.
let stack: ProcessStack;
let nats: NatsHandle;
const db = createDb(testEnv.DATABASE_URL);
const CONCURRENCY = 4;
const REQUESTS = 48;

before(async () => {
  stack = await startProcessStack(
    {},
    {
      replicas: { tradeflow: 2, admin: 2 },
      // The killed replica stays down for the whole test: the survivors carry everything.
      backoff: { initialMs: 120_000, maxMs: 120_000, stableAfterMs: 120_000 },
      // Nine processes starting at once on a shared 2-core machine.
      readyTimeoutMs: 300_000,
    },
  );
  nats = await connectTestNats();
});
after(async () => {
  await nats?.nc.drain();
  await stack?.close();
  await db.$disconnect();
});

/** How many GraphQL operations a subgraph process has run (its /metrics). */
async function operationsServed(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith("graphql_operation_duration_seconds_count"))
    .reduce((total, line) => total + Number(line.split(" ").at(-1)), 0);
}

const CREATE = `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id } }`;

test("two tradeflow processes share the requests; killing one under load loses only in-flight requests and no event", async () => {
  const team = await createTeamFixture(db, "replicas");
  const agent = (await stack.gateway.login(team.agent.email, team.agent.password)).accessToken;
  const marker = `replicas-${randomUUID().slice(0, 8)}`;
  const [first, second] = stack.replicaPorts.tradeflow;
  const servedBefore = [await operationsServed(first!), await operationsServed(second!)];

  const outcomes: { ok: boolean; code?: string; message?: string; startedAt: number; endedAt: number }[] = [];
  let issued = 0;
  let killedAt = Number.POSITIVE_INFINITY;
  const worker = async () => {
    while (issued < REQUESTS) {
      const index = issued++;
      const input = await collectionInput(db, { notes: `${marker} ${index}` });
      const startedAt = Date.now();
      const result = await stack.gateway.request(CREATE, { i: input }, { token: agent });
      const error = result.body.errors?.[0];
      const code = error?.extensions?.code as string | undefined;
      outcomes.push({ ok: !error, code, message: error?.message, startedAt, endedAt: Date.now() });
      // A quarter of the way in, the first tradeflow process dies, requests in flight with it.
      if (outcomes.length === REQUESTS / 4) {
        killedAt = Date.now();
        stack.supervisor.kill("tradeflow", "SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  // Both processes served requests before the kill: the gateway spreads them (round robin).
  assert.ok((await operationsServed(second!)) > servedBefore[1]!, "the second replica served requests");
  const beforeKill = outcomes.filter((outcome) => outcome.endedAt <= killedAt);
  assert.deepEqual(
    beforeKill.filter((outcome) => !outcome.ok),
    [],
    "every request answered before the kill succeeded",
  );
  assert.equal(beforeKill.length, REQUESTS / 4);

  // Only requests in flight at the kill may fail, as SERVICE_UNAVAILABLE; every later one succeeds.
  const failed = outcomes.filter((outcome) => !outcome.ok);
  assert.ok(failed.length <= CONCURRENCY, `${failed.length} failures for ${CONCURRENCY} requests in flight`);
  assert.deepEqual(
    [...new Set(failed.map((outcome) => outcome.code))].filter(Boolean),
    failed.length ? ["SERVICE_UNAVAILABLE"] : [],
  );
  // In flight: sent before the gateway saw the dead replica fail (its first failure), after which it
  // sends nothing there; a request sent in the instant between the kill and that is in flight too.
  const noticedAt = Math.min(...failed.map((outcome) => outcome.endedAt));
  assert.deepEqual(
    failed.filter((outcome) => outcome.startedAt > noticedAt),
    [],
    "no request sent after the gateway noticed the dead replica failed",
  );
  const succeeded = outcomes.filter((outcome) => outcome.ok).length;
  assert.equal(succeeded + failed.length, REQUESTS);

  // Every answered creation is stored; an in-flight one may have committed before its process died.
  const stored = await db.collection.findMany({ where: { notes: { startsWith: marker } }, select: { id: true } });
  assert.ok(stored.length >= succeeded && stored.length <= succeeded + failed.length);
  const ids = stored.map((row) => row.id);

  // No event left unhandled: each stored collection's submitted event was relayed (the dead process's
  // claimed outbox rows are taken over once their lease ends) and recorded once in the audit trail by
  // one of the two admin processes; the lead's batched notification counts each collection once.
  await waitFor(
    async () =>
      (await db.adminAuditEntry.count({
        where: { type: "tradeflow.collection.submitted", entityId: { in: ids } },
      })) === ids.length,
    { timeoutMs: 90_000, intervalMs: 250, what: "every submitted event in the audit trail" },
  );
  const leadNotification = await waitFor(
    async () => {
      const row = await db.adminNotification.findFirst({ where: { userId: Number(team.lead.id), readAt: null } });
      return row?.count === ids.length ? row : null;
    },
    { timeoutMs: 30_000, intervalMs: 250, what: "the lead's batch to count every collection" },
  );
  assert.equal(leadNotification.count, ids.length, "each event notified once, over two admin processes");
  const auditRows = await db.adminAuditEntry.groupBy({
    by: ["entityId"],
    where: { type: "tradeflow.collection.submitted", entityId: { in: ids } },
    _count: { _all: true },
  });
  assert.deepEqual(
    auditRows.map((row) => row._count._all),
    ids.map(() => 1),
  );

  // Tradeflow's own durable consumer, shared by both processes: nothing pending, nothing unacknowledged
  // (what the dead process held is redelivered to the survivor after ack_wait).
  await waitFor(
    async () => {
      const info = await nats.jsm.consumers.info(
        streamName("tradeflow", nats.namespace),
        "tradeflow-statistics-rollup",
      );
      return info.num_pending === 0 && info.num_ack_pending === 0;
    },
    { timeoutMs: 90_000, intervalMs: 500, what: "tradeflow-statistics-rollup to have handled every event" },
  );
  const rolledUp = await db.statsFlowPart.groupBy({ by: ["collectionId"], where: { collectionId: { in: ids } } });
  assert.deepEqual(rolledUp.map((row) => row.collectionId).sort(), [...ids].sort(), "every stored collection counted");
});
