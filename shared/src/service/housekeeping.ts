import type { PrismaClient } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { OutboxTable } from "../events/outbox.js";

/** One clean-up statement (a bounded DELETE or UPDATE), repeated while it still finds 5000 rows. */
export interface HousekeepingJob {
  what: string;
  sql: string;
}

/**
 * Keeps the event plumbing tables from growing forever: published outbox rows after 7 days (their
 * stream keeps events 7 days too), processed-event records after 14 (longer than any redelivery),
 * in small batches so no lock is held for long. Runs hourly, and once shortly after start.
 */
export function startHousekeeping(
  db: PrismaClient,
  outboxTable: OutboxTable,
  logger: Logger,
  extra: HousekeepingJob[] = [],
): { runNow(): Promise<void>; stop(): Promise<void> } {
  const processedTable = outboxTable.replace("_outbox_event", "_processed_event");
  const jobs = [
    {
      what: "published outbox events",
      sql: `DELETE FROM \`${outboxTable}\` WHERE published_at < NOW(3) - INTERVAL 7 DAY LIMIT 5000`,
    },
    {
      what: "processed-event records",
      sql: `DELETE FROM \`${processedTable}\` WHERE processed_at < NOW(3) - INTERVAL 14 DAY LIMIT 5000`,
    },
    ...extra,
  ];
  let running: Promise<void> | undefined;
  const run = () => {
    running = (async () => {
      await running?.catch(() => undefined);
      for (const job of jobs) {
        try {
          let deleted = 0;
          for (let batch = 0; batch < 100; batch += 1) {
            const count = await db.$executeRawUnsafe(job.sql);
            deleted += count;
            if (count < 5000) break;
          }
          if (deleted > 0) logger.info({ deleted }, `housekeeping: removed old ${job.what}`);
        } catch (error) {
          logger.warn({ err: error }, `housekeeping of ${job.what} failed; will retry`);
        }
      }
    })();
    return running;
  };
  const first = setTimeout(run, 60_000);
  const hourly = setInterval(run, 3_600_000);
  first.unref();
  hourly.unref();
  return {
    runNow: () => run(),
    async stop() {
      clearTimeout(first);
      clearInterval(hourly);
      await running;
    },
  };
}
