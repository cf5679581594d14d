import { connect, type NatsConnection } from "@nats-io/transport-node";
import { connectNats, inboxPrefix, type NatsHandle } from "#shared/events/nats.js";
import { natsPasswordVariable, type NatsUser } from "#shared/env.js";
import { ensureStreams } from "#shared/events/streams.js";
import { createLogger } from "#shared/logger.js";
import type { EventService } from "#shared/events/signing.js";
import { loadAuthEnv } from "../../subgraphs/auth/src/env.js";
import { loadTradeflowEnv } from "../../subgraphs/tradeflow/src/env.js";
import { toolingNatsSettings } from "../../scripts/nats/server.js";
import { serviceEnvironment, testEnv } from "./env.js";

/** The signing key of each service whose events tests publish, read by that service's own env module. */
const signingKeys = {
  auth: () => loadAuthEnv(serviceEnvironment()).EVENT_SIGNING_KEY,
  tradeflow: () => loadTradeflowEnv(serviceEnvironment()).EVENT_SIGNING_KEY,
} satisfies Partial<Record<EventService, () => string>>;

/**
 * A connection to the run's NATS (or the one at `url`) as the tooling user, with the streams in place.
 * It signs events as `signAs` (auth unless told), for tests that relay or publish that service's events.
 */
export async function connectTestNats(
  url = testEnv.NATS_URL,
  signAs: keyof typeof signingKeys = "auth",
): Promise<NatsHandle> {
  const signing = { service: signAs, key: signingKeys[signAs]() };
  const settings = { ...toolingNatsSettings(testEnv, url), signing };
  const handle = await connectNats(settings, "tests", createLogger("tests", "silent"));
  await ensureStreams(handle.jsm, ["auth", "admin", "tradeflow", "model", "deadLetters"], testEnv.EVENT_NAMESPACE);
  return handle;
}

/** A connection as one service's NATS user (its permissions), for tests that speak in its name. */
export function connectTestNatsAs(user: NatsUser, url = testEnv.NATS_URL): Promise<NatsHandle> {
  const settings = { ...toolingNatsSettings(testEnv, url), user, password: testEnv[natsPasswordVariable(user)] };
  return connectNats(settings, `tests-as-${user}`, createLogger("tests", "silent"));
}

/** A bare connection with one user's credentials (its password as the run configures it), or none. */
export function connectAs(user: NatsUser | "anonymous", url = testEnv.NATS_URL): Promise<NatsConnection> {
  const credentials =
    user === "anonymous" ? {} : { user, pass: testEnv[natsPasswordVariable(user)], inboxPrefix: inboxPrefix(user) };
  return connect({ servers: url, maxReconnectAttempts: 0, timeout: 3_000, ...credentials });
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 10_000, intervalMs = 50, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
