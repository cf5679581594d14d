import { pino, type Logger } from "pino";

export type { Logger };

/** Paths whose values never reach the logs, wherever they appear in a log object. */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "*.*.password",
  "newPassword",
  "*.newPassword",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "token",
  "*.token",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-ct-signature"]',
  '*.headers["x-ct-signature"]',
  'headers["x-ct-claims"]',
  '*.headers["x-ct-claims"]',
  "secret",
  "*.secret",
];

/**
 * What one log line may copy from a value. Errors carry what callers sent (a subgraph's whole response
 * body, a 500,000-character variable): beyond these bounds the rest is cut, and the line says so.
 */
export const LOG_LIMITS = { stringLength: 2_000, arrayItems: 20, objectKeys: 50, depth: 10 };

/** A copy of `value` within LOG_LIMITS; errors become plain objects first (pino's err serializer). */
export function capLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") {
    return value.length <= LOG_LIMITS.stringLength
      ? value
      : `${value.slice(0, LOG_LIMITS.stringLength)}…[truncated ${value.length - LOG_LIMITS.stringLength} chars]`;
  }
  if (typeof value !== "object" || value === null) return value;
  if (depth >= LOG_LIMITS.depth) return "[truncated: too deep]";
  if (value instanceof Error) return capLogValue(pino.stdSerializers.err(value), depth);
  if (Array.isArray(value)) {
    const kept = value.slice(0, LOG_LIMITS.arrayItems).map((item) => capLogValue(item, depth + 1));
    return value.length > kept.length ? [...kept, `[truncated ${value.length - kept.length} items]`] : kept;
  }
  const toJSON = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof toJSON === "function") return capLogValue(toJSON.call(value), depth); // dates, decimals, buffers
  const entries = Object.entries(value);
  const capped = Object.fromEntries(
    entries.slice(0, LOG_LIMITS.objectKeys).map(([key, item]) => [key, capLogValue(item, depth + 1)]),
  );
  if (entries.length > LOG_LIMITS.objectKeys) capped["[truncated keys]"] = entries.length - LOG_LIMITS.objectKeys;
  return capped;
}

export function createLogger(service: string, level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => capLogValue(object) as Record<string, unknown>,
    },
    // capLogValue has already turned errors into capped plain objects.
    serializers: { err: (value: unknown) => value },
    hooks: {
      // Messages are ours, except the libraries' (Apollo's gateway logs whole errors as the message).
      logMethod(args, method) {
        const capped = args.map((arg) => (typeof arg === "string" ? capLogValue(arg) : arg));
        return method.apply(this, capped as Parameters<typeof method>);
      },
    },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
