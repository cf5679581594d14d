import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from "@nats-io/jetstream";
import { headers as natsHeaders } from "@nats-io/transport-node";
import type { PrismaClient, Tx } from "../db/client.js";
import { isUniqueViolation } from "../db/client.js";
import type { Logger } from "../logger.js";
import {
  decodeEvent,
  matchesSubjects,
  PoisonMessageError,
  type EventEnvelope,
  type EventsOf,
  type EventSubject,
} from "./envelope.js";
import { isNotFound, namespacedSubject, streamName, type StreamKey } from "./streams.js";
import type { NatsHandle } from "./nats.js";
import { TRACE_ID_HEADER } from "./outbox.js";
import type { ServiceMetrics } from "../http/metrics.js";

const NANOS_PER_MS = 1_000_000;

/** A consumer of the events `S` names: its handler gets exactly those types, narrowed on `event.type`. */
export interface ConsumerSpec<S extends EventSubject = EventSubject> {
  /** Durable name, unique per consuming service and purpose, e.g. `admin-record-last-login`. */
  durable: string;
  stream: StreamKey;
  /** Event types, or one wildcard such as `admin.user.*` (servers before 2.10 take a single filter). */
  subjects: S[];
  /**
   * The event types the handlers act on, when a wildcard in `subjects` delivers more: a message on any
   * other subject is acknowledged unread (no signature check, no parsing), which is safe since nothing is
   * done with it. The subject is the event's type (decode refuses any other), so this is the same choice
   * the handler would make, minus the work.
   */
  handles?: ReadonlySet<string>;
  /** Deliveries before a failing message is dead-lettered. */
  maxDeliver?: number;
  ackWaitMs?: number;
  handle(event: EventEnvelope<EventsOf<S>>, logger: Logger): Promise<void>;
  /**
   * Handles the events already waiting (up to `batchSize`) at once, when that is cheaper than one by one
   * (one transaction, one statement for many rows). It must do exactly what `handle` would do for each; if
   * it throws, each event is handled by `handle` on its own, with its own retries and dead letter.
   */
  handleBatch?(events: EventEnvelope<EventsOf<S>>[], logger: Logger): Promise<void>;
  /** The most events given to `handleBatch` at once (100). */
  batchSize?: number;
}

export interface RunningConsumer {
  durable: string;
  stop(): Promise<void>;
}

/** Headers a dead letter carries besides the trace id: where it came from and why it was parked. */
export const DEAD_LETTER_HEADERS = {
  originalSubject: "Ct-Original-Subject",
  consumer: "Ct-Consumer",
  deliveries: "Ct-Deliveries",
  error: "Ct-Error",
} as const;

/** A consumer ready to start, its handler's event types checked where it was defined. */
export interface EventConsumer {
  durable: string;
  start(nats: NatsHandle, logger: Logger, metrics?: Pick<ServiceMetrics, "eventsConsumed">): Promise<RunningConsumer>;
}

export function defineConsumer<S extends EventSubject>(spec: ConsumerSpec<S>): EventConsumer {
  return { durable: spec.durable, start: (nats, logger, metrics) => startConsumer(nats, spec, logger, metrics) };
}

export function deadLetterSubject(durable: string, namespace: string): string {
  return namespacedSubject(`deadletter.${durable}`, namespace);
}

/**
 * A durable pull consumer with explicit acks. A handler error is retried with backoff up to
 * `maxDeliver` times, then the message goes to `deadletter.<durable>` with the reason; a message that
 * cannot be decoded is dead-lettered at once. Nothing is acked before the handler has committed. With
 * `handleBatch`, the messages already received are handled together (never waiting for more), and acked
 * together once it has committed.
 */
