import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware, type ExpressContextFunctionArgument } from "@as-integrations/express5";
import type { Redis } from "ioredis";
import { loadTokenKeys, type TokenKeys } from "#shared/auth/keys.js";
import { ConfigError } from "#shared/env.js";
import { connectNats, type NatsHandle } from "#shared/events/nats.js";
import { DependencyUnavailableError, redactUrl, START_HINTS } from "#shared/service/dependency-errors.js";
import { ServiceMetrics } from "#shared/http/metrics.js";
import { createLogger, type Logger } from "#shared/logger.js";
import type { RunningHttpServer } from "#shared/http/subgraph-server.js";
import type { GatewayContext } from "./context.js";
import { requestLanguage } from "#shared/i18n/language.js";
import type { GatewayEnv } from "./env.js";
import { RevocationList } from "./revocations.js";
import { connectRedis, redisCache } from "./redis.js";
import { createSupergraphGateway, subgraphUrls } from "./supergraph.js";
import { createApolloServer } from "./apollo.js";
import { authenticate, authenticationOf, mountJwksRoute } from "./authentication.js";
import { mountHealthRoutes } from "./health.js";
import { mountReportDownloads } from "./reports-download.js";
import { mountNotificationStream, NotificationHub } from "./notifications-stream.js";
import { assignTraceId, corsOptions, corsPolicy, jsonBody, rateLimiter, traceIdFrom } from "./http/edge.js";
import { negotiateMediaTypes } from "./http/graphql-over-http.js";
import { mountGraphiqlAssets } from "./landing-page.js";
import { DEFAULT_MANIFEST_PATH, PersistedDocuments, trustedDocuments } from "./protections/trusted-documents.js";
import { OPERATION_TOO_LARGE, refuseOversizedOperations } from "./protections/operation-size.js";
import { persistedQueries } from "./protections/apq.js";
import { restFacade } from "./rest/index.js";

export { subgraphUrls } from "./supergraph.js";
export { traceIdFrom } from "./http/edge.js";

/**
 * The gateway, top-down: its dependencies (token keys, NATS for revocations, Redis), the supergraph behind
 * Apollo Server, then the HTTP routes: health, JWKS and /graphql with its edge protections.
 */
export async function startGateway(env: GatewayEnv, options: { logger?: Logger } = {}): Promise<RunningHttpServer> {
  const logger = options.logger ?? createLogger("gateway", env.LOG_LEVEL);
  const urls = subgraphUrls(env);
  const manifest =
    env.persistedDocuments === "off"
      ? null
      : PersistedDocuments.load(env.PERSISTED_DOCUMENTS_MANIFEST ?? DEFAULT_MANIFEST_PATH);
  const keys = await loadVerificationKeys(env);
  const nats = await connectGatewayNats(env, logger);
  const revocations = new RevocationList(logger.child({ component: "revocations" }));
  await revocations.start(nats, env.JWT_ACCESS_TTL_SECONDS);
  const notifications = new NotificationHub(logger.child({ component: "notifications" }));
  notifications.start(nats);
  revocations.onChange(() => notifications.closeRevoked(revocations));
  const redis = env.REDIS_URL ? connectRedis(env.REDIS_URL, logger.child({ component: "redis" })) : null;
  const metrics = new ServiceMetrics("gateway");

  const app = createHttpApp(env);
  const httpServer = http.createServer(app);
  const gateway = createSupergraphGateway(env, urls, logger);
  const apq = persistedQueries(
    {
      maxBytes: env.APQ_MAX_BYTES,
      ttlSeconds: env.APQ_TTL_SECONDS,
      anonymousTtlSeconds: env.APQ_ANONYMOUS_TTL_SECONDS,
    },
    redis ? redisCache(redis, `${env.redisKeyPrefix}apq:`) : undefined,
  );
  const server = createApolloServer(env, { gateway, httpServer, logger, metrics, apq });
  await server.start();

  mountHealthRoutes(app, env, { urls, nats, redis, revocations, metrics });
  mountJwksRoute(app, keys);
  if (env.landingPage === "graphiql") mountGraphiqlAssets(app);
  const graphql = mountGraphqlRoute(app, env, { server, keys, revocations, redis, metrics, logger, manifest });
  mountReportDownloads(app, env, { keys, revocations, logger });
  mountNotificationStream(app, env, { keys, revocations, hub: notifications, server, logger });
  // The existing CT apps' REST API, each route running a GraphQL operation through the same pipeline.
  app.use(
    restFacade({
      server,
      ...graphql,
      cors: corsOptions(env),
      bodyLimit: env.BODY_LIMIT,
      traceIdFrom,
      logger,
      reports: env,
      settings: { exportWaitMs: env.REST_EXPORT_WAIT_MS },
    }),
  );

  const url = await listen(httpServer, env);
  logger.info({ url, mode: env.SUPERGRAPH_MODE }, "gateway listening");
  return {
    url,
    port: (httpServer.address() as AddressInfo).port,
    async close() {
      // Open event streams would hold the HTTP server's drain until they end.
      await notifications.stop();
      await server.stop();
      await revocations.stop();
      await redis?.quit().catch(() => undefined);
      await nats.nc.drain().catch(() => undefined);
    },
  };
}

