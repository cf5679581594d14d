import { startGateway } from "../../gateway/src/server.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { GraphQLClient } from "../../scripts/graphql-client.js";
import type { RunningHttpServer } from "#shared/http/subgraph-server.js";
import { createLogger } from "#shared/logger.js";
import type { Stack } from "./stack.js";
import { serviceEnvironment } from "./env.js";

export interface ExtraGateway extends RunningHttpServer {
  client: GraphQLClient;
}

/** One more gateway over `stack`'s subgraphs, configured by `overrides`; the caller closes it. */
export async function gatewayOver(stack: Stack, overrides: Record<string, string> = {}): Promise<ExtraGateway> {
  const gateway = await startGateway(
    loadGatewayEnv({
      ...serviceEnvironment(),
      GATEWAY_PORT: "0",
      GATEWAY_HOST: "127.0.0.1",
      AUTH_SUBGRAPH_URL: stack.services.auth.url,
      ADMIN_SUBGRAPH_URL: stack.services.admin.url,
      TRADEFLOW_SUBGRAPH_URL: stack.services.tradeflow.url,
      MODEL_SUBGRAPH_URL: stack.services.model.url,
      ...overrides,
    }),
    { logger: createLogger("gateway", "silent") },
  );
  return { ...gateway, client: new GraphQLClient(gateway.url) };
}
