import { test } from "node:test";
import assert from "node:assert/strict";
import { Prisma } from "#shared/db/client.js";
import type { Tx } from "#shared/db/client.js";
import { bulkInsert, sqlLiteral, tupleWriterCount } from "#shared/db/bulk-insert.js";

// bulkInsert writes values into the statement: text is quoted as it is only when it holds nothing a quoted
// literal treats specially, and goes in as hex otherwise, so no value can end the literal.
test("text becomes the hex of its UTF-8 bytes unless every character is plain", () => {
  assert.equal(sqlLiteral("a'b"), "_utf8mb4 X'612762'");
  for (const hostile of [
    "'; DROP TABLE tradeflow_collection; --",
    "\\'",
    "\\",
    "\u0000",
    "é ✓ 🐄",
    "a\nb",
    '"',
    "%_",
    // Empty: MariaDB's EMPTY_STRING_IS_NULL would read '' as NULL.
    "",
  ]) {
    assert.match(sqlLiteral(hostile), /^_utf8mb4 X'[0-9a-f]*'$/, JSON.stringify(hostile));
  }
  for (const plain of [
    "XOF",
    "CT-26-ZF3XSZ",
    "84c01527-cc92-4268-af88-3f1b2c4d5e6f",
    "ingestion 2/179",
    "a@b.c+d:e,f",
  ]) {
    assert.equal(sqlLiteral(plain), `'${plain}'`);
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

/** A transaction that records the statements bulkInsert sends, each "inserting" the rows it holds. */
function recordingTx() {
  const statements: string[] = [];
  const tx = {
    $executeRawUnsafe: async (sql: string) => {
      statements.push(sql);
      return (sql.match(/\),\(/g)?.length ?? 0) + 1;
    },
  } as unknown as Tx;
  return { tx, statements };
}

test("a field a row leaves out takes the column's default, as with createMany; null stays NULL", async () => {
  const { tx, statements } = recordingTx();
  await bulkInsert(tx, "tradeflow_outbox_event", [
    { eventId: "a", type: "t", envelope: "{}", attempts: 2, traceId: null },
    { eventId: "b", type: "t", envelope: "{}", traceId: undefined },
  ]);
  assert.equal(statements.length, 1);
  assert.match(
    statements[0]!,
    /^INSERT INTO `tradeflow_outbox_event` \(`attempts`,`envelope`,`event_id`,`trace_id`,`type`\)/,
  );
  assert.match(statements[0]!, /VALUES \(2,[^)]*,NULL,[^)]*\),\(DEFAULT,[^)]*,DEFAULT,[^)]*\)$/);
});

test("a field name that is not a plain identifier is refused before any statement is sent", async () => {
  const { tx, statements } = recordingTx();
  for (const field of ["event`id", "eventId) VALUES (1); --", "", "EventId"]) {
    await assert.rejects(bulkInsert(tx, "tradeflow_outbox_event", [{ [field]: "x" }]), /is not a field name/);
  }
  assert.deepEqual(statements, []);
});

test("rows are split into statements under the length budget, each row whole and every row sent once", async () => {
  const { tx, statements } = recordingTx();
  // Text with a quote in it, written as hex, so that each tuple's length is known.
  const rows = Array.from({ length: 50 }, (_, index) => ({
    eventId: `e-${index}'`,
    type: "t'",
    envelope: "'".repeat(100),
  }));
  assert.equal(await bulkInsert(tx, "tradeflow_outbox_event", rows, { maxStatementLength: 2_000 }), 50);
  // Each row's tuple is ~250 characters: seven fit under 2,000 with the statement's head, the eighth does not.
  assert.deepEqual(
    statements.map((sql) => (sql.match(/\),\(/g)?.length ?? 0) + 1),
    [7, 7, 7, 7, 7, 7, 7, 1],
  );
  for (const sql of statements) assert.equal(sql.length <= 2_000, true, `${sql.length} characters`);
  const sent = statements.flatMap((sql) => [...sql.matchAll(/_utf8mb4 X'(652d[0-9a-f]*)'/g)].map((m) => m[1]));
  assert.deepEqual(
    sent,
    rows.map((row) => Buffer.from(row.eventId).toString("hex")),
  );
});

test("only a row's own keys become columns, and a row with none inserts every default", async () => {
  const { tx, statements } = recordingTx();
  const inherited = Object.create({ attempts: 9 }) as Record<string, unknown>;
  inherited.eventId = "own";
  await bulkInsert(tx, "tradeflow_outbox_event", [inherited]);
  await bulkInsert(tx, "tradeflow_outbox_event", [{}]);
  assert.deepEqual(statements, [
    "INSERT INTO `tradeflow_outbox_event` (`event_id`) VALUES ('own')",
    "INSERT INTO `tradeflow_outbox_event` () VALUES ()",
  ]);
});

test("the tuple writers kept stay bounded, whichever optional keys the rows leave out", async () => {
  const { tx } = recordingTx();
  const optional = ["attempts", "traceId", "claimedBy", "lastError", "publishedAt", "claimExpiresAt", "createdAt"];
  // 2^7 different field lists, each a writer of its own while it is used.
  for (let mask = 0; mask < 2 ** optional.length; mask++) {
    const row: Record<string, unknown> = { eventId: `e${mask}` };
    optional.forEach((field, bit) => {
      if (mask & (1 << bit)) row[field] = null;
    });
    await bulkInsert(tx, "tradeflow_outbox_event", [row]);
  }
  assert.equal(tupleWriterCount(), 64);
});
