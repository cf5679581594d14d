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
  const names = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  assert.deepEqual(first.applied, names);
  const rows = await query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    applied_steps_count: number;
    rolled_back_at: Date | null;
  }>(
    url,
    "SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
  );
  assert.deepEqual(
    rows.map((r) => r.migration_name),
    names,
  );
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
    const first = readdirSync(dir)
      .filter((name) => !name.endsWith(".toml"))
      .sort()[0]!;
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
    const first = readdirSync(dir)
      .filter((name) => !name.endsWith(".toml"))
      .sort()[0]!;
    const file = path.join(dir, first, "migration.sql");
    const original = readFileSync(file, "utf8");
    // A column no later migration reads (later data migrations read hs_code, nature_id…).
    const withoutActive = original.replace(
      /(CREATE TABLE `model_product` \([\s\S]*?)    `active` BOOLEAN NOT NULL DEFAULT true,\n/,
      "$1",
    );
    assert.notEqual(withoutActive, original, "the fixture must really drop a column");
    writeFileSync(file, withoutActive);
    await migrate(url, { migrationsDir: dir });
    const problems = await findDrift(url);
    assert.deepEqual(problems, ["Product.active: column `model_product`.`active` is missing"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the collection fields migration keeps every existing row and gives each collection a public id", async () => {
  const url = scratchDatabaseUrl("fields");
  scratch.push(url);
  const fieldsMigration = "20261127041954_collection_fields";
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  try {
    // The database as it was before the migration, with collections recorded then.
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const later = readdirSync(dir).filter((name) => !name.endsWith(".toml") && name >= fieldsMigration);
    for (const name of later) rmSync(path.join(dir, name), { recursive: true });
    await migrate(url, { migrationsDir: dir });
    const [first, second] = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"];
    await query(
      url,
      `INSERT INTO tradeflow_collection (id, collector_id, collected_at, status, notes, driver_has_vehicle_documents,
         created_at, updated_at)
       VALUES ('${first}', 7, '2025-12-30 08:00:00', 'VALIDATED', 'avant la migration', 1,
         '2025-12-30 09:00:00', '2025-12-30 09:00:00'),
         ('${second}', 7, '2026-01-02 08:00:00', 'SUBMITTED', NULL, NULL,
         '2026-01-02 09:00:00', '2026-01-02 09:00:00')`,
    );
    await query(
      url,
      `INSERT INTO tradeflow_collection_item (id, collection_id, position, product_id, quantity, unit_code)
       VALUES ('${first.replace("1111-4", "1111-5")}', '${first}', 1, 3, 12.000, 'SACK_100KG')`,
    );
    await query(
      url,
      `INSERT INTO tradeflow_collection_control (id, collection_id, position, duration, tax_types, illegal_fees)
       VALUES ('${first.replace("1111-4", "1111-6")}', '${first}', 1, 'FROM_15_TO_30_MIN', 'Taxe communale', 2000.00)`,
    );
    await query(
      url,
      `INSERT INTO tradeflow_collection_validation (collection_id, level, action, from_status, to_status, actor_id,
         actor_role, revision, score)
       VALUES ('${first}', 2, 'APPROVE', 'SUBMITTED', 'VALIDATED', 9, 'SUPERVISOR', 1, 88)`,
    );

    const result = await migrate(url);
    assert.deepEqual(result.applied, later.sort());
    assert.deepEqual(
      await query(
        url,
        `SELECT id, public_id, status, notes, driver_has_vehicle_documents, market_day
         FROM tradeflow_collection ORDER BY id`,
      ),
      [
        {
          id: first,
          public_id: "CT-25-000001",
          status: "VALIDATED",
          notes: "avant la migration",
          driver_has_vehicle_documents: 1,
          market_day: null,
        },
        {
          id: second,
          public_id: "CT-26-000002",
          status: "SUBMITTED",
          notes: null,
          driver_has_vehicle_documents: null,
          market_day: null,
        },
      ],
    );
    assert.deepEqual(
      await query(url, "SELECT quantity, unit_code, weight_source, animal_categories FROM tradeflow_collection_item"),
      [{ quantity: "12.000", unit_code: "SACK_100KG", weight_source: null, animal_categories: null }],
    );
    assert.deepEqual(
      await query(
        url,
        "SELECT duration, duration_bucket, other_tax_type, illegal_fees FROM tradeflow_collection_control",
      ),
      [
        {
          duration: "FROM_15_TO_30_MIN",
          duration_bucket: null,
          other_tax_type: "Taxe communale",
          illegal_fees: "2000.00",
        },
      ],
      "the free-text tax types live on as other_tax_type",
    );
    assert.deepEqual(
      await query(
        url,
        "SELECT action, score, priority_level, verification_method FROM tradeflow_collection_validation",
      ),
      [{ action: "APPROVE", score: 88, priority_level: null, verification_method: null }],
    );
    // A row written without a public id (seed, bench) draws one from the column's default.
    const third = "33333333-3333-4333-8333-333333333333";
    await query(
      url,
      `INSERT INTO tradeflow_collection (id, collector_id, collected_at, updated_at)
       VALUES ('${third}', 7, NOW(3), NOW(3))`,
    );
    const [drawn] = await query<{ public_id: string }>(
      url,
      `SELECT public_id FROM tradeflow_collection WHERE id = '${third}'`,
    );
    assert.match(drawn!.public_id, /^CT-\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/);
    assert.deepEqual(await findDrift(url), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
