import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { loadToolingEnvOrExit } from "../env.js";
import { rebuildRollups, rollupDifferences } from "../../subgraphs/tradeflow/src/modules/statistics/rollups.js";

/**
 * `npm run stats:rebuild`: recomputes the statistics rollups from the raw collections (after a restore,
 * a bulk import, or a change to what a rollup holds). `-- --check` only compares and exits 1 on a
 * difference. Safe while tradeflow runs: one transaction, and the consumer's refreshes wait for it.
 */
const env = loadToolingEnvOrExit();
const logger = createLogger("stats:rebuild", "info");
const db = createDb(env.DATABASE_URL);
try {
  if (process.argv.includes("--check")) {
    const differences = await rollupDifferences(db);
    for (const line of differences.slice(0, 20)) logger.error(line);
    if (differences.length) process.exitCode = 1;
    logger.info(
      { differences: differences.length },
      differences.length ? "rollups differ from the raw rows" : "rollups match the raw rows",
    );
  } else {
    const started = Date.now();
    const rows = await rebuildRollups(db);
    logger.info({ rows, ms: Date.now() - started }, "statistics rollups rebuilt");
  }
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
