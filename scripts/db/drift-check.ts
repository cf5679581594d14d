import { createLogger } from "#shared/logger.js";
import { loadToolingEnv } from "../env.js";
import { findDrift } from "./drift.js";

const logger = createLogger("db:drift", "info");
const problems = await findDrift(loadToolingEnv().DATABASE_URL);
if (problems.length > 0) {
  logger.error({ problems }, "schema.prisma and the database disagree");
  process.exitCode = 1;
} else {
  logger.info("schema.prisma and the database agree");
}
