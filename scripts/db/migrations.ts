import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import mariadb from "mariadb";
import { connectionOptions } from "#shared/db/connection-options.js";
import { PROJECT_ROOT } from "#shared/project-root.js";

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

/** `_prisma_migrations` exactly as Prisma creates it on MySQL, so `prisma migrate deploy` agrees with us. */
const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {}

/** The driver settings of the project's connections (shared/src/db), without a database: it may not exist yet. */
export function connectionConfig(databaseUrl: string): { config: mariadb.ConnectionConfig; database: string } {
  const { database, ...shared } = connectionOptions(databaseUrl);
  if (!database || !/^[A-Za-z0-9_]+$/.test(database))
    throw new MigrationError(`invalid database name "${database ?? ""}" in DATABASE_URL`);
  return { database, config: { ...shared, multipleStatements: true, connectTimeout: 5_000 } };
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      // Prisma's checksum: SHA-256 of the file's bytes, hex.
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations in name order and records each in `_prisma_migrations` as Prisma does.
 * A migration already applied whose file has changed, or one that failed before, stops the run.
 * An advisory lock keeps concurrent runs (several services, parallel CI jobs) from racing.
 */
export async function migrate(
  databaseUrl: string,
  options: { createDatabase?: boolean; migrationsDir?: string } = {},
): Promise<MigrateResult> {
  const { config, database } = connectionConfig(databaseUrl);
  const connection = await mariadb.createConnection(config);
  try {
    if (options.createDatabase ?? true) {
      await connection.query(
        `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
      );
    }
    await connection.query(`USE \`${database}\``);
    const [lock] = await connection.query("SELECT GET_LOCK(?, 60) AS acquired", [`prisma_migrate:${database}`]);
    if (Number(lock.acquired) !== 1) throw new MigrationError("could not take the migration lock within 60 s");
    try {
      await connection.query(PRISMA_MIGRATIONS_TABLE);
      const rows: {
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
      }[] = await connection.query(
        "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations",
      );
      const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
      if (failed) {
        throw new MigrationError(
          `migration ${failed.migration_name} failed earlier; fix the database by hand, then delete its row in _prisma_migrations`,
        );
      }
      const done = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
      const result: MigrateResult = { applied: [], alreadyApplied: [] };
      for (const migration of await readMigrations(options.migrationsDir)) {
        const previous = done.get(migration.name);
        if (previous) {
          if (previous.checksum !== migration.checksum) {
            throw new MigrationError(
              `migration ${migration.name} was changed after it was applied; add a new migration instead`,
            );
          }
          result.alreadyApplied.push(migration.name);
          continue;
        }
        const id = randomUUID();
        await connection.query(
          "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, NOW(3), 0)",
          [id, migration.checksum, migration.name],
        );
        try {
          await connection.query(migration.sql);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await connection.query("UPDATE _prisma_migrations SET logs = ? WHERE id = ?", [message, id]);
          throw new MigrationError(`migration ${migration.name} failed: ${message}`);
        }
        await connection.query(
          "UPDATE _prisma_migrations SET finished_at = NOW(3), applied_steps_count = 1 WHERE id = ?",
          [id],
        );
        result.applied.push(migration.name);
      }
      return result;
    } finally {
      await connection.query("SELECT RELEASE_LOCK(?)", [`prisma_migrate:${database}`]);
    }
  } finally {
    await connection.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { config, database } = connectionConfig(databaseUrl);
  const connection = await mariadb.createConnection(config);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}
