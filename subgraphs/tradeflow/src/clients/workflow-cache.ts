import type { NatsHandle } from "#shared/events/nats.js";
import { startLiveView, type LiveView } from "#shared/events/follow.js";
import type { Logger } from "#shared/logger.js";
import { publishedWorkflow, type WorkflowLevel } from "./trade-support.js";

type Workflow = { version: number; levels: WorkflowLevel[] };

/**
 * The published validation workflow, held in memory: asked of model at start, then kept current by
 * model.workflow.published. Submitting a collection therefore needs neither model nor NATS at that
 * moment — an agent's submission during a NATS outage still succeeds, its event waiting in the outbox.
 */
export class WorkflowCache {
  private current: Workflow | null = null;
  private view: LiveView | undefined;

  constructor(
    private readonly nats: NatsHandle,
    private readonly logger: Logger,
  ) {}

  get(): Workflow | null {
    return this.current;
  }

  async start(): Promise<void> {
    this.view = await startLiveView(this.nats, {
      stream: "model",
      subject: "model.workflow.published",
      what: "workflow event",
      logger: this.logger,
      onEvent: ({ payload }) => {
        if (payload.code === "COLLECTION_VALIDATION" && payload.version > (this.current?.version ?? 0)) {
          this.current = { version: payload.version, levels: payload.levels };
          this.logger.info({ version: payload.version }, "validation workflow updated");
        }
      },
      snapshot: async () => {
        const workflow = await publishedWorkflow(this.nats);
        if (workflow && workflow.version >= (this.current?.version ?? 0)) this.current = workflow;
      },
      // Once an event has brought a workflow, a failed request need not be repeated.
      stillNeeded: () => this.current === null,
    });
  }

  /** Asks model for the published workflow (at start, and whenever the cache is still empty). */
  async refresh(): Promise<void> {
    await this.view?.refresh();
  }

  async stop(): Promise<void> {
    await this.view?.stop();
  }
}
