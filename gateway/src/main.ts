import { runMain } from "#shared/service/main.js";
import { loadGatewayEnv } from "./env.js";
import { startGateway } from "./server.js";

runMain("gateway", () => startGateway(loadGatewayEnv()));
