import { ENUM_LABELS } from "./enum-labels.js";

/**
 * French and English labels of the values statistics group by, beside the enums' own labels
 * (ENUM_LABELS): so that an analyst reading a grouping in Sandbox sees words, not codes.
 */
type Labels = Record<string, [fr: string, en: string]>;

export const STATISTICS_VALUE_LABELS: Record<string, Labels> = {
  DIRECTION: ENUM_LABELS.TradeDirection!,
  COLLECTION_TYPE: ENUM_LABELS.CollectionType!,
  CONTEXT: ENUM_LABELS.CollectionContext!,
  GENDER: ENUM_LABELS.Gender!,
  DecisionKind: {
    VALIDATED: ["Validée", "Validated"],
    REJECTED: ["Rejetée", "Rejected"],
    RETURNED: ["Renvoyée pour correction", "Returned for correction"],
  },
};

export const MONTH_NAMES: [fr: string, en: string][] = [
  ["janvier", "January"],
  ["février", "February"],
  ["mars", "March"],
  ["avril", "April"],
  ["mai", "May"],
  ["juin", "June"],
  ["juillet", "July"],
  ["août", "August"],
  ["septembre", "September"],
  ["octobre", "October"],
  ["novembre", "November"],
  ["décembre", "December"],
];

/** A validation level: "Niveau 1" / "Level 1". */
export function levelLabels(level: number): [fr: string, en: string] {
  return [`Niveau ${level}`, `Level ${level}`];
}

/** A code's labels for a dimension, or the code itself when it has none (currencies). */
export function valueLabels(dimension: string, code: string): [fr: string, en: string] {
  return STATISTICS_VALUE_LABELS[dimension]?.[code] ?? [code, code];
}
