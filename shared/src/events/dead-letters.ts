import { headers as natsHeaders } from "@nats-io/transport-node";
import { DEAD_LETTER_HEADERS } from "./consumer.js";
import type { NatsHandle } from "./nats.js";
import { TRACE_ID_HEADER } from "./outbox.js";
import { isNotFound, streamName } from "./streams.js";

/** A message a consumer gave up on, as kept in the DEAD_LETTERS stream. */
export interface DeadLetter {
  /** Its sequence in DEAD_LETTERS: the id to replay it by. */
  seq: number;
  parkedAt: string;
  consumer: string | null;
  originalSubject: string | null;
  deliveries: number | null;
  error: string | null;
  traceId: string | null;
  /** From the envelope, when it could be read. */
  eventId: string | null;
  eventType: string | null;
}

/** Every message in the namespace's DEAD_LETTERS stream, oldest first. */
export async function listDeadLetters(nats: NatsHandle): Promise<DeadLetter[]> {
  const stream = streamName("deadLetters", nats.namespace);
  let consumer;
  try {
    consumer = await nats.js.consumers.get(stream);
  } catch (error) {
    // No service has started in this namespace yet: nothing was ever dead-lettered.
    if (isNotFound(error)) return [];
    throw error;
  }
  let remaining = (await consumer.info()).num_pending;
  const letters: DeadLetter[] = [];
  while (remaining > 0) {
    const batch = await consumer.fetch({ max_messages: Math.min(remaining, 500), expires: 2_000 });
    let received = 0;
    for await (const message of batch) {
      received += 1;
      const envelope = readEnvelope(message.data);
      const deliveries = message.headers?.get(DEAD_LETTER_HEADERS.deliveries);
      letters.push({
        seq: message.seq,
        parkedAt: new Date(Math.floor(message.info.timestampNanos / 1_000_000)).toISOString(),
        consumer: message.headers?.get(DEAD_LETTER_HEADERS.consumer) || null,
        originalSubject: message.headers?.get(DEAD_LETTER_HEADERS.originalSubject) || null,
        deliveries: deliveries ? Number(deliveries) : null,
        error: message.headers?.get(DEAD_LETTER_HEADERS.error) || null,
        traceId: message.headers?.get(TRACE_ID_HEADER) || null,
        eventId: envelope?.id ?? null,
        eventType: envelope?.type ?? null,
      });
    }
    if (received === 0) break;
    remaining -= received;
  }
  return letters;
}

export class DeadLetterNotFoundError extends Error {}

/**
 * Publishes dead letter `seq` again on its original subject (every consumer of that subject sees it;
 * those that had processed it skip it by their processed-event records), then removes it from
 * DEAD_LETTERS. No Nats-Msg-Id: the original id may still be inside JetStream's duplicate window.
 */
export async function replayDeadLetter(nats: NatsHandle, seq: number): Promise<DeadLetter> {
  const stream = streamName("deadLetters", nats.namespace);
  const letter = (await listDeadLetters(nats)).find((candidate) => candidate.seq === seq);
  if (!letter) throw new DeadLetterNotFoundError(`no dead letter #${seq} in ${stream}`);
  if (!letter.originalSubject) throw new DeadLetterNotFoundError(`dead letter #${seq} does not say where it came from`);
  const stored = await nats.jsm.streams.getMessage(stream, { seq });
  if (!stored) throw new DeadLetterNotFoundError(`no dead letter #${seq} in ${stream}`);
  const headers = natsHeaders();
  if (letter.traceId) headers.set(TRACE_ID_HEADER, letter.traceId);
  headers.set("Ct-Replayed-From", String(seq));
  await nats.js.publish(letter.originalSubject, stored.data, { headers });
  await nats.jsm.streams.deleteMessage(stream, seq);
  return letter;
}

function readEnvelope(data: Uint8Array): { id?: string; type?: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(data).toString("utf8"));
    return parsed && typeof parsed === "object" ? (parsed as { id?: string; type?: string }) : undefined;
  } catch {
    return undefined;
  }
}
