import type { Logger } from "../logger.js";
import { startLiveView, type LiveView } from "../events/follow.js";
import type { NatsHandle } from "../events/nats.js";
import { requestJson } from "../events/responder.js";
import { defaultSettings, isSettingKey, parseSetting, type SettingKey, type SettingValues } from "./settings.js";

/**
 * A service's live view of the system settings: defaults, then the stored values (asked of admin
 * with `admin.config`), then every `admin.config.changed` as it happens. Reads are in memory.
 */
export class SettingsStore {
  private readonly values: SettingValues = defaultSettings();
  private view: LiveView | undefined;

  constructor(private readonly logger: Logger) {}

  get<K extends SettingKey>(key: K): SettingValues[K] {
    return this.values[key];
  }

  all(): SettingValues {
    return { ...this.values };
  }

  apply(key: string, value: unknown): void {
    if (!isSettingKey(key)) return;
    const parsed = parseSetting(key, value);
    if (!parsed.ok) {
      this.logger.warn({ key, problem: parsed.problem }, "ignored an invalid setting");
      return;
    }
    (this.values as Record<SettingKey, unknown>)[key] = parsed.value;
  }

  async start(nats: NatsHandle): Promise<void> {
    this.view = await startLiveView(nats, {
      stream: "admin",
      subject: "admin.config.changed",
      what: "setting change",
      logger: this.logger,
      onEvent: ({ payload }) => {
        this.apply(payload.key, payload.value);
        this.logger.info({ key: payload.key }, "setting applied");
      },
      snapshot: async () => {
        const { settings } = await requestJson(nats, "admin.config", {}, 1_000);
        for (const [key, value] of Object.entries(settings)) this.apply(key, value);
      },
    });
  }

  async stop(): Promise<void> {
    await this.view?.stop();
  }
}
