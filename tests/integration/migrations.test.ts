import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mariadb from "mariadb";
import { connectionConfig, migrate, MIGRATIONS_DIR } from "../../scripts/db/migrations.js";
import { findDrift } from "../../scripts/db/drift.js";
import { testEnv } from "../support/env.js";
import { dropDatabase, scratchDatabaseUrl } from "../support/databases.js";

const scratch: string[] = [];
after(async () => {
  for (const url of scratch) await dropDatabase(url);
});

async function query<T>(databaseUrl: string, sql: string): Promise<T[]> {
  const { config, database } = connectionConfig(databaseUrl);
  const connection = await mariadb.createConnection({ ...config, database });
  try {
    return await connection.query(sql);
  } finally {
    await connection.end();
  }
}

test("the drift check finds nothing between schema.prisma and the migrated database", async () => {
  assert.deepEqual(await findDrift(testEnv.DATABASE_URL), []);
});

test("migrations are recorded in _prisma_migrations the way Prisma records them, and re-running applies nothing", async () => {
  const url = scratchDatabaseUrl("migrate");
  scratch.push(url);
  const first = await migrate(url);
  const names = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  assert.deepEqual(first.applied, names);
  const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
    url,
    "SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
  );
  assert.deepEqual(rows.map((r) => r.migration_name), names);
  for (const row of rows) {
    const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
    assert.equal(row.checksum, createHash("sha256").update(sql).digest("hex"));
    assert.ok(row.finished_at instanceof Date);
    assert.equal(Number(row.applied_steps_count), 1);
    assert.equal(row.rolled_back_at, null);
  }
  const second = await migrate(url);
  assert.deepEqual(second.applied, []);
  assert.deepEqual(second.alreadyApplied, names);
});

test("a migration edited after it was applied is refused", async () => {
  const url = scratchDatabaseUrl("edited");
  scratch.push(url);
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  try {
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, { migrationsDir: dir });
    const first = readdirSync(dir).filter((name) => !name.endsWith(".toml")).sort()[0]!;
    const file = path.join(dir, first, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- edited\n`);
    await assert.rejects(migrate(url, { migrationsDir: dir }), /was changed after it was applied/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the drift check fails when a migration omits a column that schema.prisma declares", async () => {
  const url = scratchDatabaseUrl("drift");
  scratch.push(url);
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  try {
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readdirSync(dir).filter((name) => !name.endsWith(".toml")).sort()[0]!;
    const file = path.join(dir, first, "migration.sql");
    const original = readFileSync(file, "utf8");
    // A column no later migration reads (later data migrations read hs_code, nature_id…).
    const withoutActive = original.replace(/(CREATE TABLE `model_product` \([\s\S]*?)    `active` BOOLEAN NOT NULL DEFAULT true,\n/, "$1");
    assert.notEqual(withoutActive, original, "the fixture must really drop a column");
    writeFileSync(file, withoutActive);
    await migrate(url, { migrationsDir: dir });
    const problems = await findDrift(url);
    assert.deepEqual(problems, ["Product.active: column `model_product`.`active` is missing"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
