/** What the issues ask: a change reaches the gateway (or every service) within 1 s. */
export const PROPAGATION_LIMIT_MS = 1_000;

export interface PropagationLimit {
  /** 1 s plus what the machine's present slowness adds. */
  ms: number;
  /** The assertion message: the measured delay and how the limit was made. */
  describe(what: string, elapsedMs: number): string;
}

/**
 * The limit for a "within 1 s" check. CI shares two cores with other work, so a wall-clock bound alone
 * measures the machine, not the feature: the limit grows by ten times the median latency of `probe` (a
 * trivial request through the same stack, measured just before the change), because the change crosses
 * about ten such steps (commit, outbox relay, NATS, consumer, next request). On an idle machine that
 * adds a few milliseconds; on a loaded one it keeps the check about the design (push, not expiry).
 */
export async function propagationLimit(probe: () => Promise<unknown>): Promise<PropagationLimit> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    await probe();
    samples.push(performance.now() - started);
  }
  const median = samples.sort((a, b) => a - b)[1] ?? 0;
  const ms = Math.round(PROPAGATION_LIMIT_MS + 10 * median);
  return {
    ms,
    describe: (what, elapsedMs) =>
      `${what} after ${elapsedMs} ms (limit ${ms} ms = ${PROPAGATION_LIMIT_MS} ms + 10 × ${median.toFixed(1)} ms ` +
      "median latency of a trivial request just before)",
  };
}
