import { commonEnv, dataEnv, gatewayTrustEnv, listenEnv } from "../env.js";

/** Variables every subgraph reads; a subgraph's env module adds its own. */
export const subgraphEnvShape = (defaultPort: number) => ({
  ...commonEnv,
  ...dataEnv,
  ...gatewayTrustEnv,
  ...listenEnv(defaultPort),
});
