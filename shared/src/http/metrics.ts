import type { ApolloServerPlugin } from "@apollo/server";
import type { Express } from "express";
import { sameSecret } from "../auth/constant-time.js";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Prometheus metrics of one service (the original note's "métriques": performance, errors, resources,
 * business), served at GET /metrics: process resources, GraphQL operations by name and outcome with
 * their duration, errors by code, and the event pipeline (outbox backlog, consumed, dead-lettered).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly operations: Histogram<"operation" | "type" | "outcome">;
  readonly errors: Counter<"code">;
  /** POSTs to /graphql that passed the signature check: one per gateway request, a batch counting once. */
  readonly httpRequests: Counter<"batched">;
  readonly eventsConsumed: Counter<"consumer" | "outcome">;
  readonly outboxBacklog: Gauge;

  /** `outboxBacklog` is read when Prometheus scrapes, not polled. */
  constructor(service: string, sources: { outboxBacklog?: () => Promise<number> } = {}) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.operations = new Histogram({
      name: "graphql_operation_duration_seconds",
      help: "GraphQL operations by name, type and outcome",
      labelNames: ["operation", "type", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.httpRequests = new Counter({
      name: "graphql_http_requests_total",
      help: "Signed GraphQL HTTP requests; batched: an array of operations (the gateway's plan step)",
      labelNames: ["batched"],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: "graphql_errors_total",
      help: "Errors returned to clients, by extensions.code",
      labelNames: ["code"],
      registers: [this.registry],
    });
    this.eventsConsumed = new Counter({
      name: "events_consumed_total",
      help: "Events handled by this service's consumers: processed, retried, dead-lettered, or skipped (a type its handlers do not act on)",
      labelNames: ["consumer", "outcome"],
      registers: [this.registry],
    });
    const backlog = sources.outboxBacklog;
    this.outboxBacklog = new Gauge({
      name: "outbox_unpublished_events",
      help: "Events written to this service's outbox and not yet published to NATS",
      registers: [this.registry],
      ...(backlog
        ? {
            async collect(this: Gauge) {
              this.set(await backlog());
            },
          }
        : {}),
    });
  }

  private readonly operationNames = new Set<string>();

  /**
   * Operation names come from clients: only tidy ones become labels, and at most 300 of them, so a
   * client cannot blow up the number of series.
   */
  private operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!/^[A-Za-z0-9_]{1,80}$/.test(name)) return "other";
    if (!this.operationNames.has(name)) {
      if (this.operationNames.size >= 300) return "other";
      this.operationNames.add(name);
    }
    return name;
  }

  /** Times each operation and counts its errors. */
  plugin(): ApolloServerPlugin {
    // The hooks below are Apollo's objects, not this class: they reach the metrics through this name.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const metrics = this;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operationName, operation, errors, response }) {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const failed =
              (errors?.length ?? 0) > 0 ||
              (response.body.kind === "single" && (response.body.singleResult.errors?.length ?? 0) > 0);
            metrics.operations.observe(
              {
                operation: metrics.operationLabel(operationName),
                type: operation?.operation ?? "unknown",
                outcome: failed ? "error" : "ok",
              },
              seconds,
            );
            if (response.body.kind === "single") {
              for (const error of response.body.singleResult.errors ?? []) {
                metrics.errors.inc({ code: String(error.extensions?.code ?? "UNKNOWN") });
              }
            }
          },
        };
      },
    };
  }

  /** GET /metrics, optionally behind a bearer token (METRICS_TOKEN) when the port is reachable from outside. */
  mount(app: Express, token?: string): void {
    app.get("/metrics", async (req, res) => {
      if (token && !sameSecret(req.get("authorization") ?? "", `Bearer ${token}`)) {
        res.status(401).json({ error: "metrics need the METRICS_TOKEN bearer token" });
        return;
      }
      res.set("Content-Type", this.registry.contentType).send(await this.registry.metrics());
    });
  }
}
