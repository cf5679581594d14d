import { randomUUID } from "node:crypto";
import http from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import cors from "cors";
import { rateLimit } from "express-rate-limit";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import { GraphQLError, type ValidationContext } from "graphql";
import { InvalidTokenError, verifyAccessToken } from "#shared/auth/tokens.js";
import { loadTokenKeys } from "#shared/auth/keys.js";
import { ConfigError } from "#shared/env.js";
import { connectNats, type NatsHandle } from "#shared/events/nats.js";
import { DependencyUnavailableError, redactUrl, START_HINTS } from "#shared/service/runtime.js";
import { RevocationList } from "./revocations.js";
import { ServiceMetrics } from "#shared/http/metrics.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { createLogger, type Logger } from "#shared/logger.js";
import { errorBody, errorReportingPlugin, maskingFormatError } from "#shared/http/error-handling.js";
import { runWithTraceId } from "#shared/http/trace-scope.js";
import { checkReadiness, natsCheck } from "#shared/health.js";
import { SUBGRAPH_NAMES, SUPERGRAPH_PATH, defaultSubgraphUrl, type SubgraphName } from "#shared/subgraphs.js";
import type { RunningHttpServer } from "#shared/http/subgraph-server.js";
import type { GatewayContext } from "./context.js";
import { requestLanguage } from "#shared/i18n/language.js";
import type { GatewayEnv } from "./env.js";
import { SignedDataSource } from "./signed-data-source.js";
import { connectRedis, redisCache, redisRateLimitStore } from "./redis.js";
import { OPERATION_TOO_LARGE, refuseOversizedOperations } from "./protections/operation-size.js";
import { checkInputScalars, inputScalarLiteralsRule } from "./protections/input-scalars.js";
import { withoutSuggestions } from "./protections/suggestions.js";
import { persistedQueries } from "./protections/apq.js";

const TRACE_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
const TRACEPARENT_PATTERN = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The client's trace id if it sent a usable one (x-request-id or W3C traceparent), else a new one. */
export function traceIdFrom(req: Request): string {
  const requestId = req.get("x-request-id");
  if (requestId && TRACE_ID_PATTERN.test(requestId)) return requestId;
  const traceparent = TRACEPARENT_PATTERN.exec(req.get("traceparent") ?? "");
  if (traceparent?.[1]) return traceparent[1];
  return randomUUID();
}

export function subgraphUrls(env: GatewayEnv): Record<SubgraphName, string> {
  const local = (port: number) => `http://127.0.0.1:${port}/graphql`;
  return {
    auth: env.AUTH_SUBGRAPH_URL ?? local(env.AUTH_PORT),
    admin: env.ADMIN_SUBGRAPH_URL ?? local(env.ADMIN_PORT),
    tradeflow: env.TRADEFLOW_SUBGRAPH_URL ?? local(env.TRADEFLOW_PORT),
    model: env.MODEL_SUBGRAPH_URL ?? local(env.MODEL_PORT),
  };
}

const reportInstead = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

const unauthenticatedError = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

