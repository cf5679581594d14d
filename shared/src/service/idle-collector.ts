import { performance } from "node:perf_hooks";
import v8 from "node:v8";

/**
 * Gives memory back when a service goes quiet. A busy spell (a load, a sync burst) grows V8's heap, and an
 * idle process keeps it: V8 collects when allocating, and an idle process hardly allocates, so after the
 * 20-connection bench the gateway held ~390 MB for as long as nobody called it. A collection once the
 * event loop has been quiet for a whole interval returns it (with glibc's settings in process-tuning.ts);
 * then a few more at the next quiet intervals while memory is still held (`stillHeld`), and none after that
 * until there has been work again, so an idle service soon pays nothing but a reading every interval.
 * Needs `--expose-gc` (SERVICE_NODE_FLAGS); started by the bundle runner, so for the built services that
 * production runs (the sources under tsx do not collect).
 */
export class IdleCollector {
  /** Quiet intervals since the last busy spell's collection that collected because memory was still held. */
  private retries = 0;

  constructor(
    private readonly collect: () => void,
    /** Whether memory a collection could give back is still held after the last one (see below). */
    private readonly stillHeld: () => boolean = () => false,
    /** The event loop's utilisation (0–1) under which an interval counts as quiet. */
    private readonly quietBelow = 0.05,
    /**
     * True while there was work since the last collection: false when the caller has just collected and has
     * nothing more to give back; true to have the first quiet interval collect whatever the last one left.
     */
    private busySinceCollection = true,
    /** How many more quiet intervals may collect after the first, while memory is still held. */
    private readonly maxRetries = 3,
  ) {}

  /**
   * One interval's utilisation of the event loop: collects at the first quiet one after a busy spell, and at
   * the next quiet ones (up to `maxRetries`) while memory is still held.
   */
  interval(utilization: number): boolean {
    if (utilization >= this.quietBelow) {
      this.busySinceCollection = true;
      return false;
    }
    if (this.busySinceCollection) {
      this.busySinceCollection = false;
      this.retries = 0;
    } else if (this.retries < this.maxRetries && this.stillHeld()) {
      this.retries += 1;
    } else {
      return false;
    }
    this.collect();
    return true;
  }
}

/** How often a service reads its event loop's utilisation, and so how long a quiet spell lasts before it collects. */
export const IDLE_INTERVAL_MS = 10_000;

/**
 * V8's young generation once given back: it starts at 1 MiB and grows to 2 × 16 MiB under allocation. Above
 * this, a collection could still give most of it back.
 */
const YOUNG_GENERATION_GIVEN_BACK_BYTES = 4 * 1024 * 1024;

export function youngGenerationGrown(): boolean {
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  return (young?.space_size ?? 0) > YOUNG_GENERATION_GIVEN_BACK_BYTES;
}

/**
 * Collects now (the start's garbage), then watches the event loop every `intervalMs` and collects through
 * `gc` when it has gone quiet after some work, the start included.
 *
 * V8 gives back its young generation (grown to 2 × 16 MiB by a start or a load: 25–35 MB of every process,
 * bench/README.md, finding 76) only in a collection that finds allocation slow, judged from what it recorded
 * at its previous collections: the collection now still sees the start's rate, and the first after a load
 * often the load's. So a quiet interval collects twice in a row, the second finding the quiet spell the first
 * recorded, and the next quiet intervals collect again while the young generation is still grown (it was
 * after one load in three or so, measured), a few times at most.
 */
export function collectNowAndWhenIdle(intervalMs = IDLE_INTERVAL_MS): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  const collectTwice = () => {
    gc();
    gc();
  };
  // The start counts as work: the collection above ran while V8 still saw the start's allocation rate.
  const collector = new IdleCollector(collectTwice, youngGenerationGrown, 0.05, true);
  let previous = performance.eventLoopUtilization();
  setInterval(() => {
    const utilization = performance.eventLoopUtilization(previous).utilization;
    collector.interval(utilization);
    // Sampled after a collection, so that its own pause is not read as the next interval's work.
    previous = performance.eventLoopUtilization();
  }, intervalMs).unref();
}
