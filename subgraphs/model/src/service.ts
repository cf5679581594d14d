import { startResponder } from "#shared/events/responder.js";
import { requestContext } from "#shared/graphql/context.js";
import { convertHandler, formsHandler, workflowHandler } from "./responders/trade-support.js";
import { startSubgraphServer } from "#shared/http/subgraph-server.js";
import { assembleService, createRuntime, type RunningService } from "#shared/service/runtime.js";
import { subgraphNatsSettings } from "#shared/service/subgraph-env.js";
import { loadSubgraphTypeDefs } from "#shared/subgraphs.js";
import type { Logger } from "#shared/logger.js";
import type { Context } from "./context.js";
import type { ModelEnv } from "./env.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";

export async function startModelService(env: ModelEnv, options: { logger?: Logger } = {}): Promise<RunningService> {
  const runtime = await createRuntime({
    name: "model",
    logLevel: env.LOG_LEVEL,
    logger: options.logger,
    databaseUrl: env.DATABASE_URL,
    nats: subgraphNatsSettings("model", env),
    countSqlStatements: env.SQL_STATEMENT_COUNTING,
    outboxTable: "model_outbox_event",
  });
  const server = await startSubgraphServer<Context>({
    name: "model",
    host: env.HOST,
    port: env.PORT,
    typeDefs: loadSubgraphTypeDefs("model"),
    resolvers,
    permissions,
    logger: runtime.logger,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    signatureMaxAgeSeconds: env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
    readinessChecks: runtime.readinessChecks,
    metrics: runtime.metrics,
    metricsToken: env.METRICS_TOKEN,
    createContext: (base) => ({ ...requestContext(base, runtime), loaders: createLoaders(runtime.db), nats: runtime.nats }),
  });
  const responders = [
    startResponder(runtime.nats, "model.convert", convertHandler(runtime.db), runtime.logger),
    startResponder(runtime.nats, "model.forms", formsHandler(runtime.db), runtime.logger),
    startResponder(runtime.nats, "model.workflow", workflowHandler(runtime.db), runtime.logger),
  ];
  return assembleService(runtime, server, [], responders);
}
