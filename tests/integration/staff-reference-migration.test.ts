import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mariadb from "mariadb";
import { connectionConfig, migrate, MIGRATIONS_DIR } from "../../scripts/db/migrations.js";
import { findDrift } from "../../scripts/db/drift.js";
import { dropDatabase, scratchDatabaseUrl } from "../support/databases.js";

const MIGRATION = "20261127034614_staff_and_reference_catalogue";
const scratch: string[] = [];
after(async () => {
  for (const url of scratch) await dropDatabase(url);
});

async function run<T>(databaseUrl: string, statements: string[]): Promise<T[][]> {
  const { config, database } = connectionConfig(databaseUrl);
  const connection = await mariadb.createConnection({ ...config, database });
  try {
    const results: T[][] = [];
    for (const sql of statements) results.push(await connection.query(sql));
    return results;
  } finally {
    await connection.end();
  }
}

test("the staff and reference-catalogue migration keeps every existing row and fills the new columns from them", async () => {
  const url = scratchDatabaseUrl("staffmig");
  scratch.push(url);
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  try {
    // The database as it was before this migration, with data in it.
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    // This migration and every later one are left out: the schema is the one this migration found.
    for (const name of readdirSync(dir)) {
      if (name >= MIGRATION && !name.endsWith(".toml")) rmSync(path.join(dir, name), { recursive: true });
    }
    await migrate(url, { createDatabase: true, migrationsDir: dir });
    await run(url, [
      "INSERT INTO admin_role (id, code, name) VALUES (3, 'AGENT', 'Agent')",
      "INSERT INTO admin_user (id, full_name, email, role_id, updated_at) VALUES (7, 'Awa Ouédraogo Sawadogo', 'awa@ex.ct', 3, NOW(3))",
      "INSERT INTO admin_user (id, full_name, phone, role_id, updated_at) VALUES (8, 'Moussa', '+22670000099', 3, NOW(3))",
      "INSERT INTO admin_lookup_value (id, kind, code, name, name_en, updated_at) VALUES (5, 'ORGANISATION', 'ONG_X', 'ONG X', 'NGO X', NOW(3))",
      "INSERT INTO admin_lookup_value (id, kind, code, name, name_en, updated_at) VALUES (6, 'TRANSPORT_MODE', 'TRUCK', 'Camion', 'Truck', NOW(3))",
      "INSERT INTO model_classification (id, kind, code, name, name_en, updated_at) VALUES (4, 'PRODUCT_NATURE', 'AGRI', 'Agricole', 'Agricultural', NOW(3))",
      "INSERT INTO model_product (id, code, name, hs_code, nature_id, updated_at) VALUES (9, 'MAIZE', 'Maïs', '1005.90', 4, NOW(3))",
      "INSERT INTO model_product (id, code, name, updated_at) VALUES (10, 'FONIO', 'Fonio', NOW(3))",
      "INSERT INTO model_unit (id, code, name, name_en, dimension, factor, updated_at) VALUES (2, 't', 'Tonne', 'Tonne', 'MASS', 1000, NOW(3))",
    ]);
    const before = await run<Record<string, unknown>>(url, [
      "SELECT id, full_name, email, phone, role_id, active FROM admin_user ORDER BY id",
      "SELECT id, kind, code, name, name_en, active FROM admin_lookup_value ORDER BY id",
      "SELECT id, code, name, hs_code, nature_id FROM model_product ORDER BY id",
      "SELECT id, code, dimension, factor FROM model_unit ORDER BY id",
      "SELECT id, kind, code FROM model_classification ORDER BY id",
    ]);

    cpSync(path.join(MIGRATIONS_DIR, MIGRATION), path.join(dir, MIGRATION), { recursive: true });
    const applied = await migrate(url, { migrationsDir: dir });
    assert.deepEqual(applied.applied, [MIGRATION]);

    const afterwards = await run<Record<string, unknown>>(url, [
      "SELECT id, full_name, email, phone, role_id, active FROM admin_user ORDER BY id",
      "SELECT id, kind, code, name, name_en, active FROM admin_lookup_value ORDER BY id",
      "SELECT id, code, name, hs_code, nature_id FROM model_product ORDER BY id",
      "SELECT id, code, dimension, factor FROM model_unit ORDER BY id",
      "SELECT id, kind, code FROM model_classification ORDER BY id",
    ]);
    assert.deepEqual(afterwards, before, "every existing row keeps its values");

    const [names, natures] = await run<Record<string, unknown>>(url, [
      "SELECT id, first_name, last_name FROM admin_user ORDER BY id",
      "SELECT product_id, nature_id, hs_code FROM model_product_nature ORDER BY product_id",
    ]);
    assert.deepEqual(names, [
      { id: 7, first_name: "Awa", last_name: "Ouédraogo Sawadogo" },
      { id: 8, first_name: "Moussa", last_name: null },
    ]);
    assert.deepEqual(
      natures,
      [{ product_id: 9, nature_id: 4, hs_code: "1005.90" }],
      "a product's nature and HS code become its first nature",
    );

    // The widened enums and the nullable factor take the new values.
    await run(url, [
      "INSERT INTO admin_lookup_value (kind, code, name, name_en, updated_at) VALUES ('SEASON', 'DRY', 'Saison sèche', 'Dry season', NOW(3))",
      "INSERT INTO model_unit (code, name, name_en, dimension, updated_at) VALUES ('tas', 'Tas', 'Heap', 'MASS', NOW(3))",
    ]);
    // With the migrations that came after it, the database matches schema.prisma exactly.
    await migrate(url, { migrationsDir: MIGRATIONS_DIR });
    assert.deepEqual(await findDrift(url), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
