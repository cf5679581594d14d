import { requestContext } from "#shared/graphql/context.js";
import { startSubgraphServer } from "#shared/http/subgraph-server.js";
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
    createContext: (base) => ({ ...requestContext(base, runtime), loaders: createLoaders(runtime.db, base.viewer), nats: runtime.nats, workflows }),
  });
  const responders = [startResponder(runtime.nats, "tradeflow.usage", referenceUsageHandler(runtime.db), runtime.logger)];
  return assembleService(runtime, server, [], [workflows, ...responders]);
}