/** The gateway verifies tokens only: it needs the public keys (or the shared secret), never a signing key. */
async function loadVerificationKeys(env: GatewayEnv): Promise<TokenKeys> {
  return loadTokenKeys(env, { signing: false }).catch((error: Error) => {
    throw new ConfigError("gateway", [error.message]);
  });
}

/** The gateway publishes no event and asks no service anything: it reads revocations. */
async function connectGatewayNats(env: GatewayEnv, logger: Logger): Promise<NatsHandle> {
  try {
    return await connectNats(
      {
        url: env.NATS_URL,
        user: "gateway",
        password: env.NATS_PASSWORD,
        namespace: env.EVENT_NAMESPACE,
        trustedEventKeys: env.EVENT_PUBLIC_KEYS,
      },
      "gateway",
      logger,
    );
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new DependencyUnavailableError("NATS", redactUrl(env.NATS_URL), START_HINTS.nats, error);
  }
}

function createHttpApp(env: GatewayEnv): Express {
  const app = express();
  app.disable("x-powered-by");
  // req.ip (rate-limit key, the client address forwarded to the subgraphs) per TRUST_PROXY: see env.ts.
  app.set("trust proxy", env.TRUST_PROXY);
  return app;
}

interface GraphqlRouteDependencies {
  server: ApolloServer<GatewayContext>;
  keys: TokenKeys;
  revocations: RevocationList;
  redis: Redis | null;
  metrics: ServiceMetrics;
  logger: Logger;
  manifest: PersistedDocuments | null;
}

/** /graphql: CORS, trace id, media types, rate limit, body, caller, trusted documents, size limits, then Apollo. */
function mountGraphqlRoute(app: Express, env: GatewayEnv, dependencies: GraphqlRouteDependencies) {
  const { server, keys, revocations, redis, metrics, logger, manifest } = dependencies;
  // One limiter and one caller check for /graphql and the REST facade: a REST call counts once, like a query.
  const limiter = rateLimiter(env, redis);
  const authentication = authenticate(env, keys, revocations, logger);
  const graphqlContext = async ({ req, res }: ExpressContextFunctionArgument): Promise<GatewayContext> => {
    const traceId: string = res.locals.traceId;
    const { viewer, refusal } = authenticationOf(res);
    if (refusal) throw refusal;
    const client = { ip: req.ip ?? null, userAgent: req.get("user-agent")?.slice(0, 255) ?? null };
    const language = requestLanguage(req);
    return { traceId, viewer, client, language, logger: logger.child({ traceId, userId: viewer?.userId }) };
  };
  app.use(
    "/graphql",
    corsPolicy(env),
    assignTraceId,
    negotiateMediaTypes,
    limiter,
    ...jsonBody(env),
    authentication,
    trustedDocuments(env.persistedDocuments, manifest, (code) => metrics.errors.inc({ code })),
    refuseOversizedOperations(
      { maxTokens: env.MAX_QUERY_TOKENS, maxFields: env.MAX_QUERY_FIELDS, maxSelections: env.MAX_QUERY_SELECTIONS },
      () => metrics.errors.inc({ code: OPERATION_TOO_LARGE }),
    ),
    expressMiddleware(server, { context: graphqlContext }),
  );
  return { context: graphqlContext, limiter, authentication };
}

async function listen(httpServer: http.Server, env: GatewayEnv): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return `http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${port}/graphql`;
}
