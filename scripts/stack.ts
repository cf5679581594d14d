import { createLogger } from "#shared/logger.js";
import type { RunningService } from "#shared/service/subgraph.js";
import type { RunningHttpServer } from "#shared/http/subgraph-server.js";
import { loadAuthEnv } from "../subgraphs/auth/src/env.js";
import { startAuthService } from "../subgraphs/auth/src/service.js";
import { loadAdminEnv } from "../subgraphs/admin/src/env.js";
import { startAdminService } from "../subgraphs/admin/src/service.js";
import { loadTradeflowEnv } from "../subgraphs/tradeflow/src/env.js";
import { startTradeflowService } from "../subgraphs/tradeflow/src/service.js";
import { loadModelEnv } from "../subgraphs/model/src/env.js";
import { startModelService } from "../subgraphs/model/src/service.js";
import { loadGatewayEnv } from "../gateway/src/env.js";
import { startGateway } from "../gateway/src/server.js";
import { GraphQLClient } from "./graphql-client.js";

export interface Stack {
  gateway: GraphQLClient;
  gatewayUrl: string;
  services: { auth: RunningService; admin: RunningService; tradeflow: RunningService; model: RunningService };
  close(): Promise<void>;
}

/**
 * The real gateway and the four real subgraphs in this process, on free ports, configured by
 * `environment` (each service parses it with its own env module). Used by the tests and the benchmark.
 */
export async function startStack(environment: Record<string, string | undefined>): Promise<Stack> {
  const source: Record<string, string | undefined> = {
    ...environment,
    AUTH_PORT: "0",
    ADMIN_PORT: "0",
    TRADEFLOW_PORT: "0",
    MODEL_PORT: "0",
  };
  const level = source.LOG_LEVEL ?? "silent";
  const started: { close(): Promise<void> }[] = [];
  try {
    const auth = await startAuthService(loadAuthEnv(source), { logger: createLogger("auth", level) });
    started.push(auth);
    const admin = await startAdminService(loadAdminEnv(source), { logger: createLogger("admin", level) });
    started.push(admin);
    const tradeflow = await startTradeflowService(loadTradeflowEnv(source), {
      logger: createLogger("tradeflow", level),
    });
    started.push(tradeflow);
    const model = await startModelService(loadModelEnv(source), { logger: createLogger("model", level) });
    started.push(model);
    const gateway: RunningHttpServer = await startGateway(
      loadGatewayEnv({
        ...source,
        GATEWAY_PORT: "0",
        GATEWAY_HOST: "127.0.0.1",
        AUTH_SUBGRAPH_URL: auth.url,
        ADMIN_SUBGRAPH_URL: admin.url,
        TRADEFLOW_SUBGRAPH_URL: tradeflow.url,
        MODEL_SUBGRAPH_URL: model.url,
      }),
      { logger: createLogger("gateway", level) },
    );
    started.push(gateway);
    return {
      gateway: new GraphQLClient(gateway.url),
      gatewayUrl: gateway.url,
      services: { auth, admin, tradeflow, model },
      close: () => closeAll(started),
    };
  } catch (error) {
    await closeAll(started);
    throw error;
  }
}

async function closeAll(started: { close(): Promise<void> }[]): Promise<void> {
  for (const service of [...started].reverse()) await service.close();
}
