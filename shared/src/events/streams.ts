import { type JetStreamManager, RetentionPolicy, StorageType, DiscardPolicy } from "@nats-io/jetstream";

/**
 * One stream per producing service. Events are exactly `<service>.<entity>.<verb>`, so a stream takes
 * `<service>.*.*` and leaves two-token subjects free for request/reply (`auth.validate`, `admin.users`),
 * which a stream must not capture. Dead letters have a stream of their own.
 * An optional namespace (EVENT_NAMESPACE) prefixes subjects and suffixes stream names, so several
 * environments can share one NATS server without seeing each other's events — on a server without
 * nats/nats-server.conf, whose permissions name the unprefixed subjects and streams (the test runner
 * starts a server of its own instead; environments sharing a locked-down server get an account each).
 */
export const STREAMS = {
  auth: { name: "AUTH_EVENTS", subjects: ["auth.*.*"] },
  admin: { name: "ADMIN_EVENTS", subjects: ["admin.*.*"] },
  tradeflow: { name: "TRADEFLOW_EVENTS", subjects: ["tradeflow.*.*"] },
  model: { name: "MODEL_EVENTS", subjects: ["model.*.*"] },
  deadLetters: { name: "DEAD_LETTERS", subjects: ["deadletter.>"] },
  /**
   * Report jobs (`tradeflow.reports`, the original system's queue): a work queue, so each job is taken
   * by one worker and leaves the stream once acknowledged. Two tokens, so TRADEFLOW_EVENTS never sees it.
   */
  reportJobs: { name: "REPORT_JOBS", subjects: ["tradeflow.reports"], workQueue: true },
} as const;

export type StreamKey = keyof typeof STREAMS;

export function streamName(key: StreamKey, namespace: string): string {
  return namespace ? `${STREAMS[key].name}_${namespace.toUpperCase()}` : STREAMS[key].name;
}

/** The wire subject of an event type (or any subject pattern) in a namespace. */
export function namespacedSubject(subject: string, namespace: string): string {
  return namespace ? `${namespace}.${subject}` : subject;
}

const DAY_NS = 24 * 60 * 60 * 1_000_000_000;
const SECOND_NS = 1_000_000_000;

/** Creates each stream if missing, or updates it to this configuration; safe to run at every start. */
export async function ensureStreams(jsm: JetStreamManager, keys: StreamKey[], namespace: string): Promise<void> {
  for (const key of keys) {
    const name = streamName(key, namespace);
    const config = {
      name,
      subjects: STREAMS[key].subjects.map((subject) => namespacedSubject(subject, namespace)),
      retention: "workQueue" in STREAMS[key] ? RetentionPolicy.Workqueue : RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      max_age: (key === "deadLetters" ? 30 : 7) * DAY_NS,
      // Publishing with Nats-Msg-Id = event id makes a relay retry within this window a no-op.
      duplicate_window: 120 * SECOND_NS,
      num_replicas: 1,
    };
    try {
      await jsm.streams.info(name);
      await jsm.streams.update(name, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add(config);
    }
  }
}

export function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; api_error?: { err_code?: number }; message?: string };
  return (
    e?.api_error?.err_code === 10059 || // stream not found
    e?.api_error?.err_code === 10014 || // consumer not found
    e?.code === "404" ||
    /not found/i.test(e?.message ?? "")
  );
}
