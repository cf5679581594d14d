import { test, after } from "node:test";
import assert from "node:assert/strict";
import mariadb from "mariadb";
import { createDb, withoutTypeCast } from "#shared/db/client.js";
import { connectionOptions } from "#shared/db/connection-options.js";
import { testEnv } from "../support/env.js";

/**
 * The pool Prisma's adapter is given leaves out the adapter's per-value `typeCast` callback (shared/src/db/
 * client.ts, bench/README.md finding 59): on the pool and on a connection it lends (transactions), and the
 * values Prisma reads are the same.
 */
const db = createDb(testEnv.DATABASE_URL);
const pool = mariadb.createPool({ ...connectionOptions(testEnv.DATABASE_URL), connectionLimit: 2 });
after(async () => {
  await db.$disconnect();
  await pool.end();
});

let casts = 0;
const countedCast: mariadb.QueryOptions = {
  sql: "SELECT 1 AS one, CAST('12.50' AS DECIMAL(10,2)) AS amount",
  typeCast: (_field, next) => {
    casts += 1;
    return next();
  },
};
const ROW = [{ one: 1, amount: "12.50" }];

test("a statement sent with a typeCast callback decodes without it, on the pool and on a lent connection", async () => {
  // The driver calls the callback for each value when it is sent (what the adapter does for every statement).
  assert.deepEqual(await pool.query(countedCast), ROW);
  assert.equal(casts, 2);

  const connection = withoutTypeCast(await pool.getConnection());
  try {
    assert.deepEqual(await connection.query(countedCast), ROW);
  } finally {
    await connection.release();
  }
  assert.deepEqual(await withoutTypeCast(pool).query(countedCast), ROW);
  assert.equal(casts, 2, "no value went through the callback");
});

test("Prisma reads the same values through that pool, in and out of a transaction", async () => {
  const sql = `SELECT CAST('2026-11-20 09:30:00.123' AS DATETIME(3)) AS at, CAST('1200.500' AS DECIMAL(18,3)) AS quantity,
    JSON_OBJECT('a', 1) AS document, CAST(b'1' AS UNSIGNED) AS flag, 'é ✓' AS text, NULL AS nothing`;
  const expected = [
    {
      at: new Date("2026-11-20T09:30:00.123Z"),
      quantity: "1200.5",
      document: { a: 1 },
      flag: 1n,
      text: "é ✓",
      nothing: null,
    },
  ];
  const normalise = (rows: Record<string, unknown>[]) =>
    rows.map((row) => ({ ...row, quantity: String(row.quantity) }));
  assert.deepEqual(normalise(await db.$queryRawUnsafe(sql)), expected);
  assert.deepEqual(normalise(await db.$transaction((tx) => tx.$queryRawUnsafe(sql))), expected);
});
