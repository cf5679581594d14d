import { performance } from "node:perf_hooks";

/**
 * Gives memory back when a service goes quiet. A busy spell (a load, a sync burst) grows V8's heap, and an
 * idle process keeps it: V8 collects when allocating, and an idle process hardly allocates, so after the
 * 20-connection bench the gateway held ~390 MB for as long as nobody called it. One full collection once
 * the event loop has been quiet for a whole interval returns it (with glibc's settings in
 * process-tuning.ts); never two in a row without work between them, so an idle service pays nothing.
 * Needs `--expose-gc` (SERVICE_NODE_FLAGS); without it (the sources under tsx) nothing is started.
 */
export class IdleCollector {
  /** True while there was work since the last collection (the start counts as work). */
  private busySinceCollection = true;

  constructor(
    private readonly collect: () => void,
    /** The event loop's utilisation (0–1) under which an interval counts as quiet. */
    private readonly quietBelow = 0.05,
  ) {}

  /** One interval's utilisation of the event loop; collects at the first quiet one after a busy spell. */
  interval(utilization: number): boolean {
    if (utilization >= this.quietBelow) {
      this.busySinceCollection = true;
      return false;
    }
    if (!this.busySinceCollection) return false;
    this.busySinceCollection = false;
    this.collect();
    return true;
  }
}

/** Watches the event loop every `intervalMs` and collects through `gc` when it has gone quiet. */
export function collectWhenIdle(intervalMs = 10_000): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  const collector = new IdleCollector(() => gc());
  let previous = performance.eventLoopUtilization();
  setInterval(() => {
    const now = performance.eventLoopUtilization();
    collector.interval(performance.eventLoopUtilization(now, previous).utilization);
    previous = now;
  }, intervalMs).unref();
}
