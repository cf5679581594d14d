import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb, type PrismaClient } from "#shared/db/client.js";
import { migrate } from "../../scripts/db/migrations.js";
import { seedDemoData } from "../../scripts/db/demo-data.js";
import { startProcessStack, type ProcessStack } from "../support/process-stack.js";
import { PrivateMariaDb } from "../support/private-mariadb.js";
import { PrivateNats } from "../support/private-nats.js";
import { waitFor } from "../support/nats.js";
import { collectionInput } from "../support/collections.js";

// The stack runs as under `npm start` (one process per service) on a MariaDB of its own, which this test
// kills and restarts, and with a NATS of its own (its events belong to that database).
let mariadb: PrivateMariaDb;
let nats: PrivateNats;
let db: PrismaClient;
let stack: ProcessStack;

before(async () => {
  mariadb = await PrivateMariaDb.create();
  await mariadb.start();
  const url = mariadb.url("ct_private");
  await migrate(url);
  db = createDb(url);
  await seedDemoData(db, { nodeEnv: "test" });
  nats = await PrivateNats.create();
  await nats.start();
  stack = await startProcessStack({ DATABASE_URL: url, NATS_URL: nats.url });
});
after(async () => {
  await stack?.close();
  await db?.$disconnect();
  await mariadb?.dispose();
  await nats?.dispose();
});

type Phase = "before" | "outage" | "restarting" | "after";

interface Outcome {
  /** The phase when the request was sent and when its answer came. */
  sent: Phase;
  answered: Phase;
  ok: boolean;
  id?: string;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const CREATE = `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`;
const LIST = `{ collections(first: 5) { nodes { id items { id } } } }`;

test("MariaDB SIGKILLed under load: SERVICE_UNAVAILABLE while down, success after, nothing half-written", async () => {
  const agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  const marker = `mariadb-restart-${randomUUID().slice(0, 8)}`;
  const input = await collectionInput(db, { notes: marker });
  // The test's own client stays off the server while it is down.
  await db.$disconnect();
  let phase: Phase = "before";
  const outcomes: Outcome[] = [];
  let loading = true;
  const load = Array.from({ length: 6 }, async (_, worker) => {
    while (loading) {
      const sent = phase;
      const result = await stack.gateway.request(worker % 2 === 0 ? CREATE : LIST, { i: input }, { token: agent });
      const id = result.body.data?.createCollection?.id as string | undefined;
      const ok = !result.body.errors && Boolean(result.body.data);
      outcomes.push({ sent, answered: phase, ok, id, errors: result.body.errors });
    }
  });
  const within = (wanted: Phase) => outcomes.filter((o) => o.sent === wanted && o.answered === wanted);

  await waitFor(async () => within("before").length >= 30, { timeoutMs: 60_000, what: "30 answers before the kill" });
  phase = "outage";
  await mariadb.stop("SIGKILL");
  await waitFor(async () => within("outage").length >= 12, { timeoutMs: 60_000, what: "12 answers during the outage" });
  phase = "restarting";
  await mariadb.start();
  const restartedAt = Date.now();
  await waitFor(async () => outcomes.some((o) => o.sent === "restarting" && o.ok), {
    timeoutMs: 60_000,
    what: "a request to succeed after the restart",
  });
  console.log(`first success ${Date.now() - restartedAt} ms after MariaDB accepted connections again`);
  phase = "after";
  await waitFor(async () => within("after").length >= 30, { timeoutMs: 60_000, what: "30 answers after the recovery" });
  loading = false;
  await Promise.all(load);

  const summary = (wanted: Phase) => ({
    ok: within(wanted).filter((o) => o.ok).length,
    failed: within(wanted).filter((o) => !o.ok).length,
  });
  console.log({ before: summary("before"), outage: summary("outage"), after: summary("after") });
  assert.equal(within("before").filter((o) => !o.ok).length, 0, "all succeed before the kill");
  assert.equal(within("outage").filter((o) => o.ok).length, 0, "all fail during the outage");
  assert.equal(outcomes.filter((o) => o.sent === "after" && !o.ok).length, 0, "all succeed once recovered");
  const failures = outcomes.filter((outcome) => !outcome.ok);
  const codes = new Set(failures.map((failure) => String(failure.errors?.[0]?.extensions?.code)));
  assert.deepEqual([...codes], ["SERVICE_UNAVAILABLE"], "every failure is SERVICE_UNAVAILABLE");
  assert.equal(JSON.stringify(failures).includes("    at "), false, "no stack trace");

  // Nothing half-written: every collection of this run has both items and its control, and every create
  // that answered with an id is there.
  const stored = await db.collection.findMany({ where: { notes: marker }, include: { items: true, controls: true } });
  assert.deepEqual(
    stored.filter((c) => c.items.length !== 2 || c.controls.length !== 1).map((c) => c.id),
    [],
  );
  const storedIds = new Set(stored.map((collection) => collection.id));
  const answered = outcomes.flatMap((outcome) => (outcome.id ? [outcome.id] : []));
  assert.deepEqual(
    answered.filter((id) => !storedIds.has(id)),
    [],
  );
});
