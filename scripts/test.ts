import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { inheritedEnvironment, loadToolingEnvOrExit } from "./env.js";
import { dropDatabase, migrate } from "./db/migrations.js";
import { seedDemoData } from "./db/demo-data.js";
import { PrivateNatsServer } from "./nats/server.js";

/**
 * `npm test`: a fresh database (migrated and seeded) and a fresh nats-server for this run, then every
 * tests/**\/*.test.ts but tests/resilience/ under Node's test runner (tests/unit/ as one file, its index.ts),
 * then both are removed. Pass file or directory paths to run only those (`npm run test:resilience` passes
 * tests/resilience).
 *
 * The nats-server is started from nats/nats-server.conf, so the tests run under the permissions of
 * production. Its own server (rather than an EVENT_NAMESPACE on a shared one) keeps those permissions
 * exact: they name streams and subjects without a namespace prefix, and runs side by side never meet.
 */
const env = loadToolingEnvOrExit({ EVENT_NAMESPACE: "" });
const logger = createLogger("test", "info");
const root = path.resolve(import.meta.dirname, "..");
const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/ct_test_${runId}`;
  return url.toString();
})();

/** Slow scenarios that kill and restart servers: `npm run test:resilience`, a CI step of their own. */
const RESILIENCE_DIR = path.join("tests", "resilience");

const UNIT_DIR = path.join("tests", "unit");
const UNIT_SUITE = path.join(UNIT_DIR, "index.ts");

/** Every *.test.ts under `dir` (relative to the repository root), sorted. */
function testFilesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => path.join(dir, file))
    .sort();
}

// Arguments are test files or directories; none means every test but the resilience suite.
const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const files = requested.length
  ? requested.flatMap((arg) => (statSync(path.resolve(root, arg)).isDirectory() ? testFilesUnder(arg) : [arg]))
  : [
      // The unit files in one process (tests/unit/index.ts imports them all): a process per file cost more
      // in start-ups than the tests themselves (~20 s of CPU here).
      UNIT_SUITE,
      ...testFilesUnder("tests").filter(
        (file) => !file.startsWith(RESILIENCE_DIR + path.sep) && !file.startsWith(UNIT_DIR + path.sep),
      ),
    ];

let exitCode = 1;
const nats = await PrivateNatsServer.create(env, logger);
try {
  await nats.start();
  await migrate(databaseUrl);
  const db = createDb(databaseUrl);
  await seedDemoData(db, { nodeEnv: "test" });
  await db.$disconnect();
  logger.info({ database: `ct_test_${runId}`, nats: nats.url, files: files.length }, "test run prepared");

  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--test", "--test-concurrency=1", "--test-reporter=spec", ...files],
      {
        cwd: root,
        stdio: "inherit",
        env: {
          ...inheritedEnvironment(),
          NODE_ENV: "test",
          DATABASE_URL: databaseUrl,
          NATS_URL: nats.url,
          EVENT_NAMESPACE: "",
          // Runs side by side share the machine's Redis: each keeps to its own keys.
          REDIS_KEY_PREFIX: `ct:test_${runId}:`,
          LOG_LEVEL: env.LOG_LEVEL === "warn" ? "silent" : env.LOG_LEVEL,
          APOLLO_TELEMETRY_DISABLED: "true",
        },
      },
    );
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} catch (error) {
  logger.fatal({ err: error }, "test run could not be prepared");
} finally {
  await dropDatabase(databaseUrl).catch((error) => logger.warn({ err: error }, "could not drop the test database"));
  await nats.dispose().catch((error) => logger.warn({ err: error }, "could not stop the test nats-server"));
}
process.exit(exitCode);
