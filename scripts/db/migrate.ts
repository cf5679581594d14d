import { createLogger } from "#shared/logger.js";
import { loadToolingEnvOrExit } from "../env.js";
import { migrate } from "./migrations.js";

const env = loadToolingEnvOrExit();
const logger = createLogger("db:migrate", "info");
try {
  const result = await migrate(env.DATABASE_URL);
  logger.info(
    { applied: result.applied, upToDate: result.alreadyApplied.length },
    result.applied.length ? "migrations applied" : "database is up to date",
  );
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
