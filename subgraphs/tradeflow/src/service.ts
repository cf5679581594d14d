import { requestContext } from "#shared/graphql/context.js";
import { startSubgraphServer, type RequestBase } from "#shared/http/subgraph-server.js";
import { assembleService, createRuntime, type RunningService } from "#shared/service/runtime.js";
import { subgraphNatsSettings } from "#shared/service/subgraph-env.js";
import { loadSubgraphTypeDefs } from "#shared/subgraphs.js";
import type { Logger } from "#shared/logger.js";
import type { Context } from "./context.js";
import type { TradeflowEnv } from "./env.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";
import { WorkflowCache } from "./clients/workflow-cache.js";
import { startResponder } from "#shared/events/responder.js";
import { referenceUsageHandler } from "./responders/reference-usage.js";
import { statisticsRollupConsumer } from "./consumers/statistics-rollup.js";
import { ensureStreams } from "#shared/events/streams.js";
import { startReportWorker } from "./workers/report-worker.js";

export async function startTradeflowService(env: TradeflowEnv, options: { logger?: Logger } = {}): Promise<RunningService> {
  const runtime = await createRuntime({
    name: "tradeflow",
    logLevel: env.LOG_LEVEL,
    logger: options.logger,
    databaseUrl: env.DATABASE_URL,
    nats: subgraphNatsSettings("tradeflow", env),
    countSqlStatements: env.SQL_STATEMENT_COUNTING,
    outboxTable: "tradeflow_outbox_event",
  });
  const workflows = new WorkflowCache(runtime.nats, runtime.logger.child({ component: "workflow" }));
  await workflows.start();
  const reports = { urlSecret: env.REPORTS_URL_SECRET, urlTtlSeconds: env.REPORTS_URL_TTL_SECONDS };
  const createContext = (base: RequestBase): Context => ({
    ...requestContext(base, runtime),
    loaders: createLoaders(runtime.db, base.viewer),
    nats: runtime.nats,
    workflows,
    reports,
  });
  const server = await startSubgraphServer<Context>({
    name: "tradeflow",
    host: env.HOST,
    port: env.PORT,
    typeDefs: loadSubgraphTypeDefs("tradeflow"),
    resolvers,
    permissions,
    logger: runtime.logger,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    signatureMaxAgeSeconds: env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
    readinessChecks: runtime.readinessChecks,
    metrics: runtime.metrics,
    metricsToken: env.METRICS_TOKEN,
    createContext,
  });
  // tradeflow owns the report queue too: the relay publishes jobs to it even where no worker runs.
  await ensureStreams(runtime.nats.jsm, ["reportJobs"], runtime.nats.namespace);
  const reportWorker = env.REPORTS_WORKER_ENABLED
    ? await startReportWorker({
        db: runtime.db,
        nats: runtime.nats,
        logger: runtime.logger,
        reportsDir: env.REPORTS_DIR,
        retentionHours: env.REPORTS_RETENTION_HOURS,
        ackWaitMs: env.REPORTS_ACK_WAIT_SECONDS * 1000,
        notifyRelay: () => runtime.relay.notify(),
      })
    : null;
  const responders = [startResponder(runtime.nats, "tradeflow.usage", referenceUsageHandler(runtime.db), runtime.logger)];
  const workers = [workflows, ...responders, ...(reportWorker ? [reportWorker] : [])];
  return assembleService(runtime, server, [statisticsRollupConsumer(runtime.db)], workers);
}
