import { parseEnv, SERVICE_PORTS } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const tradeflowEnvShape = subgraphEnvShape(SERVICE_PORTS.tradeflow);

export function loadTradeflowEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port variable, so one environment can start them all.
  return parseEnv("tradeflow", tradeflowEnvShape, source, { PORT: "TRADEFLOW_PORT", HOST: "TRADEFLOW_HOST" });
}

export type TradeflowEnv = ReturnType<typeof loadTradeflowEnv>;
