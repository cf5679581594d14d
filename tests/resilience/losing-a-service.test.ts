import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createDb } from "#shared/db/client.js";
import type { ExitReport } from "../../scripts/supervisor.js";
import { startProcessStack, type ProcessStack } from "../support/process-stack.js";
import { testEnv } from "../support/env.js";
import { waitFor } from "../support/nats.js";
import { collectionInput } from "../support/collections.js";
import { canConnect } from "../../scripts/ports.js";

// One process per service, as `npm start` runs them, so that one can die while the others keep serving.
// Short enough to keep the frozen-subgraph test quick, long enough for a cold first request on a busy machine.
const SUBGRAPH_TIMEOUT_MS = 5_000;
let stack: ProcessStack;
let token: string;
const db = createDb(testEnv.DATABASE_URL);
const marker = `losing-model-${randomUUID().slice(0, 8)}`;

const PAGE = `query Page($search: String!) {
  collections(first: 10, filter: { search: $search }) {
    nodes { id notes collector { id } items { position quantity product { id name } } }
  }
}`;

interface Page {
  collections: {
    nodes: {
      id: string;
      notes: string;
      collector: { id: string } | null;
      items: { product: { name: string } | null }[];
    }[];
  };
}
type Body = Awaited<ReturnType<typeof page>>;

before(async () => {
  stack = await startProcessStack(
    { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) },
    { backoff: { initialMs: 500, maxMs: 5_000, stableAfterMs: 60_000 } },
  );
  token = (await stack.gateway.login("agent@demo.ct")).accessToken;
  for (let i = 0; i < 3; i += 1) {
    const created = await stack.gateway.request(
      `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`,
      { i: await collectionInput(db, { notes: `${marker} ${i}` }) },
      { token },
    );
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
  }
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

async function page() {
  return (await stack.gateway.request<Page>(PAGE, { search: marker }, { token })).body;
}

const isFull = (body: Body) =>
  body.errors === undefined &&
  body.data?.collections.nodes.length === 3 &&
  body.data.collections.nodes.every(
    (node) => node.items.length === 2 && node.items.every((item) => item.product?.name),
  );

/** The page without model: every collection and item, products null, one error naming model. */
function assertPartialWithoutModel(body: Body) {
  assert.ok(body.data, "data is not null");
  const nodes = body.data.collections.nodes;
  assert.equal(nodes.length, 3, "all three collections still list");
  assert.ok(nodes.every((node) => node.collector !== null && node.notes.startsWith(marker)));
  const products = nodes.flatMap((node) => node.items.map((item) => item.product));
  assert.deepEqual(products, [null, null, null, null, null, null]);
  assert.equal(body.errors?.length, 1, JSON.stringify(body.errors));
  const [error] = body.errors ?? [];
  assert.equal(error?.extensions?.code, "SERVICE_UNAVAILABLE");
  assert.equal(error?.extensions?.serviceName, "model");
  assert.deepEqual(error?.path, ["collections", "nodes"]);
  assert.equal(JSON.stringify(body).includes("stack"), false, "no stack trace");
}

test("SIGKILL model under load: collections list, error naming model; full page ≤ 10 s after restart", async () => {
  assert.ok(isFull(await page()), "the full page before the kill");

  // Load: four clients reading the page back to back for the whole scenario.
  const responses: Body[] = [];
  let loading = true;
  const load = Array.from({ length: 4 }, async () => {
    while (loading) responses.push(await page());
  });

  const killedPid = stack.supervisor.pid("model");
  const exited = once(stack.supervisor, "exit") as Promise<[ExitReport]>;
  stack.supervisor.kill("model", "SIGKILL");
  const [exit] = await exited;
  assert.equal(exit.name, "model");
  assert.equal(exit.signal, "SIGKILL");

  // The supervisor restarts model after its backoff; model takes a while to start: the outage is observable.
  const restarted = stack.supervisor.nextSpawn("model", killedPid);
  assertPartialWithoutModel(await page());
  await restarted;
  const spawnedAt = Date.now();
  // Restarted = listening again (most of the time before that is Node and tsx loading the service).
  await waitFor(() => canConnect(stack.ports.model), { timeoutMs: 60_000, what: "model to listen again" });
  const listeningAt = Date.now();
  await waitFor(async () => isFull(await page()), {
    timeoutMs: 10_000,
    intervalMs: 100,
    what: "the full page within 10 s of the restart",
  });
  const backAt = Date.now();
  loading = false;
  await Promise.all(load);
  console.log(
    `model respawned, listening ${listeningAt - spawnedAt} ms later; full page back ${backAt - listeningAt} ms ` +
      `after that (${backAt - spawnedAt} ms after the respawn); ${responses.length} pages read under load`,
  );
  assert.ok(backAt - listeningAt <= 10_000);

  // Under load, every answer was the full page or the partial one: never data null, never INTERNAL_SERVER_ERROR.
  const partial = responses.filter((body) => !isFull(body));
  for (const body of partial) assertPartialWithoutModel(body);
  assert.ok(partial.length > 0, "some pages were read while model was down");
});

test("a subgraph that does not answer within SUBGRAPH_TIMEOUT_MS yields SERVICE_UNAVAILABLE naming it", async () => {
  const pid = stack.supervisor.pid("model");
  assert.ok(pid);
  // A frozen process keeps its socket open but never answers: only the gateway's timeout ends the wait.
  process.kill(pid, "SIGSTOP");
  try {
    const startedAt = Date.now();
    const body = await page();
    const elapsedMs = Date.now() - startedAt;
    assertPartialWithoutModel(body);
    const inTime = elapsedMs >= SUBGRAPH_TIMEOUT_MS && elapsedMs < SUBGRAPH_TIMEOUT_MS + 5_000;
    assert.ok(inTime, `answered after ${elapsedMs} ms`);
  } finally {
    process.kill(pid, "SIGCONT");
  }
  await waitFor(async () => isFull(await page()), { what: "model to answer again once resumed" });
});
