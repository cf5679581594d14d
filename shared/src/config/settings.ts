import { z } from "zod";

/**
 * The typed system settings: administrators change them at run time (admin's updateSystemSetting),
 * every service applies them within a second (SettingsStore) without a restart.
 */
export const SETTINGS = {
  REFERENCE_CURRENCY: {
    schema: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as XOF"),
    default: "XOF",
    description: "Currency in which collection values are reported (converted with the dated exchange rates).",
  },
  SYNC_BATCH_LIMIT: {
    schema: z.number().int().min(1).max(5000),
    default: 500,
    description: "Most collections the mobile app may send in one syncCollections call.",
  },
  EDIT_WINDOW_HOURS: {
    schema: z.number().int().min(0).max(720),
    default: 72,
    description: "Hours during which an agent may still edit a collection returned for correction.",
  },
  VALIDATION_TARGET_HOURS: {
    schema: z.number().int().min(1).max(720),
    default: 48,
    description: "Target time for a validator to act on a pending collection (dashboards flag overdue ones).",
  },
  DATA_QUALITY_MIN_SCORE: {
    schema: z.number().int().min(0).max(100),
    default: 60,
    description: "Data-quality score below which an approval asks for a note.",
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingKey]: z.infer<(typeof SETTINGS)[K]["schema"]> };
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

export function defaultSettings(): SettingValues {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as SettingValues;
}

/** Parses a stored or proposed value; returns the problem as text when it does not fit the key. */
export function parseSetting<K extends SettingKey>(
  key: K,
  value: unknown,
): { ok: true; value: SettingValues[K] } | { ok: false; problem: string } {
  const result = SETTINGS[key].schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data as SettingValues[K] }
    : { ok: false, problem: result.error.issues[0]?.message ?? "invalid value" };
}
