import { isIP } from "node:net";
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
  reportFilesEnv,
  SERVICE_PORTS,
} from "#shared/env.js";

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, or a CIDR range with a prefix that fits its family. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * Which X-Forwarded-For entries to believe, as Express's `trust proxy` takes it: `false` (none: the
 * client is the socket's peer), a hop count (the number of proxies in front of the gateway), or the
 * proxies' addresses and CIDR ranges. `true` would believe whatever a client writes, so it is refused.
 */
const trustProxy = z
  .string()
  .default("false")
  .transform((value, context): false | number | string[] => {
    const text = value.trim();
    if (text === "false" || text === "0") return false;
    if (/^\d{1,2}$/.test(text)) return Number(text);
    const entries = text
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (text !== "true" && entries.length > 0 && entries.every(isProxyAddress)) return entries;
    context.addIssue({
      code: "custom",
      message:
        "must be false, the number of proxies in front of the gateway (e.g. 1), or their addresses/CIDR ranges " +
        "(e.g. 10.0.0.0/8,loopback); `true` would trust any X-Forwarded-For",
    });
    return z.NEVER;
  });

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
  /** Prefix of every Redis key, so environments (and test runs) can share one Redis; default `ct:<namespace>:`. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "letters, digits and : . _ - only")
    .optional(),
  EVENT_NAMESPACE: dataEnv.EVENT_NAMESPACE,
  // Loopback by default, like the subgraphs: a deployment opens it with GATEWAY_HOST=0.0.0.0 and real
  // secrets (the demo secrets are refused on any other address, see shared/src/env.ts).
  ...listenEnv(SERVICE_PORTS.gateway),
  /**
   * `file`: run the committed schema/supergraph.graphql (production). `introspect`: compose live from the
   * subgraphs (development only).
   */
  SUPERGRAPH_MODE: z.enum(["file", "introspect"]).default("file"),
  SUPERGRAPH_PATH: z.string().optional(),
  AUTH_SUBGRAPH_URL: optionalUrl,
  ADMIN_SUBGRAPH_URL: optionalUrl,
  TRADEFLOW_SUBGRAPH_URL: optionalUrl,
  MODEL_SUBGRAPH_URL: optionalUrl,
  /**
   * A subgraph call unanswered after this long fails with SERVICE_UNAVAILABLE naming the subgraph. Longer
   * than the subgraphs' database pool wait (10 s), so that a database outage reports as such.
   */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /** Comma-separated origins allowed by CORS; `*` allows any (the default outside production). */
  CORS_ORIGINS: z.string().optional(),
  /**
   * `staff` (default, every environment): introspection and field suggestions for ANALYST, ADMIN and
   * SUPER_ADMIN tokens only; `off`: for no one. `true`/`1` and `false`/`0` are kept as `staff` and `off`.
   */
  INTROSPECTION: z.enum(["staff", "off", "true", "false", "1", "0"]).default("staff"),
  /** What a browser gets at /graphql: Apollo Sandbox (from Apollo's CDN), GraphiQL served from npm, or nothing. */
  LANDING_PAGE: z.enum(["sandbox", "graphiql", "off"]).optional(),
  /**
   * Trusted documents (schema/operations/generated/persisted-query-manifest.json): `off`; `allow` (default
   * outside production) runs manifest ids and any document; `require` (default in production) runs only
   * manifest ids and manifest documents, except for ANALYST, ADMIN and SUPER_ADMIN callers.
   */
  PERSISTED_DOCUMENTS: z.enum(["off", "allow", "require"]).optional(),
  PERSISTED_DOCUMENTS_MANIFEST: z.string().optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, "must look like 5mb or 512kb")
    .default("5mb"),
  TRUST_PROXY: trustProxy,
  /** Requests per minute and client address at /graphql; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Operations deeper or with more aliases than this are refused while validating. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(3).max(100).default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  /**
   * Refused before validation (gateway/src/protections/operation-size.ts). The largest client operation
   * in schema/operations (`Collection` with its fragment) has 150 tokens, 89 fields and 21 selections in
   * one set; the full introspection query 183 tokens and 72 fields: the defaults leave a wide margin.
   */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(2_000),
  MAX_QUERY_FIELDS: z.coerce.number().int().min(10).max(100_000).default(300),
  MAX_QUERY_SELECTIONS: z.coerce.number().int().min(10).max(10_000).default(100),
  /** Automatic persisted queries: the largest document one may register, and how long registrations last. */
  APQ_MAX_BYTES: z.coerce.number().int().min(1_024).max(1_048_576).default(16_384),
  APQ_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(7 * 86_400),
  APQ_ANONYMOUS_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Report files the gateway serves at GET /reports/:id/download (gateway/src/reports-download.ts). */
  ...reportFilesEnv,
  /**
   * How long the REST facade's Excel export (POST /admin/export-csv) waits for the report worker before
   * answering 503: the admin dashboard waits for the file in one request.
   */
  REST_EXPORT_WAIT_MS: z.coerce.number().int().min(1).max(600_000).default(60_000),
  // Where the subgraphs listen when their URLs are not given (the same variables the subgraphs read).
  AUTH_PORT: z.coerce.number().int().default(SERVICE_PORTS.auth),
  ADMIN_PORT: z.coerce.number().int().default(SERVICE_PORTS.admin),
  TRADEFLOW_PORT: z.coerce.number().int().default(SERVICE_PORTS.tradeflow),
  MODEL_PORT: z.coerce.number().int().default(SERVICE_PORTS.model),
};

/** The embedded Sandbox runs in an iframe of this origin and calls the gateway from there. */
export const SANDBOX_ORIGIN = "https://sandbox.embed.apollographql.com";

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
  const introspection: "staff" | "off" = ["off", "false", "0"].includes(env.INTROSPECTION) ? "off" : "staff";
  const landingPage = env.LANDING_PAGE ?? (introspection === "off" ? "off" : "sandbox");
  const corsOrigins = (env.CORS_ORIGINS ?? (production ? "" : "*"))
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    ...env,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? `ct:${env.EVENT_NAMESPACE || "default"}:`,
    introspection,
    landingPage,
    persistedDocuments: env.PERSISTED_DOCUMENTS ?? (production ? "require" : "allow"),
    corsOrigins: [...corsOrigins, ...(landingPage === "sandbox" && !corsOrigins.includes("*") ? [SANDBOX_ORIGIN] : [])],
  };
}

export type GatewayEnv = ReturnType<typeof loadGatewayEnv>;
