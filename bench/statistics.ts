import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { serviceProcessEnv } from "#shared/service/process-tuning.js";
import { inheritedEnvironment, loadToolingEnvOrExit } from "../scripts/env.js";
import { dropDatabase, migrate } from "../scripts/db/migrations.js";
import { seedDemoData } from "../scripts/db/demo-data.js";
import { startStack } from "../scripts/stack.js";
import { PrivateNatsServer } from "../scripts/nats/server.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
import { rebuildRollups } from "../subgraphs/tradeflow/src/modules/statistics/rollups.js";
import { generateBenchData } from "./data.js";

/**
 * `npm run bench:statistics [-- --collections=1000000 --runs=40 --fresh]` (also the second half of
 * `npm run bench`): the analysts' side on a large data set. It generates the collections (two years,
 * West African corridors, realistic mixes; ≥ 20,000/s is the target), rebuilds the rollups, then
 * measures through the gateway, as an analyst:
 *  - five typical statistics queries, p50/p95 (target ≤ 50 ms p95 on 1 M collections), and the same
 *    five computed from the raw rows by SQL, to show what the rollups save;
 *  - a CSV and an XLSX report of ~100,000 item rows: time from request to READY (target ≤ 10 s) and
 *    the report worker's peak RSS (≤ 150 MB), the worker running alone in a process of its own.
 * Prints a table and writes bench/STATISTICS.md.
 */
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string?]),
);
const target = Number(args.collections ?? 1_000_000);
const runs = Number(args.runs ?? 40);
const env = loadToolingEnvOrExit();
const logger = createLogger("bench:statistics", "info");
const log = (message: string) => logger.info(message);
const databaseUrl = (() => {
  const url = new URL(env.DATABASE_URL);
  url.pathname = "/ct_bench";
  return url.toString();
})();

/** The five typical questions, as an analyst asks them in Sandbox. */
const QUERIES: Record<string, string> = {
  "month × product": `{ tradeStatistics(groupBy: [PRODUCT], timeBucket: MONTH) {
    groups { period { label } keys { key } measures { collections weightKg valueReference } } } }`,
  "corridor × direction": `{ tradeStatistics(groupBy: [CORRIDOR, DIRECTION]) {
    groups { keys { key } measures { collections items weightTonnes valueReference } shareOfValue } } }`,
  "road governance per corridor": `{ roadGovernance(groupBy: [CORRIDOR]) {
    groups { keys { key } measures { trips controlsPerTrip illegalFeesPerTrip illegalFeesPer100Km timeLostMinutesPerTrip } } } }`,
  "gender share per point": `{ tradeStatistics(groupBy: [COLLECTION_POINT, GENDER]) {
    groups { keys { key } measures { collections } shareOfCollections } } }`,
  "lead time per level": `{ workflowStatistics(groupBy: [LEVEL]) {
    groups { keys { key } measures { decisions approvalRate medianSecondsToDecideAtMost p90SecondsToDecideAtMost } }
    pendingByLevel { level count } } }`,
};

/** The same questions answered from the raw rows (what the rollups spare each query). */
const RAW: Record<string, string> = {
  "month × product": `SELECT DATE_FORMAT(c.collected_at, '%Y-%m') m, i.product_id, COUNT(DISTINCT c.id),
    SUM(i.total_weight_kg), SUM(i.total_value) FROM tradeflow_collection c
    JOIN tradeflow_collection_item i ON i.collection_id = c.id WHERE c.status = 'VALIDATED' GROUP BY m, i.product_id`,
  "corridor × direction": `SELECT c.corridor_id, c.direction, COUNT(*), SUM(c.total_weight_kg),
    SUM(c.total_value_reference), SUM((SELECT COUNT(*) FROM tradeflow_collection_item i WHERE i.collection_id = c.id))
    FROM tradeflow_collection c WHERE c.status = 'VALIDATED' GROUP BY c.corridor_id, c.direction`,
  "road governance per corridor": `SELECT c.corridor_id, COUNT(DISTINCT c.id), COUNT(k.id), SUM(k.fees_paid),
    SUM(k.illegal_fees) FROM tradeflow_collection c LEFT JOIN tradeflow_collection_control k
    ON k.collection_id = c.id WHERE c.status = 'VALIDATED' GROUP BY c.corridor_id`,
  "gender share per point": `SELECT c.collection_point_id, c.operator_gender, COUNT(*) FROM tradeflow_collection c
    WHERE c.status = 'VALIDATED' GROUP BY c.collection_point_id, c.operator_gender`,
  "lead time per level": `SELECT v.level, v.action, COUNT(*), AVG(v.duration_seconds)
    FROM tradeflow_collection_validation v WHERE v.level > 0 GROUP BY v.level, v.action`,
};

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

