import type { Express } from "express";
import type { Redis } from "ioredis";
import type { NatsHandle } from "#shared/events/nats.js";
import { checkReadiness, natsCheck } from "#shared/health.js";
import type { ServiceMetrics } from "#shared/http/metrics.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "#shared/subgraphs.js";
import type { GatewayEnv } from "./env.js";
import type { RevocationList } from "./revocations.js";

export interface HealthDependencies {
  urls: Record<SubgraphName, string[]>;
  nats: NatsHandle;
  redis: Redis | null;
  revocations: RevocationList;
  metrics: ServiceMetrics;
}

/** Ready means every subgraph is ready and the gateway's own dependencies answer. */
async function subgraphReady(url: string): Promise<void> {
  const response = await fetch(new URL("/health/ready", url), { signal: AbortSignal.timeout(2_000) });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { dependencies?: Record<string, { status: string }> };
  const down = Object.entries(body.dependencies ?? {})
    .filter(([, dependency]) => dependency.status !== "up")
    .map(([name]) => name);
  throw new Error(down.length ? `not ready: ${down.join(", ")} down` : `HTTP ${response.status}`);
}

/** A subgraph with replicas is ready while one of them is: the gateway sends requests to those that answer. */
async function anyReplicaReady(urls: string[]): Promise<void> {
  await Promise.any(urls.map((url) => subgraphReady(url))).catch((error: AggregateError) => {
    throw error.errors[0] ?? error;
  });
}

export function mountHealthRoutes(
  app: Express,
  env: GatewayEnv,
  { urls, nats, redis, revocations, metrics }: HealthDependencies,
) {
  app.get("/health/live", (_req, res) => {
    res.json({ status: "alive", service: "gateway" });
  });
  // The gateway is public: in production its metrics need METRICS_TOKEN, or are not served.
  if (env.NODE_ENV !== "production" || env.METRICS_TOKEN) metrics.mount(app, env.METRICS_TOKEN);
  app.get("/health/ready", async (_req, res) => {
    const subgraphs = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, () => anyReplicaReady(urls[name])]));
    const report = await checkReadiness(
      "gateway",
      {
        ...subgraphs,
        nats: natsCheck(nats),
        ...(redis ? { redis: async () => void (await redis.ping()) } : {}),
        revocations: async () => {
          if (!revocations.loaded) throw new Error("revocation history still loading");
        },
      },
      3_000,
    );
    res.status(report.status === "ready" ? 200 : 503).json(report);
  });
}
