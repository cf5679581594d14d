import { z } from "zod";
import {
  commonEnv,
  ConfigError,
  dataEnv,
  eventTrustEnv,
  NATS_USERS,
  natsPasswordSchema,
  natsPasswordVariable,
  parseEnv,
  SERVICE_PORTS,
  type NatsUser,
} from "#shared/env.js";
import { createLogger } from "#shared/logger.js";

/** The env module of the project's own tooling (migrate, seed, start, test runner, bench). */
export function loadToolingEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(
    "tooling",
    {
      ...commonEnv,
      ...dataEnv,
      LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
      GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(SERVICE_PORTS.gateway),
      /** The nats-server binary that scripts/nats/server.ts starts with nats/nats-server.conf. */
      NATS_SERVER_BIN: z.string().default("nats-server"),
      /** The git ref whose committed supergraph `npm run schema:check` compares against. */
      SCHEMA_BASE_REF: z.string().min(1).default("main"),
      /**
       * `.ci/run` sets it once its build step has built dist/ from these sources, so that
       * tests/e2e/production-build.test.ts does not build the same sources again (~30 s of CI).
       */
      BUILD_IS_FRESH: z
        .enum(["true", "false"])
        .default("false")
        .transform((value) => value === "true"),
      // The tooling connects as `tooling`; it also hands every user's password to the nats-server it starts.
      ...natsServerPasswords,
      ...eventTrustEnv,
      // The bench's Hive gateway verifies tokens and signs for the subgraphs as ours does, with the stack's
      // secrets when the bench generated them (bench/production-secrets.ts); the demo ones otherwise.
      JWT_SECRET: z.string().min(1).optional(),
      GATEWAY_SIGNING_SECRET: z.string().min(1).optional(),
    },
    source,
  );
}

const natsServerPasswords = Object.fromEntries(
  NATS_USERS.map((user) => [natsPasswordVariable(user), natsPasswordSchema(user)]),
) as Record<`${Uppercase<NatsUser>}_NATS_PASSWORD`, ReturnType<typeof natsPasswordSchema>>;

export type ToolingEnv = ReturnType<typeof loadToolingEnv>;

/** For command-line scripts: a configuration error is one clear message and exit code 1, not a stack. */
export function loadToolingEnvOrExit(overrides: Record<string, string> = {}): ToolingEnv {
  try {
    return loadToolingEnv({ ...process.env, ...overrides });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger("config", "info").fatal({ problems: error.problems }, error.message);
    process.exit(1);
  }
}

/** The full environment, for tooling that starts child processes which need everything passed on. */
export function inheritedEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}
