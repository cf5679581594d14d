import type DataLoader from "dataloader";
import type { NatsHandle } from "../events/nats.js";
import { followEvents, type Feed } from "../events/follow.js";
import type { StreamKey } from "../events/streams.js";
import type { Logger } from "../logger.js";
import { rowsByKey } from "./loaders.js";

/** Beyond this many rows the cache starts over: reference tables are small, this only bounds a surprise. */
const MAX_ROWS = 20_000;

/**
 * Rows of one rarely-changing reference table (collection points, products), kept by this process between
 * requests so that most `_entities` lookups of a page need no SQL. Every write to these tables bumps a
 * revision in its transaction and publishes a `*.changed` event (admin.reference.changed,
 * model.catalog.changed): the writing process drops the cache at once (`invalidate`, from the bump), and
 * every replica drops it again when the event arrives (`followChanges`), after the commit, so a read that
 * raced the transaction cannot keep the old row longer than the event takes. Only rows that exist are kept
 * (a missing key is asked again), and the rows must not depend on the caller (no row scope).
 */
export class ReferenceCache<K extends string | number, Row> {
  private rows = new Map<K, Row>();
  /** Loads begun before the last invalidation must not store what they read. */
  private generation = 0;

  invalidate(): void {
    this.rows = new Map();
    this.generation += 1;
  }

  get size(): number {
    return this.rows.size;
  }

  /** A per-request loader like `rowsByKey`, answering kept rows from memory and loading only the others. */
  loader(fetchRows: (keys: readonly K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row | null> {
    return rowsByKey(async (keys: readonly K[]) => {
      const kept: Row[] = [];
      const missing: K[] = [];
      for (const key of keys) {
        const row = this.rows.get(key);
        if (row === undefined) missing.push(key);
        else kept.push(row);
      }
      if (missing.length === 0) return kept;
      const generation = this.generation;
      const loaded = await fetchRows(missing);
      if (generation === this.generation) {
        if (this.rows.size + loaded.length > MAX_ROWS) this.rows = new Map();
        for (const row of loaded) this.rows.set(keyOf(row), row);
      }
      return [...kept, ...loaded];
    }, keyOf);
  }
}

/** Drops `caches` whenever `subject` is published (every replica, after the writer's commit). */
export function followChanges(
  nats: NatsHandle,
  logger: Logger,
  stream: StreamKey,
  subject: "admin.reference.changed" | "model.catalog.changed",
  caches: { invalidate(): void }[],
): Promise<Feed> {
  return followEvents(nats, {
    stream,
    subject,
    what: "reference change",
    logger,
    onEvent: () => {
      for (const cache of caches) cache.invalidate();
    },
  });
}
