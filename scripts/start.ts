import { setTimeout as sleep } from "node:timers/promises";
import mariadb from "mariadb";
import { ROLE_IDS, ROLES } from "#shared/auth/claims.js";
import { createLogger } from "#shared/logger.js";
import { redactUrl, START_HINTS } from "#shared/service/dependency-errors.js";
import { inheritedEnvironment, loadToolingEnvOrExit } from "./env.js";
import { connectionConfig, migrate } from "./db/migrations.js";
import { ensureLocalNats } from "./nats/server.js";
import { parseReplicas, serviceCommands, type Replicas } from "./services.js";
import { Supervisor } from "./supervisor.js";

/**
 * `npm start`: checks MariaDB, starts the project's nats-server (nats/nats-server.conf) on 127.0.0.1:4223
 * unless one runs there, provisions the streams, applies migrations, seeds an empty database (demo data in
 * development, reference data only in production), then runs the four subgraphs and the gateway with
 * prefixed logs until Ctrl-C stops them all. A service that dies is restarted with exponential backoff
 * (scripts/supervisor.ts); the others keep running.
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
 * What the database holds already, read with the driver: a start that seeds nothing (every start but the
 * first) then never loads Prisma and its query compiler, the launcher's largest cost. Table names are
 * Prisma's `@@map`s (prisma/schema.prisma). The reference seed writes the roles last, so a full set of them
 * says it completed (a database seeded before roles were reference data gets them now).
 */
async function seededState(): Promise<{ users: boolean; referenceData: boolean }> {
  const { config, database } = connectionConfig(env.DATABASE_URL);
  const connection = await mariadb.createConnection({ ...config, database });
  try {
    const [users, [roles]] = await Promise.all([
      connection.query("SELECT 1 FROM admin_user LIMIT 1"),
      // The roles with their fixed ids: a row added by hand neither counts nor makes every start seed again.
      connection.query(
        `SELECT COUNT(*) AS count FROM admin_role WHERE (id, code) IN (${ROLES.map(() => "(?, ?)").join(", ")})`,
        ROLES.flatMap((code) => [ROLE_IDS[code], code]),
      ),
    ]);
    return { users: users.length > 0, referenceData: Number(roles.count) === ROLES.length };
  } finally {
    await connection.end();
  }
}

/**
 * Development: the demo data (reference data and accounts) into a database without users. Production: the
 * reference data into a database without it, and no accounts ever; until somebody creates the first super
 * administrator each start says so, without seeding again (it would cost every start ~2 CPU s for nothing).
 */
async function seedWhatIsMissing(): Promise<void> {
  const state = await seededState();
  const production = env.NODE_ENV === "production";
  if (production && !state.users) {
    logger.warn(
      "no user account yet, and production seeds none: create the first with npm run users:create-super-admin",
    );
  }
  if (production ? state.referenceData : state.users) return;
  const [{ createDb }, { seedDemoData }, { seedReferenceData }] = await Promise.all([
    import("#shared/db/client.js"),
    import("./db/demo-data.js"),
    import("./db/reference-data.js"),
  ]);
  const db = createDb(env.DATABASE_URL);
  try {
    if (production) {
      await seedReferenceData(db);
      logger.info("reference data seeded");
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
  await seedWhatIsMissing();
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
