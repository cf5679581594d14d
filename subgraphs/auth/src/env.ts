import { z } from "zod";
import { jwtEnv, parseEnv, serviceVariableNames } from "#shared/env.js";
import { subgraphEnvShape } from "#shared/service/subgraph-env.js";

export const authEnvShape = {
  ...subgraphEnvShape("auth"),
  ...jwtEnv,
  REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Failed password attempts per account (any spelling of its login), unknown login or known device before backoff. */
  LOGIN_THROTTLE_THRESHOLD: z.coerce.number().int().min(1).default(5),
  /** Failures from one client address before backoff starts. */
  LOGIN_THROTTLE_IP_THRESHOLD: z.coerce.number().int().min(1).default(20),
  LOGIN_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(1_000),
  LOGIN_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60_000),
  /** How long a device stays known (its own throttle budget at login) after its last successful login. */
  KNOWN_DEVICE_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(3600)
    .default(180 * 86_400),
};

export function loadAuthEnv(source: Record<string, string | undefined> = process.env) {
  // Each service has its own port, NATS password and signing key variables, so one environment can start them all.
  return parseEnv("auth", authEnvShape, source, serviceVariableNames("auth"));
}

export type AuthEnv = ReturnType<typeof loadAuthEnv>;
