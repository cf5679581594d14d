import { readFileSync } from "node:fs";
import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import type { Logger } from "#shared/logger.js";
import { SUBGRAPH_NAMES, SUPERGRAPH_PATH, defaultSubgraphUrl, type SubgraphName } from "#shared/subgraphs.js";
import type { GatewayEnv } from "./env.js";
import { SignedDataSource } from "./signed-data-source.js";
import { checkInputScalars } from "./protections/input-scalars.js";

export function subgraphUrls(env: GatewayEnv): Record<SubgraphName, string> {
  const local = (port: number) => `http://127.0.0.1:${port}/graphql`;
  return {
    auth: env.AUTH_SUBGRAPH_URL ?? local(env.AUTH_PORT),
    admin: env.ADMIN_SUBGRAPH_URL ?? local(env.ADMIN_PORT),
    tradeflow: env.TRADEFLOW_SUBGRAPH_URL ?? local(env.TRADEFLOW_PORT),
    model: env.MODEL_SUBGRAPH_URL ?? local(env.MODEL_PORT),
  };
}

/** The supergraph (committed file, or composed live in development) and signed requests to the subgraphs. */
export function createSupergraphGateway(
  env: GatewayEnv,
  urls: Record<SubgraphName, string>,
  logger: Logger,
): ApolloGateway {
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
        env.SUBGRAPH_TIMEOUT_MS,
      ),
    logger: {
      debug: (message) => logger.debug(String(message)),
      info: (message) => logger.info(String(message)),
      warn: (message) => logger.warn(String(message)),
      error: (message) => logger.error(String(message)),
    },
  });
  checkInputScalars(gateway);
  return gateway;
}
