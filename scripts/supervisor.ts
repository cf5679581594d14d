import { spawn, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { createInterface } from "node:readline";
import type { Logger } from "#shared/logger.js";

/** One long-running process the supervisor keeps alive. */
export interface SupervisedCommand {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface BackoffPolicy {
  /** Delay before the first restart after a crash. */
  initialMs: number;
  /** The delay doubles on each crash in a row, up to this. */
  maxMs: number;
  /** A process that stayed up this long is healthy again: its next crash restarts after `initialMs`. */
  stableAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 30_000, stableAfterMs: 60_000 };

/** The delay before restart number `crashesInARow` (1 for the first crash). */
export function restartDelayMs(crashesInARow: number, policy: BackoffPolicy): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, crashesInARow - 1));
}

export interface SupervisorOptions {
  logger: Logger;
  backoff?: BackoffPolicy;
  /** `prefix`: each output line as `name | line` on our stdout/stderr; `ignore`: dropped (tests). */
  output?: "prefix" | "ignore";
  /** How long `stop()` waits for a process to exit after SIGTERM before it sends SIGKILL. */
  stopTimeoutMs?: number;
}

export interface ExitReport {
  name: string;
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  uptimeMs: number;
}

export interface RestartReport extends ExitReport {
  crashesInARow: number;
  restartInMs: number;
}

interface Slot {
  spec: SupervisedCommand;
  child?: ChildProcess;
  startedAt: number;
  crashesInARow: number;
  restartTimer?: NodeJS.Timeout;
  exited?: Promise<void>;
}

const COLORS = [34, 35, 32, 33, 36, 31];

/**
 * Runs several commands and restarts any that exits while we are running, after an exponential
 * backoff that resets once the process has stayed up for `stableAfterMs`. `stop()` (or SIGINT/SIGTERM,
 * see `stopOnSignals`) ends them all and restarts nothing. Written here rather than with `concurrently`
 * because its restart delay neither caps nor resets, and it cannot say when the next attempt is.
 *
 * Events: `spawn` ({ name, pid }), `exit` (ExitReport), `restart-scheduled` (RestartReport).
 */
export class Supervisor extends EventEmitter {
  private readonly slots = new Map<string, Slot>();
  private readonly backoff: BackoffPolicy;
  private stopping: Promise<void> | undefined;

  constructor(
    commands: SupervisedCommand[],
    private readonly options: SupervisorOptions,
  ) {
    super();
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    for (const spec of commands) this.slots.set(spec.name, { spec, startedAt: 0, crashesInARow: 0 });
  }

  start(): void {
    for (const slot of this.slots.values()) this.launch(slot);
  }

  /** The current process id of `name`, if it runs. */
  pid(name: string): number | undefined {
    return this.slot(name).child?.pid;
  }

  /** Sends `signal` to one process, as a crash or an operator would (tests use it to kill a service). */
  kill(name: string, signal: NodeJS.Signals): void {
    this.slot(name).child?.kill(signal);
  }

  /** Resolves when `name` has been (re)started with a process id other than `previousPid`. */
  nextSpawn(name: string, previousPid?: number): Promise<number> {
    const current = this.pid(name);
    if (current !== undefined && current !== previousPid) return Promise.resolve(current);
    return new Promise((resolve) => {
      const onSpawn = (event: { name: string; pid: number }) => {
        if (event.name !== name) return;
        this.off("spawn", onSpawn);
        resolve(event.pid);
      };
      this.on("spawn", onSpawn);
    });
  }

  /** Ends every process (SIGTERM, then SIGKILL after `stopTimeoutMs`) and restarts none of them. */
  stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    this.stopping ??= (async () => {
      const timeoutMs = this.options.stopTimeoutMs ?? 20_000;
      await Promise.all(
        [...this.slots.values()].map(async (slot) => {
          clearTimeout(slot.restartTimer);
          const child = slot.child;
          if (!child || !slot.exited) return;
          child.kill(signal);
          const forced = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
          await slot.exited;
          clearTimeout(forced);
        }),
      );
    })();
    return this.stopping;
  }

  /** Stops everything on SIGINT/SIGTERM (Ctrl-C in a terminal), then calls `onStopped`. */
  stopOnSignals(onStopped: () => void): void {
    const handler = (signal: NodeJS.Signals) => {
      if (this.stopping) return;
      this.options.logger.info({ signal }, "stopping every service");
      void this.stop("SIGTERM").then(onStopped);
    };
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
  }

  private slot(name: string): Slot {
    const slot = this.slots.get(name);
    if (!slot) throw new Error(`no supervised command named ${name}`);
    return slot;
  }

  private launch(slot: Slot): void {
    const { spec } = slot;
    const output = this.options.output === "ignore" ? "ignore" : "pipe";
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ["ignore", output, output] });
    slot.child = child;
    slot.startedAt = Date.now();
    if (child.stdout && child.stderr) this.prefixOutput(spec.name, child);
    slot.exited = new Promise((resolve) => {
      // `error` (the command cannot be spawned) and `exit` are both treated as the process ending.
      let done = false;
      const ended = (code: number | null, signal: NodeJS.Signals | null) => {
        if (done) return;
        done = true;
        this.onExit(slot, child, code, signal);
        resolve();
      };
      child.once("exit", ended);
      child.once("error", (error) => {
        this.options.logger.error({ process: spec.name, err: error }, "could not start the service");
        ended(null, null);
      });
    });
    if (child.pid !== undefined) this.emit("spawn", { name: spec.name, pid: child.pid });
  }

  private onExit(slot: Slot, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    const uptimeMs = Date.now() - slot.startedAt;
    const report: ExitReport = { name: slot.spec.name, pid: child.pid ?? 0, code, signal, uptimeMs };
    slot.child = undefined;
    slot.exited = undefined;
    this.emit("exit", report);
    if (this.stopping) {
      this.options.logger.info({ process: report.name, code, signal }, "service stopped");
      return;
    }
    slot.crashesInARow = uptimeMs >= this.backoff.stableAfterMs ? 1 : slot.crashesInARow + 1;
    const restartInMs = restartDelayMs(slot.crashesInARow, this.backoff);
    const restart: RestartReport = { ...report, crashesInARow: slot.crashesInARow, restartInMs };
    this.options.logger.error(
      // `process`, not `service`: the supervisor's own logger already carries service: "start".
      { process: report.name, code, signal, uptimeMs, crashesInARow: slot.crashesInARow, restartInMs },
      `${report.name} exited (${signal ? `signal ${signal}` : `code ${code}`}); next attempt in ${restartInMs} ms`,
    );
    this.emit("restart-scheduled", restart);
    slot.restartTimer = setTimeout(() => {
      if (!this.stopping) this.launch(slot);
    }, restartInMs);
  }

  private prefixOutput(name: string, child: ChildProcess): void {
    const index = [...this.slots.keys()].indexOf(name);
    const color = COLORS[index % COLORS.length];
    const width = Math.max(...[...this.slots.keys()].map((key) => key.length));
    const prefix = `\x1b[${color}m${name.padEnd(width)} |\x1b[0m `;
    for (const [stream, target] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      if (!stream) continue;
      createInterface({ input: stream }).on("line", (line) => target.write(`${prefix}${line}\n`));
    }
  }
}
