import type { Logger } from "../logger.js";
import type { NatsHandle } from "./nats.js";
import { namespacedSubject } from "./streams.js";

export interface RunningResponder {
  stop(): Promise<void>;
}

/**
 * A NATS request/reply endpoint (the original system's queues, e.g. `auth.validate`), in a queue
 * group so several replicas share the load. Requests and replies are JSON; a handler error becomes
 * `{ "error": "…" }` rather than silence.
 */
export function startResponder(
  nats: NatsHandle,
  subject: string,
  handler: (request: unknown) => Promise<unknown>,
  logger: Logger,
  queue = subject.split(".")[0] ?? "workers",
): RunningResponder {
  const subscription = nats.nc.subscribe(namespacedSubject(subject, nats.namespace), { queue });
  const done = (async () => {
    for await (const message of subscription) {
      let reply: unknown;
      try {
        const request = message.data.length ? JSON.parse(message.string()) : {};
        reply = await handler(request);
      } catch (error) {
        logger.warn({ err: error, subject }, "request failed");
        reply = { error: error instanceof Error ? error.message : "request failed" };
      }
      message.respond(JSON.stringify(reply));
    }
  })();
  return {
    async stop() {
      await subscription.drain();
      await done;
    },
  };
}

export async function requestJson<T>(nats: NatsHandle, subject: string, payload: unknown, timeoutMs = 2_000): Promise<T> {
  const reply = await nats.nc.request(namespacedSubject(subject, nats.namespace), JSON.stringify(payload), {
    timeout: timeoutMs,
  });
  return JSON.parse(reply.string()) as T;
}
