import { runMain } from "#shared/service/main.js";
import { loadAdminEnv } from "./env.js";
import { startAdminService } from "./service.js";

runMain("admin", () => startAdminService(loadAdminEnv()));