export async function startGateway(env: GatewayEnv, options: { logger?: Logger } = {}): Promise<RunningHttpServer> {
  const logger = options.logger ?? createLogger("gateway", env.LOG_LEVEL);
  const urls = subgraphUrls(env);
  const keys = await loadTokenKeys(env, { signing: false }).catch((error: Error) => {
    throw new ConfigError("gateway", [error.message]);
  });
  let nats: NatsHandle;
  try {
    // The gateway publishes no event of its own: it reads revocations.
    nats = await connectNats(
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
  const revocations = new RevocationList(logger.child({ component: "revocations" }));
  await revocations.start(nats, env.JWT_ACCESS_TTL_SECONDS);
  const app = express();
  app.disable("x-powered-by");
  // req.ip (rate-limit key, the client address forwarded to the subgraphs) per TRUST_PROXY: see env.ts.
  app.set("trust proxy", env.TRUST_PROXY);
  const httpServer = http.createServer(app);

  const gateway = new ApolloGateway({
    ...(env.SUPERGRAPH_MODE === "file"
      ? { supergraphSdl: readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH, "utf8") }
      : {
          supergraphSdl: new IntrospectAndCompose({
            subgraphs: SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name] })),
            pollIntervalInMs: 10_000,
          }),
        }),
    // Route to the configured URLs rather than the ones recorded in the supergraph.
    buildService: ({ name }) =>
      new SignedDataSource(
        name,
        urls[name as SubgraphName] ?? defaultSubgraphUrl(name as SubgraphName),
        env.GATEWAY_SIGNING_SECRET,
        env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
      ),
    logger: {
      debug: (message) => logger.debug(String(message)),
      info: (message) => logger.info(String(message)),
      warn: (message) => logger.warn(String(message)),
      error: (message) => logger.error(String(message)),
    },
  });

  checkInputScalars(gateway);

  const redis = env.REDIS_URL ? connectRedis(env.REDIS_URL, logger.child({ component: "redis" })) : null;
  const keyPrefix = env.redisKeyPrefix;
  const metrics = new ServiceMetrics("gateway");
  const apq = persistedQueries(
    { maxBytes: env.APQ_MAX_BYTES, ttlSeconds: env.APQ_TTL_SECONDS, anonymousTtlSeconds: env.APQ_ANONYMOUS_TTL_SECONDS },
    redis ? redisCache(redis, `${keyPrefix}apq:`) : undefined,
  );
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: env.introspection,
    includeStacktraceInErrorResponses: false,
    // Huge operations are refused before they reach Apollo (refuseOversizedOperations); this is a second line.
    parseOptions: { maxTokens: env.MAX_QUERY_TOKENS },
    // Automatic persisted queries (the mobile app): shared across replicas when Redis is configured.
    persistedQueries: apq.options,
    // Deeply nested and alias-amplified operations. graphql-armor throws by default (for Envelop);
    // Apollo wants validation errors reported instead.
    validationRules: [
      maxDepthRule({ n: env.MAX_QUERY_DEPTH, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...reportInstead }),
      maxAliasesRule({ n: env.MAX_QUERY_ALIASES, exposeLimits: true, ...reportInstead }),
      inputScalarLiteralsRule,
    ],
    // Shutdown is ours (shared/src/service/main.ts): stop the server, then the relay, consumers, NATS and db.
    stopOnTerminationSignals: false,
    formatError: env.introspection ? maskingFormatError(logger) : withoutSuggestions(maskingFormatError(logger)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorReportingPlugin(),
      apq.plugin,
      metrics.plugin() as ApolloServerPlugin<GatewayContext>,
      // Apollo Sandbox for analysts wherever introspection is on.
      env.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await server.start();

  app.get("/health/live", (_req, res) => {
    res.json({ status: "alive", service: "gateway" });
  });
  // The gateway is public: in production its metrics need METRICS_TOKEN, or are not served.
  if (env.NODE_ENV !== "production" || env.METRICS_TOKEN) metrics.mount(app, env.METRICS_TOKEN);
  app.get("/health/ready", async (_req, res) => {
    const checks = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [
        name,
        async () => {
          const response = await fetch(new URL("/health/ready", urls[name]), { signal: AbortSignal.timeout(2_000) });
          if (!response.ok) {
            const body = (await response.json().catch(() => ({}))) as { dependencies?: Record<string, { status: string }> };
            const down = Object.entries(body.dependencies ?? {})
              .filter(([, dependency]) => dependency.status !== "up")
              .map(([name]) => name);
            throw new Error(down.length ? `not ready: ${down.join(", ")} down` : `HTTP ${response.status}`);
          }
        },
      ]),
    );
    const report = await checkReadiness(
      "gateway",
      {
        ...checks,
        nats: natsCheck(nats),
        ...(redis ? { redis: async () => void (await redis.ping()) } : {}),
        revocations: async () => {
          if (!revocations.loaded) throw new Error("revocation history still loading");
        },
      },
      3_000,
    );
    res.status(report.status === "ready" ? 200 : 503).json(report);
  });

  // Public keys for clients and services verifying our tokens themselves (asymmetric algorithms only).
  app.get("/.well-known/jwks.json", (_req, res) => {
    if (!keys.jwks) {
      res.status(404).json({ error: "tokens are signed with a shared secret (HS256); there are no public keys" });
      return;
    }
    res.set("Cache-Control", "public, max-age=300").json(keys.jwks);
  });

  const corsOptions: cors.CorsOptions = {
    origin: env.corsOrigins.includes("*") ? true : env.corsOrigins,
    credentials: false,
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  };

  const limiter =
    env.RATE_LIMIT_PER_MINUTE > 0
      ? rateLimit({
          windowMs: 60_000,
          limit: env.RATE_LIMIT_PER_MINUTE,
          standardHeaders: "draft-8",
          legacyHeaders: false,
          ...(redis ? { store: redisRateLimitStore(redis, `${keyPrefix}ratelimit:`) } : {}),
          handler: (_req, res) => {
            const retryAfterSeconds = Number(res.getHeader("retry-after") ?? 60);
            res.status(429).json({
              errors: [
                {
                  message: `Too many requests; try again in ${retryAfterSeconds} s`,
                  extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds, traceId: res.locals.traceId },
                },
              ],
            });
          },
        })
      : (_req: Request, _res: Response, next: NextFunction) => next();

  app.use(
    "/graphql",
    cors(corsOptions),
    (req: Request, res: Response, next: NextFunction) => {
      res.locals.traceId = traceIdFrom(req);
      res.setHeader("x-request-id", res.locals.traceId);
      next();
    },
    limiter,
    express.json({ limit: env.BODY_LIMIT }),
    // Body-parser failures become GraphQL-shaped errors with a code, never an HTML stack page.
    (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (!error) return next();
      const traceId: string = res.locals.traceId;
      if (error.type === "entity.too.large") {
        res.status(413).json(errorBody(`Request body is larger than ${env.BODY_LIMIT}`, "BAD_REQUEST", traceId));
      } else {
        res.status(400).json(errorBody("Request body is not valid JSON", "BAD_REQUEST", traceId));
      }
    },
    refuseOversizedOperations(
      { maxTokens: env.MAX_QUERY_TOKENS, maxFields: env.MAX_QUERY_FIELDS, maxSelections: env.MAX_QUERY_SELECTIONS },
      () => metrics.errors.inc({ code: OPERATION_TOO_LARGE }),
    ),
    (_req: Request, res: Response, next: NextFunction) => runWithTraceId(res.locals.traceId, next),
    expressMiddleware(server, {
      context: async ({ req, res }): Promise<GatewayContext> => {
        const traceId: string = res.locals.traceId;
        const requestLogger = logger.child({ traceId });
        const client = { ip: req.ip ?? null, userAgent: req.get("user-agent")?.slice(0, 255) ?? null };
        const authorization = req.get("authorization");
        let viewer: UserClaims | null = null;
        if (authorization) {
          const [scheme, token] = authorization.split(" ");
          if (scheme?.toLowerCase() !== "bearer" || !token) {
            throw unauthenticatedError("Authorization must be `Bearer <access token>`");
          }
          try {
            const verified = await verifyAccessToken(token, keys, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
            if (revocations.isRevoked(verified)) throw new InvalidTokenError("session ended");
            const { issuedAt: _issuedAt, expiresAt: _expiresAt, ...claims } = verified;
            viewer = claims;
          } catch (error) {
            const reason = error instanceof InvalidTokenError ? error.reason : "unreadable";
            requestLogger.info({ reason }, "access token refused");
            throw unauthenticatedError(
              reason === "expired" ? "Access token expired" : reason === "session ended" ? "Session ended" : "Invalid access token",
            );
          }
        }
        const language = requestLanguage(req);
        return { traceId, viewer, client, language, logger: requestLogger.child({ userId: viewer?.userId }) };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${port}/graphql`;
  logger.info({ url, mode: env.SUPERGRAPH_MODE }, "gateway listening");
  return {
    url,
    port,
    async close() {
      await server.stop();
      await revocations.stop();
      await redis?.quit().catch(() => undefined);
      await nats.nc.drain().catch(() => undefined);
    },
  };
}
