import { isIP } from "node:net";
import { createHash } from "node:crypto";
import { z } from "zod";
import {
  EVENT_SERVICES,
  eventPublicKey,
  formatTrustedEventKeys,
  isEventKey,
  parseTrustedEventKeys,
  type EventService,
  type TrustedEventKeys,
} from "./events/signing.js";

/**
 * Building blocks for each service's own env module (gateway/src/env.ts, subgraphs/<name>/src/env.ts).
 * Only those modules read process.env; everything else receives a parsed, typed config.
 */

// Demo values make `npm start` work out of the box. They are public (they are in this repository), so a
// service accepts them only where nobody else can reach it: see refuseExposedDemoSecrets.
export const DEMO_JWT_SECRET = "demo-only-jwt-secret-change-me-0123456789abcdef";
export const DEMO_GATEWAY_SIGNING_SECRET = "demo-only-gateway-signing-secret-change-me-0123456789";
export const DEMO_REPORTS_URL_SECRET = "demo-only-reports-url-secret-change-me-0123456789abcdef";
/** Every NATS user of nats/nats-server.conf: one per service, and one for the project's tooling. */
export const NATS_USERS = ["auth", "admin", "tradeflow", "model", "gateway", "tooling"] as const;
export type NatsUser = (typeof NATS_USERS)[number];
/** The variable that holds a NATS user's password, read by that service and by nats-server itself. */
export const natsPasswordVariable = <U extends NatsUser>(user: U) =>
  `${user.toUpperCase()}_NATS_PASSWORD` as `${Uppercase<U>}_NATS_PASSWORD`;
export const DEMO_NATS_PASSWORDS = Object.fromEntries(
  NATS_USERS.map((user) => [user, `demo-only-nats-${user}-password-change-me`]),
) as Record<NatsUser, string>;

// Derived from public text, so anyone can compute them: fine on a laptop, refused in production.
export const DEMO_EVENT_SIGNING_KEYS = Object.fromEntries(
  EVENT_SERVICES.map((service) => [
    service,
    createHash("sha256").update(`demo-only event signing key of ${service}`).digest("base64url"),
  ]),
) as Record<EventService, string>;
const DEMO_EVENT_PUBLIC_KEYS = EVENT_SERVICES.map((service) => eventPublicKey(DEMO_EVENT_SIGNING_KEYS[service]));
export const DEMO_TRUSTED_EVENT_KEYS = formatTrustedEventKeys(
  Object.fromEntries(
    EVENT_SERVICES.map((service, index) => [service, [DEMO_EVENT_PUBLIC_KEYS[index]!]]),
  ) as TrustedEventKeys,
);

const DEMO_SECRETS = new Set([
  DEMO_JWT_SECRET,
  DEMO_GATEWAY_SIGNING_SECRET,
  DEMO_REPORTS_URL_SECRET,
  ...Object.values(DEMO_NATS_PASSWORDS),
  ...Object.values(DEMO_EVENT_SIGNING_KEYS),
]);

export const DEFAULT_DATABASE_URL = "mysql://root@127.0.0.1:3306/commerce_tracking";
/** The project's own nats-server (nats/nats-server.conf), beside a machine's unauthenticated one on 4222. */
export const DEFAULT_NATS_URL = "nats://127.0.0.1:4223";

export const SERVICE_PORTS = { gateway: 3005, auth: 4001, admin: 4002, tradeflow: 4003, model: 4004 } as const;

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const urlWithScheme = (schemes: string[], what: string) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol.replace(/:$/, ""));
      } catch {
        return false;
      }
    },
    `must be a ${what} URL (${schemes.map((s) => `${s}://`).join(" or ")})`,
  );

export const commonEnv = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

/** Counts every SQL statement Prisma sends (for tests and the benchmark); off by default. */
export const diagnosticsEnv = {
  /** When set, GET /metrics asks for `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  SQL_STATEMENT_COUNTING: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
};

export const gatewayTrustEnv = {
  /**
   * HMAC key shared by the gateway and the subgraphs to sign forwarded claims
   * (see shared/src/auth/gateway-signature.ts).
   */
  GATEWAY_SIGNING_SECRET: z.string().min(32, "must be at least 32 characters").default(DEMO_GATEWAY_SIGNING_SECRET),
  /** How old a signed gateway request may be before a subgraph refuses it. */
  GATEWAY_SIGNATURE_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
};

