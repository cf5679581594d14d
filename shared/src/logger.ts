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

export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  });
}
