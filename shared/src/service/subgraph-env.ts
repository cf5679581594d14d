import { commonEnv, dataEnv, diagnosticsEnv, gatewayTrustEnv, listenEnv } from "../env.js";

/** Variables every subgraph reads; a subgraph's env module adds its own. */
export const subgraphEnvShape = (defaultPort: number) => ({
  ...commonEnv,
  ...dataEnv,
  ...gatewayTrustEnv,
  ...diagnosticsEnv,
  ...listenEnv(defaultPort),
});