/**
 * Report files: written by tradeflow's worker, served by the gateway (GET /reports/:id/download) with a
 * short-lived URL signed with REPORTS_URL_SECRET; both services must see the same REPORTS_DIR.
 */
export const reportFilesEnv = {
  /** A folder shared by tradeflow and the gateway (a volume in docker-compose); relative to the working directory. */
  REPORTS_DIR: z.string().min(1).default(".tmp/reports"),
  /** HMAC key of download URLs, shared by tradeflow (signs) and the gateway (verifies). */
  REPORTS_URL_SECRET: z.string().min(32, "must be at least 32 characters").default(DEMO_REPORTS_URL_SECRET),
};

export const jwtEnv = {
  /** HS256 (shared secret) by default; RS256 or EdDSA with JWT_PRIVATE_KEY / JWT_KEY_ID / JWT_PUBLIC_KEYS. */
  JWT_ALGORITHM: z.enum(["HS256", "RS256", "EdDSA"]).default("HS256"),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").default(DEMO_JWT_SECRET),
  /** Earlier HS256 secrets, comma-separated: they still verify tokens until those expire. */
  JWT_PREVIOUS_SECRETS: z.string().optional(),
  /** PKCS#8 PEM private key of the current asymmetric key (auth only). */
  JWT_PRIVATE_KEY: z.string().optional(),
  /** kid of the current asymmetric key. */
  JWT_KEY_ID: z.string().optional(),
  /** JWK set (JSON) of the current and previous public keys; served by the gateway at /.well-known/jwks.json. */
  JWT_PUBLIC_KEYS: z.string().optional(),
  JWT_ISSUER: z.string().min(1).default("commerce-tracking/auth"),
  JWT_AUDIENCE: z.string().min(1).default("commerce-tracking"),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  REFRESH_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(3600)
    .default(7 * 86_400),
};

export const dataEnv = {
  DATABASE_URL: urlWithScheme(["mysql", "mariadb"], "MySQL/MariaDB").default(DEFAULT_DATABASE_URL),
  NATS_URL: urlWithScheme(["nats", "tls"], "NATS").default(DEFAULT_NATS_URL),
  REDIS_URL: urlWithScheme(["redis", "rediss"], "Redis").optional(),
  /** Isolates this deployment's NATS subjects and streams on a shared server (e.g. `staging`); empty in production. */
  EVENT_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9_]{1,32}$/, "must be 1–32 lower-case letters, digits or underscores")
    .default(""),
};

/**
 * A NATS user's password, as both its service and nats-server accept it. nats-server reads it through
 * `password: $AUTH_NATS_PASSWORD` in nats/nats-server.conf, which parses the value as a bare config token:
 * one starting with a digit or '-' becomes a number and `#` starts a comment, so nats-server refuses to
 * start. Hence a letter first, then letters, digits, '-' or '_' (README, Secrets in production, makes such).
 */
export const natsPasswordSchema = (user: NatsUser) =>
  z
    .string()
    .min(16, "must be at least 16 characters")
    .regex(
      /^[A-Za-z][A-Za-z0-9_-]*$/,
      "must start with a letter and hold only letters, digits, '-' and '_' (nats-server reads it as a config token, where a leading digit makes a number)",
    )
    .default(DEMO_NATS_PASSWORDS[user]);

/** A NATS user's password; the user name is fixed by nats/nats-server.conf (see natsPasswordVariable). */
export const natsEnv = (user: NatsUser) => ({ NATS_PASSWORD: natsPasswordSchema(user) });

/** The private key a service signs its events with (see shared/src/events/signing.ts). */
export const eventSigningEnv = (service: EventService) => ({
  EVENT_SIGNING_KEY: z
    .string()
    .refine(isEventKey, "must be an Ed25519 key seed: 32 bytes in base64url (npm run events:keygen)")
    .default(DEMO_EVENT_SIGNING_KEYS[service]),
});

