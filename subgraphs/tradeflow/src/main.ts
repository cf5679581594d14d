import { runMain } from "#shared/service/main.js";
import { loadTradeflowEnv } from "./env.js";
import { startTradeflowService } from "./service.js";

runMain("tradeflow", () => startTradeflowService(loadTradeflowEnv()));
