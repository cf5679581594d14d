import { performance } from "node:perf_hooks";

/**
 * Gives memory back when a service goes quiet. A busy spell (a load, a sync burst) grows V8's heap, and an
 * idle process keeps it: V8 collects when allocating, and an idle process hardly allocates, so after the
 * 20-connection bench the gateway held ~390 MB for as long as nobody called it. A collection once the
 * event loop has been quiet for a whole interval returns it (with glibc's settings in process-tuning.ts);
 * none again until there has been work since, so an idle service pays nothing.
 * Needs `--expose-gc` (SERVICE_NODE_FLAGS); started by the bundle runner, so for the built services that
 * production runs (the sources under tsx do not collect).
 */
export class IdleCollector {
  constructor(
    private readonly collect: () => void,
    /** The event loop's utilisation (0–1) under which an interval counts as quiet. */
    private readonly quietBelow = 0.05,
    /** True while there was work since the last collection (false when the caller has just collected). */
    private busySinceCollection = true,
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

/** How often a service reads its event loop's utilisation, and so how long a quiet spell lasts before it collects. */
export const IDLE_INTERVAL_MS = 10_000;

/**
 * Collects now (the start's garbage), then watches the event loop every `intervalMs` and collects through
 * `gc` when it has gone quiet after some work, the start included.
 *
 * V8 gives back its young generation (grown to 2 × 16 MiB by a start or a load) only in a collection that
 * finds allocation slow, and it judges that from the rates it recorded at its previous collections: the one
 * now still sees the start's, and the first collection after a load sees the load's. So a quiet interval
 * collects twice in a row, the second finding the quiet spell the first recorded (bench/README.md, finding
 * 76: 25–35 MB of every process, idle after a start and after a load).
 */
export function collectNowAndWhenIdle(intervalMs = IDLE_INTERVAL_MS): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  const collectTwice = () => {
    gc();
    gc();
  };
  const collector = new IdleCollector(collectTwice, 0.05, true);
  let previous = performance.eventLoopUtilization();
  setInterval(() => {
    const utilization = performance.eventLoopUtilization(previous).utilization;
    collector.interval(utilization);
    // Sampled after a collection, so that its own pause is not read as the next interval's work.
    previous = performance.eventLoopUtilization();
  }, intervalMs).unref();
}
