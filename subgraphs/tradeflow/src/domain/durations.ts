/**
 * Control durations. Agents pick a bucket (ControlDuration: one per value of Commerce Tracking's forms,
 * `5_min` … `plus_24_heures`); dashboards also group them in the coarser ranges this supergraph used
 * first (CollectionControl.duration). Pure: no database, no NATS.
 */
export const CONTROL_DURATIONS = [
  "MIN_5",
  "MIN_10",
  "MIN_15",
  "MIN_20",
  "MIN_25",
  "MIN_30",
  "MIN_35",
  "MIN_40",
  "MIN_45",
  "MIN_50",
  "MIN_55",
  "MIN_60",
  "OVER_1_HOUR",
  "HOURS_2",
  "HOURS_3",
  "HOURS_4",
  "HOURS_5",
  "HOURS_6",
  "HOURS_12",
  "HOURS_24",
  "OVER_24_HOURS",
] as const;
export type ControlDuration = (typeof CONTROL_DURATIONS)[number];

export const DURATION_RANGES = [
  "UNDER_5_MIN",
  "FROM_5_TO_15_MIN",
  "FROM_15_TO_30_MIN",
  "FROM_30_TO_60_MIN",
  "FROM_1_TO_3_H",
  "FROM_3_TO_24_H",
  "OVER_24_H",
] as const;
export type DurationRange = (typeof DURATION_RANGES)[number];

/**
 * The range of each bucket. A bucket names the upper end of what the agent saw ("5 min" is up to five
 * minutes), so each falls in the range it closes: MIN_15 in FROM_5_TO_15_MIN, HOURS_3 in FROM_1_TO_3_H,
 * HOURS_24 in FROM_3_TO_24_H. OVER_1_HOUR ("plus d'1 heure", below 2 h) is FROM_1_TO_3_H.
 */
const RANGE_OF: Record<ControlDuration, DurationRange> = {
  MIN_5: "UNDER_5_MIN",
  MIN_10: "FROM_5_TO_15_MIN",
  MIN_15: "FROM_5_TO_15_MIN",
  MIN_20: "FROM_15_TO_30_MIN",
  MIN_25: "FROM_15_TO_30_MIN",
  MIN_30: "FROM_15_TO_30_MIN",
  MIN_35: "FROM_30_TO_60_MIN",
  MIN_40: "FROM_30_TO_60_MIN",
  MIN_45: "FROM_30_TO_60_MIN",
  MIN_50: "FROM_30_TO_60_MIN",
  MIN_55: "FROM_30_TO_60_MIN",
  MIN_60: "FROM_30_TO_60_MIN",
  OVER_1_HOUR: "FROM_1_TO_3_H",
  HOURS_2: "FROM_1_TO_3_H",
  HOURS_3: "FROM_1_TO_3_H",
  HOURS_4: "FROM_3_TO_24_H",
  HOURS_5: "FROM_3_TO_24_H",
  HOURS_6: "FROM_3_TO_24_H",
  HOURS_12: "FROM_3_TO_24_H",
  HOURS_24: "FROM_3_TO_24_H",
  OVER_24_HOURS: "OVER_24_H",
};

export function rangeOf(bucket: ControlDuration): DurationRange {
  return RANGE_OF[bucket];
}

/** Commerce Tracking's values (src/utils/collectionLabels.ts), each to its bucket: for its REST clients. */
export const CT_DURATIONS: Record<string, ControlDuration> = {
  "5_min": "MIN_5",
  "10_min": "MIN_10",
  "15_min": "MIN_15",
  "20_min": "MIN_20",
  "25_min": "MIN_25",
  "30_min": "MIN_30",
  "35_min": "MIN_35",
  "40_min": "MIN_40",
  "45_min": "MIN_45",
  "50_min": "MIN_50",
  "55_min": "MIN_55",
  "60_min": "MIN_60",
  plus_1_heure: "OVER_1_HOUR",
  "2_heures": "HOURS_2",
  "3_heures": "HOURS_3",
  "4_heures": "HOURS_4",
  "5_heures": "HOURS_5",
  "6_heures": "HOURS_6",
  "12_heures": "HOURS_12",
  "24_heures": "HOURS_24",
  plus_24_heures: "OVER_24_HOURS",
};
