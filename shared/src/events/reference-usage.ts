import type { NatsHandle } from "./nats.js";
import { USAGE_KINDS } from "./requests.js";
import { requestJson } from "./responder.js";

/**
 * `tradeflow.usage` (request/reply): how many collection rows refer to a record of another domain.
 * admin and model ask before deleting reference data, since collections hold their ids without
 * foreign keys (each subgraph owns its tables).
 */
export { USAGE_KINDS };
export type UsageKind = (typeof USAGE_KINDS)[number];

/** The count, or null when tradeflow does not answer (the caller must then assume it is used). */
export async function countCollectionReferences(
  nats: NatsHandle,
  kind: UsageKind,
  key: string | number,
): Promise<number | null> {
  try {
    const { count } = await requestJson(nats, "tradeflow.usage", { kind, key: String(key) });
    return count;
  } catch {
    return null;
  }
}

/** The total of several reference counts, counted in parallel. */
export async function addCounts(counts: Promise<number>[]): Promise<number> {
  return (await Promise.all(counts)).reduce((total, count) => total + count, 0);
}
