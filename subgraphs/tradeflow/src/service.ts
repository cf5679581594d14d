import { serve } from "#shared/events/responder.js";
import { defineSubgraph } from "#shared/service/subgraph.js";
import { WorkflowCache } from "./clients/workflow-cache.js";
import { statisticsRollupConsumer } from "./consumers/statistics-rollup.js";
import type { Context } from "./context.js";
import type { TradeflowEnv } from "./env.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";
import { referenceUsageHandler } from "./responders/reference-usage.js";
import { ensureStreams } from "#shared/events/streams.js";
import { startReportWorker } from "./workers/report-worker.js";

type ReportWorker = Awaited<ReturnType<typeof startReportWorker>>;

export const startTradeflowService = defineSubgraph<
  TradeflowEnv,
  Context,
  { workflows: WorkflowCache; reportWorker: ReportWorker | null }
>({
  name: "tradeflow",
  resolvers,
  permissions,
  setup: async ({ env, runtime }) => {
    const workflows = new WorkflowCache(runtime.nats, runtime.logger.child({ component: "workflow" }));
    await workflows.start();
    // tradeflow owns the report queue too: the relay publishes jobs to it even where no worker runs.
    await ensureStreams(runtime.nats.jsm, ["reportJobs"], runtime.nats.namespace);
    const reportWorker = env.REPORTS_WORKER_ENABLED
      ? await startReportWorker({
          db: runtime.db,
          databaseUrl: env.DATABASE_URL,
          nats: runtime.nats,
          logger: runtime.logger,
          reportsDir: env.REPORTS_DIR,
          retentionHours: env.REPORTS_RETENTION_HOURS,
          ackWaitMs: env.REPORTS_ACK_WAIT_SECONDS * 1000,
          notifyRelay: () => runtime.relay.notify(),
        })
      : null;
    return { workflows, reportWorker };
  },
  background: ({ workflows, reportWorker }) => [workflows, ...(reportWorker ? [reportWorker] : [])],
  context: (shared, { env, runtime, workflows }) => ({
    ...shared,
    loaders: createLoaders(runtime.db, shared.viewer),
    nats: runtime.nats,
    workflows,
    reports: { urlSecret: env.REPORTS_URL_SECRET, urlTtlSeconds: env.REPORTS_URL_TTL_SECONDS },
  }),
  responders: ({ runtime }) => [serve("tradeflow.usage", referenceUsageHandler(runtime.db))],
  consumers: ({ runtime }) => [statisticsRollupConsumer(runtime.db)],
});