export async function startConsumer<S extends EventSubject>(
  nats: NatsHandle,
  spec: ConsumerSpec<S>,
  logger: Logger,
  metrics?: Pick<ServiceMetrics, "eventsConsumed">,
): Promise<RunningConsumer> {
  const count = (outcome: "processed" | "retried" | "dead_lettered" | "skipped") =>
    metrics?.eventsConsumed.inc({ consumer: spec.durable, outcome });
  const maxDeliver = spec.maxDeliver ?? 5;
  const log = logger.child({ consumer: spec.durable });
  const stream = streamName(spec.stream, nats.namespace);
  const subjects = spec.subjects.map((subject) => namespacedSubject(subject, nats.namespace));
  const handledSubjects = spec.handles
    ? new Set([...spec.handles].map((type) => namespacedSubject(type, nats.namespace)))
    : undefined;
  const config = {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    // A single subject uses filter_subject, which servers older than 2.10 understand too.
    ...(subjects.length === 1 ? { filter_subject: subjects[0] } : { filter_subjects: subjects }),
    max_deliver: maxDeliver,
    ack_wait: (spec.ackWaitMs ?? 30_000) * NANOS_PER_MS,
    max_ack_pending: 1_000,
  };
  try {
    await nats.jsm.consumers.info(stream, spec.durable);
    await nats.jsm.consumers.update(stream, spec.durable, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await nats.jsm.consumers.add(stream, config);
  }

  const consumer = await nats.js.consumers.get(stream, spec.durable);
  let messages: ConsumerMessages | undefined;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();

  const batchSize = spec.handleBatch ? (spec.batchSize ?? 100) : 1;
  const loop = (async () => {
    while (!stopped) {
      try {
        const current = await consumer.consume({ max_messages: 100 });
        messages = current;
        const iterator = current[Symbol.asyncIterator]();
        // A next() that did not resolve while a batch was gathered: the following batch starts with it.
        let waiting: Promise<IteratorResult<JsMsg>> | undefined;
        for (;;) {
          const first = await (waiting ?? iterator.next());
          waiting = undefined;
          if (first.done) break;
          const batch = [first.value];
          // Only what has already arrived: a message the client holds resolves next() before setImmediate runs
          // (getPending() also counts the client's status notices, so it cannot tell).
          while (batch.length < batchSize) {
            const next = iterator.next();
            const ready = await Promise.race([next, new Promise<"later">((resolve) => setImmediate(resolve, "later"))]);
            if (ready === "later" || ready.done) {
              waiting = next;
              break;
            }
            batch.push(ready.value);
          }
          const work = handleMessages(batch);
          inFlight.add(work);
          await work;
          inFlight.delete(work);
        }
      } catch (error) {
        if (stopped) break;
        log.warn({ err: error }, "consumer interrupted; resuming");
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  })();

  interface Decoded {
    message: JsMsg;
    event: EventEnvelope<EventsOf<S>>;
    eventLog: () => Logger;
  }

  async function handleMessages(received: JsMsg[]): Promise<void> {
    const batch = handledSubjects ? received.filter(handled) : received;
    const decoded = (await Promise.all(batch.map(decode))).filter((entry): entry is Decoded => entry !== undefined);
    if (decoded.length > 1 && spec.handleBatch) {
      try {
        await spec.handleBatch(
          decoded.map((entry) => entry.event),
          log.child({ events: decoded.length }),
        );
        for (const { message } of decoded) {
          message.ack();
          count("processed");
        }
        return;
      } catch (error) {
        log.warn({ err: error, events: decoded.length }, "event batch failed; handling its events one by one");
      }
    }
    for (const entry of decoded) await handleDecoded(entry);
  }

  /** False (and the message acknowledged) for a subject the handlers do not act on (`spec.handles`). */
  function handled(message: JsMsg): boolean {
    if (handledSubjects!.has(message.subject)) return true;
    message.ack();
    count("skipped");
    return false;
  }

  /** The message's event, or undefined once a message that is not a valid event has been dead-lettered. */
  async function decode(message: JsMsg): Promise<Decoded | undefined> {
    // Made when first used: a batch that succeeds logs nothing per event, and a pino child costs ~9 µs.
    let logger: Logger | undefined;
    const eventLog = () =>
      (logger ??= log.child({
        traceId: message.headers?.get(TRACE_ID_HEADER) || undefined,
        subject: message.subject,
        delivery: message.info.deliveryCount,
      }));
    let event: EventEnvelope<EventsOf<S>>;
    try {
      const decoded = decodeEvent(message.data, nats.verifier);
      // A signed event re-published on another subject (say a settings change as a user update) is refused.
      if (
        message.subject !== namespacedSubject(decoded.type, nats.namespace) ||
        !matchesSubjects(decoded, spec.subjects)
      ) {
        throw new PoisonMessageError(`event ${decoded.type} arrived on subject ${message.subject}`);
      }
      event = decoded;
    } catch (error) {
      await deadLetter(message, error, eventLog());
      return undefined;
    }
    return { message, event, eventLog };
  }

  async function handleDecoded({ message, event, eventLog }: Decoded): Promise<void> {
    try {
      await spec.handle(event, eventLog().child({ eventId: event.id }));
      message.ack();
      count("processed");
    } catch (error) {
      if (error instanceof PoisonMessageError || message.info.deliveryCount >= maxDeliver) {
        await deadLetter(message, error, eventLog());
      } else {
        const delayMs = Math.min(30_000, 250 * 2 ** (message.info.deliveryCount - 1));
        eventLog().warn({ err: error, retryInMs: delayMs }, "event handler failed; will retry");
        message.nak(delayMs);
        count("retried");
      }
    }
  }

  async function deadLetter(message: JsMsg, error: unknown, eventLog: Logger): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    const headers = natsHeaders();
    headers.set(DEAD_LETTER_HEADERS.originalSubject, message.subject);
    headers.set(DEAD_LETTER_HEADERS.consumer, spec.durable);
    headers.set(DEAD_LETTER_HEADERS.deliveries, String(message.info.deliveryCount));
    headers.set(DEAD_LETTER_HEADERS.error, reason.slice(0, 500));
    const traceId = message.headers?.get(TRACE_ID_HEADER);
    if (traceId) headers.set(TRACE_ID_HEADER, traceId);
    try {
      await nats.js.publish(deadLetterSubject(spec.durable, nats.namespace), message.data, { headers });
      // A bare TERM: servers before 2.10 do not parse `+TERM <reason>` and redeliver the message after
      // ack_wait, which parked it a second time. The reason travels in the dead letter's headers.
      message.term();
      count("dead_lettered");
      eventLog.error({ reason }, "event dead-lettered");
    } catch (publishError) {
      // Never drop a message we could not park: leave it for redelivery.
      eventLog.error({ err: publishError }, "dead-letter publish failed; message left for redelivery");
      message.nak(5_000);
    }
  }

  return {
    durable: spec.durable,
    async stop() {
      stopped = true;
      await Promise.allSettled([...inFlight]);
      await messages?.close();
      await loop;
    },
  };
}

class AlreadyProcessed extends Error {}

/**
 * Runs `work` and records `eventId` as processed by `consumer` in one transaction, so a redelivered
 * event changes nothing. `markProcessed` inserts into the calling service's processed-event table.
 * Returns false when the event had already been processed.
 */
export async function processOnce(
  db: PrismaClient,
  markProcessed: (tx: Tx) => Promise<unknown>,
  work: (tx: Tx) => Promise<void>,
): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      try {
        await markProcessed(tx);
      } catch (error) {
        if (isUniqueViolation(error)) throw new AlreadyProcessed();
        throw error;
      }
      await work(tx);
    });
    return true;
  } catch (error) {
    if (error instanceof AlreadyProcessed) return false;
    throw error;
  }
}
