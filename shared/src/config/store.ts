import { DeliverPolicy, type ConsumerMessages } from "@nats-io/jetstream";
import type { Logger } from "../logger.js";
import { decodeEvent, type EventEnvelope } from "../events/envelope.js";
import type { NatsHandle } from "../events/nats.js";
import { requestJson } from "../events/responder.js";
import { namespacedSubject, streamName } from "../events/streams.js";
import { defaultSettings, isSettingKey, parseSetting, type SettingKey, type SettingValues } from "./settings.js";

/**
 * A service's live view of the system settings: defaults, then the stored values (asked of admin
 * with `admin.config`), then every `admin.config.changed` as it happens. Reads are in memory.
 */
export class SettingsStore {
  private readonly values: SettingValues = defaultSettings();
  private feed: ConsumerMessages | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

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
    // Follow changes first, so none is missed between the snapshot and the feed.
    const consumer = await nats.js.consumers.get(streamName("admin", nats.namespace), {
      filter_subjects: namespacedSubject("admin.config.changed", nats.namespace),
      deliver_policy: DeliverPolicy.New,
    });
    this.feed = await consumer.consume();
    void (async () => {
      for await (const message of this.feed!) {
        try {
          const event = decodeEvent(message.data, nats.verifier) as EventEnvelope<"admin.config.changed">;
          this.apply(event.payload.key, event.payload.value);
          this.logger.info({ key: event.payload.key }, "setting applied");
        } catch (error) {
          this.logger.warn({ err: error }, "unreadable setting change ignored");
        }
      }
    })();
    await this.loadSnapshot(nats);
  }

  private async loadSnapshot(nats: NatsHandle): Promise<void> {
    try {
      const reply = await requestJson<{ settings?: Record<string, unknown> }>(nats, "admin.config", {}, 1_000);
      for (const [key, value] of Object.entries(reply.settings ?? {})) this.apply(key, value);
    } catch {
      // admin may not be up yet: keep the defaults and ask again shortly.
      if (this.stopped) return;
      this.retry = setTimeout(() => void this.loadSnapshot(nats), 2_000);
      this.retry.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.feed?.close();
  }
}
