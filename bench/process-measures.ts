import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { STARTED_AFTER_MS } from "#shared/service/bundle-runner.js";
import { IDLE_INTERVAL_MS } from "#shared/service/idle-collector.js";

/**
 * What the bench reads of the processes it runs (bench/processes.ts, bench/floor.ts): each process's CPU time
 * and resident memory from /proc, so CPU ms per request is the stack's own work, the load generator (the
 * bench's process) excluded; and how a bench script is started as a process of its own.
 */
const CLOCK_TICKS_PER_MS = 0.1;

export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS;
}

/**
 * When a service's idle memory is read after its start: a built service collects when its start is over
 * (STARTED_AFTER_MS) and again at its first quiet interval (IDLE_INTERVAL_MS), whose collection gives V8's young
 * generation back (shared/src/service/idle-collector.ts). A slow start makes the first interval busy: read
 * once the second has run too, with 3 s to spare.
 */
export const IDLE_AFTER_START_MS = STARTED_AFTER_MS + 2 * IDLE_INTERVAL_MS + 3_000;

/**
 * How long the services must have been left alone after a load before their memory is read as idle again:
 * their intervals are not aligned with the load's end, so a whole quiet interval fits only within two, and
 * the next may collect again (idle-collector.ts).
 */
export const IDLE_AFTER_LOAD_MS = 3 * IDLE_INTERVAL_MS + 3_000;

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** Stops child processes (the Hive gateways, the floor's; again is harmless) and waits for them to exit. */
export async function stopProcesses(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? undefined
        : new Promise((resolve) => {
            child.once("exit", resolve);
            child.kill("SIGTERM");
          }),
    ),
  );
}

/**
 * A bench script in a process of its own that prints its URL once serving (the first line that is one: a stock
 * subgraph prints a notice of its own first): its source through tsx (`bench/….ts`), or what `npm run build`
 * compiled of it (`dist/bench/….js`) with plain node, as production runs the services.
 */
export function startServingProcess(
  environment: Record<string, string | undefined>,
  script: string,
  args: string[],
): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [...(script.endsWith(".ts") ? ["--import", "tsx"] : []), script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...environment },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (/^https?:\/\//.test(line)) resolve(line);
    });
    child.once("exit", (code) => reject(new Error(`${script} ${args[0] ?? ""} exited (${code})`)));
    // A process that neither serves nor exits is not waited on for ever (stopped by the caller's cleanup).
    setTimeout(() => reject(new Error(`${script} ${args[0] ?? ""} printed no URL in 120 s`)), 120_000).unref();
  });
  return { child, url };
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU ms per request of each process, and of the whole stack (services, or Hive + subgraphs). */
  cpuMsPerRequest: Record<string, number>;
  rssMb: Record<string, number>;
}

/** One autocannon run against `url`, with every process's CPU time before and after. */
export async function measureLoad(
  topology: { pids(): Record<string, number> },
  url: string,
  stackProcesses: string[],
  options: Omit<autocannon.Options, "url">,
): Promise<LoadResult> {
  const pids = topology.pids();
  const before = Object.fromEntries(stackProcesses.map((name) => [name, cpuMs(pids[name]!)]));
  const run = await autocannon({ ...options, url });
  const requests = run.requests.total;
  const perRequest = Object.fromEntries(
    stackProcesses.map((name) => [name, (cpuMs(pids[name]!) - before[name]!) / Math.max(1, requests)]),
  );
  perRequest.stack = Object.values(perRequest).reduce((sum, value) => sum + value, 0);
  return {
    requests,
    rps: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    cpuMsPerRequest: perRequest,
    rssMb: Object.fromEntries(stackProcesses.map((name) => [name, rssMb(pids[name]!)])),
  };
}

/**
 * The page's two loads, as every page row of the bench measures them: one client (latency) for half the run
 * (at least 5 s), then 20 connections for the whole run.
 */
export async function measureOneClientThenLoaded(
  topology: { pids(): Record<string, number> },
  url: string,
  stackProcesses: string[],
  requests: () => autocannon.Request[],
  duration: number,
): Promise<{ single: LoadResult; loaded: LoadResult }> {
  const single = await measureLoad(topology, url, stackProcesses, {
    requests: requests(),
    connections: 1,
    duration: Math.max(5, duration / 2),
  });
  const loaded = await measureLoad(topology, url, stackProcesses, { requests: requests(), connections: 20, duration });
  return { single, loaded };
}

export function cpuCells(result: LoadResult): string {
  const parts = Object.entries(result.cpuMsPerRequest)
    .filter(([name]) => name !== "stack")
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  return `**${result.cpuMsPerRequest.stack!.toFixed(1)} CPU ms/request** (${parts.join(", ")})`;
}

export function memoryCells(rss: Record<string, number>): string {
  return Object.entries(rss)
    .map(([name, mb]) => `${name} ${mb} MB`)
    .join(", ");
}

/** The first process whose name (`/proc/<pid>/comm`) and arguments match, or undefined. */
function findProcess(matches: (name: string, args: string[]) => boolean): number | undefined {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const name = readFileSync(`/proc/${entry}/comm`, "utf8").trim();
      if (matches(name, readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0"))) return Number(entry);
    } catch {
      // the process ended while we read it
    }
  }
  return undefined;
}

/**
 * The nats-server process listening on `natsUrl`'s port (the bench's own, bench/run.ts), when the bench can see
 * it: JetStream's share of a write (storing, delivering, acknowledging its events; bench/README.md, finding 77).
 */
export function natsServerPid(natsUrl: string | undefined): number | undefined {
  if (!natsUrl) return undefined;
  const port = new URL(natsUrl).port;
  return findProcess((name, args) => name === "nats-server" && args[args.indexOf("-p") + 1] === port);
}

/**
 * The local database server's process (mariadbd or mysqld on this machine), when the bench can see it: its
 * CPU time per write is the share of a write no Node process can remove. Undefined behind Docker's VM.
 */
export function databaseServerPid(): number | undefined {
  return findProcess((name) => name === "mariadbd" || name === "mysqld");
}
