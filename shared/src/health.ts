import type { PrismaClient } from "./db/client.js";
import { natsIsReachable, type NatsHandle } from "./events/nats.js";

export interface DependencyStatus {
  status: "up" | "down";
  latencyMs: number;
  error?: string;
}

export interface ReadinessReport {
  status: "ready" | "not_ready";
  service: string;
  dependencies: Record<string, DependencyStatus>;
}

export type DependencyCheck = () => Promise<void>;

async function timed(check: DependencyCheck, timeoutMs: number): Promise<DependencyStatus> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
      ),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: "down",
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message.split("\n")[0] : "unreachable",
    };
  }
}

export async function checkReadiness(
  service: string,
  checks: Record<string, DependencyCheck>,
  timeoutMs = 2_000,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => [name, await timed(check, timeoutMs)] as const),
  );
  const dependencies = Object.fromEntries(entries);
  const ready = entries.every(([, status]) => status.status === "up");
  return { status: ready ? "ready" : "not_ready", service, dependencies };
}

export const databaseCheck =
  (db: PrismaClient): DependencyCheck =>
  async () => {
    await db.$queryRawUnsafe("SELECT 1");
  };

export const natsCheck =
  (nats: NatsHandle | undefined): DependencyCheck =>
  async () => {
    if (!(await natsIsReachable(nats))) throw new Error("not connected");
  };
