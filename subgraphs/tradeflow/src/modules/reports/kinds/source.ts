import type { PrismaClient } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import type { Logger } from "#shared/logger.js";
import type { CollectionScope } from "../../../domain/scope.js";
import type { ReportFilter } from "../report-filter.js";
import type { ReportLabels } from "../labels.js";
import type { Cell, Column } from "../writers.js";

/** What a report kind gets to build its rows: the job's filter, the requester's frozen scope, labels. */
export interface SourceInput {
  db: PrismaClient;
  /** For reads streamed on a connection of their own (streamRows). */
  databaseUrl: string;
  nats: NatsHandle;
  logger: Logger;
  filter: ReportFilter;
  scope: CollectionScope;
  labels: ReportLabels;
  pageSize: number;
}

/** The rows of one report kind, page by page, and how many there will be (for progress). */
export interface ReportSource {
  columns: Column[];
  count(): Promise<number>;
  pages(): AsyncIterable<Cell[][]>;
}
