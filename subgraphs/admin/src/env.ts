import { parseEnv, SERVICE_PORTS } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const adminEnvShape = subgraphEnvShape(SERVICE_PORTS.admin);

export function loadAdminEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port variable, so one environment can start them all.
  return parseEnv("admin", adminEnvShape, source, { PORT: "ADMIN_PORT", HOST: "ADMIN_HOST" });
}

export type AdminEnv = ReturnType<typeof loadAdminEnv>;
