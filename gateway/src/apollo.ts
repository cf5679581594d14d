import type http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { ApolloGateway } from "@apollo/gateway";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import type { GraphQLError, ValidationContext } from "graphql";
import type { ServiceMetrics } from "#shared/http/metrics.js";
import { errorReportingPlugin, maskingFormatError } from "#shared/http/error-handling.js";
import type { Logger } from "#shared/logger.js";
import type { GatewayContext } from "./context.js";
import type { GatewayEnv } from "./env.js";
import { inputScalarLiteralsRule } from "./protections/input-scalars.js";
import { introspectionForSchemaExplorers } from "./protections/introspection.js";
import { graphqlOverHttpStatusPlugin } from "./http/graphql-over-http.js";
import { landingPagePlugin } from "./landing-page.js";
import type { persistedQueries } from "./protections/apq.js";

const reportInstead = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export interface ApolloDependencies {
  gateway: ApolloGateway;
  httpServer: http.Server;
  logger: Logger;
  metrics: ServiceMetrics;
  apq: ReturnType<typeof persistedQueries>;
}

/**
 * Apollo Server over the supergraph: validation limits, persisted queries, error masking, introspection per
 * caller, the GraphQL-over-HTTP status codes and the landing page.
 */
export function createApolloServer(env: GatewayEnv, { gateway, httpServer, logger, metrics, apq }: ApolloDependencies) {
  return new ApolloServer<GatewayContext>({
    gateway,
    // Per caller (introspectionForSchemaExplorers): Apollo's switch only closes it for everyone.
    introspection: env.introspection !== "off",
    includeStacktraceInErrorResponses: false,
    // Huge operations are refused before they reach Apollo (refuseOversizedOperations); this is a second line.
    parseOptions: { maxTokens: env.MAX_QUERY_TOKENS },
    // Automatic persisted queries (the mobile app): shared across replicas when Redis is configured.
    persistedQueries: apq.options,
    // Deeply nested and alias-amplified operations. graphql-armor throws by default (for Envelop);
    // Apollo wants validation errors reported instead.
    validationRules: [
      maxDepthRule({
        n: env.MAX_QUERY_DEPTH,
        ignoreIntrospection: true,
        flattenFragments: true,
        exposeLimits: true,
        ...reportInstead,
      }),
      maxAliasesRule({ n: env.MAX_QUERY_ALIASES, exposeLimits: true, ...reportInstead }),
      inputScalarLiteralsRule,
    ],
    // Shutdown is ours (shared/src/service/main.ts): stop the server, then the relay, consumers, NATS and db.
    stopOnTerminationSignals: false,
    formatError: maskingFormatError,
    // Apollo's own messages as structured log lines, beside ours.
    logger,
    // Apollo's CSRF prevention refuses a GET without a non-simple header, which the GraphQL-over-HTTP
    // spec allows any client to send. It guards cookie-authenticated servers; the gateway takes no ambient
    // credential (bearer tokens only), runs only queries over GET and only application/json POSTs (415).
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorReportingPlugin(logger),
      apq.plugin,
      metrics.plugin() as ApolloServerPlugin<GatewayContext>,
      introspectionForSchemaExplorers(env.introspection),
      graphqlOverHttpStatusPlugin(),
      landingPagePlugin(env),
    ],
  });
}
