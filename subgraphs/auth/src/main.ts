import { runMain } from "#shared/service/main.js";
import { loadAuthEnv } from "./env.js";
import { startAuthService } from "./service.js";

runMain("auth", () => startAuthService(loadAuthEnv()));
