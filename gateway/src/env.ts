import { z } from "zod";
import {
  commonEnv,
  ConfigError,
  dataEnv,
  eventTrustEnv,
  gatewayTrustEnv,
  jwtEnv,
  listenEnv,
  natsEnv,
  natsPasswordVariable,
  parseEnv,
  SERVICE_PORTS,
} from "#shared/env.js";

const booleanFlag = (fallback: boolean) =>
  z.enum(["true", "false", "1", "0"]).default(fallback ? "true" : "false").transform((value) => value === "true" || value === "1");

const optionalUrl = z.string().url("must be a URL such as http://127.0.0.1:4001/graphql").optional();

export const gatewayEnvShape = {
  ...commonEnv,
  ...gatewayTrustEnv,
  JWT_ALGORITHM: jwtEnv.JWT_ALGORITHM,
  JWT_SECRET: jwtEnv.JWT_SECRET,
  JWT_PREVIOUS_SECRETS: jwtEnv.JWT_PREVIOUS_SECRETS,
  JWT_PUBLIC_KEYS: jwtEnv.JWT_PUBLIC_KEYS,
  JWT_ISSUER: jwtEnv.JWT_ISSUER,
  JWT_AUDIENCE: jwtEnv.JWT_AUDIENCE,
  JWT_ACCESS_TTL_SECONDS: jwtEnv.JWT_ACCESS_TTL_SECONDS,
  // NATS brings session revocations to the gateway.
  NATS_URL: dataEnv.NATS_URL,
  ...natsEnv("gateway"),
  ...eventTrustEnv,
  /** Optional: shared persisted-query cache and rate-limit counters across gateway replicas. */
  REDIS_URL: dataEnv.REDIS_URL,
  EVENT_NAMESPACE: dataEnv.EVENT_NAMESPACE,
  // The gateway is the one public entry point, so it listens on every interface by default.
  ...listenEnv(SERVICE_PORTS.gateway, "0.0.0.0"),
  /** `file`: run the committed schema/supergraph.graphql (production). `introspect`: compose live from the subgraphs (dev only). */
  SUPERGRAPH_MODE: z.enum(["file", "introspect"]).default("file"),
  SUPERGRAPH_PATH: z.string().optional(),
  AUTH_SUBGRAPH_URL: optionalUrl,
  ADMIN_SUBGRAPH_URL: optionalUrl,
  TRADEFLOW_SUBGRAPH_URL: optionalUrl,
  MODEL_SUBGRAPH_URL: optionalUrl,
  /** Comma-separated origins allowed by CORS; `*` allows any (the default outside production). */
  CORS_ORIGINS: z.string().optional(),
  /** Apollo Sandbox and introspection for analysts; off by default in production. */
  INTROSPECTION: z.enum(["true", "false", "1", "0"]).optional(),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, "must look like 5mb or 512kb").default("5mb"),
  TRUST_PROXY: booleanFlag(false),
  /** Requests per minute and client address at /graphql; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Operations deeper, with more aliases or more tokens than this are refused before any planning. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(3).max(100).default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // Where the subgraphs listen when their URLs are not given (the same variables the subgraphs read).
  AUTH_PORT: z.coerce.number().int().default(SERVICE_PORTS.auth),
  ADMIN_PORT: z.coerce.number().int().default(SERVICE_PORTS.admin),
  TRADEFLOW_PORT: z.coerce.number().int().default(SERVICE_PORTS.tradeflow),
  MODEL_PORT: z.coerce.number().int().default(SERVICE_PORTS.model),
};

export function loadGatewayEnv(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv("gateway", gatewayEnvShape, source, {
    PORT: "GATEWAY_PORT",
    HOST: "GATEWAY_HOST",
    NATS_PASSWORD: natsPasswordVariable("gateway"),
  });
  const production = env.NODE_ENV === "production";
  if (production && env.SUPERGRAPH_MODE === "introspect") {
    throw new ConfigError("gateway", [
      "SUPERGRAPH_MODE: introspect is for development; production runs the committed supergraph",
    ]);
  }
  return {
    ...env,
    introspection: env.INTROSPECTION === undefined ? !production : env.INTROSPECTION === "true" || env.INTROSPECTION === "1",
    corsOrigins: (env.CORS_ORIGINS ?? (production ? "" : "*"))
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}

export type GatewayEnv = ReturnType<typeof loadGatewayEnv>;
