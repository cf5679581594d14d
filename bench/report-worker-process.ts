import { createDb } from "#shared/db/client.js";
import { connectNats } from "#shared/events/nats.js";
import { createLogger } from "#shared/logger.js";
import { subgraphNatsSettings } from "#shared/service/subgraph-env.js";
import { loadTradeflowEnv } from "../subgraphs/tradeflow/src/env.js";
import { startReportWorker } from "../subgraphs/tradeflow/src/workers/report-worker.js";

/**
 * The report worker alone in a process of its own, for `bench/statistics.ts` to measure its peak
 * memory while it writes a file: started with the bench stack's environment (tradeflow's env module
 * reads it), it prints `{"maxRssMb": …}` on stdout when told to stop (SIGTERM).
 */
const env = loadTradeflowEnv();
const logger = createLogger("report-worker", env.LOG_LEVEL);
const db = createDb(env.DATABASE_URL);
const nats = await connectNats(subgraphNatsSettings("tradeflow", env), "bench-report-worker", logger);
const worker = await startReportWorker({
  db,
  databaseUrl: env.DATABASE_URL,
  nats,
  logger,
  reportsDir: env.REPORTS_DIR,
  retentionHours: env.REPORTS_RETENTION_HOURS,
  ackWaitMs: env.REPORTS_ACK_WAIT_SECONDS * 1000,
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.once("SIGTERM", () => {
  void (async () => {
    await worker.stop();
    await nats.nc.drain();
    await db.$disconnect();
    // resourceUsage().maxRSS is in kilobytes: the process's peak resident memory, job included.
    process.stdout.write(`${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
    process.exit(0);
  })();
});
