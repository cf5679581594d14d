import { inheritedEnvironment, loadToolingEnv } from "../../scripts/env.js";

/** What the test runner (scripts/test.ts) prepared for this run: a fresh database and NATS namespace. */
export const testEnv = loadToolingEnv();

/** The raw environment handed to services started in-process (they parse it with their own env modules). */
export function serviceEnvironment(overrides: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...inheritedEnvironment(),
    LOG_LEVEL: testEnv.LOG_LEVEL === "warn" ? "silent" : testEnv.LOG_LEVEL,
    // Tests send far more requests per minute from one address than a client would.
    RATE_LIMIT_PER_MINUTE: "0",
    ...overrides,
  };
}