async function main() {
  if ("fresh" in args) await dropDatabase(databaseUrl);
  await migrate(databaseUrl);
  const db = createDb(databaseUrl);
  await seedDemoData(db, { nodeEnv: "development" });
  log(`generating up to ${target} collections in ct_bench (kept between runs; --fresh starts over)`);
  const generated = await generateBenchData(db, databaseUrl, target, log);
  const collections = await db.collection.count();
  const rebuildStart = performance.now();
  const rebuilt = generated.written > 0 || (await db.statsFlowMonth.count()) === 0;
  if (rebuilt) await rebuildRollups(db);
  const rebuildSeconds = rebuilt ? (performance.now() - rebuildStart) / 1000 : null;
  log(rebuilt ? `rollups rebuilt in ${rebuildSeconds!.toFixed(0)} s` : "rollups already built");
  const loadAtStart = os.loadavg()[0]!.toFixed(1);

  const reportsDir = mkdtempSync(path.join(os.tmpdir(), "ct-bench-reports-"));
  const nats = await PrivateNatsServer.create(env, logger);
  await nats.start();
  const environment = {
    ...inheritedEnvironment(),
    DATABASE_URL: databaseUrl,
    NATS_URL: nats.url,
    EVENT_NAMESPACE: "",
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "0",
    APOLLO_TELEMETRY_DISABLED: "true",
    REPORTS_DIR: reportsDir,
    // The worker runs alone in its own process below, so its memory is its own.
    REPORTS_WORKER_ENABLED: "false",
  };
  const stack = await startStack(environment);
  const lines: string[] = [];
  try {
    const analyst = (await stack.gateway.login("analyst@demo.ct")).accessToken;
    const client = new GraphQLClient(stack.gatewayUrl);
    const ask = async (query: string) => {
      const begin = performance.now();
      const response = await client.request(query, {}, { token: analyst });
      if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
      return performance.now() - begin;
    };
    for (const [name, query] of Object.entries(QUERIES)) {
      for (let warm = 0; warm < 3; warm += 1) await ask(query);
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) times.push(await ask(query));
      times.sort((a, b) => a - b);
      const rawTimes: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const begin = performance.now();
        await db.$queryRawUnsafe(RAW[name]!);
        rawTimes.push(performance.now() - begin);
      }
      rawTimes.sort((a, b) => a - b);
      const p50 = percentile(times, 0.5);
      const raw = rawTimes[1]!;
      lines.push(
        `| ${name} | ${p50.toFixed(1)} ms | ${percentile(times, 0.95).toFixed(1)} ms | ${raw.toFixed(0)} ms | ` +
          `${(raw / p50).toFixed(0)}× |`,
      );
      log(lines.at(-1)!);
    }

    const build = spawnSync("sh", ["scripts/build.sh"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
    const window = await reportWindow(db);
    const reportLines: string[] = [];
    // The worker as every tradeflow process runs it (default V8 settings), and the CSV once more in a
    // process started with --optimize-for-size, as a dedicated report-worker process can be run: V8
    // then collects the old generation before growing it (bench/README.md, finding 16).
    const reportRuns = [
      { format: "CSV", nodeOptions: "" },
      { format: "CSV", nodeOptions: "--optimize-for-size" },
      { format: "XLSX", nodeOptions: "" },
    ] as const;
    for (const { format, nodeOptions } of reportRuns) {
      const worker = await startWorkerProcess(environment, nodeOptions);
      const begin = performance.now();
      const requested = await client.request(
        `mutation($input: RequestReportInput!) { requestReport(input: $input) { id } }`,
        { input: { kind: "COLLECTION_ITEMS", format, filter: window.filter } },
        { token: analyst },
      );
      const id = (requested.body.data as { requestReport: { id: string } }).requestReport.id;
      let report: { status: string; rowCount: number | null; sizeBytes: number | null; error: string | null };
      for (;;) {
        const answer = await client.request(
          `query($id: ID!) { report(id: $id) { status rowCount sizeBytes error } }`,
          { id },
          { token: analyst },
        );
        report = (answer.body.data as { report: typeof report }).report;
        if (report.status === "READY" || report.status === "FAILED") break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seconds = (performance.now() - begin) / 1000;
      const maxRssMb = await stopWorkerProcess(worker);
      if (report.status !== "READY") throw new Error(`${format} report failed: ${report.error}`);
      reportLines.push(
        `| ${format} report, ${report.rowCount} item rows${nodeOptions ? ` (worker: node ${nodeOptions})` : ""} | ` +
          `${seconds.toFixed(1)} s | ` +
          `${(Number(report.sizeBytes) / 2 ** 20).toFixed(1)} MiB | ${maxRssMb} MB |`,
      );
      log(reportLines.at(-1)!);
    }
    writeResults({ collections, generated, rebuildSeconds, loadAtStart, lines, reportLines });
  } finally {
    await stack.close();
    await nats.dispose();
    await db.$disconnect();
    rmSync(reportsDir, { recursive: true, force: true });
  }
}

/** The first whole months of validated collections that hold ≥ 100,000 item rows. */
async function reportWindow(db: ReturnType<typeof createDb>) {
  const months = await db.$queryRawUnsafe<{ month: string; items: bigint }[]>(
    `SELECT DATE_FORMAT(c.collected_at, '%Y-%m') AS month, COUNT(*) AS items FROM tradeflow_collection c
     JOIN tradeflow_collection_item i ON i.collection_id = c.id WHERE c.status = 'VALIDATED' GROUP BY month ORDER BY month`,
  );
  let items = 0;
  let last = months.at(-1)!.month;
  for (const month of months) {
    items += Number(month.items);
    last = month.month;
    if (items >= 100_000) break;
  }
  const [year, month] = last.split("-").map(Number) as [number, number];
  const to = new Date(Date.UTC(year, month, 1) - 1).toISOString();
  return { items, filter: { from: `${months[0]!.month}-01T00:00:00Z`, to } };
}

/**
 * The worker as production runs it: compiled JavaScript under plain node (`npm run build`, done once
 * before the reports), without the bench's own NODE_OPTIONS (its larger young generation would be
 * counted as the worker's memory), and with the V8 options given.
 */
async function startWorkerProcess(
  environment: Record<string, string | undefined>,
  nodeOptions: string,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...(nodeOptions ? [nodeOptions] : []), "dist/bench/report-worker-process.js"],
    {
      // The allocator settings every service process runs with (process-tuning.ts), tradeflow's included.
      env: serviceProcessEnv({ ...environment, NODE_OPTIONS: "", LOG_LEVEL: "warn" }) as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`report worker exited with ${code}`)));
    lines.on("line", (line) => {
      if (line.includes('"ready"')) resolve();
    });
  });
  child.removeAllListeners("exit");
  (child as ChildProcess & { lines: typeof lines }).lines = lines;
  return child;
}

