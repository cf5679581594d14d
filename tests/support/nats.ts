import { connectNats, type NatsHandle } from "#shared/events/nats.js";
import { ensureStreams } from "#shared/events/streams.js";
import { createLogger } from "#shared/logger.js";
import { testEnv } from "./env.js";

/** A connection to the run's NATS, in the run's event namespace, with the streams in place. */
export async function connectTestNats(url = testEnv.NATS_URL): Promise<NatsHandle> {
  const handle = await connectNats(url, "tests", createLogger("tests", "silent"), testEnv.EVENT_NAMESPACE);
  await ensureStreams(handle.jsm, ["auth", "admin", "tradeflow", "model", "deadLetters"], testEnv.EVENT_NAMESPACE);
  return handle;
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
