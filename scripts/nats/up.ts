import { createLogger } from "#shared/logger.js";
import { loadToolingEnvOrExit } from "../env.js";
import { ensureLocalNats } from "./server.js";

/**
 * `npm run nats`: the project's nats-server on NATS_URL (127.0.0.1:4223 by default), started from
 * nats/nats-server.conf in the background unless one runs there, with every stream provisioned.
 * Also what a deployment runs once before the services (after the migrations), with the real passwords.
 */
const env = loadToolingEnvOrExit();
const logger = createLogger("nats", "info");
try {
  const { started } = await ensureLocalNats(env, logger);
  logger.info({ url: env.NATS_URL, started }, `nats-server ${started ? "started" : "reused"}; streams provisioned`);
} catch (error) {
  logger.fatal({ err: error }, `NATS is not usable at ${env.NATS_URL}`);
  process.exit(1);
}
