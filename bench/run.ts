import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { inheritedEnvironment, loadToolingEnvOrExit } from "../scripts/env.js";
import { dropDatabase, migrate } from "../scripts/db/migrations.js";
import { seedDemoData } from "../scripts/db/demo-data.js";
import { startStack } from "../scripts/stack.js";
import { PrivateNatsServer, toolingNatsSettings } from "../scripts/nats/server.js";
import { connectNats, type NatsHandle } from "#shared/events/nats.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
import { generateBenchData } from "./data.js";
import { startHiveGateway } from "./hive.js";
import { processTopologyRows } from "./processes.js";
import { parseReplicas } from "../scripts/services.js";
import { ingestionRow } from "./ingestion.js";
import { coldStartRow } from "./cold-start.js";
import { eventsSettled } from "./settle.js";
import { approvals, SYNC_BATCHES, syncs, syncTemplate } from "./writes.js";
import { approvalFloorRows } from "./approval-floor.js";
import { productionSecrets } from "./production-secrets.js";

/**
 * `npm run bench [-- --collections=100000 --duration=10 --fresh --database=ct_bench --replicas=tradeflow=2]`:
 * fills a bench database, starts the real stack, and measures (a) a 50-collection page across subgraphs — also through
 * @graphql-hive/gateway on the same subgraphs and supergraph — with SQL statements per request,
 * (b) approvals per second with their events published, (c) 500-collection sync batches (bench/writes.ts),
 * (d) ingestion by 4 syncing clients (bench/ingestion.ts). Each is measured twice: with the gateway and
 * subgraphs in this process, then with each service in its own process as `npm start` runs it in
 * production, Hive as a process too (bench/processes.ts), with each process's CPU; `--replicas` runs several
 * processes of those subgraphs there, as `npm start -- --replicas` does (Hive is then left out: it takes one
 * URL per subgraph). Then (e) the cold start of `npm start` in production (cold-start.ts).
 * Prints a table and writes bench/RESULTS.md. Not part of `npm test`.
 */
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [name, ...value] = arg.replace(/^--/, "").split("=");
    return [name, value.length ? value.join("=") : undefined] as [string, string?];
  }),
);
const replicas = (() => {
  try {
    return parseReplicas(args.replicas ?? "");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
})();
const replicaText = Object.entries(replicas)
  .map(([name, count]) => `${name}=${count}`)
  .join(",");
const target = Number(args.collections ?? 100_000);
const duration = Number(args.duration ?? 10);
// The processes run as `npm start` does in production, where the demo secrets are refused: the whole bench
// (its nats-server, the one-process stack, Hive) uses freshly generated ones.
const secrets = productionSecrets();
const env = loadToolingEnvOrExit(secrets);
const logger = createLogger("bench", "info");
const log = (message: string) => logger.info(message);

const databaseUrl = (() => {
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${args.database ?? "ct_bench"}`;
  return url.toString();
})();

const PAGE = `query Page($n: Int) { collections(first: $n) { nodes { id status collectedAt
  collector { fullName } collectionPoint { name } actor { name } items { quantity product { name } } } } }`;

/** The commit measured, marked when the working tree differs from it. */
function commitOf(): string {
  const run = (args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout.trim();
  const commit = run(["rev-parse", "--short", "HEAD"]) || "unknown";
  // RESULTS.md itself is what a run rewrites: a change there is not a change to what was measured.
  const changed = run(["status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/RESULTS.md"]);
  return changed ? `${commit} with uncommitted changes` : commit;
}

/**
 * CPU time of a fixed piece of JavaScript (JSON and arithmetic, the stack's own kind of work), the least of
 * three: a run's figures are only comparable with another machine's in proportion to this.
 */
function referenceWorkloadMs(): number {
  const payload = {
    nodes: Array.from({ length: 200 }, (_, index) => ({ id: `c-${index}`, quantity: index * 1.5, tags: ["a", "b"] })),
  };
  const times: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = process.cpuUsage();
    let checksum = 0;
    for (let round = 0; round < 2_000; round++) {
      checksum += (JSON.parse(JSON.stringify(payload)) as typeof payload).nodes.length;
      for (let index = 0; index < 20_000; index++) checksum = (checksum * 31 + index) % 1_000_003;
    }
    const { user, system } = process.cpuUsage(started);
    // Read once, so that the loop's result is used and the compiler cannot drop the work.
    if (checksum < 0) throw new Error("unreachable");
    times.push((user + system) / 1000);
  }
  return Math.round(Math.min(...times));
}

/** The one-minute load average, sampled through the run: other work on the two cores inflates every figure. */
const loadSamples: number[] = [];
const sampleLoad = () => loadSamples.push(os.loadavg()[0]!);

async function main() {
  sampleLoad();
  const loadSampler = setInterval(sampleLoad, 5_000);
  loadSampler.unref();
  if ("fresh" in args) await dropDatabase(databaseUrl);
  await migrate(databaseUrl);
  const db = createDb(databaseUrl);
  await seedDemoData(db, { nodeEnv: "development" });
  log(`generating ${target} collections in ct_bench (kept between runs; --fresh starts over)`);
  const started = Date.now();
  await generateBenchData(db, databaseUrl, target, log);
  log(`data ready in ${Math.round((Date.now() - started) / 1000)} s`);

  // A nats-server of its own (nats/nats-server.conf), so the benchmark's events stay out of `npm start`'s.
  const nats = await PrivateNatsServer.create(env, logger);
  await nats.start();
  const serviceEnvironment = {
    ...inheritedEnvironment(),
    ...secrets,
    DATABASE_URL: databaseUrl,
    NATS_URL: nats.url,
    EVENT_NAMESPACE: "",
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "0",
    APOLLO_TELEMETRY_DISABLED: "true",
  };
  // Only the one-process stack counts SQL statements (the "(a) SQL statements" row): the processes run as `npm
  // start` does, where Prisma emits no query event per statement (bench/README.md, finding 69).
  const stack = await startStack({ ...serviceEnvironment, SQL_STATEMENT_COUNTING: "true" });
  const hive = await startHiveGateway(
    "error" in args,
    Object.fromEntries(Object.entries(stack.services).map(([name, service]) => [name, service.url])),
    false,
    env,
  );
  const results: Record<string, string> = {};
  let natsHandle: NatsHandle | undefined;
  const extraRows: string[] = [];
  let pagesOf: ((counter?: { next: number }) => autocannon.Request[]) | undefined;
  let supervisorToken: string | undefined;
  let teamLead: string | undefined;
  let agent: string | undefined;
  let onePhaseDone = false;
  const release = async () => {
    await natsHandle?.nc.close();
    await nats.dispose();
    await db.$disconnect();
  };
  try {
    const supervisor = (await stack.gateway.login("supervisor@demo.ct")).accessToken;
    supervisorToken = supervisor;
    teamLead = (await stack.gateway.login("teamlead@demo.ct")).accessToken;
    agent = (await stack.gateway.login("bench-agent-0@demo.ct")).accessToken;
    const headers = { "content-type": "application/json", authorization: `Bearer ${supervisor}` };

    // Both gateways must answer the page identically before they are timed.
    const ours = await new GraphQLClient(stack.gatewayUrl).request(PAGE, { n: 50 }, { token: supervisor });
    const theirs = await new GraphQLClient(hive.url).request(PAGE, { n: 50 }, { token: supervisor });
    if (ours.body.errors || theirs.body.errors)
      throw new Error(`page query failed: ${JSON.stringify(ours.body.errors ?? theirs.body.errors)}`);
    if (JSON.stringify(ours.body.data) !== JSON.stringify(theirs.body.data))
      throw new Error("the two gateways disagree on the page");

    // (a) SQL statements per request for page sizes 10 and 200 (fewest of three runs: background work excluded).
    const statements = async (n: number) => {
      const counts: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const before = Object.values(stack.services).reduce((sum, s) => sum + s.runtime.sqlStatements(), 0);
        await new GraphQLClient(stack.gatewayUrl).request(PAGE, { n }, { token: supervisor });
        counts.push(Object.values(stack.services).reduce((sum, s) => sum + s.runtime.sqlStatements(), 0) - before);
      }
      return Math.min(...counts);
    };
    results.sql10 = String(await statements(10));
    results.sql200 = String(await statements(200));

    // Each request asks for a slightly different page (45–54 rows), as different users' screens do:
    // with identical concurrent requests, Hive's in-flight deduplication would answer most of them
    // from one subgraph call, which measures deduplication rather than the gateway.
    const pages = (counter = { next: 0 }): autocannon.Request[] => [
      {
        method: "POST",
        headers,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: PAGE, variables: { n: 45 + (counter.next++ % 10) } }),
        }),
      },
    ];
    for (const [label, url] of [
      ["ours", stack.gatewayUrl],
      ["hive", hive.url],
    ] as const) {
      await autocannon({ url, requests: pages(), connections: 10, duration: 2 }); // warm-up
      const cpu = process.cpuUsage();
      const run = await autocannon({ url, requests: pages(), connections: 20, duration });
      const { user, system } = process.cpuUsage(cpu);
      results[`${label}Cpu`] = ((user + system) / 1000 / Math.max(1, run.requests.total)).toFixed(1);
      if (run.non2xx > 0 || run.errors > 0) log(`${label}: ${run.non2xx} non-2xx, ${run.errors} errors`);
      results[`${label}Rps`] = run.requests.average.toFixed(0);
      results[`${label}P50`] = String(run.latency.p50);
      results[`${label}P99`] = String(run.latency.p99);
    }
    results.ratio = (Number(results.oursRps) / Number(results.hiveRps)).toFixed(2);
    results.rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
    pagesOf = pages;

    // (b), (c), (d) with the gateway and subgraphs in this process; the same through the processes below.
    const approved = await approvals(db, stack.gatewayUrl, teamLead);
    results.approvals = String(approved.approved);
    results.approvalsPerSecond = approved.perSecond;
    results.approvalEvents = String(approved.published);
    // The tooling user may read every stream's consumers (a service's user reads only its own).
    natsHandle = await connectNats(toolingNatsSettings(env, nats.url), "bench", createLogger("bench", "warn"));
    const synced = await syncs(db, natsHandle, stack.gatewayUrl, agent);
    results.syncP50 = synced.p50;
    results.syncMax = synced.max;
    extraRows.push(
      await ingestionRow(db, natsHandle, stack.gatewayUrl, agent, await syncTemplate(db), duration, "(d) ingestion"),
    );
    onePhaseDone = true;
  } finally {
    await hive.close();
    // Closed before the processes start: both would share the durable consumers and the outbox.
    await stack.close();
    // A failed first phase skips the processes: release NATS (a child process) and the database here.
    if (!onePhaseDone) await release();
  }
  try {
    // The same page, approvals, syncs and ingestion with each service in its own process, as `npm start`
    // runs them in production (bench/processes.ts).
    extraRows.push(
      ...(await processTopologyRows(
        serviceEnvironment,
        pagesOf!,
        duration,
        async (gateway) => {
          const settle = () => eventsSettled(db, natsHandle!);
          await settle();
          // What the approvals cannot cost less than, on this machine, in this run (a failure is a row saying so).
          const floor = await approvalFloorRows({
            databaseUrl,
            environment: { ...serviceEnvironment, NODE_ENV: "production" },
            toolingEnv: env,
          }).catch((error: unknown) => [`| (b) floor | not measured: ${(error as Error).message.slice(0, 300)} |`]);
          const approved = await gateway.cpu(async () => {
            const figures = await approvals(db, gateway.url, teamLead!);
            await settle();
            return figures;
          });
          const synced = await gateway.cpu(() => syncs(db, natsHandle!, gateway.url, agent!));
          return [
            `| (b) processes: level-1 approvals | ${approved.value.perSecond} approvals/s (${approved.value.approved} approvals, ` +
              `${approved.value.published} events published); ${gateway.cpuCells(approved.cpuMs, approved.value.approved, "approval")} |`,
            ...floor,
            `| (c) processes: sync of 500 collections | p50 ${synced.value.p50} ms, max ${synced.value.max} ms (${SYNC_BATCHES} batches); ` +
              `${gateway.cpuCells(synced.cpuMs, SYNC_BATCHES + 1, "sync")} |`,
            await ingestionRow(
              db,
              natsHandle!,
              gateway.url,
              agent!,
              await syncTemplate(db),
              duration,
              "(d) processes: ingestion",
            ),
          ];
        },
        replicas,
        { page: PAGE, token: supervisorToken! },
      )),
    );
  } finally {
    await release();
  }
  extraRows.push(await coldStartRow(new URL(databaseUrl).pathname.slice(1)));
  report(results, extraRows);
}

