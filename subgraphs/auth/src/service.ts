import { loadTokenKeys } from "#shared/auth/keys.js";
import { PASSWORD_CHECK_SUBJECT } from "#shared/auth/password-check.js";
import { ConfigError } from "#shared/env.js";
import { startResponder } from "#shared/events/responder.js";
import { INITIAL_PASSWORD_SUBJECT } from "#shared/auth/initial-password.js";
import { initialPasswordHandler } from "./responders/initial-password.js";
import { requestContext } from "#shared/graphql/context.js";
import { startSubgraphServer } from "#shared/http/subgraph-server.js";
import { assembleService, createRuntime, type RunningService } from "#shared/service/runtime.js";
import { subgraphNatsSettings } from "#shared/service/subgraph-env.js";
import { loadSubgraphTypeDefs } from "#shared/subgraphs.js";
import type { Logger } from "#shared/logger.js";
import { accountProjectionConsumer } from "./consumers/account-projection.js";
import type { Context } from "./context.js";
import type { AuthEnv } from "./env.js";
import { permissions } from "./permissions.js";
import { passwordCheckHandler } from "./responders/password-check.js";
import { validateTokenHandler } from "./responders/validate-token.js";
import { resolvers } from "./resolvers.js";

export async function startAuthService(env: AuthEnv, options: { logger?: Logger } = {}): Promise<RunningService> {
  const keys = await loadTokenKeys(env, { signing: true }).catch((error: Error) => {
    throw new ConfigError("auth", [error.message]);
  });
  const runtime = await createRuntime({
    name: "auth",
    logLevel: env.LOG_LEVEL,
    logger: options.logger,
    databaseUrl: env.DATABASE_URL,
    nats: subgraphNatsSettings("auth", env),
    countSqlStatements: env.SQL_STATEMENT_COUNTING,
    outboxTable: "auth_outbox_event",
  });
  const server = await startSubgraphServer<Context>({
    name: "auth",
    host: env.HOST,
    port: env.PORT,
    typeDefs: loadSubgraphTypeDefs("auth"),
    resolvers,
    permissions,
    logger: runtime.logger,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    signatureMaxAgeSeconds: env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
    readinessChecks: runtime.readinessChecks,
    metrics: runtime.metrics,
    metricsToken: env.METRICS_TOKEN,
    createContext: (base) => ({ ...requestContext(base, runtime), config: env, keys, nats: runtime.nats }),
  });
  const validate = startResponder(runtime.nats, "auth.validate", validateTokenHandler(runtime.db, keys, env), runtime.logger);
  const passwordCheck = startResponder(
    runtime.nats,
    PASSWORD_CHECK_SUBJECT,
    passwordCheckHandler(runtime.db, env),
    runtime.logger,
  );
  const initialPassword = startResponder(
    runtime.nats,
    INITIAL_PASSWORD_SUBJECT,
    initialPasswordHandler(
      { db: runtime.db, nats: runtime.nats, logger: runtime.logger, notify: () => runtime.relay.notify() },
      env.GATEWAY_SIGNING_SECRET,
      env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
    ),
    runtime.logger,
  );
  return assembleService(
    runtime,
    server,
    [accountProjectionConsumer(runtime.db, env.JWT_ACCESS_TTL_SECONDS, () => runtime.relay.notify())],
    [validate, passwordCheck, initialPassword],
    [
      // Failed-login counters older than a day no longer slow anyone down.
      {
        what: "login throttle counters",
        sql: `DELETE FROM auth_login_throttle WHERE last_failure_at < NOW(3) - INTERVAL 1 DAY
          AND (locked_until IS NULL OR locked_until < NOW(3)) LIMIT 5000`,
      },
      // A sealed successor only serves a replay inside the grace window (at most 300 s).
      {
        what: "sealed refresh-token successors",
        sql: `UPDATE auth_refresh_token SET successor_sealed = NULL
          WHERE successor_sealed IS NOT NULL AND used_at < NOW(3) - INTERVAL 5 MINUTE LIMIT 5000`,
      },
      { what: "expired known devices", sql: "DELETE FROM auth_known_device WHERE expires_at < NOW(3) LIMIT 5000" },
    ],
  );
}
