import { parseEnv, serviceVariableNames } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const adminEnvShape = subgraphEnvShape("admin");

export function loadAdminEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port, NATS password and signing key variables, so one environment can start them all.
  return parseEnv("admin", adminEnvShape, source, serviceVariableNames("admin"));
}

export type AdminEnv = ReturnType<typeof loadAdminEnv>;
