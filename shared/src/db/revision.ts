import type { Tx } from "./client.js";

/** The single-row counters behind offline clients' "changed since X?" versions. */
export type RevisionTable = "admin_catalog_revision" | "model_catalog_revision";

/**
 * Increments a revision counter inside the caller's transaction and returns the new value. One
 * atomic statement (the row is created on first use); the table name comes from the closed union.
 */
export async function incrementRevision(tx: Tx, table: RevisionTable): Promise<number> {
  await tx.$executeRawUnsafe(
    `INSERT INTO \`${table}\` (id, revision, updated_at) VALUES (1, 1, NOW(3))
     ON DUPLICATE KEY UPDATE revision = revision + 1, updated_at = NOW(3)`,
  );
  const [row] = await tx.$queryRawUnsafe<{ revision: number }[]>(`SELECT revision FROM \`${table}\` WHERE id = 1`);
  return Number(row!.revision);
}
