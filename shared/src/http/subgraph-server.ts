import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Request, type Response } from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { applyMiddleware, type IMiddlewareGenerator } from "graphql-middleware";
import { isObjectType, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Logger } from "../logger.js";
import type { UserClaims } from "../auth/claims.js";
import {
  encodeClaims,
  ISSUED_CLAIMS_AUDIENCE,
  signRequest,
  SIGNATURE_HEADERS,
  verifyRequest,
  type ClientInfo,
} from "../auth/gateway-signature.js";
import { checkReadiness, type DependencyCheck } from "../health.js";
import { errorBody, errorReportingPlugin, maskingFormatError } from "./error-handling.js";
import { requestLanguage, type Language } from "../i18n/language.js";
import type { ServiceMetrics } from "./metrics.js";

export const ISSUED_CLAIMS_HEADERS = {
  claims: "x-ct-issued-claims",
  timestamp: "x-ct-issued-timestamp",
  signature: "x-ct-issued-signature",
} as const;

export interface RequestBase {
  requestId: string;
  traceId: string;
  viewer: UserClaims | null;
  client: ClientInfo;
  logger: Logger;
  /** From Accept-Language, which the gateway forwards: messages and labels in French unless `en`. */
  language: Language;
}

export interface SubgraphServerOptions<TContext extends object> {
  name: string;
  host: string;
  port: number;
  typeDefs: DocumentNode;
  /** Resolver maps of the subgraph's modules (codegen's `Resolvers`), merged type by type. */
  resolvers: object[];
  permissions: IMiddlewareGenerator<unknown, TContext, unknown>;
  createContext(base: RequestBase): TContext;
  logger: Logger;
  signingSecret: string;
  signatureMaxAgeSeconds: number;
  readinessChecks: Record<string, DependencyCheck>;
  metrics: ServiceMetrics;
  metricsToken?: string;
  bodyLimit?: string;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Stops accepting connections and waits for in-flight requests. */
  close(): Promise<void>;
}

/**
 * graphql-middleware rebuilds the schema and drops the federation reference resolvers that
 * buildSubgraphSchema keeps in type extensions; put them back so `_entities` still resolves.
 */
function restoreReferenceResolvers(original: GraphQLSchema, shielded: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(original.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const apollo = (type.extensions as { apollo?: { subgraph?: { resolveReference?: unknown } } }).apollo;
    const resolveReference = apollo?.subgraph?.resolveReference;
    if (!resolveReference) continue;
    const target = shielded.getType(type.name);
    if (!target || !isObjectType(target)) continue;
    const extensions = target.extensions as Record<string, unknown>;
    const targetApollo = (extensions.apollo ?? {}) as { subgraph?: Record<string, unknown> };
    if (!targetApollo.subgraph?.resolveReference) {
      (target as unknown as { extensions: Record<string, unknown> }).extensions = {
        ...extensions,
        apollo: { ...targetApollo, subgraph: { ...(targetApollo.subgraph ?? {}), resolveReference } },
      };
    }
  }
  return shielded;
}

/** Merges module resolver maps; two modules defining the same field is a programming error. */
export function mergeResolverMaps(maps: object[]): GraphQLResolverMap<unknown> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map as Record<string, unknown>)) {
      if (typeof fields !== "object" || fields === null || Object.getPrototypeOf(fields) !== Object.prototype) {
        merged[typeName] = fields as Record<string, unknown>; // a scalar (GraphQLScalarType)
        continue;
      }
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as GraphQLResolverMap<unknown>;
}

export function buildShieldedSubgraphSchema<TContext extends object>(
  typeDefs: DocumentNode,
  resolvers: object[],
  permissions: IMiddlewareGenerator<unknown, TContext, unknown>,
): GraphQLSchema {
  const schema = buildSubgraphSchema({ typeDefs, resolvers: mergeResolverMaps(resolvers) });
  const shielded = restoreReferenceResolvers(schema, applyMiddleware(schema, permissions));
  const implied = (permissions as Partial<ImpliedRules>).typesWithImpliedRules?.(schema) ?? new Set<string>();
  // These types' rules are implied by every field that returns them (shared/src/auth/redundant-rules.ts):
  // their fields resolve as written, without shield's async wrapper.
  for (const typeName of implied) {
    const original = schema.getType(typeName);
    const target = shielded.getType(typeName);
    if (!isObjectType(original) || !isObjectType(target)) continue;
    const targetFields = target.getFields();
    for (const [name, field] of Object.entries(original.getFields())) targetFields[name]!.resolve = field.resolve;
  }
  return shielded;
}

interface ImpliedRules {
  typesWithImpliedRules(schema: GraphQLSchema): Set<string>;
}

/**
 * The HTTP face of a subgraph: health endpoints, and /graphql behind the gateway signature check.
 * Anything that did not come through the gateway (including `_service` and `_entities`) gets a 401.
 */
