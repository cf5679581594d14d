import { DeliverPolicy, type ConsumerMessages } from "@nats-io/jetstream";
import { decodeEvent, type EventEnvelope } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { namespacedSubject, streamName } from "#shared/events/streams.js";
import type { Logger } from "#shared/logger.js";
import { publishedWorkflow, type WorkflowLevel } from "./trade-support.js";

/**
 * The published validation workflow, held in memory: asked of model at start, then kept current by
 * model.workflow.published. Submitting a collection therefore needs neither model nor NATS at that
 * moment — an agent's submission during a NATS outage still succeeds, its event waiting in the outbox.
 */
export class WorkflowCache {
  private current: { version: number; levels: WorkflowLevel[] } | null = null;
  private feed: ConsumerMessages | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly nats: NatsHandle, private readonly logger: Logger) {}

  get(): { version: number; levels: WorkflowLevel[] } | null {
    return this.current;
  }

  async start(): Promise<void> {
    const consumer = await this.nats.js.consumers.get(streamName("model", this.nats.namespace), {
      filter_subjects: namespacedSubject("model.workflow.published", this.nats.namespace),
      deliver_policy: DeliverPolicy.New,
    });
    this.feed = await consumer.consume();
    void (async () => {
      for await (const message of this.feed!) {
        try {
          const event = decodeEvent(message.data, this.nats.verifier) as EventEnvelope<"model.workflow.published">;
          const { payload } = event;
          if (payload.code === "COLLECTION_VALIDATION" && payload.version > (this.current?.version ?? 0)) {
            this.current = { version: payload.version, levels: payload.levels };
            this.logger.info({ version: payload.version }, "validation workflow updated");
          }
        } catch (error) {
          this.logger.warn({ err: error }, "unreadable workflow event ignored");
        }
      }
    })();
    await this.refresh();
  }

  /** Asks model for the published workflow (at start, and whenever the cache is still empty). */
  async refresh(): Promise<void> {
    try {
      const workflow = await publishedWorkflow(this.nats);
      if (workflow && workflow.version >= (this.current?.version ?? 0)) this.current = workflow;
    } catch {
      if (this.stopped || this.current) return;
      this.retry = setTimeout(() => void this.refresh(), 2_000);
      this.retry.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.feed?.close();
  }
}
