import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from "@nats-io/jetstream";
import type { AdminNotification, PrismaClient } from "#shared/db/client.js";
import { DEAD_LETTER_HEADERS, processOnce, type EventConsumer } from "#shared/events/consumer.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { isNotFound, namespacedSubject, streamName } from "#shared/events/streams.js";
import type { Logger } from "#shared/logger.js";
import { writeNotifications } from "../modules/notifications/notifications.service.js";
import { administrators } from "../modules/notifications/recipients.js";
import { announceNotifications } from "./notifications.js";

export const DEAD_LETTER_ALERTS = "admin-dead-letter-alerts";

/**
 * Every dead letter (any service's consumer parked an event it could not handle) → a notification to
 * each active administrator, one per consumer while unread ("3 events could not be processed
 * (tradeflow-statistics-rollup)"); `npm run dead-letters` shows and replays them. A dead letter is a
 * copy of whatever failed, often an event that is not valid at all, so this reads the headers the
 * consumer added and never decodes the body: hence a pull loop of its own instead of defineConsumer.
 * Exactly once per dead letter: its stream sequence is recorded with the notifications.
 */
export function deadLetterAlerts(db: PrismaClient, nats: NatsHandle): EventConsumer {
  return {
    durable: DEAD_LETTER_ALERTS,
    async start(handle, logger) {
      const log = logger.child({ consumer: DEAD_LETTER_ALERTS });
      const stream = streamName("deadLetters", handle.namespace);
      const config = {
        durable_name: DEAD_LETTER_ALERTS,
        ack_policy: AckPolicy.Explicit,
        // Only what is parked from now on: old dead letters are the dead-letter tool's business.
        deliver_policy: DeliverPolicy.New,
        filter_subject: namespacedSubject("deadletter.>", handle.namespace),
        max_deliver: 10,
        ack_wait: 30_000_000_000,
      };
      try {
        await handle.jsm.consumers.info(stream, DEAD_LETTER_ALERTS);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        await handle.jsm.consumers.add(stream, config);
      }
      const consumer = await handle.js.consumers.get(stream, DEAD_LETTER_ALERTS);
      let stopped = false;
      let messages: ConsumerMessages | undefined;
      const loop = (async () => {
        while (!stopped) {
          try {
            messages = await consumer.consume({ max_messages: 50 });
            for await (const message of messages) await alert(message, log);
          } catch (error) {
            if (stopped) break;
            log.warn({ err: error }, "dead-letter alerts interrupted; resuming");
            await new Promise((resolve) => setTimeout(resolve, 1_000));
          }
        }
      })();
      return {
        durable: DEAD_LETTER_ALERTS,
        async stop() {
          stopped = true;
          await messages?.close();
          await loop;
        },
      };
    },
  };

  async function alert(message: JsMsg, log: Logger): Promise<void> {
    const consumerName = (message.headers?.get(DEAD_LETTER_HEADERS.consumer) || "unknown").slice(0, 64);
    let rows: AdminNotification[] = [];
    try {
      const applied = await processOnce(
        db,
        (tx) =>
          tx.adminProcessedEvent.create({
            data: { consumer: DEAD_LETTER_ALERTS, eventId: `dl-${message.info.streamSequence}`.slice(0, 36) },
          }),
        async (tx) => {
          const userIds = await administrators(tx);
          rows = await writeNotifications(tx, [
            {
              userIds,
              kind: "EVENTS_DEAD_LETTERED",
              entityType: "consumer",
              entityId: consumerName,
              params: { consumer: consumerName },
              batchKey: `EVENTS_DEAD_LETTERED:${consumerName}`.slice(0, 48),
            },
          ]);
        },
      );
      message.ack();
      if (applied) announceNotifications(nats, rows, log);
    } catch (error) {
      log.warn({ err: error }, "dead-letter alert failed; will retry");
      message.nak(5_000);
    }
  }
}
