import { parseEnv, serviceVariableNames } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const modelEnvShape = subgraphEnvShape("model");

export function loadModelEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port, NATS password and signing key variables, so one environment can start them all.
  return parseEnv("model", modelEnvShape, source, serviceVariableNames("model"));
}

export type ModelEnv = ReturnType<typeof loadModelEnv>;
