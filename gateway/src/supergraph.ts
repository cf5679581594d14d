import { readFileSync } from "node:fs";
import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import type { Logger } from "#shared/logger.js";
import { SUBGRAPH_NAMES, SUPERGRAPH_PATH, defaultSubgraphUrl, type SubgraphName } from "#shared/subgraphs.js";
import type { GatewayEnv } from "./env.js";
import { SignedDataSource } from "./signed-data-source.js";
import { checkInputScalars } from "./protections/input-scalars.js";

/** Each subgraph's URLs: one per replica (`TRADEFLOW_SUBGRAPH_URL=http://…:4003/graphql,http://…:4103/graphql`). */
export function subgraphUrls(env: GatewayEnv): Record<SubgraphName, string[]> {
  const local = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const list = (urls: string | undefined, port: number) =>
    urls ? urls.split(",").map((url) => url.trim()) : [local(port)];
  return {
    auth: list(env.AUTH_SUBGRAPH_URL, env.AUTH_PORT),
    admin: list(env.ADMIN_SUBGRAPH_URL, env.ADMIN_PORT),
    tradeflow: list(env.TRADEFLOW_SUBGRAPH_URL, env.TRADEFLOW_PORT),
    model: list(env.MODEL_SUBGRAPH_URL, env.MODEL_PORT),
  };
}

/** The supergraph (committed file, or composed live in development) and signed requests to the subgraphs. */
export function createSupergraphGateway(
  env: GatewayEnv,
  urls: Record<SubgraphName, string[]>,
  logger: Logger,
): ApolloGateway {
  const gateway = new ApolloGateway({
    ...(env.SUPERGRAPH_MODE === "file"
      ? { supergraphSdl: readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH, "utf8") }
      : {
          supergraphSdl: new IntrospectAndCompose({
            subgraphs: SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name][0]! })),
            pollIntervalInMs: 10_000,
          }),
        }),
    // Route to the configured URLs rather than the ones recorded in the supergraph.
    buildService: ({ name }) =>
      new SignedDataSource(
        name,
        urls[name as SubgraphName] ?? [defaultSubgraphUrl(name as SubgraphName)],
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
