import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CONTROL_DURATIONS,
  CT_DURATIONS,
  DURATION_RANGES,
  rangeOf,
} from "../../subgraphs/tradeflow/src/domain/durations.js";

// Commerce Tracking's list, in its order (PWACommerceTracking src/utils/collectionLabels.ts).
const CT_VALUES = [
  "5_min",
  "10_min",
  "15_min",
  "20_min",
  "25_min",
  "30_min",
  "35_min",
  "40_min",
  "45_min",
  "50_min",
  "55_min",
  "60_min",
  "plus_1_heure",
  "2_heures",
  "3_heures",
  "4_heures",
  "5_heures",
  "6_heures",
  "12_heures",
  "24_heures",
  "plus_24_heures",
];

test("each of CT's durations maps to its own bucket, in the same order", () => {
  assert.deepEqual(Object.keys(CT_DURATIONS), CT_VALUES);
  assert.deepEqual(
    CT_VALUES.map((value) => CT_DURATIONS[value]),
    [...CONTROL_DURATIONS],
  );
});

test("each bucket falls in the range it closes", () => {
  const expected: [string, string[]][] = [
    ["UNDER_5_MIN", ["MIN_5"]],
    ["FROM_5_TO_15_MIN", ["MIN_10", "MIN_15"]],
    ["FROM_15_TO_30_MIN", ["MIN_20", "MIN_25", "MIN_30"]],
    ["FROM_30_TO_60_MIN", ["MIN_35", "MIN_40", "MIN_45", "MIN_50", "MIN_55", "MIN_60"]],
    ["FROM_1_TO_3_H", ["OVER_1_HOUR", "HOURS_2", "HOURS_3"]],
    ["FROM_3_TO_24_H", ["HOURS_4", "HOURS_5", "HOURS_6", "HOURS_12", "HOURS_24"]],
    ["OVER_24_H", ["OVER_24_HOURS"]],
  ];
  assert.deepEqual(
    expected.map(([range]) => range),
    [...DURATION_RANGES],
  );
  for (const [range, buckets] of expected) {
    assert.deepEqual(
      CONTROL_DURATIONS.filter((bucket) => rangeOf(bucket) === range),
      buckets,
      range,
    );
  }
});
