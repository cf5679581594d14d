import { parseEnv, serviceVariableNames } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const tradeflowEnvShape = subgraphEnvShape("tradeflow");

export function loadTradeflowEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port, NATS password and signing key variables, so one environment can start them all.
  return parseEnv("tradeflow", tradeflowEnvShape, source, serviceVariableNames("tradeflow"));
}

export type TradeflowEnv = ReturnType<typeof loadTradeflowEnv>;
