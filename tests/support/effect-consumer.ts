import { randomUUID } from "node:crypto";
import type { PrismaClient } from "#shared/db/client.js";
import { processOnce, startConsumer, type ConsumerSpec, type RunningConsumer } from "#shared/events/consumer.js";
import type { EventEnvelope } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { streamName } from "#shared/events/streams.js";
import { createLogger } from "#shared/logger.js";

/**
 * A durable consumer built like the services' ones (startConsumer + processOnce) whose effect is one row
 * per handled event in a scratch table with no unique key: a duplicate effect would show as a second row.
 */
export class EffectConsumer {
  readonly durable: string;
  /** Handler calls, redeliveries included (the effects must still be one per event). */
  calls = 0;
  readonly callsPerEvent = new Map<string, number>();
  /** When it returns a reason, the handler fails with it (a message this consumer cannot process). */
  failWith: (event: EventEnvelope) => string | undefined = () => undefined;
  private running: RunningConsumer | undefined;
  private nats: NatsHandle | undefined;

  constructor(
    private readonly db: PrismaClient,
    private readonly spec: Pick<ConsumerSpec, "stream" | "subjects"> & Partial<Omit<ConsumerSpec, "handle">>,
  ) {
    this.durable = spec.durable ?? `resilience-${randomUUID().slice(0, 8)}`;
  }

  async start(nats: NatsHandle): Promise<void> {
    this.nats = nats;
    await this.db.$executeRawUnsafe(
      `CREATE TABLE IF NOT EXISTS test_consumer_effect (
         id BIGINT AUTO_INCREMENT PRIMARY KEY, consumer VARCHAR(128) NOT NULL, event_id CHAR(36) NOT NULL,
         subject_id VARCHAR(64) NULL)`,
    );
    this.running = await startConsumer(
      nats,
      { ...this.spec, durable: this.durable, handle: (event) => this.handle(event) },
      createLogger("effect-consumer", "silent"),
    );
  }

  async stop(): Promise<void> {
    await this.running?.stop();
  }

  private async handle(event: EventEnvelope): Promise<void> {
    this.calls += 1;
    this.callsPerEvent.set(event.id, (this.callsPerEvent.get(event.id) ?? 0) + 1);
    const failure = this.failWith(event);
    if (failure) throw new Error(failure);
    const subjectId = (event.payload as { collectionId?: string }).collectionId ?? null;
    await processOnce(
      this.db,
      (tx) => tx.tradeflowProcessedEvent.create({ data: { consumer: this.durable, eventId: event.id } }),
      async (tx) => {
        await tx.$executeRawUnsafe(
          "INSERT INTO test_consumer_effect (consumer, event_id, subject_id) VALUES (?, ?, ?)",
          this.durable,
          event.id,
          subjectId,
        );
      },
    );
  }

  /** Whether the consumer has nothing left to deliver and nothing awaiting an ack. */
  async drained(): Promise<boolean> {
    if (!this.nats) return false;
    const info = await this.nats.jsm.consumers.info(streamName(this.spec.stream, this.nats.namespace), this.durable);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }

  /** Every effect row: one per event handled exactly once. */
  async effects(): Promise<{ eventId: string; subjectId: string | null }[]> {
    const rows = await this.db.$queryRawUnsafe<{ event_id: string; subject_id: string | null }[]>(
      "SELECT event_id, subject_id FROM test_consumer_effect WHERE consumer = ?",
      this.durable,
    );
    return rows.map((row) => ({ eventId: row.event_id, subjectId: row.subject_id }));
  }

  async effectCount(): Promise<number> {
    const [row] = await this.db.$queryRawUnsafe<{ n: bigint }[]>(
      "SELECT COUNT(*) AS n FROM test_consumer_effect WHERE consumer = ?",
      this.durable,
    );
    return Number(row?.n ?? 0);
  }
}

/** How many messages of `subject` the stream holds whose envelope names one of `ids` (for dedupe checks). */
export async function countInStream(
  nats: NatsHandle,
  stream: string,
  subject: string,
  matches: (envelope: EventEnvelope) => boolean,
): Promise<number> {
  const consumer = await nats.js.consumers.get(stream, { filter_subjects: subject });
  const info = await consumer.info();
  let remaining = info.num_pending;
  let count = 0;
  while (remaining > 0) {
    const batch = await consumer.fetch({ max_messages: Math.min(remaining, 1_000), expires: 2_000 });
    let received = 0;
    for await (const message of batch) {
      received += 1;
      if (matches(JSON.parse(new TextDecoder().decode(message.data)))) count += 1;
    }
    if (received === 0) throw new Error(`${remaining} messages of ${subject} announced but not delivered`);
    remaining -= received;
  }
  return count;
}
