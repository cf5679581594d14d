/**
 * What the approvals' floor (bench/approval-floor.ts) and its tradeflow stub (bench/floor-process.ts) share: the
 * copies of tradeflow's tables the stub writes (made and dropped by the floor) and its events' subject.
 */
export const FLOOR_TABLES = {
  collection: "bench_floor_collection",
  history: "bench_floor_validation",
  outbox: "bench_floor_outbox",
} as const;

export const FLOOR_SUBJECT = "floor.collection.approved";
