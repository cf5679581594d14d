import path from "node:path";
import { SERVICE_PORTS } from "#shared/env.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "#shared/subgraphs.js";
import { PROJECT_ROOT, RUNS_COMPILED } from "#shared/project-root.js";
import { SERVICE_NODE_FLAGS, serviceProcessEnv } from "#shared/service/process-tuning.js";
import type { SupervisedCommand } from "./supervisor.js";

/** The five processes of a running system, each started as `npm run start:<name>` would. */
export const SERVICE_ENTRIES: Record<"gateway" | (typeof SUBGRAPH_NAMES)[number], string> = {
  auth: "subgraphs/auth/src/main.ts",
  admin: "subgraphs/admin/src/main.ts",
  tradeflow: "subgraphs/tradeflow/src/main.ts",
  model: "subgraphs/model/src/main.ts",
  gateway: "gateway/src/main.ts",
};

export type ServiceName = keyof typeof SERVICE_ENTRIES;

/** How many processes of each subgraph run (1 when not named). */
export type Replicas = Partial<Record<SubgraphName, number>>;

/** Replica n (from 0) of a subgraph listens on its port + 100 × n unless told otherwise: 4003, 4103, 4203… */
export const REPLICA_PORT_STEP = 100;

/** `tradeflow=2,admin=2` → { tradeflow: 2, admin: 2 }; throws on anything else. */
export function parseReplicas(text: string): Replicas {
  const replicas: Replicas = {};
  for (const entry of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, count] = entry.split("=");
    if (!SUBGRAPH_NAMES.includes(name as SubgraphName) || !/^[1-9]$/.test(count ?? "")) {
      throw new Error(`--replicas takes <subgraph>=<1-9> pairs among ${SUBGRAPH_NAMES.join(", ")}, not "${entry}"`);
    }
    replicas[name as SubgraphName] = Number(count);
  }
  return replicas;
}

/** Where `npm run build` puts the compiled entry of a source file (`dist/…/main.js`). */
export function compiledEntry(source: string): string {
  return path.join("dist", source.replace(/\.ts$/, ".js"));
}

/** The process name of replica `index` (from 0): `tradeflow`, then `tradeflow-2`, `tradeflow-3`… */
export const replicaName = (name: SubgraphName, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

/**
 * The subgraphs first, the gateway last, each with `env`. From the build (`npm start` in production runs
 * dist/scripts/start.js) each runs its compiled JavaScript with plain `node`; from the sources,
 * `node --import tsx <entry>`, which compiles TypeScript at every start (seconds of CPU per process).
 * With `replicas`, a subgraph runs several processes, each on its own port (`ports`, or the base port
 * + 100 × n), and the gateway gets their URLs in `<NAME>_SUBGRAPH_URL`, comma-separated: it spreads requests over them.
 * What the replicas share (the database, NATS durable consumers and work queue, Redis) is in
 * docs/scale-out.md.
 */
export function serviceCommands(
  env: Record<string, string | undefined>,
  options: { replicas?: Replicas; ports?: Partial<Record<SubgraphName, number[]>>; compiled?: boolean } = {},
): SupervisedCommand[] {
  const compiled = options.compiled ?? RUNS_COMPILED;
  const command = (name: string, entry: string, extra: Record<string, string>): SupervisedCommand => ({
    name,
    command: process.execPath,
    args: [...SERVICE_NODE_FLAGS, ...(compiled ? [compiledEntry(entry)] : ["--import", "tsx", entry])],
    env: serviceProcessEnv({ ...env, ...extra, APOLLO_TELEMETRY_DISABLED: "true" }),
    cwd: PROJECT_ROOT,
  });
  const commands: SupervisedCommand[] = [];
  const gatewayUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const count = options.replicas?.[name] ?? 1;
    const variable = name.toUpperCase();
    const base = Number(env[`${variable}_PORT`] ?? SERVICE_PORTS[name]);
    const ports =
      options.ports?.[name] ?? Array.from({ length: count }, (_, index) => base + REPLICA_PORT_STEP * index);
    if (ports.length > 1) {
      const host = env[`${variable}_HOST`] ?? "127.0.0.1";
      gatewayUrls[`${variable}_SUBGRAPH_URL`] = ports.map((port) => `http://${host}:${port}/graphql`).join(",");
    }
    ports.forEach((port, index) =>
      commands.push(command(replicaName(name, index), SERVICE_ENTRIES[name], { [`${variable}_PORT`]: String(port) })),
    );
  }
  commands.push(command("gateway", SERVICE_ENTRIES.gateway, gatewayUrls));
  return commands;
}
