import { parseEnv, SERVICE_PORTS } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const modelEnvShape = subgraphEnvShape(SERVICE_PORTS.model);

export function loadModelEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port variable, so one environment can start them all.
  return parseEnv("model", modelEnvShape, source, { PORT: "MODEL_PORT", HOST: "MODEL_HOST" });
}

export type ModelEnv = ReturnType<typeof loadModelEnv>;
