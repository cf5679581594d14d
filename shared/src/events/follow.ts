import { DeliverPolicy } from "@nats-io/jetstream";
import type { Logger } from "../logger.js";
import { decodeEvent, matchesSubjects, type EventEnvelope, type EventsOf, type EventSubject } from "./envelope.js";
import type { NatsHandle } from "./nats.js";
import { namespacedSubject, streamName, type StreamKey } from "./streams.js";

/** How long a live view waits before asking for its snapshot again after a failure. */
const SNAPSHOT_RETRY_MS = 2_000;

export interface FollowOptions<S extends EventSubject> {
  stream: StreamKey;
  /** An event type, or a wildcard such as `admin.user.*`. */
  subject: S;
  /** Replay the events published since this instant first; by default only new events are read. */
  since?: string;
  /** What the events are, for the log line of one that cannot be read ("setting change"). */
  what: string;
  logger: Logger;
  onEvent(event: EventEnvelope<EventsOf<S>>): void;
  /** Called whenever no replayed event is left to read: once the history is in, and again later. */
  onCaughtUp?(): void;
}

export interface Feed {
  stop(): Promise<void>;
}

/**
 * Follows one subject of a stream in memory, with an ephemeral ordered consumer (nothing to ack, no
 * durable state on the server). An event that cannot be read is logged and skipped: a live view
 * drops one change rather than stop following.
 */
export async function followEvents<S extends EventSubject>(nats: NatsHandle, options: FollowOptions<S>): Promise<Feed> {
  const consumer = await nats.js.consumers.get(streamName(options.stream, nats.namespace), {
    filter_subjects: namespacedSubject(options.subject, nats.namespace),
    ...(options.since
      ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: options.since }
      : { deliver_policy: DeliverPolicy.New }),
  });
  if (options.onCaughtUp && (await consumer.info(true)).num_pending === 0) options.onCaughtUp();
  const messages = await consumer.consume();
  void (async () => {
    for await (const message of messages) {
      try {
        const event = decodeEvent(message.data, nats.verifier);
        if (!matchesSubjects(event, [options.subject])) throw new Error(`${event.type} arrived on ${message.subject}`);
        options.onEvent(event);
      } catch (error) {
        options.logger.warn({ err: error, subject: message.subject }, `unreadable ${options.what} ignored`);
      }
      if (message.info.pending === 0) options.onCaughtUp?.();
    }
  })();
  return {
    async stop() {
      await messages.close();
    },
  };
}

export interface LiveViewOptions<S extends EventSubject> extends Omit<FollowOptions<S>, "since"> {
  /** Loads the current state (usually a request to its owner); throws when it cannot. */
  snapshot(): Promise<void>;
  /** Whether a failed snapshot is still worth asking again (by default, until stopped). */
  stillNeeded?(): boolean;
}

export interface LiveView extends Feed {
  /** Asks for the snapshot now (and again every 2 s while it fails and is still needed). */
  refresh(): Promise<void>;
}

/**
 * A service's in-memory copy of another's state: a snapshot, then every change event as it happens.
 * The feed starts first, so no change is lost between the snapshot and the feed; a change that the
 * snapshot already holds arrives again, so `onEvent` must be idempotent. When the owner is not up
 * yet, the view keeps what it has and asks again shortly.
 */
export async function startLiveView<S extends EventSubject>(
  nats: NatsHandle,
  options: LiveViewOptions<S>,
): Promise<LiveView> {
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const feed = await followEvents(nats, options);
  const refresh = async (): Promise<void> => {
    clearTimeout(retry);
    try {
      await options.snapshot();
    } catch {
      if (stopped || options.stillNeeded?.() === false) return;
      retry = setTimeout(() => void refresh(), SNAPSHOT_RETRY_MS);
      retry.unref();
    }
  };
  await refresh();
  return {
    refresh,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await feed.stop();
    },
  };
}