export async function startSubgraphServer<TContext extends object>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const { logger } = options;
  const app = express();
  app.disable("x-powered-by");
  // Express hashes every answer it sends into an ETag (SHA-1 of the whole body: a page's ~30 KB at each
  // request) for conditional GETs; a subgraph answers only the gateway's POSTs, which never revalidate.
  app.set("etag", false);
  const httpServer = http.createServer(app);

  const schema = buildShieldedSubgraphSchema(options.typeDefs, options.resolvers, options.permissions);

  const server = new ApolloServer<TContext & RequestBase>({
    schema,
    introspection: true,
    // The gateway sends the fetches of one plan step to this subgraph as one array (gateway/src/subgraph-batch.ts).
    // They share one context: they come from one client request, with the same signed claims.
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (shared/src/service/main.ts): stop the server, then the relay, consumers, NATS and db.
    stopOnTerminationSignals: false,
    formatError: maskingFormatError,
    // Apollo's own messages as structured log lines, beside ours.
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No Apollo Studio here: skip building federated traces on every request.
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are used (responses are per user): skip wrapping every field resolver for them.
      ApolloServerPluginCacheControlDisabled(),
      errorReportingPlugin(logger),
      options.metrics.plugin() as ApolloServerPlugin<TContext & RequestBase>,
      issuedClaimsPlugin(options.signingSecret) as ApolloServerPlugin<TContext & RequestBase>,
    ],
  });
  await server.start();

  app.get("/health/live", (_req, res) => {
    res.json({ status: "alive", service: options.name });
  });
  options.metrics.mount(app, options.metricsToken);
  app.get("/health/ready", async (_req, res) => {
    const report = await checkReadiness(options.name, options.readinessChecks);
    res.status(report.status === "ready" ? 200 : 503).json(report);
  });

  app.all("/graphql", (req, res, next) => {
    if (req.method !== "POST") {
      res
        .status(405)
        .set("Allow", "POST")
        .json(errorBody("Only POST requests from the gateway are accepted", "BAD_REQUEST"));
      return;
    }
    next();
  });
  app.post(
    "/graphql",
    express.raw({ type: () => true, limit: options.bodyLimit ?? "10mb" }),
    (req: Request, res: Response, next) => {
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const verification = verifyRequest(options.signingSecret, options.signatureMaxAgeSeconds, {
        audience: options.name,
        claimsHeader: header(SIGNATURE_HEADERS.claims),
        timestamp: header(SIGNATURE_HEADERS.timestamp),
        signature: header(SIGNATURE_HEADERS.signature),
        traceId: header(SIGNATURE_HEADERS.traceId),
        clientHeader: header(SIGNATURE_HEADERS.client),
        body: raw,
      });
      if (!verification.ok) {
        logger.warn(
          { reason: verification.reason, ip: req.socket.remoteAddress },
          "rejected unsigned subgraph request",
        );
        res.status(401).json(errorBody("Requests must come through the gateway", "UNAUTHENTICATED"));
        return;
      }
      try {
        req.body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        res.status(400).json(errorBody("Request body is not valid JSON", "BAD_REQUEST"));
        return;
      }
      options.metrics.httpRequests.inc({ batched: String(Array.isArray(req.body)) });
      res.locals.viewer = verification.claims;
      res.locals.traceId = verification.traceId || randomUUID();
      res.locals.client = verification.client;
      next();
    },
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const traceId: string = res.locals.traceId;
        const viewer: UserClaims | null = res.locals.viewer;
        const base: RequestBase = {
          requestId: randomUUID(),
          traceId,
          viewer,
          client: res.locals.client,
          logger: logger.child({ traceId, userId: viewer?.userId }),
          language: requestLanguage(req),
        };
        return { ...options.createContext(base), ...base } as TContext & RequestBase;
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph listening`);

  return {
    url,
    port,
    async close() {
      // The drain plugin stops accepting connections and waits for in-flight operations.
      await server.stop();
    },
  };
}

/** Lets the auth subgraph tell the gateway, with a signature, who an operation just authenticated. */
function issuedClaimsPlugin(secret: string): ApolloServerPlugin<{ issuedClaims?: UserClaims; traceId: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.issuedClaims) return;
          const claimsHeader = encodeClaims(contextValue.issuedClaims);
          const signed = signRequest(secret, {
            audience: ISSUED_CLAIMS_AUDIENCE,
            claimsHeader,
            traceId: contextValue.traceId,
            body: "issued-claims",
          });
          response.http.headers.set(ISSUED_CLAIMS_HEADERS.claims, claimsHeader);
          response.http.headers.set(ISSUED_CLAIMS_HEADERS.timestamp, signed[SIGNATURE_HEADERS.timestamp]);
          response.http.headers.set(ISSUED_CLAIMS_HEADERS.signature, signed[SIGNATURE_HEADERS.signature]);
        },
      };
    },
  };
}
