import { test, after } from "node:test";
import assert from "node:assert/strict";
import mariadb from "mariadb";
import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { createDb, Prisma, PrismaClient, leanStatements } from "#shared/db/client.js";
import { connectionOptions } from "#shared/db/connection-options.js";
import { testEnv } from "../support/env.js";

/**
 * The pool Prisma's adapter is given leaves out the adapter's per-value `typeCast` callback and its empty lists
 * of values (`leanStatements` in shared/src/db/client.ts, bench/README.md findings 59 and 63): on the pool and
 * on a connection it lends (transactions), and the values Prisma reads are the same.
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

  const connection = leanStatements(await pool.getConnection());
  try {
    assert.deepEqual(await connection.query(countedCast), ROW);
  } finally {
    await connection.release();
  }
  assert.deepEqual(await leanStatements(pool).query(countedCast), ROW);
  assert.equal(casts, 2, "no value went through the callback");
});

/** Prisma's client on the adapter's own pool, as createDb made it before: the reference for the values. */
const stock = new PrismaClient({
  adapter: new PrismaMariaDb(
    { ...connectionOptions(testEnv.DATABASE_URL), connectionLimit: 2 },
    { useTextProtocol: true },
  ),
});
after(() => stock.$disconnect());

test("createDb's pool sends no typeCast: GEOMETRY, the one type the callback was for (no column of ours), is refused", async () => {
  const sql = "SELECT ST_GeomFromText('POINT(1 1)') AS shape";
  const [row] = await stock.$queryRawUnsafe<{ shape: unknown }[]>(sql);
  assert.ok(row!.shape instanceof Uint8Array, "the adapter's own pool reads it through the callback");
  await assert.rejects(db.$queryRawUnsafe(sql));
  await assert.rejects(db.$transaction((tx) => tx.$queryRawUnsafe(sql)));
});

test("Prisma reads every column type the same through that pool as through the adapter's own, in and out of a transaction", async () => {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS test_decoding (id INT PRIMARY KEY, flags BIT(3), flag BIT(1),
    bytes BLOB, fixed BINARY(4), day DATE, moment TIME(1), at DATETIME(3), big BIGINT UNSIGNED, whole DECIMAL(18,0),
    quantity DECIMAL(18,3), ratio DOUBLE, document JSON, text VARCHAR(40), nothing VARCHAR(10))`);
  try {
    await db.$executeRawUnsafe(`INSERT INTO test_decoding VALUES (1, b'101', b'1', X'00ff10', X'61626364', '2026-11-20',
      '09:30:00.5', '2026-11-20 09:30:00.123', 18446744073709551615, 123456789012345678, 1200.500, -0.25,
      '{"a": [1, "é"]}', 'é ✓ 🐄', NULL)`);
    const sql = "SELECT * FROM test_decoding";
    // Decimal.js objects compare by their text.
    const read = (rows: Record<string, unknown>[]) =>
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, value instanceof Prisma.Decimal ? value.toString() : value]),
        ),
      );
    const expected = read(await stock.$queryRawUnsafe(sql));
    assert.equal(expected.length, 1);
    assert.deepEqual(read(await db.$queryRawUnsafe(sql)), expected);
    assert.deepEqual(read(await db.$transaction((tx) => tx.$queryRawUnsafe(sql))), expected);
  } finally {
    await db.$executeRawUnsafe("DROP TABLE test_decoding");
  }
});

test("createDb's pool sends a statement without values as its text: the driver does not scan it for placeholders", async () => {
  // A `?` with no value: the driver refuses it itself (45016) when it scans the text, the server (1064) when it
  // was sent as it is. Prisma's adapter passes an empty list of values for every statement without parameters.
  const sql = "SELECT 1 AS one WHERE ? IS NULL";
  await assert.rejects(stock.$queryRawUnsafe(sql), /Code: `45016`/);
  await assert.rejects(db.$queryRawUnsafe(sql), /Code: `1064`/);
  await assert.rejects(
    db.$transaction((tx) => tx.$queryRawUnsafe(sql)),
    /Code: `1064`/,
  );
  // With values, placeholders are filled as before.
  assert.deepEqual(await db.$queryRawUnsafe("SELECT ? AS echo", "é"), [{ echo: "é" }]);
  assert.deepEqual(await db.$transaction((tx) => tx.$executeRawUnsafe("DO ?", 1)), 0);
});
