import { test } from "node:test";
import assert from "node:assert/strict";
import { Prisma } from "#shared/db/client.js";
import { sqlLiteral } from "#shared/db/bulk-insert.js";

// bulkInsert writes values into the statement: text only ever as hex, so no value can end the literal.
test("text becomes the hex of its UTF-8 bytes, whatever it holds", () => {
  assert.equal(sqlLiteral("a'b"), "_utf8mb4 X'612762'");
  assert.equal(sqlLiteral(""), "_utf8mb4 X''");
  for (const hostile of ["'; DROP TABLE tradeflow_collection; --", "\\'", "\u0000", "é ✓ 🐄"]) {
    assert.match(sqlLiteral(hostile), /^_utf8mb4 X'[0-9a-f]*'$/);
  }
});

test("numbers, booleans, dates and decimals are written exactly; anything else is refused", () => {
  assert.deepEqual([null, undefined, true, false, 42, -1.5, 12345678901234567890n].map(sqlLiteral), [
    "NULL",
    "NULL",
    "1",
    "0",
    "42",
    "-1.5",
    "12345678901234567890",
  ]);
  assert.equal(sqlLiteral(new Date("2026-11-20T09:30:00.123Z")), "'2026-11-20 09:30:00.123'");
  assert.equal(sqlLiteral(new Prisma.Decimal("0.0000001")), "0.0000001");
  assert.equal(sqlLiteral(new Prisma.Decimal("22500.50")), "22500.5");
  assert.throws(() => sqlLiteral(Number.NaN), /not a number/);
  assert.throws(() => sqlLiteral(new Date("nope")), /invalid date/);
  assert.throws(() => sqlLiteral({ toString: () => "1); DROP TABLE x; --" }), /cannot write/);
});
