import { spawnSync, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { createLogger } from "#shared/logger.js";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";
import { freePort } from "../scripts/ports.js";
import { serviceCommands, type Replicas } from "../scripts/services.js";
import { floorRows } from "./floor.js";
import {
  cpuCells,
  cpuMs,
  databaseServerPid,
  natsServerPid,
  IDLE_AFTER_LOAD_MS,
  IDLE_AFTER_START_MS,
  measureLoad,
  measureOneClientThenLoaded,
  memoryCells,
  rssMb,
  startServingProcess,
  stopProcesses,
} from "./process-measures.js";
import { Supervisor } from "../scripts/supervisor.js";

/**
 * The multi-process topology of `npm run bench`: the gateway and the four subgraphs as five processes, each
 * running `npm run build`'s JavaScript as `npm start` does in production, and @graphql-hive/gateway as two
 * more processes (bench/hive-process.ts) on the same subgraphs: in-flight deduplication off, as ours, for the
 * comparison; and with Hive's default, shown apart; then the floor under the same page (bench/floor.ts). Each
 * process's CPU time comes from /proc (bench/process-measures.ts).
 */
/** The database server's column of the writes' CPU (bench/process-measures.ts, databaseServerPid). */
const DATABASE_SERVER = "mariadbd";
/** The bench's nats-server's column of the writes' CPU (bench/process-measures.ts, natsServerPid). */
const NATS_SERVER = "nats-server";

async function ready(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

/** The Hive gateway as the comparison runs it (in-flight deduplication off, as ours), and with its default. */
type HiveName = "hive" | "hive-dedup";

interface Topology {
  gatewayUrl: string;
  /** Our processes: `gateway`, then each subgraph's (`tradeflow`, `tradeflow-2` with replicas). */
  services: string[];
  /** Null with replicas: Hive is given one URL per subgraph, so it is compared with one process each only. */
  hiveUrls: Record<HiveName, string> | null;
  pids(): Record<string, number>;
  closeHive(): Promise<void>;
  close(): Promise<void>;
}

function startHiveProcess(
  environment: Record<string, string | undefined>,
  urls: string,
  deduplicate: boolean,
): { child: ChildProcess; url: Promise<string> } {
  return startServingProcess(environment, "bench/hive-process.ts", [urls, ...(deduplicate ? ["deduplicate"] : [])]);
}

/**
 * Builds, then starts the five services (with `replicas`, several processes of those subgraphs, as
 * `npm start -- --replicas` runs them) and, without replicas, the Hive gateways as processes; resolves when all
 * are ready.
 */
export async function startProcessTopology(
  environment: Record<string, string | undefined>,
  replicas: Replicas = {},
): Promise<Topology> {
  const build = spawnSync("sh", ["scripts/build.sh"], { cwd: PROJECT_ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed");
  const ports = Object.fromEntries(
    await Promise.all((["gateway", ...SUBGRAPH_NAMES] as const).map(async (name) => [name, await freePort()])),
  ) as Record<"gateway" | (typeof SUBGRAPH_NAMES)[number], number>;
  const replicated = Object.values(replicas).some((count) => count > 1);
  const local = (port: number) => `http://127.0.0.1:${port}/graphql`;
  // As `npm start` runs in production (graphql-js and Express skip their development checks there), with
  // the bench's own secrets in `environment`. The bench's operations are not in the persisted-document
  // manifest, which production requires by default: the gateway allows any document here.
  const production = { ...environment, NODE_ENV: "production", PERSISTED_DOCUMENTS: "allow" };
  const env: Record<string, string | undefined> = { ...production, GATEWAY_HOST: "127.0.0.1" };
  for (const name of ["gateway", ...SUBGRAPH_NAMES] as const) env[`${name.toUpperCase()}_PORT`] = String(ports[name]);
  for (const name of SUBGRAPH_NAMES) env[`${name.toUpperCase()}_SUBGRAPH_URL`] = local(ports[name]);
  // With replicas, serviceCommands gives the gateway every replica's URL (base port + 100 × n).
  const commands = serviceCommands(env, { compiled: true, replicas });
  const services = ["gateway", ...commands.map((command) => command.name).filter((name) => name !== "gateway")];
  const supervisor = new Supervisor(commands, {
    logger: createLogger("bench", "warn"),
    output: "prefix",
  });
  supervisor.start();
  const gatewayUrl = local(ports.gateway);
  const hives: ChildProcess[] = [];
  try {
    await ready(new URL("/health/ready", gatewayUrl).toString());
    let hiveUrls: Record<HiveName, string> | null = null;
    if (!replicated) {
      const urls = JSON.stringify(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, local(ports[name])])));
      const plain = startHiveProcess(production, urls, false);
      hives.push(plain.child);
      const deduplicating = startHiveProcess(production, urls, true);
      hives.push(deduplicating.child);
      hiveUrls = { hive: await plain.url, "hive-dedup": await deduplicating.url };
    }
    return {
      gatewayUrl,
      services,
      hiveUrls,
      pids: () => ({
        ...Object.fromEntries(services.map((name) => [name, supervisor.pid(name) ?? 0])),
        ...Object.fromEntries(hives.map((child, index) => [index === 0 ? "hive" : "hive-dedup", child.pid ?? 0])),
      }),
      closeHive: () => stopProcesses(hives),
      async close() {
        await stopProcesses(hives);
        await supervisor.stop();
      },
    };
  } catch (error) {
    for (const child of hives) child.kill("SIGTERM");
    await supervisor.stop();
    throw error;
  }
}

/** Our gateway of the multi-process topology, for the writes measured through it. */
export interface ProcessGateway {
  url: string;
  /** `work`'s result, and the CPU ms each service's process (and the database server's, when seen) spent meanwhile. */
  cpu<T>(work: () => Promise<T>): Promise<{ value: T; cpuMs: Record<string, number> }>;
  /** "N CPU ms/<what>" for the whole stack, then each process's share, then the database server's apart. */
  cpuCells(cpuMs: Record<string, number>, count: number, what: string): string;
}

/**
 * The page through the multi-process topology: one client (latency), then 20 connections through our
 * gateway and (without replicas) through Hive's, each with every process's CPU ms per request; then `writes`
 * (approvals, syncs, ingestion) through our gateway. The rows of the bench table.
 */
export async function processTopologyRows(
  environment: Record<string, string | undefined>,
  requests: (counter?: { next: number }) => autocannon.Request[],
  duration: number,
  writes: (gateway: ProcessGateway) => Promise<string[]>,
  replicas: Replicas = {},
  /** The page and a token for it: the floor under the page (bench/floor.ts) is measured beside ours. */
  floorOptions?: { page: string; token: string },
): Promise<string[]> {
  const topology = await startProcessTopology(environment, replicas);
  const { services, hiveUrls } = topology;
  const hiveNames: HiveName[] = hiveUrls ? ["hive", "hive-dedup"] : [];
  try {
    await new Promise((resolve) => setTimeout(resolve, IDLE_AFTER_START_MS));
    const pids = topology.pids();
    const memoryNow = (names: string[] = [...services, ...hiveNames]) =>
      memoryCells(Object.fromEntries(names.map((name) => [name, rssMb(pids[name]!)])));
    const idle = memoryNow();
    const warm = { requests: requests(), connections: 10, duration: 3 };
    for (const url of [topology.gatewayUrl, ...Object.values(hiveUrls ?? {})]) await autocannon({ ...warm, url });
    const { single, loaded: ours } = await measureOneClientThenLoaded(
      topology,
      topology.gatewayUrl,
      services,
      requests,
      duration,
    );
    const subgraphProcesses = services.filter((name) => name !== "gateway");
    const hiveRows: string[] = [];
    if (hiveUrls) {
      const hive = await measureLoad(topology, hiveUrls.hive, ["hive", ...subgraphProcesses], {
        requests: requests(),
        connections: 20,
        duration,
      });
      const hiveDedup = await measureLoad(topology, hiveUrls["hive-dedup"], ["hive-dedup", ...subgraphProcesses], {
        requests: requests(),
        connections: 20,
        duration,
      });
      const gatewayRatio = hive.cpuMsPerRequest.hive! / ours.cpuMsPerRequest.gateway!;
      hiveRows.push(
        `| (a) processes: @graphql-hive/gateway, same subgraphs, in-flight deduplication off (as ours) | ${hive.rps.toFixed(0)} req/s, p50 ${hive.p50} ms, p99 ${hive.p99} ms; ${cpuCells(hive)} |`,
        `| (a) processes: @graphql-hive/gateway with its default in-flight deduplication | ${hiveDedup.rps.toFixed(0)} req/s, p50 ${hiveDedup.p50} ms, p99 ${hiveDedup.p99} ms; ${cpuCells(hiveDedup)} |`,
        `| (a) processes: ours ÷ Hive | ${(ours.rps / hive.rps).toFixed(2)} (req/s); gateway CPU per request, Hive ÷ ours: ${gatewayRatio.toFixed(2)} |`,
      );
    } else {
      hiveRows.push(
        "| (a) processes: @graphql-hive/gateway | not measured with replicas: it takes one URL per subgraph, so it is compared with one process per subgraph only |",
      );
    }
    const loaded = memoryNow();
    // Hive's processes are stopped first: they would only add their idle CPU to the floor's and the writes' machine.
    await topology.closeHive();
    let quietSince = performance.now();
    // A floor that fails (its answer differs from ours, a process dies) is a row saying so: the writes still run.
    const floor = floorOptions
      ? await floorRows({
          ...floorOptions,
          gatewayUrl: topology.gatewayUrl,
          environment: { ...environment, NODE_ENV: "production" },
          requests,
          duration,
          doneWithOurGateway: () => (quietSince = performance.now()),
        }).catch((error: unknown) => [`| (a) floor | not measured: ${(error as Error).message.slice(0, 300)} |`])
      : [];
    // Ours are left alone once the floor has compared its answer with our gateway's: read them as idle again
    // once they have had the time to be.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, quietSince + IDLE_AFTER_LOAD_MS - performance.now())),
    );
    const quietAgain = memoryNow(services); // Hive's processes have stopped
    const database = databaseServerPid();
    const natsServer = natsServerPid(environment.NATS_URL);
    const writeRows = await writes({
      url: topology.gatewayUrl,
      async cpu(work) {
        const measured = Object.entries({
          ...Object.fromEntries(services.map((name) => [name, pids[name]!])),
          ...(database ? { [DATABASE_SERVER]: database } : {}),
          ...(natsServer ? { [NATS_SERVER]: natsServer } : {}),
        });
        const before = measured.map(([, pid]) => cpuMs(pid));
        const value = await work();
        return {
          value,
          cpuMs: Object.fromEntries(measured.map(([name, pid], index) => [name, cpuMs(pid) - before[index]!])),
        };
      },
      cpuCells(spent, count, what) {
        const per = (ms: number) => (ms / Math.max(1, count)).toFixed(1);
        const ours = Object.entries(spent).filter(([name]) => name !== DATABASE_SERVER && name !== NATS_SERVER);
        const total = ours.reduce((sum, [, ms]) => sum + ms, 0);
        const parts = ours.map(([name, ms]) => `${name} ${per(ms)}`);
        const server = spent[DATABASE_SERVER];
        const nats = spent[NATS_SERVER];
        return (
          `**${per(total)} CPU ms/${what}**, its events' consumers included (${parts.join(", ")})` +
          (server === undefined ? "" : `; the database server besides: ${per(server)} CPU ms/${what}`) +
          (nats === undefined ? "" : `; nats-server besides: ${per(nats)} CPU ms/${what}`)
        );
      },
    });
    return [
      `| (a) processes: page of 50, one client | p50 ${single.p50} ms, p99 ${single.p99} ms; ${cpuCells(single)} |`,
      `| (a) processes: our gateway, 20 connections | ${ours.rps.toFixed(0)} req/s, p50 ${ours.p50} ms, p99 ${ours.p99} ms; ${cpuCells(ours)} |`,
      ...hiveRows,
      ...floor,
      `| (a) processes: resident memory, idle ${IDLE_AFTER_START_MS / 1000} s after start | ${idle} |`,
      `| (a) processes: resident memory after the 20-connection runs | ${loaded} |`,
      `| (a) processes: resident memory after the 20-connection runs, then ${IDLE_AFTER_LOAD_MS / 1000} s or more without requests | ${quietAgain} |`,
      ...writeRows,
    ];
  } finally {
    await topology.close();
  }
}
