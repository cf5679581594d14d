import mariadb from "mariadb";
import { connectionOptions } from "./connection-options.js";

/** A statement with `?` placeholders and its values (what `Prisma.sql` builds). */
export interface SqlStatement {
  sql: string;
  values: unknown[];
}

/**
 * The rows of one long read (a report's), streamed from the driver on a connection of their own:
 * the database sorts once and sends rows as they are consumed (backpressure), so memory stays flat
 * however many rows there are, and DECIMAL columns arrive as exact strings.
 *
 * Why not Prisma: `$queryRaw` reads a whole result into memory and turns every decimal into an object,
 * so a report had to be read in pages of 1,000 rows, each an index seek plus ~50 µs of Node CPU per row
 * (135,846 item rows: 15 s of page reads, 420 MB peak RSS; streamed: see bench/STATISTICS.md).
 * The connection closes when the rows are exhausted, or is destroyed when the reader stops early.
 */
export async function* streamRows<Row>(databaseUrl: string, statement: SqlStatement): AsyncGenerator<Row> {
  const connection = await mariadb.createConnection(connectionOptions(databaseUrl));
  let exhausted = false;
  try {
    for await (const row of connection.queryStream(statement.sql, statement.values)) yield row as Row;
    exhausted = true;
  } finally {
    if (exhausted) await connection.end();
    else connection.destroy();
  }
}
