import DataLoader from "dataloader";
import { numericId } from "./input.js";

/**
 * Batches are dispatched on the next macrotask rather than the next microtask, so loads issued by
 * sibling resolvers that settle a few promise hops apart (a page of 100 rows) still share one query:
 * the statement count of a page stays constant whatever its size.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

/**
 * A per-request loader of rows by key: one query for every key asked in the same tick, results in
 * key order, null for keys that do not exist (or are outside the caller's scope).
 */
export function rowsByKey<K extends string | number, Row>(
  fetchRows: (keys: readonly K[]) => Promise<Row[]>,
  keyOf: (row: Row) => K,
): DataLoader<K, Row | null> {
  return new DataLoader<K, Row | null>(
    async (keys) => {
      const rows = await fetchRows(keys);
      const byKey = new Map<K, Row>(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { batchScheduleFn },
  );
}

/** A per-request loader of the rows belonging to each parent key (one-to-many). */
export function rowsGroupedBy<K extends string | number, Row>(
  fetchRows: (keys: readonly K[]) => Promise<Row[]>,
  parentKeyOf: (row: Row) => K,
): DataLoader<K, Row[]> {
  return new DataLoader<K, Row[]>(
    async (keys) => {
      const rows = await fetchRows(keys);
      const groups = new Map<K, Row[]>();
      for (const row of rows) {
        const key = parentKeyOf(row);
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { batchScheduleFn },
  );
}

/** Loads many keys and keeps the rows that exist (a failed batch rethrows). */
export async function loadExisting<K, Row>(loader: DataLoader<K, Row | null>, keys: readonly K[]): Promise<Row[]> {
  const results = await loader.loadMany(keys);
  const rows: Row[] = [];
  for (const result of results) {
    if (result instanceof Error) throw result;
    if (result !== null) rows.push(result);
  }
  return rows;
}

/**
 * A federation `__resolveReference` for entities keyed by a numeric id: the id is validated, then
 * loaded through the request's loader (batched with every other reference of the same plan).
 */
export function referenceById<Context, Row>(loaderOf: (context: Context) => DataLoader<number, Row | null>) {
  return async (reference: { id?: unknown }, context: Context): Promise<Row | null> => {
    const id = numericId(String(reference.id ?? ""));
    return id === null ? null : loaderOf(context).load(id);
  };
}
