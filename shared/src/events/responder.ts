import type { Logger } from "../logger.js";
import type { NatsHandle } from "./nats.js";
import {
  requestCatalog,
  type CheckedRequestOf,
  type ReplyInputOf,
  type ReplyOf,
  type RequestOf,
  type RequestSubject,
} from "./requests.js";
import { namespacedSubject } from "./streams.js";

export interface RunningResponder {
  stop(): Promise<void>;
}

/** What serves `S`: the checked request in, the reply out. */
export type RequestHandler<S extends RequestSubject> = (request: CheckedRequestOf<S>) => Promise<ReplyInputOf<S>>;

/** A responder answered `{ "error": "…" }`: it could not serve the request. */
export class RequestFailedError extends Error {
  constructor(
    readonly subject: RequestSubject,
    message: string,
  ) {
    super(message);
    this.name = "RequestFailedError";
  }
}

/**
 * A NATS request/reply endpoint (the original system's queues, e.g. `auth.validate`), in a queue
 * group so several replicas share the load. Requests and replies are JSON, held to the subject's
 * contract in `requests.ts`; a request that breaks it, or a handler error, becomes `{ "error": "…" }`
 * rather than silence (unless the contract names another answer to an invalid request).
 */
export function startResponder<S extends RequestSubject>(
  nats: NatsHandle,
  subject: S,
  handler: RequestHandler<S>,
  logger: Logger,
  queue = subject.split(".")[0] ?? "workers",
): RunningResponder {
  const contract = requestCatalog[subject];
  const subscription = nats.nc.subscribe(namespacedSubject(subject, nats.namespace), { queue });
  const answer = async (data: Uint8Array): Promise<unknown> => {
    const request = contract.request.safeParse(data.length ? JSON.parse(Buffer.from(data).toString("utf8")) : {});
    if (request.success) return handler(request.data as CheckedRequestOf<S>);
    const invalid = contract.invalid;
    if (invalid) return invalid();
    throw request.error;
  };
  const done = (async () => {
    for await (const message of subscription) {
      let reply: unknown;
      try {
        reply = await answer(message.data);
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

/** A subject a service answers, with its handler; the service's bootstrap starts it. */
export interface ResponderSpec {
  subject: RequestSubject;
  start(nats: NatsHandle, logger: Logger): RunningResponder;
}

export function serve<S extends RequestSubject>(subject: S, handler: RequestHandler<S>): ResponderSpec {
  return { subject, start: (nats, logger) => startResponder(nats, subject, handler, logger) };
}

/**
 * The longest a request may wait for its reply. nats/nats-server.conf lets a responder answer for as long
 * (`allow_responses` expires after 5 s): an answer after that would reach no one waiting, and is refused.
 */
export const MAX_REQUEST_TIMEOUT_MS = 5_000;

/**
 * Asks the responder of `subject` and returns its checked reply. Throws when no responder answers in
 * time, when it answers `{ "error": "…" }` (RequestFailedError), or when the reply breaks the contract.
 */
export async function requestJson<S extends RequestSubject>(
  nats: NatsHandle,
  subject: S,
  payload: RequestOf<S>,
  timeoutMs = 2_000,
): Promise<ReplyOf<S>> {
  if (timeoutMs > MAX_REQUEST_TIMEOUT_MS) {
    throw new Error(`${subject}: a request waits ${MAX_REQUEST_TIMEOUT_MS} ms at most (asked ${timeoutMs})`);
  }
  const message = await nats.nc.request(namespacedSubject(subject, nats.namespace), JSON.stringify(payload), {
    timeout: timeoutMs,
  });
  const reply: unknown = JSON.parse(message.string());
  if (typeof reply === "object" && reply !== null && "error" in reply && typeof reply.error === "string") {
    throw new RequestFailedError(subject, reply.error);
  }
  const checked = requestCatalog[subject].reply.safeParse(reply);
  if (!checked.success) throw new Error(`${subject}: unexpected reply: ${checked.error.issues[0]?.message}`);
  return checked.data as ReplyOf<S>;
}