function report(r: Record<string, string>, extraRows: string[]) {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const table = [
    `Benchmark of ${date} on ${machine}; ${target} collections; ${duration} s runs, 20 connections; commit ${commitOf()}` +
      `${replicaText ? `; processes with --replicas=${replicaText}` : ""}.`,
    `Machine speed: ${referenceWorkloadMs()} CPU ms for the bench's fixed reference workload (machines of one kind have differed ~2.5×: compare runs of one machine).`,
    "",
    "| measure | result |",
    "|---|---|",
    // Grouped by measure (a)–(e), the one-process row of each before its processes rows.
    ...[
      `| (a) page of 50 across subgraphs, our gateway | ${r.oursRps} req/s, p50 ${r.oursP50} ms, p99 ${r.oursP99} ms; ${r.oursCpu} CPU ms/request (one process: stack and load generator) |`,
      `| (a) same query, @graphql-hive/gateway | ${r.hiveRps} req/s, p50 ${r.hiveP50} ms, p99 ${r.hiveP99} ms; ${r.hiveCpu} CPU ms/request (same) |`,
      `| (a) ours ÷ Hive (req/s) | ${r.ratio}; resident memory of the one process after the runs: ${r.rss} MB |`,
      `| (a) SQL statements per request, page of 10 / 200 | ${r.sql10} / ${r.sql200} |`,
      `| (b) level-1 approvals | ${r.approvalsPerSecond} approvals/s (${r.approvals} approvals, ${r.approvalEvents} events published) |`,
      `| (c) sync of 500 collections | p50 ${r.syncP50} ms, max ${r.syncMax} ms (${SYNC_BATCHES} batches) |`,
      ...extraRows,
    ]
      .map((row, index) => ({ row, index, measure: /^\| \(([a-e])\)/.exec(row)?.[1] ?? "z" }))
      .sort((a, b) => a.measure.localeCompare(b.measure) || a.index - b.index)
      .map(({ row }) => row),
    "",
    `Load average ${Math.min(...loadSamples).toFixed(1)}–${Math.max(...loadSamples).toFixed(1)} during this run ` +
      '(sampled every 5 s). The one-process rows count the load generator\'s CPU too; the "processes" rows ' +
      "count each service's own process only.",
  ].join("\n");
  process.stdout.write(`\n${table}\n`);
  // The previous run stays below the new one, so a change's effect on every figure shows side by side.
  const file = new URL("./RESULTS.md", import.meta.url);
  const previous = existsSync(file)
    ? readFileSync(file, "utf8").split("\n## Previous run")[0]!.replace("# Benchmark results", "").trim()
    : "";
  if (previous) process.stdout.write(`\nPrevious run:\n${previous}\n`);
  writeFileSync(file, `# Benchmark results\n\n${table}\n${previous ? `\n## Previous run\n\n${previous}\n` : ""}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    logger.fatal({ err: error }, "benchmark failed");
    process.exit(1);
  },
);
