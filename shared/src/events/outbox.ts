import { randomUUID } from "node:crypto";
import { headers as natsHeaders } from "@nats-io/transport-node";
import type { PrismaClient } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { EventEnvelope } from "./envelope.js";
import type { NatsHandle } from "./nats.js";
import { namespacedSubject } from "./streams.js";

/** The outbox table of each service; one per service because a service writes only its own tables. */
export type OutboxTable = "auth_outbox_event" | "admin_outbox_event" | "tradeflow_outbox_event" | "model_outbox_event";

export const TRACE_ID_HEADER = "Ct-Trace-Id";

/** The row a service inserts, in the same transaction as its state change, with its own Prisma delegate. */
export function toOutboxRow(event: EventEnvelope) {
  return {
    eventId: event.id,
    type: event.type,
    envelope: JSON.stringify(event),
    traceId: event.traceId,
  };
}

interface ClaimedRow {
  seq: bigint;
  event_id: string;
  type: string;
  envelope: string;
  trace_id: string | null;
}

export interface OutboxRelayOptions {
  db: PrismaClient;
  table: OutboxTable;
  nats: NatsHandle;
  logger: Logger;
  batchSize?: number;
  pollIntervalMs?: number;
  maxBackoffMs?: number;
  /** How long a claimed batch stays reserved for this relay if it dies mid-publish. */
  claimSeconds?: number;
}

/**
 * Publishes committed outbox rows to JetStream with Nats-Msg-Id = event id, then marks them sent.
 * Rows are claimed with a lease (not a long transaction), so several replicas can relay side by side
 * and a crashed relay's rows are picked up again once the lease expires. Delivery is at-least-once;
 * JetStream's duplicate window and the consumers' processed-event records make it effectively once.
 *
 * SQL is written by hand here because Prisma has no `UPDATE … ORDER BY … LIMIT` claim; the table name
 * comes from the closed `OutboxTable` union, never from input.
 */
export class OutboxRelay {
  private readonly relayId = randomUUID();
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly claimSeconds: number;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private draining: Promise<void> | undefined;
  private wakeRequested = false;
  private failures = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 2_000;
    this.claimSeconds = options.claimSeconds ?? 30;
  }

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  /** Asks for an immediate pass (called after a transaction that wrote events commits). */
  notify(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops polling, after one last pass so that what was committed before shutdown goes out. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.draining;
    try {
      await this.publishPending();
    } catch (error) {
      this.options.logger.warn({ err: error }, "outbox relay: final pass failed; events stay queued");
    }
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (!this.running || this.draining) return;
    let published = 0;
    let failed = false;
    this.draining = (async () => {
      try {
        published = await this.publishPending();
        this.failures = 0;
      } catch (error) {
        failed = true;
        this.failures += 1;
        const level = this.failures === 1 ? "warn" : "debug";
        this.options.logger[level]({ err: error, failures: this.failures }, "outbox relay: publish failed, will retry");
      }
    })();
    await this.draining;
    this.draining = undefined;
    if (!this.running) return;
    if (failed) {
      this.schedule(Math.min(this.maxBackoffMs, 100 * 2 ** this.failures));
    } else if (published >= this.batchSize || this.wakeRequested) {
      this.wakeRequested = false;
      this.schedule(0);
    } else {
      this.schedule(this.pollIntervalMs);
    }
  }

  /** One pass: claim a batch, publish it in order, mark what went out. Returns how many were published. */
  async publishPending(): Promise<number> {
    const { db, table, nats } = this.options;
    const signer = nats.signer;
    if (!signer) throw new Error("the outbox relay needs a NATS connection with the service's EVENT_SIGNING_KEY");
    const claimed = await db.$executeRawUnsafe(
      `UPDATE \`${table}\` SET claimed_by = ?, claim_expires_at = NOW(3) + INTERVAL ? SECOND
       WHERE published_at IS NULL AND (claim_expires_at IS NULL OR claim_expires_at < NOW(3))
       ORDER BY seq LIMIT ?`,
      this.relayId,
      this.claimSeconds,
      this.batchSize,
    );
    if (claimed === 0) return 0;
    const rows = await db.$queryRawUnsafe<ClaimedRow[]>(
      `SELECT seq, event_id, type, envelope, trace_id FROM \`${table}\`
       WHERE claimed_by = ? AND published_at IS NULL ORDER BY seq`,
      this.relayId,
    );
    // Published together, acks awaited together: one round trip per batch instead of one per event (the
    // connection keeps them in order). Only the rows before the first failure are marked; the others are
    // sent again later, and JetStream drops those it already stored (same Nats-Msg-Id).
    const outcomes = await Promise.allSettled(
      rows.map((row) => {
        const headers = natsHeaders();
        if (row.trace_id) headers.set(TRACE_ID_HEADER, row.trace_id);
        // Signed at publish time: the outbox keeps the envelope as committed, the wire carries it sealed.
        const sealed = signer.seal(row.envelope);
        const subject = namespacedSubject(row.type, nats.namespace);
        return nats.js.publish(subject, sealed, { msgID: row.event_id, headers, timeout: 2_000 });
      }),
    );
    const firstFailure = outcomes.findIndex((outcome) => outcome.status === "rejected");
    const sent = (firstFailure === -1 ? rows : rows.slice(0, firstFailure)).map((row) => row.seq);
    const failure: unknown = firstFailure === -1 ? undefined : (outcomes[firstFailure] as PromiseRejectedResult).reason;
    if (sent.length > 0) {
      await db.$executeRawUnsafe(
        `UPDATE \`${table}\` SET published_at = NOW(3), claimed_by = NULL, claim_expires_at = NULL
         WHERE seq IN (${sent.map(() => "?").join(",")})`,
        ...sent,
      );
    }
    if (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      await db.$executeRawUnsafe(
        `UPDATE \`${table}\` SET claimed_by = NULL, claim_expires_at = NULL, attempts = attempts + 1,
         last_error = LEFT(?, 500) WHERE claimed_by = ? AND published_at IS NULL`,
        message,
        this.relayId,
      );
      throw failure;
    }
    return sent.length;
  }
}
