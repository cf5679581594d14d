import { runMain } from "#shared/service/main.js";
import { loadModelEnv } from "./env.js";
import { startModelService } from "./service.js";

runMain("model", () => startModelService(loadModelEnv()));
