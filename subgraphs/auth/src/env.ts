import { z } from "zod";
import { DEMO_REFRESH_TOKEN_SECRET, jwtEnv, parseEnv, serviceVariableNames } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const authEnvShape = {
  ...subgraphEnvShape("auth"),
  ...jwtEnv,
  /** Derives each rotated refresh token from the previous one, so a replay in the grace window gets the same pair. */
  REFRESH_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").default(DEMO_REFRESH_TOKEN_SECRET),
  REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Failures of one login identifier before backoff starts. */
  LOGIN_THROTTLE_THRESHOLD: z.coerce.number().int().min(1).default(5),
  /** Failures from one client address before backoff starts. */
  LOGIN_THROTTLE_IP_THRESHOLD: z.coerce.number().int().min(1).default(20),
  LOGIN_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(1_000),
  LOGIN_BACKOFF_MAX_MS: z.coerce.number().int().min(1).default(15 * 60_000),
};

export function loadAuthEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port, NATS password and signing key variables, so one environment can start them all.
  return parseEnv("auth", authEnvShape, source, serviceVariableNames("auth"));
}

export type AuthEnv = ReturnType<typeof loadAuthEnv>;
