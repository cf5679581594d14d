import type { PrismaClient } from "../db/client.js";
import { createDb } from "../db/client.js";
import { createLogger, type Logger } from "../logger.js";
import { ConfigError, redactUrl } from "../env.js";
import { DependencyUnavailableError, START_HINTS } from "./dependency-errors.js";
import { connectNats, type NatsHandle, type NatsSettings } from "../events/nats.js";
import { ensureStreams } from "../events/streams.js";
import type { EventService } from "../events/signing.js";
import { OutboxRelay, type OutboxTable } from "../events/outbox.js";
import { SettingsStore } from "../config/store.js";
import { ServiceMetrics } from "../http/metrics.js";
import { databaseCheck, natsCheck, type DependencyCheck } from "../health.js";

/** The relay's polling runs on its own clock; counting it would blur the per-request figures. */
const OUTBOX_PLUMBING = /_outbox_event`?|_processed_event`?/;

export interface ServiceRuntime {
  name: string;
  /** The system settings, live (admin.config.changed). */
  settings: SettingsStore;
  logger: Logger;
  db: PrismaClient;
  nats: NatsHandle;
  relay: OutboxRelay;
  readinessChecks: Record<string, DependencyCheck>;
  /** SQL statements sent so far, when SQL_STATEMENT_COUNTING is on (tests, benchmark). */
  sqlStatements(): number;
  metrics: ServiceMetrics;
  outboxTable: OutboxTable;
}

export interface RuntimeOptions {
  /** The service, which owns the stream of the same name (created or updated at start). */
  name: EventService;
  logLevel: string;
  databaseUrl: string;
  nats: NatsSettings;
  outboxTable: OutboxTable;
  countSqlStatements?: boolean;
  logger?: Logger;
}

/** Connects a service to MariaDB and NATS (failing with a clear hint), prepares streams, starts its relay. */
export async function createRuntime(options: RuntimeOptions): Promise<ServiceRuntime> {
  const logger = options.logger ?? createLogger(options.name, options.logLevel);
  let statements = 0;
  const db = createDb(
    options.databaseUrl,
    options.countSqlStatements ? { onQuery: (sql) => (statements += OUTBOX_PLUMBING.test(sql) ? 0 : 1) } : {},
  );
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    await db.$disconnect().catch(() => undefined);
    throw new DependencyUnavailableError("MariaDB", redactUrl(options.databaseUrl), START_HINTS.mariadb, error);
  }
  let nats: NatsHandle;
  try {
    nats = await connectNats(options.nats, options.name, logger);
  } catch (error) {
    await db.$disconnect().catch(() => undefined);
    if (error instanceof ConfigError) throw error;
    throw new DependencyUnavailableError("NATS", redactUrl(options.nats.url), START_HINTS.nats, error);
  }
  // A service may configure only its own stream; the others, and the dead letters, are provisioned
  // by the tooling (scripts/nats/streams.ts) before any service starts.
  await ensureStreams(nats.jsm, [options.name], options.nats.namespace);
  const relay = new OutboxRelay({
    db,
    table: options.outboxTable,
    nats,
    logger: logger.child({ component: "outbox" }),
  });
  relay.start();
  const settings = new SettingsStore(logger.child({ component: "settings" }));
  await settings.start(nats);
  const metrics = new ServiceMetrics(options.name, {
    outboxBacklog: async () => {
      const [row] = await db.$queryRawUnsafe<{ backlog: bigint | number }[]>(
        `SELECT COUNT(*) AS backlog FROM \`${options.outboxTable}\` WHERE published_at IS NULL`,
      );
      return Number(row?.backlog ?? 0);
    },
  });
  return {
    name: options.name,
    settings,
    logger,
    db,
    nats,
    relay,
    readinessChecks: { database: databaseCheck(db), nats: natsCheck(nats) },
    sqlStatements: () => statements,
    metrics,
    outboxTable: options.outboxTable,
  };
}
