import type { Tx } from "./client.js";

/** The tables bulk-inserted on hot paths; columns are snake_case of the Prisma field names. */
export type BulkTable =
  | "admin_audit_entry"
  | "admin_processed_event"
  | "tradeflow_collection"
  | "tradeflow_collection_item"
  | "tradeflow_collection_control"
  | "tradeflow_collection_control_tax_type"
  | "tradeflow_collection_validation"
  | "tradeflow_outbox_event";

/**
 * Characters per statement (its text is ASCII: text values go in as hex). A quarter of MariaDB's default
 * max_allowed_packet (16 MiB; MySQL 8's is 64 MiB): a batch of text-heavy rows, or a larger BODY_LIMIT,
 * becomes more statements instead of a packet the server refuses.
 */
const MAX_STATEMENT_LENGTH = 4 * 1024 * 1024;

/** A Prisma field name as its snake_case column; anything else is a programming error, never quoted. */
function column(field: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(field)) throw new Error(`bulkInsert: ${JSON.stringify(field)} is not a field name`);
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * Text that can be written between single quotes as it is: ASCII letters, digits, space and `-_.:/@+,`, none
 * of which a quoted literal treats specially under any sql_mode or character set. Ids, codes, enums, hashes
 * and most names are such text, and go in at half the length of their hex without a buffer each. Not the
 * empty string: MariaDB's EMPTY_STRING_IS_NULL mode would read `''` as NULL (its hex literal stays empty).
 */
const PLAIN_TEXT = /^[A-Za-z0-9 _.:/@+,-]+$/;

/**
 * One value as an SQL literal. Text goes in quoted as it is when it is PLAIN_TEXT, and otherwise as the hex of
 * its UTF-8 bytes (`_utf8mb4 X'…'`): no quote, backslash or other special character of a value ever reaches
 * the statement as text, so nothing needs escaping and no sql_mode (say NO_BACKSLASH_ESCAPES, under which
 * backslash escaping would be unsafe) changes its meaning. Dates are UTC
 * (the connection's time zone, connection-options.ts); Prisma.Decimal and other value objects go in as
 * their exact decimal text. Anything else is refused rather than guessed.
 */
export function sqlLiteral(input: unknown): string {
  if (input === undefined || input === null) return "NULL";
  if (typeof input === "boolean") return input ? "1" : "0";
  if (typeof input === "bigint") return input.toString();
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error(`bulkInsert: ${input} is not a number MariaDB can store`);
    return String(input);
  }
  if (typeof input === "string") {
    return PLAIN_TEXT.test(input) ? `'${input}'` : `_utf8mb4 X'${Buffer.from(input, "utf8").toString("hex")}'`;
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new Error("bulkInsert: invalid date");
    return `'${input.toISOString().replace("T", " ").replace("Z", "")}'`;
  }
  if (typeof input === "object" && "toFixed" in input && typeof input.toFixed === "function") {
    // toFixed() with no digits: the exact value in plain notation (String() may write 1e-7).
    const text = String((input as { toFixed(): string }).toFixed());
    if (NUMERIC.test(text)) return text;
  }
  throw new Error(`bulkInsert: cannot write a ${typeof input} value`);
}

/**
 * A multi-row INSERT (INSERT IGNORE with `ignoreDuplicates`) inside the caller's transaction, for
 * the offline sync's batches. Prisma's createMany spends most of its time building the statement:
 * measured here, 500 collections took ~230 ms with createMany and ~30 ms as one multi-row INSERT. The
 * values are written into the statement as literals (`sqlLiteral`) rather than as parameters: Prisma
 * handles each parameter of a raw statement on its own, and 40,000 of them (500 collections) cost
 * ~100 CPU ms, against ~5 ms for the same statement with literals (bench/README.md, finding 28).
 * Rows are objects keyed by Prisma field names; columns and table names never come from input. As with
 * createMany, a field a row leaves out (or sets to undefined) takes the column's default. Returns the rows
 * inserted (with `ignoreDuplicates`, those not skipped).
 */
export async function bulkInsert(
  tx: Tx,
  table: BulkTable,
  rows: Record<string, unknown>[],
  options: { ignoreDuplicates?: boolean; maxStatementLength?: number } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const present = new Set<string>();
  // Own keys only, as createMany: nothing inherited (say, a polluted prototype) becomes a column.
  for (const row of rows) for (const field of Object.keys(row)) present.add(field);
  const fields = [...present].sort();
  const head = `INSERT ${options.ignoreDuplicates ? "IGNORE " : ""}INTO \`${table}\` (${fields
    .map((field) => `\`${column(field)}\``)
    .join(",")}) VALUES `;
  const tupleOf = tupleWriter(fields);
  const budget = options.maxStatementLength ?? MAX_STATEMENT_LENGTH;
  let inserted = 0;
  let tuples: string[] = [];
  let length = head.length;
  for (const row of rows) {
    const tuple = tupleOf(row, sqlLiteral);
    if (tuples.length > 0 && length + 1 + tuple.length > budget) {
      inserted += await tx.$executeRawUnsafe(head + tuples.join(","));
      tuples = [];
      length = head.length;
    }
    tuples.push(tuple);
    length += tuple.length + 1;
  }
  inserted += await tx.$executeRawUnsafe(head + tuples.join(","));
  return inserted;
}

type TupleWriter = (row: Record<string, unknown>, literal: typeof sqlLiteral) => string;
/**
 * The writers of the field lists seen last. A list follows the rows' keys, and optional keys a client leaves out
 * make new lists (a control row has ~20), so the cache is bounded: the least recently used list goes first.
 */
const tupleWriters = new Map<string, TupleWriter>();
const MAX_TUPLE_WRITERS = 64;

/**
 * A row's `(…)` for these fields, as a function written for them: each field read by its own name, so V8
 * caches the lookup per field instead of looking up a computed key (a 500-collection sync writes ~100,000
 * values; its 500 collection rows, with PLAIN_TEXT: 9.3 → 4.6 CPU ms; bench/README.md, finding 78). Only field
 * names that `column` accepted (plain identifiers) reach the generated code, and as JSON strings; values never do.
 */
function tupleWriter(fields: string[]): TupleWriter {
  const key = fields.join(",");
  let writer = tupleWriters.get(key);
  if (writer) {
    tupleWriters.delete(key); // re-inserted below: the most recently used list is the last
  } else {
    const parts = fields.map((field) => {
      column(field);
      const read = `row[${JSON.stringify(field)}]`;
      return `(${read} === undefined ? "DEFAULT" : literal(${read}))`;
    });
    const body = parts.length === 0 ? `return "()";` : `return "(" + ${parts.join(' + "," + ')} + ")";`;
    writer = new Function("row", "literal", body) as TupleWriter;
    if (tupleWriters.size >= MAX_TUPLE_WRITERS) tupleWriters.delete(tupleWriters.keys().next().value!);
  }
  tupleWriters.set(key, writer);
  return writer;
}

/** How many tuple writers are kept (tests: the cache stays bounded whatever the rows' keys). */
export function tupleWriterCount(): number {
  return tupleWriters.size;
}