async function stopWorkerProcess(child: ChildProcess): Promise<number> {
  const lines = (child as ChildProcess & { lines: ReturnType<typeof createInterface> }).lines;
  const answer = new Promise<number>((resolve) =>
    lines.on("line", (line) => {
      if (line.includes("maxRssMb")) resolve((JSON.parse(line) as { maxRssMb: number }).maxRssMb);
    }),
  );
  child.kill("SIGTERM");
  return answer;
}

const RESULTS_FILE = new URL("./STATISTICS.md", import.meta.url);

function writeResults(r: {
  collections: number;
  generated: Awaited<ReturnType<typeof generateBenchData>>;
  rebuildSeconds: number | null;
  loadAtStart: string;
  lines: string[];
  reportLines: string[];
}) {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}`;
  // A run on data kept from an earlier one repeats that run's generator and rebuild figures.
  const previous = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, "utf8") : "";
  const earlier = (label: string) => {
    const line = previous.match(new RegExp(`^- ${label}: (.*?)(?: \\(the run that generated the data\\))?\\.$`, "m"));
    return line && !line[1]!.startsWith("data already") && !line[1]!.startsWith("already")
      ? `${line[1]} (the run that generated the data)`
      : null;
  };
  const generation = r.generated.written
    ? `${r.generated.written} collections written in ${r.generated.seconds.toFixed(1)} s ` +
      `(${r.generated.perSecond} collections/s, with their items, controls and workflow history)`
    : (earlier("Generator") ?? "data already present (not regenerated in this run)");
  const rebuild =
    r.rebuildSeconds === null
      ? (earlier("Rollups") ?? "already built (kept with the data)")
      : `rebuilt from the raw rows in ${r.rebuildSeconds.toFixed(0)} s`;
  const table = [
    `Statistics benchmark of ${date} on ${machine}; ${r.collections} collections in the database; ` +
      `load average ${r.loadAtStart} when the measures began (other work on the machine inflates every figure).`,
    "",
    `- Generator: ${generation}.`,
    `- Rollups: ${rebuild}.`,
    "",
    `| query (through the gateway, analyst) | p50 | p95 | same from raw rows | raw ÷ rollups (p50) |`,
    "|---|---|---|---|---|",
    ...r.lines,
    "",
    "| report (request → READY, worker alone in its process) | time | file | worker peak RSS |",
    "|---|---|---|---|",
    ...r.reportLines,
  ].join("\n");
  process.stdout.write(`\n${table}\n`);
  writeFileSync(RESULTS_FILE, `# Statistics benchmark results\n\n${table}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    logger.fatal({ err: error }, "statistics benchmark failed");
    process.exit(1);
  },
);
