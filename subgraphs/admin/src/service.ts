import { startResponder } from "#shared/events/responder.js";
import { requestContext } from "#shared/graphql/context.js";
import { startSubgraphServer, type RequestBase } from "#shared/http/subgraph-server.js";
import { assembleService, createRuntime, type RunningService } from "#shared/service/runtime.js";
import { subgraphNatsSettings } from "#shared/service/subgraph-env.js";
import { loadSubgraphTypeDefs } from "#shared/subgraphs.js";
import type { Logger } from "#shared/logger.js";
import { recordLastLoginConsumer } from "./consumers/record-last-login.js";
import type { Context } from "./context.js";
import type { AdminEnv } from "./env.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";
import { usersGetHandler } from "./responders/users-get.js";
import { settingsSnapshotHandler } from "./modules/settings/settings.service.js";
import { ratesHandler, refcheckHandler } from "./responders/trade-support.js";

export async function startAdminService(env: AdminEnv, options: { logger?: Logger } = {}): Promise<RunningService> {
  const runtime = await createRuntime({
    name: "admin",
    logLevel: env.LOG_LEVEL,
    logger: options.logger,
    databaseUrl: env.DATABASE_URL,
    nats: subgraphNatsSettings("admin", env),
    countSqlStatements: env.SQL_STATEMENT_COUNTING,
    outboxTable: "admin_outbox_event",
  });
  const adminContext = (base: RequestBase): Context => ({
    ...requestContext(base, runtime),
    loaders: createLoaders(runtime.db, base.viewer),
    nats: runtime.nats,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
  });
  const server = await startSubgraphServer<Context>({
    name: "admin",
    host: env.HOST,
    port: env.PORT,
    typeDefs: loadSubgraphTypeDefs("admin"),
    resolvers,
    permissions,
    logger: runtime.logger,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    signatureMaxAgeSeconds: env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
    readinessChecks: runtime.readinessChecks,
    metrics: runtime.metrics,
    metricsToken: env.METRICS_TOKEN,
    createContext: (base) => adminContext(base),
  });
  const responders = [
    startResponder(runtime.nats, "admin.users", usersGetHandler(runtime.db), runtime.logger),
    startResponder(runtime.nats, "admin.config", settingsSnapshotHandler(runtime.db), runtime.logger),
    startResponder(runtime.nats, "admin.rates", ratesHandler(runtime.db, runtime.settings), runtime.logger),
    startResponder(runtime.nats, "admin.refcheck", refcheckHandler(runtime.db), runtime.logger),
  ];
  return assembleService(runtime, server, [recordLastLoginConsumer(runtime.db)], responders);
}