/** Whose events a reader trusts: `service:publicKey,…`, one or more keys per producing service. */
export const eventTrustEnv = {
  EVENT_PUBLIC_KEYS: z
    .string()
    .default(DEMO_TRUSTED_EVENT_KEYS)
    .transform((text, context) => {
      try {
        return parseTrustedEventKeys(text);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
};

/** Variable names of one service's keys in a shared environment (npm start runs all of them from one). */
export function serviceVariableNames(service: EventService) {
  const prefix = service.toUpperCase();
  return {
    PORT: `${prefix}_PORT`,
    HOST: `${prefix}_HOST`,
    NATS_PASSWORD: natsPasswordVariable(service),
    EVENT_SIGNING_KEY: `${prefix}_EVENT_SIGNING_KEY`,
  };
}

export const listenEnv = (defaultPort: number, defaultHost = "127.0.0.1") => ({
  PORT: port(defaultPort),
  HOST: z.string().min(1).default(defaultHost),
});

/** A URL fit for logs and error messages: password and query-string values masked, or nothing if unreadable. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, "***");
    return parsed.toString();
  } catch {
    return "(invalid url)";
  }
}

/**
 * How a bad value is quoted in a configuration error. Secrets never are; URLs carry credentials
 * (mysql://user:password@host), so they are quoted redacted, and not at all when they cannot be parsed.
 */
function quotedValue(name: string, value: string): string {
  if (/SECRET|PASSWORD|KEY|TOKEN/i.test(name)) return "";
  if (/_URL$/.test(name) || value.includes("://") || value.includes("@")) {
    const redacted = redactUrl(value);
    return redacted === "(invalid url)" ? "" : ` (got "${redacted}")`;
  }
  return ` (got "${value}")`;
}

export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${service}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Parses `source` with `shape`; every bad variable is reported by name, then production rules apply.
 * `variableNames` reads a key from a differently named variable (PORT from AUTH_PORT, …).
 */
export function parseEnv<Shape extends z.ZodRawShape>(
  service: string,
  shape: Shape,
  source: Record<string, string | undefined>,
  variableNames: Partial<Record<keyof Shape & string, string>> = {},
): z.infer<z.ZodObject<Shape>> {
  const renamed = variableNames as Record<string, string>;
  const variableOf = (key: string) => renamed[key] ?? key;
  // Empty strings mean "unset" (common in .env files and compose files).
  const cleaned = Object.fromEntries(
    Object.keys(shape)
      .map((key) => [key, source[variableOf(key)]] as const)
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = z.object(shape).safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = issue.path.join(".") || "(root)";
      const name = variableOf(key);
      const received = cleaned[key];
      return `${name}: ${issue.message}${received === undefined ? "" : quotedValue(name, String(received))}`;
    });
    throw new ConfigError(service, problems);
  }
  refuseExposedDemoSecrets(service, result.data as Record<string, unknown>, variableOf);
  return result.data;
}

/** 127.0.0.0/8, ::1 (in any spelling, or IPv4-mapped 127.x) and `localhost`: only this machine reaches them. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) !== 6) return false;
  // The URL parser writes IPv6 in its canonical form (0:0:0:0:0:0:0:1 → ::1, ::ffff:127.0.0.1 → ::ffff:7f00:1).
  const canonical = new URL(`http://[${bare}]`).hostname;
  return canonical === "[::1]" || canonical.startsWith("[::ffff:7f");
}

/**
 * The demo secrets are public, so anyone holding them can mint a SUPER_ADMIN token or sign as the
 * gateway. They are accepted only in development or test AND when the service listens on loopback
 * (its HOST); a service without a listener (tooling) has no HOST and only the NODE_ENV rule applies.
 */
function refuseExposedDemoSecrets(
  service: string,
  env: Record<string, unknown>,
  variableOf: (key: string) => string,
): void {
  const isDemo = (value: unknown) =>
    (typeof value === "string" && DEMO_SECRETS.has(value)) ||
    // Trusting a demo public key would let anyone sign events with the published demo seed.
    (typeof value === "object" &&
      value !== null &&
      Object.values(value)
        .flat()
        .some((key) => DEMO_EVENT_PUBLIC_KEYS.includes(key)));
  const demoKeys = Object.keys(env).filter((key) => isDemo(env[key]));
  if (demoKeys.length === 0) return;
  const why =
    env.NODE_ENV !== "development" && env.NODE_ENV !== "test"
      ? `NODE_ENV=${String(env.NODE_ENV)}`
      : typeof env.HOST === "string" && !isLoopbackHost(env.HOST)
        ? `${variableOf("HOST")}=${env.HOST} (not loopback)`
        : null;
  if (why === null) return;
  throw new ConfigError(
    service,
    demoKeys.map((key) => `${variableOf(key)}: the public demo value is refused with ${why}; set a real secret`),
  );
}
