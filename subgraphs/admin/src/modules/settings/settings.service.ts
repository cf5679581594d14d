import { SETTING_KEYS, SETTINGS, isSettingKey, parseSetting, type SettingKey } from "#shared/config/settings.js";
import type { PrismaClient } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { badUserInput } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import type { RequestHandler } from "#shared/events/responder.js";

export interface SettingView {
  key: SettingKey;
  value: unknown;
  defaultValue: unknown;
  description: string;
  updatedAt: Date | null;
}

/** Stored values, parsed; anything unreadable or invalid falls back to the default. */
export async function storedSettings(db: PrismaClient): Promise<Map<SettingKey, { value: unknown; updatedAt: Date }>> {
  const rows = await db.systemSetting.findMany();
  const values = new Map<SettingKey, { value: unknown; updatedAt: Date }>();
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    try {
      const parsed = parseSetting(row.key, JSON.parse(row.value));
      if (parsed.ok) values.set(row.key, { value: parsed.value, updatedAt: row.updatedAt });
    } catch {
      // a hand-edited row that is not JSON: the default applies
    }
  }
  return values;
}

export async function listSettings(context: Context): Promise<SettingView[]> {
  const stored = await storedSettings(context.db);
  return SETTING_KEYS.map((key) => ({
    key,
    value: stored.get(key)?.value ?? SETTINGS[key].default,
    defaultValue: SETTINGS[key].default,
    description: SETTINGS[key].description,
    updatedAt: stored.get(key)?.updatedAt ?? null,
  }));
}

export async function updateSetting(context: Context, key: string, value: unknown): Promise<SettingView> {
  if (!isSettingKey(key)) throw badUserInput(`Unknown setting ${key}; known: ${SETTING_KEYS.join(", ")}`, "key");
  const parsed = parseSetting(key, value);
  if (!parsed.ok) throw badUserInput(`${key}: ${parsed.problem}`, "value");
  if (key === "REFERENCE_CURRENCY") {
    const currency = await context.db.currency.findUnique({ where: { code: String(parsed.value) } });
    if (!currency?.active) throw badUserInput(`${String(parsed.value)} is not an active currency`, "value");
  }
  const row = await write(context, async (tx) => {
    const before = await tx.systemSetting.findUnique({ where: { key } });
    const previousValue: unknown = before ? JSON.parse(before.value) : SETTINGS[key].default;
    const saved = await tx.systemSetting.upsert({
      where: { key },
      create: { key, value: JSON.stringify(parsed.value), updatedById: Number(context.viewer!.userId) },
      update: { value: JSON.stringify(parsed.value), updatedById: Number(context.viewer!.userId) },
    });
    await tx.adminOutboxEvent.create({
      data: toOutboxRow(
        createEvent("admin.config.changed", { key, value: parsed.value, previousValue }, context.events.meta()),
      ),
    });
    return saved;
  });
  return {
    key,
    value: parsed.value,
    defaultValue: SETTINGS[key].default,
    description: SETTINGS[key].description,
    updatedAt: row.updatedAt,
  };
}

/** `admin.config` (request/reply): every stored setting, for services starting up. */
export function settingsSnapshotHandler(db: PrismaClient): RequestHandler<"admin.config"> {
  return async () => {
    const stored = await storedSettings(db);
    return { settings: Object.fromEntries([...stored].map(([key, entry]) => [key, entry.value])) };
  };
}
