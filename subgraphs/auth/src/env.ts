import { jwtEnv, parseEnv, SERVICE_PORTS } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const authEnvShape = { ...subgraphEnvShape(SERVICE_PORTS.auth), ...jwtEnv };

export function loadAuthEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port variable, so one environment can start them all.
  return parseEnv("auth", authEnvShape, source, { PORT: "AUTH_PORT", HOST: "AUTH_HOST" });
}

export type AuthEnv = ReturnType<typeof loadAuthEnv>;
