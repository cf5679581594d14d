import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";
import { freePort } from "../scripts/ports.js";
import { LOCAL_NATS_DIR } from "../scripts/nats/server.js";
import { IDLE_AFTER_START_MS } from "./process-measures.js";
import { productionSecrets } from "./production-secrets.js";

/**
 * `tsx bench/cold-start.ts [--production] [--runs=3] [--database=ct_bench]`: runs `npm start` as a user
 * does, on free ports and a migrated database, and reports how long until the gateway's /health/ready
 * answers 200, the CPU seconds every process of the stack spent until then (steadier than the wall clock
 * on a shared machine), and each service's resident memory once idle (IDLE_AFTER_START_MS after ready, when a
 * built service has collected twice, shared/src/service/idle-collector.ts). `--production` sets
 * NODE_ENV=production with freshly generated secrets (the demo ones are refused there).
 */
const root = path.resolve(import.meta.dirname, "..");
const CLOCK_TICKS = 100;

interface ProcessInfo {
  pid: number;
  ppid: number;
  cpuTicks: number;
  rssKb: number;
  command: string;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      found.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        cpuTicks: Number(fields[11]) + Number(fields[12]),
        rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
        command: readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim(),
      });
    } catch {
      // the process ended while we read it
    }
  }
  return found;
}

function descendants(rootPid: number): ProcessInfo[] {
  const all = processes();
  const result: ProcessInfo[] = [];
  const parents = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of all) {
      if (!parents.has(info.pid) && parents.has(info.ppid)) {
        parents.add(info.pid);
        result.push(info);
        grew = true;
      }
    }
  }
  return result;
}

/** The service a process runs, from its command line (`…/subgraphs/admin/src/main.ts` → admin). */
function serviceOf(command: string): string | undefined {
  return /(gateway|subgraphs\/(\w+))\/src\/main\.[jt]s/
    .exec(command)
    ?.slice(1)
    .find((name) => name && !name.includes("/"));
}

/** One cold start of `npm start` on `database` (migrated), in production (compiled) or development (tsx). */
export async function coldStart({ production, database }: { production: boolean; database: string }) {
  const ports = { gateway: await freePort(), nats: await freePort() };
  const subgraphPorts = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [`${name.toUpperCase()}_PORT`, String(await freePort())])),
  );
  const env = {
    ...process.env,
    NODE_ENV: production ? "production" : "development",
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
    DATABASE_URL: `mysql://root@127.0.0.1:3306/${database}`,
    NATS_URL: `nats://127.0.0.1:${ports.nats}`,
    GATEWAY_PORT: String(ports.gateway),
    ...subgraphPorts,
    ...(production ? productionSecrets() : {}),
  };
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: root,
    env,
    stdio: ["ignore", "VERBOSE" in process.env ? "inherit" : "pipe", "inherit"],
    detached: true,
  });
  // What `npm start` printed last, shown if it exits before it is ready.
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  });
  let readyMs = 0;
  while (readyMs === 0) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output.join("")}`);
    const ok = await fetch(`http://127.0.0.1:${ports.gateway}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) readyMs = performance.now() - started;
    else await sleep(50);
  }
  const cpuAtReady = descendants(child.pid!).filter((p) => !p.command.includes("nats-server"));
  await sleep(IDLE_AFTER_START_MS);
  const idle = descendants(child.pid!);
  const rss = Object.fromEntries(
    idle.flatMap((p) => {
      const service = serviceOf(p.command);
      return service ? [[service, Math.round(p.rssKb / 1024)]] : [];
    }),
  );
  process.kill(-child.pid!, "SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  const natsPid = Number(readFileSync(path.join(LOCAL_NATS_DIR, "nats-server.pid"), "utf8"));
  if (natsPid) process.kill(natsPid, "SIGTERM");
  return {
    readyMs: Math.round(readyMs),
    cpuSeconds: (cpuAtReady.reduce((sum, p) => sum + p.cpuTicks, 0) / CLOCK_TICKS).toFixed(1),
    cpuSecondsByProcess: Object.fromEntries(
      cpuAtReady.flatMap((p) => {
        const name = serviceOf(p.command) ?? (/scripts\/start\.[jt]s/.test(p.command) ? "start" : undefined);
        return name ? [[name, (p.cpuTicks / CLOCK_TICKS).toFixed(2)]] : [];
      }),
    ),
    rssMb: rss,
  };
}

/**
 * The bench table's row: the production cold start, CPU of every process until ready, and idle memory. Twice:
 * the first start after `npm run build` reads the code cache the build wrote beside each bundle, the next one
 * the fuller cache the first start wrote (shared/src/service/bundle-runner.ts), as every later start does.
 */
export async function coldStartRow(database: string): Promise<string> {
  rmSync(path.join(root, ".tmp", "v8-cache"), { recursive: true, force: true });
  const first = await coldStart({ production: true, database });
  const next = await coldStart({ production: true, database });
  const describe = (result: Awaited<ReturnType<typeof coldStart>>) =>
    `ready after ${result.readyMs} ms, ${result.cpuSeconds} CPU s for the whole stack (${Object.entries(
      result.cpuSecondsByProcess,
    )
      .map(([name, seconds]) => `${name} ${seconds}`)
      .join(", ")})`;
  const memory = Object.entries(next.rssMb)
    .map(([name, mb]) => `${name} ${mb} MB`)
    .join(", ");
  return (
    `| (e) cold start of \`npm start\` (production, bundled), migrated database | first start after a build (the build's code cache): ` +
    `${describe(first)}; next start: ${describe(next)}; idle ${IDLE_AFTER_START_MS / 1000} s later: ${memory} |`
  );
}

if (process.argv[1] === import.meta.filename) {
  const args = Object.fromEntries(
    process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string?]),
  );
  const production = "production" in args;
  for (let run = 0; run < Number(args.runs ?? 3); run += 1) {
    const result = await coldStart({ production, database: args.database ?? "ct_bench" });
    process.stdout.write(`${production ? "production" : "development"} run ${run + 1}: ${JSON.stringify(result)}\n`);
    await sleep(1_000);
  }
}
