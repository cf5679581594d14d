import type { PrismaClient, Tx } from "./client.js";

/**
 * The database chose this transaction as a deadlock victim (MariaDB/MySQL 1213, Prisma P2034) or
 * refused it as a write conflict: it was rolled back whole and may simply run again.
 */
export const isDeadlock = (error: unknown): boolean =>
  /deadlock|1213|40001|P2034/i.test(String((error as Error | undefined)?.message ?? error));

const ATTEMPTS = 3;

/**
 * `db.$transaction(work)`, run again (up to three times in all) when InnoDB picks it as a deadlock
 * victim. Concurrent transitions and the statistics consumer's refreshes lock neighbouring index
 * gaps, so a rare deadlock is normal under load; the caller should see its write, not an internal
 * error. Only for work that does nothing outside the transaction (events go through the outbox).
 */
export async function transactionWithRetry<T>(db: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (!isDeadlock(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
