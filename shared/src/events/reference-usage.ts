import type { NatsHandle } from "./nats.js";
import { requestJson } from "./responder.js";

/**
 * `tradeflow.usage` (request/reply): how many collection rows refer to a record of another domain.
 * admin and model ask before deleting reference data, since collections hold their ids without
 * foreign keys (each subgraph owns its tables). Keys are ids, except CURRENCY and UNIT (codes) and
 * PRODUCT_UNIT ("productId|code").
 */
export const USAGE_KINDS = [
  "COUNTRY",
  "CITY",
  "CORRIDOR",
  "COLLECTION_POINT",
  "CURRENCY",
  "REFERENCE_CODE",
  "TAX_TYPE",
  "COMMERCIAL_ACTOR",
  "USER",
  "PRODUCT",
  "UNIT",
  "PRODUCT_UNIT",
  "ANIMAL",
] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export interface UsageRequest {
  kind: UsageKind;
  key: string;
}

/** The count, or null when tradeflow does not answer (the caller must then assume it is used). */
export async function countCollectionReferences(
  nats: NatsHandle,
  kind: UsageKind,
  key: string | number,
): Promise<number | null> {
  try {
    const reply = await requestJson<{ count?: unknown }>(nats, "tradeflow.usage", {
      kind,
      key: String(key),
    } satisfies UsageRequest);
    return typeof reply.count === "number" ? reply.count : null;
  } catch {
    return null;
  }
}

/** The total of several reference counts, counted in parallel. */
export async function addCounts(counts: Promise<number>[]): Promise<number> {
  return (await Promise.all(counts)).reduce((total, count) => total + count, 0);
}
