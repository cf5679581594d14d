import { setTimeout as sleep } from "node:timers/promises";
import mariadb from "mariadb";
import { createLogger } from "#shared/logger.js";
import { redactUrl, START_HINTS } from "#shared/service/dependency-errors.js";
import { inheritedEnvironment, loadToolingEnvOrExit } from "./env.js";
import { connectionConfig, migrate } from "./db/migrations.js";
import { ensureLocalNats } from "./nats/server.js";
import { parseReplicas, serviceCommands, type Replicas } from "./services.js";
import { Supervisor } from "./supervisor.js";

/**
 * `npm start`: checks MariaDB, starts the project's nats-server (nats/nats-server.conf) on 127.0.0.1:4223
 * unless one runs there, provisions the streams, applies migrations, seeds demo data into an empty database,
 * then runs the four subgraphs and the gateway with prefixed logs until Ctrl-C stops them all. A service that
 * dies is restarted with exponential backoff (scripts/supervisor.ts); the others keep running.
 * `npm start -- --replicas tradeflow=2,admin=2` runs two processes of those subgraphs (ports + 100), the
 * gateway spreading requests over them (docs/scale-out.md).
 */
const env = loadToolingEnvOrExit();
const logger = createLogger("start", "info");
const replicas = replicasFromArguments(process.argv.slice(2));

function replicasFromArguments(args: string[]): Replicas {
  const index = args.findIndex((arg) => arg === "--replicas" || arg.startsWith("--replicas="));
  if (index < 0) return {};
  const value = args[index]!.includes("=") ? args[index]!.slice("--replicas=".length) : args[index + 1];
  try {
    return parseReplicas(value ?? "");
  } catch (error) {
    return fail((error as Error).message);
  }
}

async function requireMariaDb(): Promise<void> {
  try {
    const connection = await mariadb.createConnection({
      ...connectionConfig(env.DATABASE_URL).config,
      connectTimeout: 3_000,
    });
    await connection.end();
  } catch (error) {
    fail(
      `MariaDB is not reachable at ${redactUrl(env.DATABASE_URL)} (${(error as Error).message.split("\n")[0]}). To start it: ${START_HINTS.mariadb}`,
    );
  }
}

async function requireNats(): Promise<void> {
  try {
    await ensureLocalNats(env, logger);
  } catch (error) {
    fail(`NATS is not usable at ${redactUrl(env.NATS_URL)} (${(error as Error).message}). ${START_HINTS.nats}`);
  }
}

function fail(message: string): never {
  logger.fatal(message);
  process.exit(1);
}

/**
 * Whether the database has no user yet (a fresh one). Read with the driver: a start that seeds nothing
 * (every start but the first) then never loads Prisma and its query compiler, the launcher's largest cost.
 */
async function hasNoUsers(): Promise<boolean> {
  const { config, database } = connectionConfig(env.DATABASE_URL);
  const connection = await mariadb.createConnection({ ...config, database });
  try {
    // admin_user is Prisma's `User` (prisma/schema.prisma, @@map).
    return (await connection.query("SELECT 1 FROM admin_user LIMIT 1")).length === 0;
  } finally {
    await connection.end();
  }
}

/** The reference data (production) or the demo data (development), into an empty database. */
async function seedEmptyDatabase(): Promise<void> {
  const [{ createDb }, { seedDemoData }, { seedReferenceData }] = await Promise.all([
    import("#shared/db/client.js"),
    import("./db/demo-data.js"),
    import("./db/reference-data.js"),
  ]);
  const db = createDb(env.DATABASE_URL);
  try {
    if (env.NODE_ENV === "production") {
      await seedReferenceData(db);
      logger.warn(
        "empty database: reference data seeded, but no demo accounts in production; create the first super admin by hand",
      );
    } else {
      await seedDemoData(db, { nodeEnv: env.NODE_ENV });
      logger.info("demo data seeded (accounts in README.md, password Demo!2026pass)");
    }
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  await requireMariaDb();
  // NATS before the migrations, not beside them: a NATS failure exits, and must not cut a migration in half.
  await requireNats();
  const migrations = await migrate(env.DATABASE_URL).catch((error: Error) => fail(error.message));
  logger.info({ applied: migrations.applied }, "database migrated");
  if (await hasNoUsers()) await seedEmptyDatabase();
  startServices();
}

function startServices(): void {
  const supervisor = new Supervisor(serviceCommands(inheritedEnvironment(), { replicas }), {
    logger,
    output: "prefix",
  });
  supervisor.stopOnSignals(() => process.exit(0));
  supervisor.start();

  void (async () => {
    const port = env.GATEWAY_PORT;
    for (let attempt = 0; attempt < 120; attempt += 1) {
      await sleep(500);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) {
        logger.info(
          `Commerce Tracking is up: http://localhost:${port}/graphql (Apollo Sandbox in a browser). Ctrl-C stops everything.`,
        );
        return;
      }
    }
    logger.warn(`the gateway is not ready after 60 s; see the logs above (GET http://localhost:${port}/health/ready)`);
  })();
}

void main();
