import { z } from "zod";
import { parseEnv, reportFilesEnv, serviceVariableNames } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback)
    .transform((value) => value === "true" || value === "1");

export const tradeflowEnvShape = {
  ...subgraphEnvShape("tradeflow"),
  ...reportFilesEnv,
  /** Runs the report worker in this process; `false` for API-only replicas (jobs wait for a process that has it). */
  REPORTS_WORKER_ENABLED: flag("true"),
  /** How long a report file stays downloadable before housekeeping removes it. */
  REPORTS_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** How long a signed download URL works. */
  REPORTS_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  /** A job whose worker stops reporting progress for this long is handed to another worker. */
  REPORTS_ACK_WAIT_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
};

export function loadTradeflowEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port, NATS password and signing key variables, so one environment can start them all.
  return parseEnv("tradeflow", tradeflowEnvShape, source, serviceVariableNames("tradeflow"));
}

export type TradeflowEnv = ReturnType<typeof loadTradeflowEnv>;
