import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { loadToolingEnvOrExit } from "../env.js";
import { seedDemoData } from "./demo-data.js";
import { seedReferenceData } from "./reference-data.js";

const env = loadToolingEnvOrExit();
const logger = createLogger("db:seed", "info");
const db = createDb(env.DATABASE_URL);
try {
  if (env.NODE_ENV === "production") {
    await seedReferenceData(db);
    logger.info("reference data in place (no demo accounts in production)");
  } else {
    const result = await seedDemoData(db, { nodeEnv: env.NODE_ENV });
    logger.info(result, "reference and demo data in place");
  }
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
